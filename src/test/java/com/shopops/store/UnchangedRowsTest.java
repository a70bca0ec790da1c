package com.shopops.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A re-import leaves out of the upsert the rows that are the stored order as it stands ({@link
 * UnchangedRows}, issue 15): any stored value changed makes the row take the upsert again, and the
 * upsert itself changes nothing on every row the test calls the same.
 */
class UnchangedRowsTest {
  @TempDir Path dir;
  static final Instant T = Instant.parse("2026-11-20T02:00:00Z");
  static final List<String> COLUMNS = Arrays.asList(OrderBatch.COLUMNS);
  static final List<String> FLAGS =
      List.of("paid_at_inferred", "amount_derived", "total_derived", "cash_on_delivery");

  /** A row with every bound column stated, in {@link OrderBatch#COLUMNS} order. */
  static Object[] fullRow() {
    Object[] row = new Object[OrderBatch.ORDER_BOUND];
    row[0] = "O1";
    for (int c = 1; c < row.length; c++) {
      String name = OrderBatch.COLUMNS[c];
      row[c] =
          name.equals("status")
              ? "completed"
              : PgOrderStage.TEXT.contains(name)
                  ? name + "-v"
                  : (Object) (FLAGS.contains(name) ? 0L : 1000L + c);
    }
    return row;
  }

  /** The row as {@link SnapshotTies} reads the stored order: {@link Snapshots#STATED} order. */
  static Object[] stated(Object[] row) {
    Object[] out = new Object[Snapshots.STATED.size()];
    for (int i = 0; i < out.length; i++) {
      Object v = row[COLUMNS.indexOf(Snapshots.STATED.get(i))];
      // SQLite reads a small integer back as an Integer
      out[i] = v instanceof Long l && l < Integer.MAX_VALUE ? (Object) l.intValue() : v;
    }
    return out;
  }

  @Test
  void eachStoredValueChangedOneAtATimeIsNotTheSame() {
    Object[] file = fullRow();
    assertTrue(UnchangedRows.same(file, stated(file), 5L, 5L));
    assertFalse(UnchangedRows.same(file, stated(file), 5L, 6L), "another export time");
    assertFalse(UnchangedRows.same(file, stated(file), null, 6L), "an export time stored");
    assertFalse(UnchangedRows.same(file, stated(file), 5L, null), "no export time stored");
    for (int c = 1; c < OrderBatch.ORDER_BOUND; c++) {
      String name = OrderBatch.COLUMNS[c];
      Object[] stored = fullRow();
      stored[c] = stored[c] instanceof String s ? s + "x" : (Long) stored[c] + 1;
      assertFalse(UnchangedRows.same(file, stated(stored), 5L, 5L), name + " changed");
      stored[c] = null;
      assertFalse(UnchangedRows.same(file, stated(stored), 5L, 5L), name + " stored blank");
      Object[] blank = fullRow();
      blank[c] = null;
      // a blank currency is read in the stored one; any other blank against a value is a change
      assertEquals(
          name.equals("currency"),
          UnchangedRows.same(blank, stated(fullRow()), 5L, 5L),
          name + " blank in the file");
    }
  }

  /** A random value for a bound column, null one time in four. */
  static Object value(String name, Random r) {
    if (r.nextInt(4) == 0 && !FLAGS.subList(0, 3).contains(name)) {
      return null;
    }
    if (name.equals("status")) {
      return List.of(
              "pending", "paid", "shipped", "delivered", "completed", "cancelled", "refunded")
          .get(r.nextInt(7));
    }
    if (PgOrderStage.TEXT.contains(name)) {
      return name + r.nextInt(2);
    }
    if (FLAGS.contains(name)) {
      return (long) r.nextInt(name.equals("paid_at_inferred") ? 2 : 3) % 2;
    }
    return 1_700_000_000L + r.nextInt(3) * 100_000L; // times and money alike
  }

  /**
   * Stores random orders, then runs the re-import's upsert with each order's own row: wherever
   * {@link UnchangedRows#same} holds, the upsert changes nothing, so leaving the row out of it
   * leaves the store as it was.
   */
  @Test
  void theUpsertChangesNothingOnARowTheSameAsStored() throws Exception {
    Random r = new Random(26);
    int same = 0;
    try (Store s = Store.create(dir.resolve("s.db"), ZoneId.of("Asia/Shanghai"), T)) {
      Connection conn = s.connection();
      conn.setAutoCommit(false);
      int bound = (1 << OrderBatch.ORDER_BOUND) - 1;
      Long[] exported = {null, 1_700_000_000L};
      // one insert and one upsert per export time, prepared once: the upsert is a large statement
      PreparedStatement[] inserts = new PreparedStatement[2];
      PreparedStatement[] upserts = new PreparedStatement[2];
      for (int k = 0; k < 2; k++) {
        inserts[k] = conn.prepareStatement(OrderSql.insert(1, bound, "generic", 0, exported[k]));
        upserts[k] =
            conn.prepareStatement(
                OrderSql.upsert(
                    Dialect.SQLITE,
                    1,
                    bound,
                    "generic",
                    0,
                    exported[k],
                    T.getEpochSecond() + 86400));
      }
      for (int i = 0; i < 20000; i++) {
        Object[] row = new Object[OrderBatch.ORDER_BOUND];
        row[0] = "R" + i;
        for (int c = 1; c < row.length; c++) {
          row[c] = value(OrderBatch.COLUMNS[c], r);
        }
        Long at = exported[r.nextInt(2)];
        Object[][] rows = {row};
        PreparedStatement ins = inserts[at == null ? 0 : 1];
        try {
          BatchStatements.bindAll(ins, rows, bound);
          ins.executeUpdate();
        } catch (java.sql.SQLException e) {
          continue; // a combination the schema refuses
        }
        Object[] stored = new Object[Snapshots.STATED.size()];
        Long storedAt;
        try (var ps =
            conn.prepareStatement(
                "SELECT exported_at, "
                    + String.join(", ", Snapshots.STATED)
                    + " FROM orders WHERE order_id = ?")) {
          ps.setString(1, (String) row[0]);
          try (var rs = ps.executeQuery()) {
            assertTrue(rs.next());
            storedAt = OrderQueries.getLong(rs, 1);
            for (int k = 0; k < stored.length; k++) {
              stored[k] = rs.getObject(k + 2);
            }
          }
        }
        Object[] file = row.clone();
        if (r.nextBoolean()) {
          file[COLUMNS.indexOf("currency")] = null; // a file that names no currency
        }
        if (!UnchangedRows.same(file, stored, at, storedAt)) {
          continue;
        }
        same++;
        PreparedStatement up = upserts[at == null ? 0 : 1];
        BatchStatements.bindAll(up, new Object[][] {file}, bound);
        assertEquals(0, up.executeUpdate(), "upsert of " + Arrays.toString(file));
      }
      for (int k = 0; k < 2; k++) {
        inserts[k].close();
        upserts[k].close();
      }
      conn.rollback();
    }
    assertTrue(same > 1000, "rows the same as stored: " + same);
  }
}
