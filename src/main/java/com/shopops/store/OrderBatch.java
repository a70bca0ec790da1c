package com.shopops.store;

import static com.shopops.store.Binds.epoch;

import com.shopops.domain.customers.Customer;
import com.shopops.domain.order.Order;
import com.shopops.domain.order.OrderLine;
import com.shopops.domain.order.PaidTime;
import com.shopops.domain.order.PaidTotal;
import java.util.ArrayList;
import java.util.List;

/**
 * A batch of orders as the statements bind them: their values, the columns to bind, their line
 * items, their buyers. Built on the thread reading the file, so that the writer thread, the
 * import's bottleneck, only binds and steps.
 */
record OrderBatch(
    Object[][] orders,
    int bound,
    List<String> idsWithLines,
    List<Object[]> lines,
    List<Customer> buyers,
    long[] fileLines) {

  static final String[] COLUMNS = {
    "order_id",
    "customer_id",
    "created_at",
    "paid_at",
    "shipped_at",
    "delivered_at",
    "completed_at",
    "cancelled_at",
    "carrier",
    "tracking_no",
    "status",
    "platform_status",
    "amount",
    "shipping_fee",
    "total",
    "currency",
    "province",
    "city",
    "region",
    "paid_at_inferred",
    "refunded",
    "amount_derived",
    "total_derived",
    "cash_on_delivery",
    "discount",
    "discount_code",
    "order_type",
    "deposited_at",
    "items_title",
    "items_quantity",
    "source",
    "import_id",
    "exported_at"
  };

  /**
   * The order columns bound per row: all but source, import_id and exported_at (the same for every
   * order of a file: written into the statement).
   */
  static final int ORDER_BOUND = COLUMNS.length - 3;

  static final String[] LINE_COLUMNS = {
    "order_id", "line_no", "sku", "title", "quantity", "unit_price", "amount", "item_id"
  };

  /**
   * The batch of these orders and the buyers their export describes; {@code fileLines}: the line of
   * the file each order starts at (0: not known), for the anomalies the merge records.
   */
  static OrderBatch of(List<Order> orders, List<Customer> buyers, long[] fileLines) {
    Object[][] values = new Object[orders.size()][];
    List<String> ids = new ArrayList<>();
    List<Object[]> lines = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      Order o = orders.get(i);
      values[i] = orderValues(o);
      if (values[i][AMOUNT] != null
          && (Long) values[i][AMOUNT_DERIVED] == PaidTotal.READ
          && Snapshots.linesOnly(values[i])) {
        // a line-items row's goods amount is its lines' (items27)
        values[i][AMOUNT_DERIVED] = (long) PaidTotal.FROM_LINES;
      }
      if (!o.lines().isEmpty()) {
        ids.add(o.orderId());
        addLineValues(lines, o.orderId(), o.lines());
      }
    }
    return new OrderBatch(values, boundColumns(values, ORDER_BOUND), ids, lines, buyers, fileLines);
  }

  /** The ids of some orders of the batch and their lines' values. */
  record Lines(List<String> ids, List<Object[]> rows) {}

  Lines allLines() {
    return new Lines(idsWithLines, lines);
  }

  /** These orders' lines, without those of the orders in {@code without}. */
  Lines linesWithout(java.util.Set<String> without) {
    if (without.isEmpty()) {
      return allLines();
    }
    List<String> ids = new ArrayList<>();
    for (String id : idsWithLines) {
      if (!without.contains(id)) {
        ids.add(id);
      }
    }
    List<Object[]> rows = new ArrayList<>();
    for (Object[] l : lines) {
      if (!without.contains((String) l[0])) {
        rows.add(l);
      }
    }
    return new Lines(ids, rows);
  }

  /** The status rank of an order's values. */
  static int rank(Object[] order) {
    return Snapshots.rank((String) order[STATUS]);
  }

  /** The latest of an order's times, epoch seconds, 0 for none. */
  static long latest(Object[] order) {
    long max = 0;
    for (int c = FIRST_TIME; c < FIRST_TIME + Snapshots.TIMES.length; c++) {
      if (order[c] != null) {
        max = Math.max(max, (Long) order[c]);
      }
    }
    return max;
  }

  /** An order's stated refund, 0 for none. */
  static long refund(Object[] order) {
    return order[REFUNDED] == null ? 0 : (Long) order[REFUNDED];
  }

  static final int STATUS = 10;
  static final int AMOUNT = 12;
  static final int SHIPPING_FEE = 13;
  static final int TOTAL = 14;
  static final int REFUNDED = 20;
  static final int AMOUNT_DERIVED = 21;
  static final int TOTAL_DERIVED = 22;
  static final int DISCOUNT = column("discount");

  /** Where these columns are in {@link #COLUMNS}. */
  static final int CURRENCY = column("currency");

  static final int PAID_AT = column("paid_at");
  static final int PAID_AT_INFERRED = column("paid_at_inferred");

  private static int column(String name) {
    int at = java.util.Arrays.asList(COLUMNS).indexOf(name);
    if (at < 0) {
      throw new IllegalStateException("no column " + name);
    }
    return at;
  }

  private static final int FIRST_TIME = 2;

  /** Adds the values of an order's lines, as the lines statement binds them. */
  static void addLineValues(List<Object[]> rows, String orderId, List<OrderLine> lines) {
    for (OrderLine l : lines) {
      rows.add(
          new Object[] {
            orderId,
            (long) l.lineNo(),
            l.sku(),
            l.title(),
            l.quantity(),
            l.unitPrice(),
            l.amount(),
            l.itemId()
          });
    }
  }

  /**
   * The columns to bind, as bits: those with a value in at least one row of the batch. A column
   * empty in every row is written into the statement as NULL instead, which is what binding a null
   * would do (a missing value never erases a stored one), at no cost per row: a layout that has no
   * currency or completion time, say, binds a fifth fewer values (measured: 14% less time inserting
   * a million orders).
   */
  static int boundColumns(Object[][] rows, int columns) {
    int bound = 0;
    for (Object[] row : rows) {
      for (int c = 0; c < columns; c++) {
        if (row[c] != null) {
          bound |= 1 << c;
        }
      }
    }
    return bound;
  }

  /** An order's values for the bound columns, in {@link #COLUMNS} order: String, Long or null. */
  private static Object[] orderValues(Order o) {
    return new Object[] {
      o.orderId(),
      o.customerId(),
      epoch(o.createdAt()),
      epoch(o.paidAt()),
      epoch(o.shippedAt()),
      epoch(o.deliveredAt()),
      epoch(o.completedAt()),
      epoch(o.cancelledAt()),
      o.carrier(),
      o.trackingNo(),
      o.status() == null ? null : o.status().code(),
      o.platformStatus(),
      o.amount(),
      o.shippingFee(),
      o.total(),
      o.currency(),
      o.province(),
      o.city(),
      o.region(),
      o.paidAtInferred() ? 1L : 0L,
      o.refunded(),
      (long) o.amountDerived(),
      o.totalDerived() ? 1L : 0L,
      // 1 cash on delivery, 0 another payment method, null: the export does not say
      o.paymentMethod() == null ? null : PaidTime.cashOnDelivery(o.paymentMethod()) ? 1L : 0L,
      o.discount(),
      o.discountCode(),
      o.orderType() == null ? null : o.orderType().code(),
      epoch(o.depositPaidAt()),
      o.itemsTitle(),
      o.itemsQuantity()
    };
  }
}
