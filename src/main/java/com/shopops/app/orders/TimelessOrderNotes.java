package com.shopops.app.orders;

import com.shopops.store.Store;
import com.shopops.store.TimelessOrders;
import com.shopops.text.Problem;
import java.sql.SQLException;
import java.util.List;

/**
 * What a report says of the orders stored with no order time at all ({@link TimelessOrders}: a
 * generic {@code order_id,amount} file, which SPEC §3 accepts): how many it leaves out, one of them
 * named, and the way to date them — the same sentence in every report but for what it leaves out
 * (generic25).
 */
public final class TimelessOrderNotes {
  private TimelessOrderNotes() {}

  /** The reports that leave them out, each with its note's key. */
  public enum Report {
    /** metrics, metrics compare, the report: in no day, week or month. */
    METRICS("note.timeless_metrics"),
    /** sla report: on no day and no ship-by clock. */
    SLA("note.timeless_sla"),
    /** customers segment and lists: no recency, orders or spend. */
    CUSTOMERS("note.timeless_customers"),
    /** orders list --from/--to: on no day, so not listed (tryout25b B2). */
    ORDERS("note.timeless_orders_list");

    private final String key;

    Report(String key) {
      this.key = key;
    }
  }

  /** The store's note for {@code report}; empty when every order has a time. */
  public static List<String> of(Store store, Report report) throws SQLException {
    return said(report.key, TimelessOrders.of(store));
  }

  /** {@code customers show}: the note on this customer's orders with no time; empty if none. */
  public static List<String> ofCustomer(Store store, String customerId) throws SQLException {
    return said("note.timeless_customer", TimelessOrders.ofCustomer(store, customerId));
  }

  private static List<String> said(String key, TimelessOrders.Found found) {
    if (found.none()) {
      return List.of();
    }
    return List.of(
        Problem.of(
                key,
                String.format(java.util.Locale.ROOT, "%,d", found.count()),
                String.join(", ", found.firstIds()))
            .english());
  }
}
