package com.shopops.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SQLite's staged merge ({@link StagedMerge}: the decisions evaluated once per row) gives the store
 * the upsert gave ({@link OrderSql#upsert}, the rules spelled into every column): two stores hold
 * the same random orders and parcel removals, take the same random batches of rows — the stored
 * order with a few columns changed, blanked or cut to the minute, or a new order — one by the
 * upsert, one by the stage; their orders and shipments are the same after every batch, and so are
 * the counts of rows written.
 */
class StagedMergeTest {
  @TempDir Path dir;

  private static final List<String> COLUMNS = UnchangedRowsTest.COLUMNS;
  private static final Long[] EXPORTED = {null, 1_700_000_000L, 1_700_100_000L};

  /** A random value for a bound column, null one time in four; a time sometimes on the minute. */
  private static Object value(String name, Random r) {
    Object v = UnchangedRowsTest.value(name, r);
    if (v instanceof Long l && !UnchangedRowsTest.FLAGS.contains(name) && r.nextInt(3) == 0) {
      return l + List.of(0L, 20L, 60L, 80L).get(r.nextInt(4)); // 20: cut to the minute
    }
    return v;
  }

  private static Object[] randomRow(String id, Random r) {
    Object[] row = new Object[OrderBatch.ORDER_BOUND];
    row[0] = id;
    for (int c = 1; c < row.length; c++) {
      row[c] = value(OrderBatch.COLUMNS[c], r);
    }
    return row;
  }

  /** The stored row with up to three columns changed (a new value, a blank, the minute cut). */
  private static Object[] fileRow(Object[] stored, Random r) {
    Object[] row = stored.clone();
    for (int k = r.nextInt(4); k > 0; k--) {
      int c = 1 + r.nextInt(row.length - 1);
      int how = r.nextInt(3);
      row[c] =
          how == 0
              ? null
              : how == 1
                      || !(row[c] instanceof Long l)
                      || UnchangedRowsTest.FLAGS.contains(COLUMNS.get(c))
                  ? value(OrderBatch.COLUMNS[c], r)
                  : l - l % 60;
    }
    return row;
  }

  @Test
  void theStagedMergeGivesTheStoreTheUpsertGives() throws Exception {
    Random r = new Random(27);
    int bound = (1 << OrderBatch.ORDER_BOUND) - 1;
    long clock = UnchangedRowsTest.T.getEpochSecond() + 86400;
    int updated = 0;
    try (Store a =
            Store.create(dir.resolve("a.db"), ZoneId.of("Asia/Shanghai"), UnchangedRowsTest.T);
        Store b =
            Store.create(dir.resolve("b.db"), ZoneId.of("Asia/Shanghai"), UnchangedRowsTest.T)) {
      Connection ca = a.connection();
      Connection cb = b.connection();
      ca.setAutoCommit(false);
      cb.setAutoCommit(false);
      List<Object[]> stored = new ArrayList<>();
      for (int i = 0; i < 3000; i++) {
        Object[] row = randomRow("S" + i, r);
        Long at = EXPORTED[r.nextInt(3)];
        boolean inA = insert(ca, row, bound, at);
        assertEquals(inA, insert(cb, row, bound, at));
        if (inA) {
          stored.add(row);
          if (row[COLUMNS.indexOf("tracking_no")] != null && r.nextInt(8) == 0) {
            for (Connection c : List.of(ca, cb)) {
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "INSERT INTO parcel_removals (order_id, parcel, removed_at, agent)"
                          + " VALUES (?, ?, 1, 't')")) {
                ps.setString(1, (String) row[0]);
                ps.setObject(2, row[COLUMNS.indexOf("tracking_no")]);
                ps.executeUpdate();
              }
            }
          }
        }
      }
      int batches = 0;
      // the upsert is a large statement: prepared once per row count and export time
      java.util.Map<String, PreparedStatement> upserts = new java.util.HashMap<>();
      for (int from = 0; from < stored.size(); from += 8) {
        List<Object[]> batch = new ArrayList<>();
        for (Object[] s : stored.subList(from, Math.min(stored.size(), from + 8))) {
          batch.add(r.nextInt(6) == 0 ? randomRow(s[0] + "-new", r) : fileRow(s, r));
        }
        Object[][] rows = batch.toArray(Object[][]::new);
        Long at = EXPORTED[r.nextInt(3)];
        Savepoint sa = ca.setSavepoint();
        Savepoint sb = cb.setSavepoint();
        Long byUpsert;
        PreparedStatement ps =
            upserts.computeIfAbsent(
                rows.length + ":" + at,
                k -> {
                  try {
                    return ca.prepareStatement(
                        OrderSql.upsert(
                            Dialect.SQLITE, rows.length, bound, "generic", 9, at, clock));
                  } catch (SQLException e) {
                    throw new IllegalStateException(e);
                  }
                });
        try {
          BatchStatements.bindAll(ps, rows, bound);
          byUpsert = (long) ps.executeUpdate();
        } catch (SQLException e) {
          byUpsert = null; // a combination the schema refuses
        }
        Long byStage;
        StagedMerge merge = new StagedMerge(cb, "generic", 9, clock);
        try {
          merge.stage(rows, bound, at);
          byStage = merge.merge();
        } catch (SQLException e) {
          byStage = null;
        } finally {
          merge.close();
        }
        assertEquals(byUpsert, byStage, "rows written, batch at " + from);
        if (byUpsert == null) {
          ca.rollback(sa);
          cb.rollback(sb);
          continue;
        }
        batches++;
        updated += byUpsert;
        assertEquals(dump(ca, "orders"), dump(cb, "orders"), "orders after the batch at " + from);
      }
      for (PreparedStatement p : upserts.values()) {
        p.close();
      }
      assertEquals(dump(ca, "shipments"), dump(cb, "shipments"), "shipments");
      assertTrue(batches > 200, "batches merged: " + batches);
      assertTrue(updated > 1000, "rows written: " + updated);
      ca.rollback();
      cb.rollback();
    }
  }

  private static boolean insert(Connection c, Object[] row, int bound, Long at)
      throws SQLException {
    Savepoint sp = c.setSavepoint();
    try (PreparedStatement ps = c.prepareStatement(OrderSql.insert(1, bound, "generic", 1, at))) {
      BatchStatements.bindAll(ps, new Object[][] {row}, bound);
      ps.executeUpdate();
      return true;
    } catch (SQLException e) {
      c.rollback(sp);
      return false;
    }
  }

  /** Every row of {@code table}, every column, in its key's order. */
  private static String dump(Connection c, String table) throws SQLException {
    StringBuilder sb = new StringBuilder();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT * FROM " + table + " ORDER BY 1, 2")) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        for (int i = 1; i <= n; i++) {
          Object v = rs.getObject(i);
          sb.append(rs.getMetaData().getColumnName(i))
              .append('=')
              .append(v == null ? "null" : v.getClass().getSimpleName() + ":" + v)
              .append(' ');
        }
        sb.append('\n');
      }
    }
    return sb.toString();
  }
}
