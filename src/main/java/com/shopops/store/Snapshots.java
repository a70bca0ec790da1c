package com.shopops.store;

import com.shopops.domain.order.OrderStatus;

/**
 * Which of two snapshots of one order is the newer: the higher status rank, or at equal rank the
 * later of their latest times, or at equal times the larger refund (a refund only grows: an export
 * that states less of it was made before the one that states more). The newer snapshot's values win
 * field by field, the older one only fills blanks. Two snapshots equal in all three are the same
 * snapshot ({@link #tieSql}): its money never goes down and its line items are the union of the two
 * exports' ({@link com.shopops.domain.order.SameSnapshotLines}); other fields take the imported
 * value where it has one. Unless both know when their export was made ({@code exported_at}, task
 * exportage): then the later export is the newer and wins whole, its lines replacing the other's
 * (an order edited in the shop without a change of status or times, review R4 / tryout17 U1); an
 * export time is only ever the one the operator gave or the download's name states, never one
 * guessed from the times inside a file (a later export of only older orders is not older). A time
 * is never replaced by the same time at a coarser precision, newer snapshot or not ({@link
 * #finerTime}). So any set of exports imported in any order gives the same store. The one rule, in
 * SQL for the upsert and in Java for the line items.
 */
public final class Snapshots {
  private Snapshots() {}

  static final String[] TIMES = {
    "created_at", "paid_at", "shipped_at", "delivered_at", "completed_at", "cancelled_at"
  };

  private static final String RANK = OrderStatusSql.rank("%s.status");

  /** The latest of a row's times, 0 when it has none (an SQL expression over {@code table}). */
  static String latest(Dialect dialect, String table) {
    StringBuilder sb = new StringBuilder(dialect.greatest()).append('0');
    for (String t : TIMES) {
      sb.append(", coalesce(").append(table).append('.').append(t).append(", 0)");
    }
    return sb.append(')').toString();
  }

  /** A row's refund for the comparison: none is 0. */
  private static String refund(String table) {
    return "coalesce(" + table + ".refunded, 0)";
  }

  /**
   * How the latest time of the row {@code excluded} compares with the stored row's {@code orders}
   * (an SQL expression: above 0 later, 0 the same, below 0 earlier): {@link #compareLatest}.
   */
  static String latestDiff(Dialect dialect) {
    String le = latest(dialect, "excluded");
    String lo = latest(dialect, "orders");
    return "(CASE WHEN "
        + le
        + " % 60 = 0 OR "
        + lo
        + " % 60 = 0 THEN "
        + le
        + " / 60 - "
        + lo
        + " / 60 ELSE "
        + le
        + " - "
        + lo
        + " END)";
  }

  /**
   * Whether the file's row ({@code excluded}) is an older snapshot than the stored order ({@code
   * orders}): it states a status (a file of line items only states none: Olist order_items.csv),
   * and a lower one, or the same with an earlier latest time ({@link #latestDiff}). Not an export
   * of the same snapshot made earlier (review20 X1: the same file saved again is no older state),
   * nor a smaller refund alone. {@link #behind} in Java.
   */
  static String behindSql(Dialect dialect) {
    String re = "(" + RANK.formatted("excluded") + ")";
    String ro = "(" + RANK.formatted("orders") + ")";
    return "(excluded.status IS NOT NULL AND ("
        + re
        + " < "
        + ro
        + " OR ("
        + re
        + " = "
        + ro
        + " AND "
        + latestDiff(dialect)
        + " < 0)))";
  }

  /** {@link #behindSql} of a file's status (null: none stated), rank and latest time. */
  static boolean behind(Object status, int rank, long latest, int storedRank, long storedLatest) {
    return status != null
        && (rank < storedRank || (rank == storedRank && compareLatest(latest, storedLatest) < 0));
  }

  /** Whether the row {@code excluded} is at least as new as the stored row {@code orders}. */
  static String newerSql(Dialect dialect) {
    String re = "(" + RANK.formatted("excluded") + ")";
    String ro = "(" + RANK.formatted("orders") + ")";
    String diff = latestDiff(dialect);
    return "("
        + REFUND_MENDED
        + " OR "
        + re
        + " > "
        + ro
        + " OR ("
        + re
        + " = "
        + ro
        + " AND ("
        + diff
        + " > 0 OR ("
        + diff
        + " = 0 AND ("
        + refund("excluded")
        + " > "
        + refund("orders")
        + " OR ("
        + refund("excluded")
        + " = "
        + refund("orders")
        + " AND NOT "
        + EXPORTED_EARLIER
        + "))))))";
  }

  /**
   * Whether both rows know when their export was made ({@code exported_at}, V032) and the file's
   * ({@code excluded}) was made before the stored one's: of the same snapshot otherwise, the file
   * is the older export.
   */
  static final String EXPORTED_EARLIER =
      "(excluded.exported_at IS NOT NULL AND orders.exported_at IS NOT NULL"
          + " AND excluded.exported_at < orders.exported_at)";

  /**
   * Whether a file's row ({@code table}) states no status and no time for its order: a line-items
   * file's (Olist order_items.csv, a generic {@code order_id,sku,quantity,amount}, a 宝贝报表 without
   * status), which speaks only for the order's lines and the money derived from them, not for a
   * snapshot (items27). {@link #linesOnly} in Java.
   */
  static String linesOnlySql(String table) {
    StringBuilder sb = new StringBuilder("(").append(table).append(".status IS NULL");
    for (String t : TIMES) {
      sb.append(" AND ").append(table).append('.').append(t).append(" IS NULL");
    }
    return sb.append(')').toString();
  }

  /** {@link #linesOnlySql} of a row in {@link OrderBatch#COLUMNS} order. */
  static boolean linesOnly(Object[] row) {
    if (row[OrderBatch.STATUS] != null) {
      return false;
    }
    java.util.List<String> all = java.util.Arrays.asList(OrderBatch.COLUMNS);
    for (String t : TIMES) {
      if (row[all.indexOf(t)] != null) {
        return false;
      }
    }
    return true;
  }

  /**
   * When the export the stored order's lines ({@code orders}) came from was made: the latest of its
   * lines' {@code order_lines.exported_at} (V056, written with each line), null when not known or
   * when it has no lines. Not the order's {@code exported_at}: a file of line items does not
   * advance that (it is the order snapshot's time), so an items file exported between the order's
   * export and the stored lines' is older than the lines (tryout28a A1).
   */
  static final String LINES_EXPORTED = linesExported("orders");

  /** {@link #LINES_EXPORTED} of the stored order named {@code orders} (a table or its alias). */
  static String linesExported(String orders) {
    return "(SELECT max(l.exported_at) FROM order_lines l WHERE l.order_id = "
        + orders
        + ".order_id)";
  }

  /**
   * Whether the stored order's lines know when their export was made ({@link #LINES_EXPORTED}) and
   * the file's row ({@code excluded}) was made before, or when is not known: its lines are kept out
   * as an older export's. A file of unknown export time never replaces lines of a known one (as a
   * status never moves back; tryout29a A2: a renamed download of 11-12 replaced the 11-14 lines,
   * silently): the operator gives {@code --exported-at} when the file is newer. {@link
   * #linesExportedEarlier} in Java.
   */
  static final String LINES_EXPORTED_EARLIER =
      "(coalesce(excluded.exported_at, -1) < coalesce(" + LINES_EXPORTED + ", -1))";

  /**
   * {@link #LINES_EXPORTED_EARLIER} of a file exported at {@code exported} and stored lines
   * exported at {@code linesExported} (either null: not known).
   */
  public static boolean linesExportedEarlier(Long exported, Long linesExported) {
    return linesExported != null && (exported == null || exported < linesExported);
  }

  /**
   * Whether the file's row ({@code excluded}) is a line-items row ({@link #linesOnlySql}) whose
   * lines replace the stored order's (when they differ) and whose derived money follows them: it is
   * compared with the stored lines by export time only, and is older when the stored lines' export
   * time is known and the file's is earlier or not known ({@link #LINES_EXPORTED_EARLIER}). Its
   * status, times, buyer and refund are no snapshot and change nothing stored (items27: an
   * order_items.csv with one price changed was "unchanged", its row taken as older than the
   * orders.csv snapshot). {@link #linesReplace} in Java.
   */
  static final String LINES_REPLACE =
      "(" + linesOnlySql("excluded") + " AND NOT " + LINES_EXPORTED_EARLIER + ")";

  /**
   * {@link #LINES_REPLACE} of a row ({@link OrderBatch#COLUMNS} order) exported at {@code exported}
   * against stored lines exported at {@code linesExported} (null: not known).
   */
  static boolean linesReplace(Object[] row, Long exported, Long linesExported) {
    return linesOnly(row) && !linesExportedEarlier(exported, linesExported);
  }

  /** Whether the two rows' exports were made at different known times ({@code exported_at}). */
  static final String EXPORTED_APART =
      "(excluded.exported_at IS NOT NULL AND orders.exported_at IS NOT NULL"
          + " AND excluded.exported_at <> orders.exported_at)";

  /**
   * {@code orders.exported_at} after the merge: the file's when it is the newer snapshot (none when
   * its export time is not known: the order's is then unknown), the stored one's when it is older;
   * of the same snapshot, the one known time (tryout18 W16): an export re-imported under a name
   * without its time never erases the time stored, and a time given for a snapshot stored without
   * one is kept (both known and the same snapshot: they are equal, {@link #EXPORTED_APART}). Either
   * way whatever order the two files come in.
   */
  static String exportedAtSql(Dialect dialect) {
    return exportedAtSql(tieSql(dialect), newerSql(dialect));
  }

  /** {@link #exportedAtSql} on the decisions {@code tie} ({@link #tieSql}) and {@code newer}. */
  static String exportedAtSql(String tie, String newer) {
    return "CASE WHEN "
        + tie
        + " THEN coalesce(orders.exported_at, excluded.exported_at) WHEN "
        + newer
        + " THEN excluded.exported_at ELSE orders.exported_at END";
  }

  /**
   * Moves the export time of {@code table} ({@code orders} or {@code order_lines}) forward to the
   * bound time (both parameters) on the orders {@code ids} (a list of parameters or a SELECT of
   * order ids): rows whose content a later export confirmed as stored ({@link
   * UnchangedRows#sameExportedLater}, or a line-items file's lines equal to the stored ones), so
   * that an export made between the two is older than them (tryout29a A1). A time never moves back;
   * a line of unknown time takes the export's.
   */
  static String restampSql(String table, String ids) {
    return "UPDATE "
        + table
        + " SET exported_at = ? WHERE (exported_at IS NULL OR exported_at < ?) AND order_id IN ("
        + ids
        + ")";
  }

  /**
   * Stores the file's export time on the orders of the same snapshot stored without one (what
   * {@link #exportedAtSql} gives them), before the upsert: the export time a re-import brings to an
   * identical order is no update of it (tryout18 W16: "unchanged", not "updated"). {@code from}:
   * the file's orders as {@code excluded} (a join to {@code orders}); SQLite: null, {@code ids} the
   * orders to time ({@link SnapshotTies.Plan#timed}, bound as parameters after the time).
   */
  static String fillExportedAtSql(Dialect dialect, String from, int ids) {
    if (from != null) {
      return "UPDATE orders SET exported_at = excluded.exported_at FROM "
          + from
          + " AS excluded WHERE excluded.order_id = orders.order_id AND excluded.kind = 'o'"
          + " AND orders.exported_at IS NULL AND excluded.exported_at IS NOT NULL AND "
          + tieSql(dialect);
    }
    return "UPDATE orders SET exported_at = ? WHERE exported_at IS NULL AND order_id IN ("
        + "?,".repeat(ids - 1)
        + "?)";
  }

  /** Whether the row {@code excluded} is the same snapshot as the stored row {@code orders}. */
  static String tieSql(Dialect dialect) {
    return "(("
        + RANK.formatted("excluded")
        + ") = ("
        + RANK.formatted("orders")
        + ") AND "
        + latestDiff(dialect)
        + " = 0 AND "
        + refund("excluded")
        + " = "
        + refund("orders")
        + " AND NOT "
        + EXPORTED_APART
        + " AND NOT "
        + REFUND_MENDED
        + ")";
  }

  /**
   * Whether the stored order's refund is above its total ({@link OrderMoney#total}, money known),
   * which no export states and only a store written before that rule may hold (tryout20 Y9), and
   * the file's row states a refund that is not: the file's replaces it, whatever the two snapshots'
   * status, times and refund (tryout21 Z7: the "refund only grows" rule kept 350.00 on an order of
   * 300.00 over the corrected export). {@link #refundMended} in Java, the one rule.
   */
  static final String REFUND_MENDED =
      "(orders.refunded IS NOT NULL AND (orders.total IS NOT NULL OR orders.amount IS NOT NULL)"
          + " AND orders.refunded > "
          + OrderMoney.total("orders.total", "orders.amount", "orders.shipping_fee")
          + " AND excluded.refunded IS NOT NULL"
          + " AND (excluded.total IS NOT NULL OR excluded.amount IS NOT NULL)"
          + " AND excluded.refunded <= "
          + OrderMoney.total("excluded.total", "excluded.amount", "excluded.shipping_fee")
          + ")";

  /**
   * {@link #REFUND_MENDED} in Java: the stored refund ({@code storedRefund}, null none) is above
   * the stored total, amount and shipping fee's total, and the file's refund is not above the
   * file's.
   */
  static boolean refundMended(
      Long storedRefund,
      Long storedTotal,
      Long storedAmount,
      Long storedShipping,
      Long fileRefund,
      Long fileTotal,
      Long fileAmount,
      Long fileShipping) {
    return storedRefund != null
        && (storedTotal != null || storedAmount != null)
        && storedRefund > total(storedTotal, storedAmount, storedShipping)
        && fileRefund != null
        && (fileTotal != null || fileAmount != null)
        && fileRefund <= total(fileTotal, fileAmount, fileShipping);
  }

  /** {@link OrderMoney#total} of three values. */
  private static long total(Long total, Long amount, Long shipping) {
    return total != null
        ? total
        : (amount == null ? 0 : amount) + (shipping == null ? 0 : shipping);
  }

  /**
   * Whether the file's order {@code excluded} is the same snapshot as the stored {@code orders}, so
   * that their line items are merged: {@link #compareToStored} in SQL (PostgreSQL's stage); not a
   * line-items row whose lines replace the stored ones ({@link #LINES_REPLACE}).
   */
  static String tiedSql(Dialect dialect) {
    return tieSql(dialect)
        + " AND NOT "
        + OldReadings.STILL_AS_STORED
        + " AND NOT "
        + LINES_REPLACE;
  }

  /**
   * The value a time column of a merged order takes: where one side's time is the other's cut to
   * the minute (an Excel save writes 13:13:40 as 13:13, review15 P2), the finer one, whichever side
   * holds it and whichever snapshot is newer; otherwise {@code merged}. For every order alike: a
   * saved and re-imported listing changes no time, and the order of imports does not matter. A
   * genuinely different time (another minute, or seconds on both sides) takes {@code merged}.
   * {@code when}: a further condition for the finer one to win (null: none).
   */
  static String finerTime(String column, String when, String merged) {
    String file = "excluded." + column;
    String stored = "orders." + column;
    String guard = when == null ? "" : when + " AND ";
    return "CASE WHEN "
        + guard
        + cutToTheMinute(file, stored)
        + " THEN "
        + stored
        + " WHEN "
        + guard
        + cutToTheMinute(stored, file)
        + " THEN "
        + file
        + " ELSE "
        + merged
        + " END";
  }

  /** Whether the time {@code cut} (epoch seconds) is {@code time} with its seconds dropped. */
  private static String cutToTheMinute(String cut, String time) {
    return "("
        + cut
        + " % 60 = 0 AND "
        + time
        + " > "
        + cut
        + " AND "
        + time
        + " < "
        + cut
        + " + 60)";
  }

  /**
   * How two latest times (epoch seconds) compare: at the minute when either is a whole minute, so
   * that a time cut to the minute (an Excel save writes 12:05:33 as 12:05, review15 P2) is the same
   * time as the finer one and a resaved export the same snapshot (review20 X1); to the second
   * otherwise. {@link #latestDiff} in SQL.
   */
  public static int compareLatest(long latest, long storedLatest) {
    return latest % 60 == 0 || storedLatest % 60 == 0
        ? Long.compare(latest / 60, storedLatest / 60)
        : Long.compare(latest, storedLatest);
  }

  /**
   * The columns of {@link OrderBatch#COLUMNS} an older export's row is held against the stored
   * order, to say whether it would change it (all but the order id and what the import writes:
   * source, import id, export time).
   */
  static final java.util.List<String> STATED =
      java.util.Arrays.stream(OrderBatch.COLUMNS)
          .filter(
              c -> !java.util.Set.of("order_id", "source", "import_id", "exported_at").contains(c))
          .toList();

  /**
   * Whether a file's row ({@code file}, values in {@link OrderBatch#COLUMNS} order) states a value
   * other than the stored order's ({@code stored}, values in {@link #STATED} order): what an older
   * export would have changed, had it been the newer (review20 X1). A blank states nothing; money
   * compares in minor units (an Excel save's 99 is 99.00) and a time cut to the minute is the same
   * time ({@link #compareLatest}). {@link #statesOtherwiseSql} in SQL.
   */
  static boolean statesOtherwise(Object[] file, Object[] stored) {
    java.util.List<String> all = java.util.Arrays.asList(OrderBatch.COLUMNS);
    for (int i = 0; i < STATED.size(); i++) {
      String c = STATED.get(i);
      Object f = file[all.indexOf(c)];
      Object st = stored[i];
      if (f == null) {
        continue;
      }
      if (st == null) {
        return true;
      }
      if (f instanceof Number a && st instanceof Number b) {
        boolean time = java.util.Arrays.asList(TIMES).contains(c);
        long x = a.longValue();
        long y = b.longValue();
        if (time ? compareLatest(x, y) != 0 : x != y) {
          return true;
        }
      } else if (!f.toString().equals(st.toString())) {
        return true;
      }
    }
    return false;
  }

  /** {@link #statesOtherwise} of the row {@code excluded} and the stored row {@code orders}. */
  static String statesOtherwiseSql() {
    java.util.StringJoiner any = new java.util.StringJoiner(" OR ", "(", ")");
    for (String c : STATED) {
      String e = "excluded." + c;
      String o = "orders." + c;
      String differs =
          java.util.Arrays.asList(TIMES).contains(c)
              ? "("
                  + o
                  + " IS NULL OR CASE WHEN "
                  + e
                  + " % 60 = 0 OR "
                  + o
                  + " % 60 = 0 THEN "
                  + e
                  + " / 60 <> "
                  + o
                  + " / 60 ELSE "
                  + e
                  + " <> "
                  + o
                  + " END)"
              : e + " IS DISTINCT FROM " + o;
      any.add("(" + e + " IS NOT NULL AND " + differs + ")");
    }
    return any.toString();
  }

  /** The rank of a stored status code, -1 for none. */
  static int rank(String code) {
    return code == null ? -1 : OrderStatus.parse(code).map(OrderStatus::rank).orElse(-1);
  }

  /**
   * Whether an older export's row (status rank {@code file}) states not shipped yet (pending or
   * paid) an order the store holds shipped, delivered or completed (rank {@code stored}): the
   * status regress the import names ({@code older-export}, closing note 21). {@link
   * #unshippedOfShippedSql} in SQL.
   */
  static boolean unshippedOfShipped(int file, int stored) {
    return file >= 0
        && file < OrderStatus.SHIPPED.rank()
        && stored >= OrderStatus.SHIPPED.rank()
        && stored <= OrderStatus.COMPLETED.rank();
  }

  /** {@link #unshippedOfShipped} of {@code excluded} (the file's row) and {@code orders}. */
  static String unshippedOfShippedSql() {
    String file = "(" + OrderStatusSql.rank("excluded.status") + ")";
    String stored = "(" + OrderStatusSql.rank("orders.status") + ")";
    return "("
        + file
        + " BETWEEN 0 AND "
        + (OrderStatus.SHIPPED.rank() - 1)
        + " AND "
        + stored
        + " BETWEEN "
        + OrderStatus.SHIPPED.rank()
        + " AND "
        + OrderStatus.COMPLETED.rank()
        + ")";
  }

  /**
   * How a snapshot (rank, latest time, refund) compares with the stored one: above 0 newer, 0 the
   * same snapshot, below 0 older. Also the choice among the rows of one order in one file (two
   * exports appended, tryout18 W10), so that one file and two files give the same order.
   */
  public static int compare(
      int rank, long latest, long refund, int storedRank, long storedLatest, long storedRefund) {
    // to the second: a sort needs a transitive order, which the minute rule is not (12:05:30 and
    // 12:05:45 are each the same as 12:05, not as each other)
    int c = Integer.compare(rank, storedRank);
    c = c != 0 ? c : Long.compare(latest, storedLatest);
    return c != 0 ? c : Long.compare(refund, storedRefund);
  }

  /**
   * {@link #compare} with the latest times compared by {@link #compareLatest}, and between two rows
   * equal in all three the export made later is the newer when both export times ({@code
   * exported_at}) are known; either unknown: the same snapshot.
   */
  static int compare(
      int rank,
      long latest,
      long refund,
      Long exported,
      int storedRank,
      long storedLatest,
      long storedRefund,
      Long storedExported) {
    int c = Integer.compare(rank, storedRank);
    c = c != 0 ? c : compareLatest(latest, storedLatest);
    c = c != 0 ? c : Long.compare(refund, storedRefund);
    return c != 0 || exported == null || storedExported == null
        ? c
        : Long.compare(exported, storedExported);
  }

  /**
   * {@link #compare} with the stored order, 0 when it is the same snapshot, whose line items the
   * file's are merged with ({@link SnapshotTies}; {@link #tiedSql} the same decision in SQL): a
   * stored order still as an older shopops stored it under a reading since corrected ({@code
   * stillAsStored}, {@link OldReadings#STILL_AS_STORED}) is older than a file of the same snapshot,
   * whose reading replaces it as a newer one's would (review14 N1).
   */
  static int compareToStored(
      int rank,
      long latest,
      long refund,
      Long exported,
      int storedRank,
      long storedLatest,
      long storedRefund,
      Long storedExported,
      boolean stillAsStored,
      boolean refundMended) {
    if (refundMended) {
      return 1; // the stored refund above the total is replaced (REFUND_MENDED)
    }
    int c =
        compare(
            rank, latest, refund, exported, storedRank, storedLatest, storedRefund, storedExported);
    return c == 0 && stillAsStored ? 1 : c;
  }
}
