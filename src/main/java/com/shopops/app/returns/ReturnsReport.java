package com.shopops.app.returns;

import com.shopops.domain.returns.ReturnReport;
import java.time.LocalDate;
import java.util.List;

/**
 * The rows of {@code returns report} (the total last) over the days {@code first..last}; their
 * {@code refund_total} in {@code currency}, and the notes on what it leaves out (the refunds of
 * returns of orders in other currencies).
 */
public record ReturnsReport(
    ReturnReport.By by,
    LocalDate first,
    LocalDate last,
    List<ReturnReport.Row> rows,
    String currency,
    List<String> notes) {
  public ReturnsReport {
    notes = List.copyOf(notes);
  }

  /**
   * Why return_rate is empty when returns are held but no unit was delivered with a delivery time
   * in the range (tryout27b B6): Shopify's order export gives Fulfilled at, never a delivery time.
   * {@code metrics} and {@code returns report} say it ({@code report} once), by {@link
   * #noDeliveries}; zh from i18n/known_messages.txt (note.return_rate_no_deliveries).
   */
  public static final String NO_DELIVERIES =
      "return_rate: not computed: no deliveries with a delivery time in these periods (Shopify"
          + " order exports give no delivery time; import shipments with delivery times: `shopops"
          + " import shipments FILE`)";

  /**
   * When {@link #NO_DELIVERIES} is said: the store holds returns ({@code returnsHeld}) and no unit
   * was delivered in the range ({@code deliveredUnits}: all its periods', null for none).
   */
  public static boolean noDeliveries(boolean returnsHeld, Long deliveredUnits) {
    return returnsHeld && (deliveredUnits == null || deliveredUnits == 0);
  }
}
