package com.shopops.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "The same snapshot" (its line items merged, not replaced) is decided once: {@link
 * Snapshots#compareToStored} in Java (SQLite's {@link SnapshotTies}) and {@link Snapshots#tiedSql}
 * beside it (PostgreSQL's {@link PgOrderStage}). The two agree, on either backend, on the same
 * cases: status, times and refund equal or not, and a stored order still as an older shopops stored
 * it ({@link OldReadings#STILL_AS_STORED}), repaired, or written again since.
 */
class SnapshotTieRuleTest {
  @TempDir Path dir;

  /**
   * A file's order and the stored one: status, paid and shipped times, refund of each; the stored
   * one's old reading: null none, else whether the upgrade repaired it and whether it is of the
   * import that stored the order.
   */
  private record Case(
      String id,
      String fileStatus,
      Long filePaid,
      Long fileShipped,
      Long fileRefund,
      String status,
      Long paid,
      Long shipped,
      Long refund,
      Boolean oldRepaired,
      boolean oldOfItsImport,
      Long fileExported,
      Long exported) {
    Case(
        String id,
        String fileStatus,
        Long filePaid,
        Long fileShipped,
        Long fileRefund,
        String status,
        Long paid,
        Long shipped,
        Long refund,
        Boolean oldRepaired,
        boolean oldOfItsImport) {
      this(
          id,
          fileStatus,
          filePaid,
          fileShipped,
          fileRefund,
          status,
          paid,
          shipped,
          refund,
          oldRepaired,
          oldOfItsImport,
          null,
          null);
    }

    /** The same snapshot but for when the two exports were made (exported_at, V032). */
    static Case exported(String id, Long fileExported, Long exported) {
      return new Case(
          id,
          "paid",
          100L,
          null,
          null,
          "paid",
          100L,
          null,
          null,
          null,
          false,
          fileExported,
          exported);
    }
  }

  private static final List<Case> CASES =
      List.of(
          new Case("same", "paid", 100L, null, null, "paid", 100L, null, null, null, false),
          new Case(
              "refund-0-or-none", "paid", 100L, null, 0L, "paid", 100L, null, null, null, false),
          new Case(
              "newer-status", "shipped", 100L, 200L, null, "paid", 100L, null, null, null, false),
          new Case(
              "older-status", "paid", 100L, null, null, "shipped", 100L, 200L, null, null, false),
          new Case("later-time", "paid", 150L, null, null, "paid", 100L, null, null, null, false),
          new Case(
              "larger-refund",
              "completed",
              100L,
              200L,
              50L,
              "completed",
              100L,
              200L,
              null,
              null,
              false),
          new Case(
              "smaller-refund",
              "completed",
              100L,
              200L,
              null,
              "completed",
              100L,
              200L,
              50L,
              null,
              false),
          new Case("old-reading", "paid", 100L, null, 30L, "paid", 100L, null, 30L, false, true),
          new Case(
              "old-reading-repaired", "paid", 100L, null, 30L, "paid", 100L, null, 30L, true, true),
          new Case(
              "old-reading-written-again",
              "paid",
              100L,
              null,
              30L,
              "paid",
              100L,
              null,
              30L,
              false,
              false),
          new Case(
              "unknown-status", "weird", null, null, null, "weird", null, null, null, null, false),
          new Case("no-status", null, 100L, null, null, null, 100L, null, null, null, false),
          // task exportage: two exports of the same snapshot made at known times are not tied
          Case.exported("exported-later", 2_000L, 1_000L),
          Case.exported("exported-earlier", 1_000L, 2_000L),
          Case.exported("exported-same-time", 1_000L, 1_000L),
          Case.exported("exported-file-unknown", null, 1_000L),
          Case.exported("exported-stored-unknown", 1_000L, null));

  @Test
  void sqliteTakesTheJavaDecision() throws Exception {
    try (Connection conn = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("t.db"))) {
      assertEquals(java(), sql(conn, Dialect.SQLITE));
    }
  }

  @Test
  @Tag("postgres")
  void postgresqlTakesTheJavaDecision() throws Exception {
    TestPostgres pg = TestPostgres.get();
    try (Connection conn = pg.connection(pg.newDatabase())) {
      assertEquals(java(), sql(conn, Dialect.POSTGRESQL));
    }
  }

  /** id|tied of each case as {@link Snapshots#compareToStored} decides. */
  private static List<String> java() {
    List<String> out = new ArrayList<>();
    for (Case c : CASES) {
      int compared =
          Snapshots.compareToStored(
              Snapshots.rank(c.fileStatus),
              latest(c.filePaid, c.fileShipped),
              c.fileRefund == null ? 0 : c.fileRefund,
              c.fileExported,
              Snapshots.rank(c.status),
              latest(c.paid, c.shipped),
              c.refund == null ? 0 : c.refund,
              c.exported,
              c.oldRepaired != null && !c.oldRepaired && c.oldOfItsImport,
              Snapshots.refundMended(c.refund, null, 100L, null, c.fileRefund, null, 100L, null));
      out.add(c.id + "|" + (compared == 0));
    }
    out.sort(null);
    return out;
  }

  private static long latest(Long... times) {
    return Stream.of(times).filter(t -> t != null).mapToLong(Long::longValue).max().orElse(0);
  }

  /** id|tied of each case as {@link Snapshots#tiedSql} decides on {@code dialect}'s store. */
  private static List<String> sql(Connection conn, Dialect dialect) throws SQLException {
    Migrations.migrate(conn, StoreUpgradeTest.T);
    try (Statement st = conn.createStatement()) {
      st.execute(
          "CREATE TABLE cases (order_id TEXT, status TEXT, created_at BIGINT, paid_at BIGINT,"
              + " shipped_at BIGINT, delivered_at BIGINT, completed_at BIGINT, cancelled_at BIGINT,"
              + " refunded BIGINT, exported_at BIGINT, amount BIGINT DEFAULT 100, total BIGINT,"
              + " shipping_fee BIGINT)");
    }
    try (PreparedStatement file =
            conn.prepareStatement(
                "INSERT INTO cases (order_id, status, paid_at, shipped_at, refunded, exported_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?)");
        PreparedStatement stored =
            conn.prepareStatement(
                "INSERT INTO orders (order_id, status, paid_at, shipped_at, refunded, exported_at,"
                    + " amount, currency, import_id) VALUES (?, ?, ?, ?, ?, ?, 100, 'CNY', 7)");
        PreparedStatement old =
            conn.prepareStatement(
                "INSERT INTO old_readings (kind, id, reading, import_id, repaired)"
                    + " VALUES ('order', ?, 'lines-net-of-refund', ?, ?)")) {
      for (Case c : CASES) {
        bind(file, c.id, c.fileStatus, c.filePaid, c.fileShipped, c.fileRefund, c.fileExported);
        file.executeUpdate();
        bind(stored, c.id, c.status, c.paid, c.shipped, c.refund, c.exported);
        stored.executeUpdate();
        if (c.oldRepaired != null) {
          old.setString(1, c.id);
          old.setLong(2, c.oldOfItsImport ? 7 : 8);
          old.setInt(3, c.oldRepaired ? 1 : 0);
          old.executeUpdate();
        }
      }
    }
    List<String> out = new ArrayList<>();
    try (Statement st = conn.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT excluded.order_id, CASE WHEN "
                    + Snapshots.tiedSql(dialect)
                    + " THEN 1 ELSE 0 END FROM cases AS excluded"
                    + " JOIN orders ON orders.order_id = excluded.order_id")) {
      while (rs.next()) {
        out.add(rs.getString(1) + "|" + (rs.getInt(2) == 1));
      }
    }
    out.sort(null);
    return out;
  }

  private static void bind(
      PreparedStatement ps,
      String id,
      String status,
      Long paid,
      Long shipped,
      Long refund,
      Long exported)
      throws SQLException {
    ps.setString(1, id);
    ps.setString(2, status);
    Long[] times = {paid, shipped, refund, exported};
    for (int i = 0; i < times.length; i++) {
      if (times[i] == null) {
        ps.setNull(i + 3, java.sql.Types.BIGINT);
      } else {
        ps.setLong(i + 3, times[i]);
      }
    }
  }
}
