package com.shopops.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening the store: WAL, foreign keys, busy timeout, recorded zone and schema version. */
class StoreTest {
  @TempDir Path dir;
  static final Instant T = Instant.parse("2026-11-20T02:00:00Z");

  String pragma(Store s, String name) throws Exception {
    try (Statement st = s.connection().createStatement();
        var rs = st.executeQuery("PRAGMA " + name)) {
      rs.next();
      return rs.getString(1);
    }
  }

  @Test
  void migrationNumbersAreTheirPositions() {
    // the schema version a store records is the position of its last migration: a file out of
    // order, or a gap, would make an upgraded store skip or repeat one
    for (int i = 0; i < Migrations.FILES.size(); i++) {
      String expected = String.format("V%03d__", i + 1);
      assertEquals(
          expected,
          Migrations.FILES.get(i).substring(0, expected.length()),
          "migration " + (i + 1) + " is " + Migrations.FILES.get(i));
    }
  }

  @Test
  void createdAndReopenedWithItsSettings() throws Exception {
    Path db = dir.resolve("s.db");
    try (Store s = Store.create(db, ZoneId.of("Asia/Shanghai"), T)) {
      assertEquals(Migrations.latest(), s.schemaVersion());
    }
    try (Store s = Store.open(db, T)) {
      assertEquals(ZoneId.of("Asia/Shanghai"), s.zone());
      assertEquals("wal", pragma(s, "journal_mode"));
      assertEquals("1", pragma(s, "foreign_keys"));
      assertEquals(Integer.toString(Store.BUSY_TIMEOUT_MS), pragma(s, "busy_timeout"));
      try (Statement st = s.connection().createStatement();
          var rs = st.executeQuery("SELECT version, name, applied_at FROM schema_migrations")) {
        rs.next();
        assertEquals(1, rs.getInt(1));
        assertEquals("V001__init.sql", rs.getString(2));
        assertEquals(T.getEpochSecond(), rs.getLong(3));
      }
    }
  }

  @Test
  void aFailedTransactionLeavesNothing() throws Exception {
    Path db = dir.resolve("s.db");
    try (Store s = Store.create(db, ZoneId.of("UTC"), T)) {
      assertThrows(
          IllegalStateException.class,
          () ->
              s.inTransaction(
                  c -> {
                    try (Statement st = c.createStatement()) {
                      st.execute("INSERT INTO orders (order_id) VALUES ('A1')");
                    }
                    throw new IllegalStateException("boom");
                  }));
      try (Statement st = s.connection().createStatement();
          var rs = st.executeQuery("SELECT count(*) FROM orders")) {
        rs.next();
        assertEquals(0, rs.getInt(1));
      }
    }
  }

  @Test
  void orderLinesNeedTheirOrder() throws Exception {
    try (Store s = Store.create(dir.resolve("s.db"), ZoneId.of("UTC"), T);
        Statement st = s.connection().createStatement()) {
      assertThrows(
          java.sql.SQLException.class,
          () -> st.execute("INSERT INTO order_lines (order_id, line_no) VALUES ('nope', 1)"));
    }
  }

  @Test
  void migrationStatementsSplitOnSemicolonsAtLineEndsAndDropComments() {
    assertEquals(
        java.util.List.of("CREATE TABLE a (x)", "CREATE TABLE b (y)"),
        Migrations.statements(
            "-- a comment; not a statement\nCREATE TABLE a (x);\n"
                + "CREATE TABLE b (y); -- trailing\n"));
  }
}
