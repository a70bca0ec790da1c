package com.shopops.store;

/**
 * Whether a file's order row is the stored order as it stands: every column the upsert binds
 * ({@link OrderBatch#COLUMNS} up to {@link OrderBatch#ORDER_BOUND}) holds the same value, and the
 * export time is the same. Such a row changes nothing ({@link OrderSql#conflict}'s merge of a value
 * with itself is that value, so its WHERE is false), so the writer leaves it out of the upsert,
 * whose conflict clause is the costly part of a re-import (issue 15: 1,906 of 2,208 native samples
 * of a 100k re-import). A row that differs in anything, or whose stored order is under an old
 * reading or a mended refund, takes the upsert as before. {@code UnchangedRowsTest} runs the upsert
 * on every such pair it draws and finds it changes nothing.
 */
final class UnchangedRows {
  private UnchangedRows() {}

  /** Where each bound column of {@link OrderBatch#COLUMNS} is in {@link Snapshots#STATED}. */
  private static final int[] STATED_AT = statedAt();

  private static final int[] COMPARED = compared();

  private static int[] statedAt() {
    int[] out = new int[OrderBatch.ORDER_BOUND];
    for (int c = 0; c < out.length; c++) {
      out[c] = Snapshots.STATED.indexOf(OrderBatch.COLUMNS[c]);
    }
    return out;
  }

  /**
   * {@code file}: the row in {@link OrderBatch#COLUMNS} order as the upsert binds it; {@code
   * stored}: the stored order's values in {@link Snapshots#STATED} order; the export times of both
   * (epoch seconds, null: not known).
   */
  static boolean same(Object[] file, Object[] stored, Long fileExported, Long storedExported) {
    return same(file, stored, fileExported, storedExported, false);
  }

  /**
   * {@link #same}; {@code blanksKept}: a column the file leaves blank where the store holds a value
   * is the same too when the merge keeps the stored value over a blank ({@link #blankKept}).
   */
  private static boolean same(
      Object[] file, Object[] stored, Long fileExported, Long storedExported, boolean blanksKept) {
    if (!java.util.Objects.equals(fileExported, storedExported)
        || (file[OrderBatch.PAID_AT] == null
            && Long.valueOf(1).equals(file[OrderBatch.PAID_AT_INFERRED]))) {
      // an inferred paid time that is not there: no parser writes it, and the merge does not keep
      // it (a cancelled newer snapshot takes the flag back), so such a row takes the upsert
      return false;
    }
    // a row naming no currency is read in the stored order's: the merge keeps a stored currency
    // over a blank whatever the snapshots (OrderSql#conflict: the newer or the stored value, each
    // coalesced with the other), and the writer gives a new order the file's currency only after
    // the upsert (OrderWriter#currencyOfNew); every other blank is compared as a value
    for (int c : COMPARED) {
      if (!(c == OrderBatch.CURRENCY && file[c] == null)
          && !(blanksKept && blankKept(file, c))
          && !sameValue(file[c], stored[STATED_AT[c]])) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a file's row is the stored order in every bound column but exported later (both export
   * times known, the file's the later), and states a snapshot (not a line-items row, {@link
   * Snapshots#linesOnly}, which never moves the order's time): the same content confirmed by a
   * later export (tryout28b B3, tryout29a A1). Such a row changes nothing but the stored export
   * time, which moves forward ({@link Snapshots#restampSql}); the order counts unchanged. {@link
   * #LATER_SQL} in SQL.
   */
  static boolean sameExportedLater(
      Object[] file, Object[] stored, Long fileExported, Long storedExported) {
    return fileExported != null
        && storedExported != null
        && fileExported > storedExported
        && !Snapshots.linesOnly(file)
        && same(file, stored, storedExported, storedExported, true);
  }

  /**
   * The snapshot's own columns (status, its times, the refund, how the paid time was read): equal
   * or not the same snapshot, blank or not ({@link Snapshots#compare}).
   */
  private static final java.util.Set<String> SNAPSHOT =
      java.util.Set.of(
          "status",
          "created_at",
          "paid_at",
          "shipped_at",
          "delivered_at",
          "completed_at",
          "cancelled_at",
          "deposited_at",
          "refunded",
          "paid_at_inferred");

  /**
   * Whether the file's row leaves column {@code c} (a flag: its value's column) blank and the merge
   * keeps the stored value over it ({@link OrderSql}: a blank never erases; a money kind goes with
   * its amount): not a snapshot's own column ({@link #SNAPSHOT}). Only for a later export of the
   * same snapshot ({@link #sameExportedLater}): an orders file identical to the one before, whose
   * blanks an items file filled since (olist orders.csv: no amount; Tmall 订单报表: no discount), is
   * the stored order confirmed (tryout30a A2), not an update.
   */
  private static boolean blankKept(Object[] file, int c) {
    String name = OrderBatch.COLUMNS[c];
    return !SNAPSHOT.contains(name) && file[valueOf(c)] == null;
  }

  /** The value column a flag column says the kind of ({@code amount_derived}: amount), else c. */
  private static int valueOf(int c) {
    return c == OrderBatch.AMOUNT_DERIVED
        ? OrderBatch.AMOUNT
        : c == OrderBatch.TOTAL_DERIVED ? OrderBatch.TOTAL : c;
  }

  /**
   * {@link #sameExportedLater} in SQL, for PostgreSQL's stage ({@link PgOrderStage}): {@link #SQL}
   * with the export times known and the staged row's the later.
   */
  static final String LATER_SQL =
      sql(
          "excluded.exported_at > orders.exported_at AND NOT " + Snapshots.linesOnlySql("excluded"),
          true);

  /**
   * {@link #same} in SQL, for PostgreSQL's stage ({@link PgOrderStage#skipUnchangedSql}): the
   * staged row {@code excluded} is the stored {@code orders} as it stands. The same columns ({@link
   * OrderBatch#COLUMNS} from 1 up to {@link OrderBatch#ORDER_BOUND}) and the same two exceptions
   * (an inferred paid time that is not there; a blank currency read in the stored one), from the
   * one list {@link #compared}; the stage's columns have the table's types, so a value is the same
   * where the two are not distinct. {@code PgUnchangedRowsTest} draws pairs and finds both forms
   * agree, and the upsert change nothing where they hold.
   */
  static final String SQL =
      sql("excluded.exported_at IS NOT DISTINCT FROM orders.exported_at", false);

  /**
   * The columns compared, beside the export times' condition {@code exported}; {@code blanksKept}:
   * as {@link #blankKept}.
   */
  private static String sql(String exported, boolean blanksKept) {
    java.util.StringJoiner and =
        new java.util.StringJoiner(" AND ")
            .add(exported)
            .add(
                "NOT (excluded."
                    + OrderBatch.COLUMNS[OrderBatch.PAID_AT]
                    + " IS NULL AND excluded."
                    + OrderBatch.COLUMNS[OrderBatch.PAID_AT_INFERRED]
                    + " IS NOT DISTINCT FROM 1)");
    for (int c : COMPARED) {
      String name = OrderBatch.COLUMNS[c];
      String same = "excluded." + name + " IS NOT DISTINCT FROM orders." + name;
      boolean blank = c == OrderBatch.CURRENCY || (blanksKept && !SNAPSHOT.contains(name));
      and.add(
          blank
              ? "(excluded." + OrderBatch.COLUMNS[valueOf(c)] + " IS NULL OR " + same + ")"
              : same);
    }
    return and.toString();
  }

  /** The bound columns compared: all but the order id, the key itself. */
  private static int[] compared() {
    return java.util.stream.IntStream.range(1, OrderBatch.ORDER_BOUND).toArray();
  }

  /**
   * A bound value (String, Long or null) against a stored one (SQLite reads a small integer as an
   * Integer): the same text, the same integer, or both null. Anything else (a stored real, a text
   * against a number) is not the same, and takes the upsert.
   */
  private static boolean sameValue(Object file, Object stored) {
    if (file == null || stored == null) {
      return file == null && stored == null;
    }
    if (file instanceof String f) {
      return stored instanceof String s && f.equals(s);
    }
    return (stored instanceof Long || stored instanceof Integer)
        && ((Long) file).longValue() == ((Number) stored).longValue();
  }
}
