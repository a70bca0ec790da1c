package com.shopops.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;

/**
 * The multi-row statements of the order writer. What is the same for every row (the source, the
 * import id) is written into the statement, not bound per row: the cost of a bulk load is per bound
 * value.
 */
final class OrderSql {
  private OrderSql() {}

  /** One row's placeholders: {@code ?} for a bound column, NULL for the others. */
  private static String placeholders(int columns, int bound, String constants) {
    StringJoiner row = new StringJoiner(",", "(", constants + ")");
    for (int c = 0; c < columns; c++) {
      row.add((bound & (1 << c)) != 0 ? "?" : "NULL");
    }
    return row.toString();
  }

  /**
   * {@code exportedAt}: when the file's export was made (epoch seconds, null: not known), stored
   * with each line ({@link Snapshots#LINES_EXPORTED}).
   */
  static String lines(int rows, int bound, long importId, Long exportedAt) {
    StringBuilder sb =
        new StringBuilder(
            "INSERT INTO order_lines (order_id, line_no, sku, title, quantity, unit_price, amount,"
                + " item_id, import_id, exported_at) VALUES ");
    // the import id and export time are the same for every row: written into the statement, not
    // bound per row
    String one =
        placeholders(OrderBatch.LINE_COLUMNS.length, bound, "," + importId + "," + exportedAt);
    for (int i = 0; i < rows; i++) {
      sb.append(i == 0 ? "" : ",").append(one);
    }
    return sb.append(LINES_CONFLICT).toString();
  }

  /** What an imported line does to a stored line of the same order and number: replaces it. */
  static final String LINES_CONFLICT =
      " ON CONFLICT (order_id, line_no) DO UPDATE SET sku = excluded.sku,"
          + " title = excluded.title, quantity = excluded.quantity,"
          + " unit_price = excluded.unit_price, amount = excluded.amount,"
          + " item_id = excluded.item_id, import_id = excluded.import_id,"
          + " exported_at = excluded.exported_at";

  /**
   * {@code exportedAt}: when the file's export was made (epoch seconds, null: not known), the same
   * for every order of it ({@link Snapshots#exportedAtSql}).
   */
  static String upsert(
      Dialect dialect,
      int rows,
      int bound,
      String source,
      long importId,
      Long exportedAt,
      long clock) {
    return insert(rows, bound, source, importId, exportedAt) + conflict(dialect, clock);
  }

  /**
   * The {@link #upsert} without its conflict clause: what it does when none of the rows is stored
   * yet. A first load's writer tries it first ({@link OrderWriter}): the conflict clause is 3,000
   * characters of merge rules per column, and the 200-row upsert came to 650,000 characters that
   * SQLite took over a second of a loaded machine to prepare.
   */
  static String insert(int rows, int bound, String source, long importId, Long exportedAt) {
    return insert("orders", rows, bound, source, importId, exportedAt);
  }

  /** {@link #insert} into {@code table}: {@code orders}, or the merge's {@link #STAGE}. */
  static String insert(
      String table, int rows, int bound, String source, long importId, Long exportedAt) {
    StringBuilder sb = new StringBuilder("INSERT INTO " + table + " (");
    sb.append(String.join(", ", OrderBatch.COLUMNS)).append(") VALUES ");
    // source and import id are the same for every row: written into the statement (the cost of
    // a bulk load is per bound value)
    String one =
        placeholders(
            OrderBatch.ORDER_BOUND,
            bound,
            ",'" + source.replace("'", "''") + "'," + importId + "," + exportedAt);
    for (int i = 0; i < rows; i++) {
      sb.append(i == 0 ? "" : ",").append(one);
    }
    return sb.toString();
  }

  /**
   * Where the merge reads its decisions about a row: whether the file's row ({@code excluded}) is
   * at least as new as the stored order ({@link Snapshots#newerSql}), whether the two are the same
   * snapshot ({@link Snapshots#tieSql}), and whether the row names a parcel removed by hand ({@link
   * #REMOVED_PARCEL}). {@link #inline}: the rules themselves, written into every column's value
   * that needs them (PostgreSQL's conflict clause); {@link #STAGED}: columns of the staged row,
   * each rule evaluated once per row ({@link #decide}, issue 15).
   */
  record Decided(String newer, String tie, String removed, String lines) {
    static Decided inline(Dialect dialect) {
      return new Decided(
          Snapshots.newerSql(dialect),
          Snapshots.tieSql(dialect),
          REMOVED_PARCEL,
          Snapshots.LINES_REPLACE);
    }

    /**
     * Whether the file's money of the order's goods wins where it is of the same kind as the stored
     * (read or derived): the newer snapshot's, or a line-items row's whose lines replace the stored
     * ones ({@link Snapshots#LINES_REPLACE}, items27).
     */
    String moneyNewer() {
      return "(" + lines + " OR " + newer + ")";
    }

    /** {@link #tie} but for a line-items row whose lines replace the stored ones. */
    String moneyTie() {
      return "(NOT " + lines + " AND " + tie + ")";
    }

    /** {@link #olderExport} on these decisions. */
    String older() {
      return "(excluded.status IS NOT NULL AND NOT " + newer + ")";
    }
  }

  /** The decisions of a staged row, read from its columns ({@link #decide}). */
  static final Decided STAGED =
      new Decided("excluded.d_newer", "excluded.d_tie", "excluded.d_removed", "excluded.d_lines");

  /**
   * The merge of a stored order ({@code orders}) and a file's row ({@code excluded}): the value of
   * each column it sets ({@code columns}, {@code values}), and the terms of whether anything
   * changed (any one true: the order is updated).
   */
  private record Merge(List<String> columns, List<String> values, List<String> changed) {
    void set(String column, String value) {
      columns.add(column);
      values.add(value);
    }
  }

  /**
   * What an imported order does to the stored one ({@code orders}) of the same id: the merge rules
   * below, and an update only when something changed (so that unchanged orders count as such).
   * {@code clock}: the import's clock (epoch seconds), the {@link #closedSeen} time of an order
   * this import is the first to store closed.
   */
  static String conflict(Dialect dialect, long clock) {
    Merge m = merge(dialect, clock, Decided.inline(dialect));
    StringJoiner set = new StringJoiner(", ");
    for (int i = 0; i < m.columns().size(); i++) {
      set.add(m.columns().get(i) + " = " + m.values().get(i));
    }
    // an update only when something changed: an older export that fills no blank is unchanged,
    // with the import that wrote the order
    return " ON CONFLICT (order_id) DO UPDATE SET "
        + set
        + " WHERE "
        + String.join(" OR ", m.changed());
  }

  /** The merge rules on the decisions {@code d}: {@link #conflict}'s, and {@link #merged}'s. */
  private static Merge merge(Dialect dialect, long clock, Decided d) {
    Merge m = new Merge(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    List<String> changed = m.changed();
    String older = d.older();
    for (String c : OrderBatch.COLUMNS) {
      if (c.equals("order_id") || c.equals("import_id")) {
        continue;
      }
      if (c.equals("exported_at")) {
        // a later export of the same order is a change, so that the next export compares with it;
        // an older export's time never replaces the newer one's the store holds
        String exported = keptFromOlder(older, c, Snapshots.exportedAtSql(d.tie(), d.newer()));
        m.set(c, exported);
        changed.add("orders.exported_at IS DISTINCT FROM " + exported);
        continue;
      }
      String merged = merge(dialect, d, c);
      if (Arrays.asList(Snapshots.TIMES).contains(c)) {
        // a time is never replaced by itself cut to the minute (review15 P2); paid_at only
        // between two of a kind (read or inferred: the read one wins outright)
        merged =
            Snapshots.finerTime(
                c,
                c.equals("paid_at") ? "excluded.paid_at_inferred = orders.paid_at_inferred" : null,
                merged);
      }
      if (c.equals("shipped_at")) {
        merged = earliestOutbound(merged);
      }
      merged = OLDER_FILLS.contains(c) ? filledFromOlder(older, c, merged) : merged;
      if (c.equals("shipped_at")) {
        merged =
            "CASE WHEN "
                + older
                + " AND "
                + EARLIER_OUTBOUND_UNTRACKED
                + " THEN excluded.shipped_at ELSE "
                + merged
                + " END";
      }
      merged =
          c.equals("source") || OLDER_FILLS.contains(c) ? merged : keptFromOlder(older, c, merged);
      if (REMOVED_PARCEL_COLUMNS.contains(c)) {
        merged = "CASE WHEN " + d.removed() + " THEN orders." + c + " ELSE " + merged + " END";
      }
      if (c.equals("paid_at")) {
        merged = paidInFull(merged);
      }
      m.set(c, merged);
      if (c.equals("total")) {
        // what the buyer paid, stated or derived (OrderMoney): a stated total equal to the goods
        // plus shipping the store holds is no change (its own `orders list` read back, review10 J8)
        changed.add(
            OrderMoney.total("orders.total", "orders.amount", "orders.shipping_fee")
                + " IS DISTINCT FROM "
                + OrderMoney.total(
                    merged, merge(dialect, d, "amount"), merge(dialect, d, "shipping_fee")));
      } else if (!c.equals("source")) {
        // the layout that last changed the order: an order re-imported unchanged by another layout
        // (orders, then its items file) keeps its source and is not counted as updated
        changed.add("orders." + c + " IS DISTINCT FROM " + merged);
      }
    }
    m.set("closed_seen_at", keptFromOlder(older, "closed_seen_at", closedSeen(dialect, d, clock)));
    m.set("refund_seen_at", keptFromOlder(older, "refund_seen_at", refundSeen(dialect, d, clock)));
    // an older export's row that fills blanks keeps the import that wrote the order's snapshot: the
    // notes of this import (closed after payment, refunds) count only what its file states
    // (tryout20 Y1); the filled orders' shipments are made again by OrderWriter#finish
    m.set("import_id", keptFromOlder(older, "import_id", "excluded.import_id"));
    return m;
  }

  /**
   * SQLite's merge of a batch of stored orders (issue 15): the file's rows are staged ({@link
   * #STAGE}, {@link #insert}), each row's decisions evaluated once ({@link #decide}), the merged
   * order worked out on the staged row ({@link #merged}), then written to the orders that changed
   * ({@link #applyMerged}) and the new orders inserted ({@link #insertNew}): the rules of {@link
   * #conflict}, which spells the decisions into every column (a 630,000-character statement whose
   * rankings every updated row evaluated some thirty times over).
   */
  static final String STAGE = "temp.order_merge";

  /** The merged values' columns of the stage: {@code m_} and the column the merge sets. */
  private static List<String> mergedColumns() {
    return merge(Dialect.SQLITE, 0, STAGED).columns();
  }

  /**
   * Creates the stage when the connection has none: the file's columns as {@code orders} declares
   * them ({@code declared}: each column's type and NOT NULL, from the table itself), so that a row
   * holds the same values and is refused where the upsert's row was; the merged ones ({@code m_},
   * the same types); and the decisions ({@code d_}).
   */
  static String createStage(java.util.Map<String, String> declared) {
    StringJoiner cols = new StringJoiner(", ");
    for (String c : OrderBatch.COLUMNS) {
      cols.add(c + " " + declared.get(c));
    }
    for (String c : mergedColumns()) {
      cols.add("m_" + c + " " + declared.get(c).replace(" NOT NULL", ""));
    }
    for (String c : List.of("d_stored", "d_newer", "d_tie", "d_removed", "d_lines", "d_changed")) {
      cols.add(c);
    }
    return "CREATE TEMP TABLE IF NOT EXISTS order_merge (" + cols + ")";
  }

  /** The staged rows' decisions, against the stored order of the same id ({@link Decided}). */
  static String decide() {
    return decide(Dialect.SQLITE, STAGE, "");
  }

  /**
   * PostgreSQL's staged merge (issue 18): the decisions of each staged order ({@code kind 'o'}) of
   * the stage {@code stage} whose order is stored, evaluated once per row into its {@code d_}
   * columns, as {@link #decide} on SQLite; read by {@link #updateStored}. Before, the conflict
   * clause spelled them into each of some thirty columns' terms, per row: an older export's no-op
   * upsert of 91,364 rows took ~10 s of server time.
   */
  static String decideStaged(String stage) {
    return decide(Dialect.POSTGRESQL, stage, " AND excluded.kind = 'o'");
  }

  /**
   * The UPDATE of {@code stage}'s decision columns in {@code dialect}, its rows narrowed by {@code
   * and}.
   */
  private static String decide(Dialect dialect, String stage, String and) {
    Decided d = Decided.inline(dialect);
    return "UPDATE "
        + stage
        + " AS excluded SET d_stored = "
        + (dialect == Dialect.SQLITE ? "1" : "TRUE")
        + ", d_newer = "
        + d.newer()
        + ", d_tie = "
        + d.tie()
        + ", d_removed = "
        + d.removed()
        + ", d_lines = "
        + d.lines()
        + " FROM orders WHERE orders.order_id = excluded.order_id"
        + and;
  }

  /** The decision columns {@link #decideStaged} sets, as a stage declares them on PostgreSQL. */
  static final String STAGED_DECISIONS =
      "d_stored BOOLEAN, d_newer BOOLEAN, d_tie BOOLEAN, d_removed BOOLEAN, d_lines BOOLEAN";

  /**
   * The stored orders that the rows {@code rows} (a SELECT of {@link OrderBatch#COLUMNS} and the
   * decisions {@code d_newer, d_tie, d_removed, d_lines} of stored orders) change: {@link
   * #conflict}'s SET and WHERE, reading the decisions staged ({@link #decideStaged}).
   */
  static String updateStored(String rows, long clock) {
    Merge m = merge(Dialect.POSTGRESQL, clock, STAGED);
    StringJoiner set = new StringJoiner(", ");
    for (int i = 0; i < m.columns().size(); i++) {
      set.add(m.columns().get(i) + " = " + m.values().get(i));
    }
    return "UPDATE orders SET "
        + set
        + " FROM ("
        + rows
        + ") AS excluded WHERE orders.order_id = excluded.order_id AND ("
        + String.join(" OR ", m.changed())
        + ")";
  }

  /** The merged order of each staged row whose order is stored, and whether it changed. */
  static String merged(long clock) {
    Merge m = merge(Dialect.SQLITE, clock, STAGED);
    StringJoiner set = new StringJoiner(", ");
    for (int i = 0; i < m.columns().size(); i++) {
      set.add("m_" + m.columns().get(i) + " = " + m.values().get(i));
    }
    return "UPDATE "
        + STAGE
        + " AS excluded SET "
        + set
        + ", d_changed = "
        + String.join(" OR ", m.changed())
        + " FROM orders WHERE orders.order_id = excluded.order_id";
  }

  /** The stored orders the merge changed, as {@link #merged} worked them out. */
  static String applyMerged() {
    StringJoiner set = new StringJoiner(", ");
    for (String c : mergedColumns()) {
      set.add(c + " = s.m_" + c);
    }
    return "UPDATE orders SET "
        + set
        + " FROM "
        + STAGE
        + " AS s WHERE s.order_id = orders.order_id AND s.d_changed";
  }

  /** The staged orders not stored, in the order staged. */
  static String insertNew() {
    String cols = String.join(", ", OrderBatch.COLUMNS);
    return "INSERT INTO orders ("
        + cols
        + ") SELECT "
        + cols
        + " FROM "
        + STAGE
        + " WHERE d_stored IS NULL ORDER BY rowid";
  }

  /**
   * The columns an older export's row ({@link #olderExport}) may fill where the store holds a blank
   * (NULL): what describes the order beside its status, money, refund and paid time, which the
   * newer snapshot did not state (tryout20 Y1: the tracking number and carrier of an order the
   * newer export shows closed). Whatever the order the two files come in, the store is the same:
   * the newer snapshot imported second keeps what it does not state ({@link #newerWins}).
   */
  static final java.util.List<String> OLDER_FILLS =
      java.util.List.of(
          "customer_id",
          "created_at",
          "shipped_at",
          "delivered_at",
          "completed_at",
          "cancelled_at",
          "carrier",
          "tracking_no",
          "currency",
          "province",
          "city",
          "region",
          "discount_code",
          "order_type",
          "deposited_at",
          "items_title",
          "items_quantity");

  /**
   * Whether the imported row ({@code excluded}) names a parcel of the order removed by hand and not
   * restored ({@code shipments remove-parcel}): an order export imported again (a cron re-reading
   * the export folder) does not bring it back (tryout22b B4), as a shipments file does not ({@link
   * ShipmentWriter#NOT_REMOVED}). Its {@link #REMOVED_PARCEL_COLUMNS} keep the stored values, the
   * rest of the row is merged as any other; the import says so ({@code OrdersHandler}).
   */
  static final String REMOVED_PARCEL =
      "EXISTS (SELECT 1 FROM parcel_removals r WHERE r.order_id = excluded.order_id"
          + " AND r.parcel = excluded.tracking_no AND r.restored_at IS NULL)";

  /** The columns that describe the export's own parcel. */
  static final java.util.List<String> REMOVED_PARCEL_COLUMNS =
      java.util.List.of("shipped_at", "delivered_at", "carrier", "tracking_no");

  /**
   * Whether the imported row ({@code excluded}) states a later outbound than the one an export
   * stored, and one of the two names no tracking number (tryout21 Z9: Shopify's "partial" then
   * "fulfilled" re-export, 11-19 20:00 then 11-20 15:00): nothing says it is another parcel nor the
   * same one re-dated, so the first outbound an export stated stays (shipped = the earliest
   * outbound, docs/sla.md) and the import names both times ({@link SnapshotTies}, the anomaly
   * {@code shipped-kept}). Two tracking numbers that differ are two parcels: the stored one is kept
   * as a parcel of its own (V043's trigger); the same one re-dated takes the newer time.
   */
  static final String LATER_OUTBOUND_UNTRACKED =
      "(orders.shipped_at IS NOT NULL AND excluded.shipped_at > orders.shipped_at"
          + " AND (orders.tracking_no IS NULL OR excluded.tracking_no IS NULL))";

  /**
   * Whether the imported row ({@code excluded}) states an earlier outbound (by a minute at least: a
   * time cut to the minute is not an earlier one) than the one stored, and one of the two names no
   * tracking number: for an older export's row ({@link #olderExport}, tryout22b B9: Shopify's
   * "partial" export imported after its "fulfilled" one) the earlier outbound is taken, as the
   * forward order keeps it ({@link #LATER_OUTBOUND_UNTRACKED}): shipped = the earliest outbound
   * whatever the order the files come in, the import naming both times ({@code shipped-kept}).
   */
  static final String EARLIER_OUTBOUND_UNTRACKED =
      "(orders.shipped_at IS NOT NULL AND excluded.shipped_at / 60 < orders.shipped_at / 60"
          + " AND (orders.tracking_no IS NULL OR excluded.tracking_no IS NULL))";

  /**
   * Whether the imported row ({@code excluded}) states an earlier outbound (by a minute at least)
   * than the one stored under another tracking number: an older export's is kept as a parcel of its
   * own (OrderWriter, tryout22b B9 across tracking numbers), as the V043 trigger keeps it when the
   * exports come in order.
   */
  static final String EARLIER_OUTBOUND_OTHER_PARCEL =
      "(orders.shipped_at IS NOT NULL AND excluded.shipped_at / 60 < orders.shipped_at / 60"
          + " AND orders.tracking_no IS NOT NULL AND excluded.tracking_no IS NOT NULL"
          + " AND excluded.tracking_no <> orders.tracking_no)";

  /** {@code merged}, or the stored outbound when {@link #LATER_OUTBOUND_UNTRACKED}. */
  private static String earliestOutbound(String merged) {
    return "CASE WHEN "
        + LATER_OUTBOUND_UNTRACKED
        + " THEN orders.shipped_at ELSE "
        + merged
        + " END";
  }

  /** {@code merged}, or for an older export's row the stored value, a blank filled by the row's. */
  private static String filledFromOlder(String older, String column, String merged) {
    return "CASE WHEN "
        + older
        + " THEN coalesce(orders."
        + column
        + ", excluded."
        + column
        + ") ELSE "
        + merged
        + " END";
  }

  /** {@code merged}, or for an older export's row the stored value, untouched. */
  private static String keptFromOlder(String older, String column, String merged) {
    return "CASE WHEN " + older + " THEN orders." + column + " ELSE " + merged + " END";
  }

  /**
   * Whether the imported row ({@code excluded}) is an older export of the stored order: it states a
   * status and the stored snapshot is newer ({@link Snapshots#newerSql}). Such a row changes no
   * status, money, refund, paid time or export time the store holds and fills only the blanks of
   * {@link #OLDER_FILLS} (tryout20 Y1): it counts as updated only when it filled one, the anomaly
   * naming what it filled ({@link SnapshotTies}); else unchanged, with the import that wrote the
   * order. A row without a status (an items file, a partial layout) is no snapshot: it fills blanks
   * as before.
   */
  static String olderExport(Dialect dialect) {
    return Decided.inline(dialect).older();
  }

  /**
   * {@code orders.closed_seen_at} after the merge (review16 Q6, migration V029): the time kept when
   * there is one; else the import's clock when the store held the order paid and open and the
   * merged order is closed (cancelled or refunded) with a paid time: the day the store learnt that
   * money it had counted as a sale went back, when the export gives no close time ({@link
   * ReturnFigures} dates the refund by it). Never set on an order first stored already closed, nor
   * on one stored unpaid: no figure counted it as a sale before.
   */
  private static String closedSeen(Dialect dialect, Decided d, long clock) {
    String status = "(" + merge(dialect, d, "status") + ")";
    return "CASE WHEN orders.closed_seen_at IS NOT NULL THEN orders.closed_seen_at WHEN "
        + Purchases.of("orders")
        + " AND NOT "
        + OrderStatusSql.oneOf(
            "coalesce(orders.status, '')", com.shopops.domain.order.OrderStatus::isClosed)
        + " AND "
        + OrderStatusSql.oneOf(status, com.shopops.domain.order.OrderStatus::isClosed)
        + " THEN "
        + clock
        + " ELSE NULL END";
  }

  /**
   * {@code orders.refund_seen_at} after the merge (task timeedge, migration V030): the time kept
   * when there is one; else the import's clock when the store held the order paid with no refund
   * (退款金额, Refunded Amount: none or 0.00) and the merged order states one above 0.00: the day the
   * store learnt that part of a sale it had counted went back, the export giving no refund time
   * ({@link ReturnFigures} dates the refund of an order not closed by it). Never set on an order
   * first stored with its refund, nor on one stored unpaid: no figure counted it as a sale before.
   */
  private static String refundSeen(Dialect dialect, Decided d, long clock) {
    return "CASE WHEN orders.refund_seen_at IS NOT NULL THEN orders.refund_seen_at WHEN "
        + Purchases.of("orders")
        + " AND coalesce(orders.refunded, 0) = 0 AND ("
        + merge(dialect, d, "refunded")
        + ") > 0 THEN "
        + clock
        + " ELSE NULL END";
  }

  /**
   * A presale paid in stages that the store holds paid in full keeps the earliest time an import
   * saw it so ({@code StagedPayment}: an export states no balance time, so a later export's time
   * never moves it, tryout21 Z2); {@code merged}: the paid time otherwise.
   */
  private static String paidInFull(String merged) {
    return "CASE WHEN orders.deposited_at IS NOT NULL AND "
        + Purchases.of("orders")
        + " AND excluded.deposited_at IS NOT NULL AND "
        + Purchases.of("excluded")
        + " THEN"
        + " (CASE WHEN excluded.paid_at < orders.paid_at THEN excluded.paid_at"
        + " ELSE orders.paid_at END) ELSE "
        + merged
        + " END";
  }

  /**
   * The value a column takes when an order is imported again: the newer snapshot's value wins, the
   * older one only fills a blank ({@link Snapshots}); a blank never erases a value.
   */
  private static String merge(Dialect dialect, Decided d, String column) {
    String newer = d.newer();
    return switch (column) {
      case "source" -> "excluded.source";
      // a paid time read from an export wins over an inferred one, never the other way round;
      // between two of a kind the newer snapshot's wins; an inferred one fills a blank only from a
      // snapshot at least as new (an older export's "paid" never lands on an order stored as
      // cancelled before payment, review11 K8)
      // and a newer snapshot that says the order was cancelled without a paid time takes back a
      // time inferred from an older one's "paid" status: so the store is the same whatever the
      // order the exports come in
      case "paid_at", "paid_at_inferred" ->
          "CASE WHEN excluded.paid_at IS NULL AND orders.paid_at_inferred = 1 AND excluded.status = "
              + OrderStatusSql.literal(com.shopops.domain.order.OrderStatus.CANCELLED)
              + " AND "
              + newer
              + " THEN "
              + (column.equals("paid_at") ? "NULL" : "0")
              + " ELSE "
              + readOverDerived(newer, column, "paid_at", "paid_at_inferred", true, null)
              + " END";
      // an amount or total read from a column wins over a derived one, never the other way round,
      // whatever the import order (review11 K1); between two of a kind the newer snapshot's wins
      // of the same snapshot (same status, times and refund: Snapshots) money never goes down: a
      // partial export (a row sample) or one made before an edit does not lower it (review12 L17)
      // a line-items row whose lines replace the stored ones: its derived money follows them
      // (items27), a read value still winning over it
      case "amount", "amount_derived" ->
          readOverDerived(
              d.moneyNewer(), column, "amount", "amount_derived", false, tie(dialect, d, column));
      case "total", "total_derived" ->
          readOverDerived(
              d.moneyNewer(), column, "total", "total_derived", false, tie(dialect, d, column));
      // the shipping fee the lines state (Olist freight_value) follows them where the stored goods
      // amount is a line-items file's too (PaidTotal#FROM_LINES), not where an export stated it
      case "shipping_fee" ->
          "CASE WHEN "
              + d.lines()
              + " AND (orders.amount IS NULL OR orders.amount_derived = "
              + com.shopops.domain.order.PaidTotal.FROM_LINES
              + ")"
              + " THEN coalesce(excluded.shipping_fee, orders.shipping_fee) WHEN "
              + d.tie()
              + " THEN "
              + dialect.greatest()
              + "coalesce(excluded.shipping_fee, orders.shipping_fee),"
              + " coalesce(orders.shipping_fee, excluded.shipping_fee)) ELSE "
              + newerWins(newer, column)
              + " END";
      // the platform's wording of the status travels with the status: an older snapshot's wording
      // never stands beside a newer status (Olist "approved" beside "delivered")
      case "platform_status" ->
          "CASE WHEN excluded.status IS NOT DISTINCT FROM orders.status THEN "
              + newerWins(newer, column)
              + " WHEN "
              + newer
              + " THEN excluded.platform_status ELSE orders.platform_status END";
      default -> newerWins(newer, column);
    };
  }

  /**
   * A value with a flag saying how it was derived ({@code 1}, {@code 2}: the higher the further
   * from the export) or read from it ({@code 0}), and {@code column} one of the two: the lower flag
   * wins (a read value over a derived one); between two of a kind the newer snapshot's; a blank
   * never erases. {@code derivedFillsFromNewerOnly}: a derived value fills a stored blank only from
   * a snapshot at least as new; otherwise (money) a value read equal to one the store summed from
   * line rows (PaidTotal#FROM_LINES) keeps that kind, so an order's own `orders list` read back
   * changes nothing (RoundTripTest); a kind derived otherwise still gives way to the read value
   * (ExportMoneyTest: any order of imports gives the same store). {@code onTie}: the value of the
   * same snapshot, when it is not the imported one (null: the imported one).
   */
  private static String readOverDerived(
      String newer,
      String column,
      String value,
      String flag,
      boolean derivedFillsFromNewerOnly,
      String onTie) {
    String fill =
        derivedFillsFromNewerOnly
            ? "(CASE WHEN excluded."
                + flag
                + " = 0 OR "
                + newer
                + " THEN excluded."
                + column
                + " ELSE orders."
                + column
                + " END)"
            : "excluded." + column;
    return "CASE WHEN excluded."
        + value
        + " IS NULL THEN orders."
        + column
        + " WHEN orders."
        + value
        + " IS NULL THEN "
        + fill
        + (derivedFillsFromNewerOnly
            ? ""
            : " WHEN excluded."
                + value
                + " = orders."
                + value
                + " AND orders."
                + flag
                + " = "
                + com.shopops.domain.order.PaidTotal.FROM_LINES
                + " THEN orders."
                + column)
        + " WHEN excluded."
        + flag
        + " <> orders."
        + flag
        + " THEN (CASE WHEN excluded."
        + flag
        + " < orders."
        + flag
        + " THEN excluded."
        + column
        + " ELSE orders."
        + column
        + " END) WHEN "
        + (onTie == null ? "" : onTie + " WHEN ")
        + newer
        + " THEN excluded."
        + column
        + " ELSE orders."
        + column
        + " END";
  }

  /**
   * The same snapshot's money, when both have a value of the same kind: the larger (a flag column:
   * equal on both sides by then).
   */
  private static String tie(Dialect dialect, Decided d, String column) {
    return d.moneyTie()
        + " THEN "
        + dialect.greatest()
        + "excluded."
        + column
        + ", orders."
        + column
        + ")";
  }

  /** The newer snapshot's value where it has one; the older one only fills a blank. */
  private static String newerWins(String newer, String column) {
    return "CASE WHEN "
        + newer
        + " THEN coalesce(excluded."
        + column
        + ", orders."
        + column
        + ") ELSE coalesce(orders."
        + column
        + ", excluded."
        + column
        + ") END";
  }
}
