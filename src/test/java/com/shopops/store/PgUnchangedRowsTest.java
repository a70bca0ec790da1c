package com.shopops.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL's stage leaves out of the upsert the rows {@link UnchangedRows#SQL} calls the stored
 * order as it stands ({@link PgOrderStage}): on drawn pairs of a stored order and a file's row the
 * SQL form holds exactly where {@link UnchangedRows#same} does, and the upsert changes nothing on
 * every such row, as {@link UnchangedRowsTest} finds on SQLite.
 */
@Tag("postgres")
class PgUnchangedRowsTest {
  private static final int BOUND = (1 << OrderBatch.ORDER_BOUND) - 1;
  private static final Long[] EXPORTED = {null, 1_700_000_000L};

  @Test
  void theSqlFormIsTheJavaRuleAndTheUpsertChangesNothingWhereItHolds() throws Exception {
    TestPostgres pg = TestPostgres.get();
    String db = pg.newDatabase();
    Store.create(pg.url(db), Map.of(), ZoneId.of("Asia/Shanghai"), "CNY", UnchangedRowsTest.T)
        .close();
    Random r = new Random(27);
    Map<String, Object[]> files = new HashMap<>();
    Map<String, Long> fileAt = new HashMap<>();
    Set<String> javaSame = new HashSet<>();
    try (Connection conn = pg.connection(db);
        Statement st = conn.createStatement()) {
      st.execute("CREATE TABLE staged AS SELECT * FROM orders WITH NO DATA");
      for (int i = 0; i < 3000; i++) {
        Object[] row = new Object[OrderBatch.ORDER_BOUND];
        row[0] = "R" + i;
        for (int c = 1; c < row.length; c++) {
          row[c] = UnchangedRowsTest.value(OrderBatch.COLUMNS[c], r);
        }
        Long at = EXPORTED[r.nextInt(2)];
        if (!insert(conn, "orders", row, at)) {
          continue; // a combination the schema refuses
        }
        Object[] file = row.clone();
        if (r.nextBoolean()) {
          file[OrderBatch.CURRENCY] = null; // a file that names no currency
        }
        if (r.nextInt(4) == 0) { // one value of the file's changed
          int c = 1 + r.nextInt(OrderBatch.ORDER_BOUND - 1);
          file[c] = UnchangedRowsTest.value(OrderBatch.COLUMNS[c], r);
        }
        Long fileExported = r.nextInt(8) == 0 ? EXPORTED[r.nextInt(2)] : at;
        insert(conn, "staged", file, fileExported);
        files.put((String) row[0], file);
        fileAt.put((String) row[0], fileExported);
        Stored stored = stored(conn, (String) row[0]);
        if (UnchangedRows.same(file, stored.values, fileExported, stored.exported)) {
          javaSame.add((String) row[0]);
        }
      }
      Set<String> sqlSame = new HashSet<>();
      try (ResultSet rs =
          st.executeQuery(
              "SELECT excluded.order_id FROM staged excluded JOIN orders"
                  + " ON orders.order_id = excluded.order_id WHERE "
                  + UnchangedRows.SQL)) {
        while (rs.next()) {
          sqlSame.add(rs.getString(1));
        }
      }
      assertTrue(javaSame.size() > 500, "rows the same as stored: " + javaSame.size());
      assertTrue(files.size() - javaSame.size() > 500, "rows not the same: " + files.size());
      assertEquals(javaSame, sqlSame);
      conn.setAutoCommit(false);
      PreparedStatement[] upserts = new PreparedStatement[2];
      for (int k = 0; k < 2; k++) {
        upserts[k] =
            conn.prepareStatement(
                OrderSql.upsert(
                    Dialect.POSTGRESQL,
                    1,
                    BOUND,
                    "generic",
                    0,
                    EXPORTED[k],
                    UnchangedRowsTest.T.getEpochSecond() + 86400));
      }
      for (String id : sqlSame) {
        PreparedStatement up = upserts[fileAt.get(id) == null ? 0 : 1];
        BatchStatements.bindAll(up, new Object[][] {files.get(id)}, BOUND);
        assertEquals(0, up.executeUpdate(), "upsert of " + Arrays.toString(files.get(id)));
      }
      for (PreparedStatement up : upserts) {
        up.close();
      }
      conn.rollback();
    }
  }

  /** Inserts a row into {@code table} (orders or its copy), in a transaction of its own. */
  private static boolean insert(Connection conn, String table, Object[] row, Long at)
      throws SQLException {
    String sql =
        OrderSql.insert(1, BOUND, "generic", 0, at)
            .replaceFirst("INSERT INTO orders", "INSERT INTO " + table);
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      BatchStatements.bindAll(ps, new Object[][] {row}, BOUND);
      ps.executeUpdate();
      return true;
    } catch (SQLException e) {
      return false;
    }
  }

  private record Stored(Long exported, Object[] values) {}

  /** The stored order as {@link SnapshotTies} reads it: export time, {@link Snapshots#STATED}. */
  private static Stored stored(Connection conn, String id) throws SQLException {
    try (PreparedStatement ps =
        conn.prepareStatement(
            "SELECT exported_at, "
                + String.join(", ", Snapshots.STATED)
                + " FROM orders WHERE order_id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next());
        Object[] values = new Object[Snapshots.STATED.size()];
        for (int k = 0; k < values.length; k++) {
          values[k] = rs.getObject(k + 2);
        }
        return new Stored(OrderQueries.getLong(rs, 1), values);
      }
    }
  }
}
