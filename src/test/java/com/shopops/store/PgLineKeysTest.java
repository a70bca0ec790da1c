package com.shopops.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A first load beside readers (the tables not held) checks the lines' foreign key once, set-wise,
 * instead of a trigger per line ({@link PgLineKeys}): the key's triggers are on again after it, a
 * line without its order still fails, and a login that is no superuser (or a writer of lines at
 * that moment) keeps the check per line.
 */
@Tag("postgres")
class PgLineKeysTest {
  private TestPostgres pg;
  private String db;
  private final ExecutorService pool = Executors.newSingleThreadExecutor();

  @BeforeEach
  void init() {
    pg = TestPostgres.get();
    db = pg.newDatabase();
    Store.create(pg.url(db), Map.of(), ZoneId.of("Asia/Shanghai"), "CNY", ImportSessionTest.T)
        .close();
  }

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  private long count(String sql) throws SQLException {
    try (Connection c = pg.connection(db);
        Statement st = c.createStatement();
        var rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** The foreign key triggers of order_lines that are not on ('O'). */
  private static final String KEYS_OFF =
      "SELECT count(*) FROM pg_trigger WHERE tgrelid = 'order_lines'::regclass"
          + " AND tgconstraint <> 0 AND tgenabled <> 'O'";

  @Test
  void aFirstLoadBesideReadersChecksTheLinesOnceAndLeavesTheKeyOn() throws Exception {
    try (Store s = Store.open(pg.url(db), Map.of(), ImportSessionTest.T, null);
        ImportSession session =
            ImportSession.begin(
                s, "orders", "o.csv", "sha", "generic", "UTF-8", ImportSessionTest.T, 1000)) {
      OrderWriter w = session.orders("generic");
      for (int i = 0; i < 300; i++) {
        w.add(ImportSessionTest.order("A" + i, "CNY", null, ImportSessionTest.oneLine(500L)), null);
      }
      OrderWriter.Counts c = w.finish();
      session.commit(300, c.inserted(), c.updated(), c.unchanged(), 0, ImportSessionTest.T);
      assertFalse(session.bulkLoad()); // beside readers: the tables were not held
    }
    assertEquals(300, count("SELECT count(*) FROM order_lines"));
    assertEquals(300, count("SELECT count(*) FROM orders"));
    // the trigger's check locked each line's order (FOR KEY SHARE: the order's xmax written, its
    // page dirtied); the one set-wise check locks none
    assertEquals(0, count("SELECT count(*) FROM orders WHERE xmax::text <> '0'"));
    assertEquals(0, count(KEYS_OFF));
    assertEquals(2, count(KEYS_OFF.replace("<> 'O'", "= 'O'")));
  }

  @Test
  void aLineWithoutItsOrderFailsAsTheKeyWouldAndARollbackLeavesTheKeyOn() throws Exception {
    try (Connection c = pg.connection(db);
        Statement st = c.createStatement()) {
      c.setAutoCommit(false);
      PgLineKeys keys = PgLineKeys.switchOff(c);
      assertNotNull(keys);
      st.execute(
          "INSERT INTO order_lines (order_id, line_no, sku, quantity, amount, import_id)"
              + " VALUES ('NOPE-1', 1, 'SKU', 1, 500, 7)");
      SQLException e = assertThrows(SQLException.class, () -> keys.switchOnAndCheck(c, 7));
      assertEquals("23503", e.getSQLState());
      assertEquals(
          "insert or update on table \"order_lines\" violates foreign key constraint"
              + " \"order_lines_order_id_fkey\": Key (order_id)=(NOPE-1) is not present in"
              + " table \"orders\".",
          e.getMessage());
      c.rollback();
    }
    assertEquals(0, count(KEYS_OFF));
    assertEquals(0, count("SELECT count(*) FROM order_lines"));
  }

  @Test
  void noSuperuserOrAWriterOfLinesKeepsTheCheckPerLineWaitingForNobody() throws Exception {
    try (Connection c = pg.connection(db);
        Statement st = c.createStatement()) {
      st.execute("DROP ROLE IF EXISTS shopops_clerk_" + db);
      st.execute("CREATE ROLE shopops_clerk_" + db);
      st.execute("GRANT ALL ON ALL TABLES IN SCHEMA public TO shopops_clerk_" + db);
      c.setAutoCommit(false);
      st.execute("SET ROLE shopops_clerk_" + db);
      assertNull(PgLineKeys.switchOff(c));
      c.rollback();
    }
    try (Connection writer = pg.connection(db);
        Statement st = writer.createStatement()) {
      writer.setAutoCommit(false);
      st.execute("LOCK TABLE order_lines IN ROW EXCLUSIVE MODE"); // as an INSERT holds it
      Future<Boolean> off =
          pool.submit(
              () -> {
                try (Connection c = pg.connection(db)) {
                  c.setAutoCommit(false);
                  PgLineKeys keys = PgLineKeys.switchOff(c);
                  c.rollback();
                  return keys != null;
                }
              });
      assertFalse(off.get(2, TimeUnit.MINUTES), "waited for the writer, or switched off");
      writer.rollback();
    }
    assertEquals(0, count(KEYS_OFF));
  }
}
