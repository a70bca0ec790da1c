package com.shopops.app.orders;

import com.shopops.app.ExitCodes;
import com.shopops.app.TimeSpan;
import com.shopops.app.UserException;
import com.shopops.app.customers.CustomerLookup;
import com.shopops.domain.order.Order;
import com.shopops.domain.order.OrderLine;
import com.shopops.domain.order.StatusFilter;
import com.shopops.store.OrderQueries;
import com.shopops.store.ReturnStore;
import com.shopops.store.Store;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Orders as the store keeps them: a filtered list, and one order with its lines and returns. */
public final class OrderService {
  private final Store store;

  public OrderService(Store store) {
    this.store = store;
  }

  /**
   * {@code orders list}: orders placed in {@code span} (created time, else paid time), in one
   * {@code status} (or refunded in part: {@link StatusFilter}) and of one customer when given
   * (null: any), at most {@code limit} (null: all).
   */
  public record ListQuery(TimeSpan span, StatusFilter status, String customerId, Integer limit) {}

  /**
   * An order (without its lines), how many line items it has and what it has been refunded (the
   * export's stated refund or its returns', the larger).
   */
  public record OrderRow(Order order, int lineCount, long refunded) {}

  /**
   * The listing of {@code list(q)} with how its platform word was read: {@code readAsCode} when
   * {@code --status} named a platform's word that is no stored order's platform status, so the list
   * is every order in the status the word stands for (say so: review18 T4).
   */
  public record Listing(List<OrderRow> rows, boolean readAsCode, List<String> notes) {}

  /** {@link #list}, saying whether a platform word was read as our status code. */
  public Listing listing(ListQuery q) throws SQLException {
    boolean byCode = byCode(q.status());
    // an order with no time is on no day: a --from/--to leaves it out, and says so (tryout25b B2)
    boolean dated = q.span() != null && (q.span().from() != null || q.span().to() != null);
    return new Listing(
        list(q, byCode),
        byCode,
        dated ? TimelessOrderNotes.of(store, TimelessOrderNotes.Report.ORDERS) : List.of());
  }

  /** Oldest first (placed time, then order id). */
  public List<OrderRow> list(ListQuery q) throws SQLException {
    return list(q, byCode(q.status()));
  }

  /**
   * A platform word (锁定) filters on the platform status the exports stored, when an order has it;
   * else (a word of another platform's, or no such order yet) on the status it stands for.
   */
  private boolean byCode(StatusFilter s) throws SQLException {
    return s != null
        && s.platformWord() != null
        && !new OrderQueries(store).anyPlatformStatus(s.platformWord());
  }

  private List<OrderRow> list(ListQuery q, boolean byCode) throws SQLException {
    var filter =
        new OrderQueries.Filter(
            q.span().from(),
            q.span().to(),
            q.status() == null || q.status().status() == null ? null : q.status().status().code(),
            q.status() == null || byCode ? null : q.status().platformWord(),
            q.status() != null && q.status().partiallyRefunded(),
            q.status() != null
                && (byCode || q.status().platformWord() == null)
                && q.status().byMoney(),
            q.customerId() == null
                ? null
                : new CustomerLookup(store).orAsGiven(q.customerId().strip()),
            q.limit());
    List<OrderRow> rows = new ArrayList<>();
    for (OrderQueries.Listed l : new OrderQueries(store).list(filter)) {
      rows.add(new OrderRow(l.order(), l.lineCount(), l.refunded()));
    }
    return rows;
  }

  /**
   * One row of {@code orders list --lines}: an order and one of its line items, with the amount the
   * row carries; {@code line} null for the row that carries what the order's amount has beyond its
   * lines' (an order-level discount or fee), or the whole amount of an order without lines.
   */
  public record LineRow(Order order, OrderLine line, Long amount) {}

  /**
   * The orders of {@code list(q)}, a row per line item with the order repeated: the layout an
   * import reads back (SPEC: an order's amount is the sum of its rows' amounts), so that every
   * listed order's amount is the sum of its rows.
   */
  public List<LineRow> lines(ListQuery q) throws SQLException {
    List<OrderRow> orders = list(q);
    var lines =
        new OrderQueries(store).lines(orders.stream().map(r -> r.order().orderId()).toList());
    List<LineRow> rows = new ArrayList<>();
    for (OrderRow r : orders) {
      Order o = r.order();
      long sum = 0;
      boolean summed = false;
      for (OrderLine l : lines.get(o.orderId())) {
        rows.add(new LineRow(o, l, l.amount()));
        if (l.amount() != null) {
          sum = Math.addExact(sum, l.amount());
          summed = true;
        }
      }
      if (!summed) {
        if (o.amount() != null || lines.get(o.orderId()).isEmpty()) {
          rows.add(new LineRow(o, null, o.amount()));
        }
      } else if (o.amount() != null && o.amount() != sum) {
        rows.add(new LineRow(o, null, o.amount() - sum));
      }
    }
    return rows;
  }

  /** The anomaly kind of an order list lowering 实付 with 退款金额 behind (tryout23b A1). */
  public static final String PAID_LOWERED = "paid-lowered";

  /** One order with its line items and its returns (oldest request first). */
  public OrderDetail show(String orderId) throws SQLException {
    OrderQueries queries = new OrderQueries(store);
    Order order =
        queries
            .find(orderId)
            .orElseThrow(
                () ->
                    new UserException(
                        ExitCodes.BAD_INPUT,
                        "no order " + orderId + " in " + store.location(),
                        null));
    List<OrderDetail.Return> returns = new ArrayList<>();
    for (ReturnStore.Stored r : new ReturnStore(store).forOrder(orderId)) {
      returns.add(new OrderDetail.Return(r.record(), r.outsideWindow(), r.notEligible()));
    }
    OrderQueries.Promises promises = queries.promises(orderId);
    return new OrderDetail(
        order,
        promises.estimatedDeliveryAt(),
        promises.presaleShipDate(),
        returns,
        queries.refunded(orderId),
        // an order without line items: what its order export stated of its goods (V045)
        order.lines().isEmpty() ? queries.statedItems(List.of(orderId)).get(orderId) : null,
        order.depositPaidAt() == null ? null : queries.paidSeenAt(orderId),
        order.depositPaidAt() == null || order.paidAt() == null ? null : queries.paidHeld(orderId),
        order.depositPaidAt() == null || order.paidAt() == null
            ? new com.shopops.store.OldReadings.Pending(0, 0, List.of(), List.of())
            : com.shopops.store.OldReadings.presalesCappedUnseen(store, orderId),
        queries.said(orderId, PAID_LOWERED));
  }
}
