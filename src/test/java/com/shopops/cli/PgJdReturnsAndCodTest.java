package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopops.store.TestPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review13 M2 and M5 on PostgreSQL: the reviewer's JD files give the same order lines (item ids),
 * cash-on-delivery marks, returns and SLA lists as on SQLite, and {@code store copy} carries both
 * columns, with {@code check} agreeing.
 */
@Tag("postgres")
class PgJdReturnsAndCodTest {
  @TempDir Path dir;

  private static final List<String> QUERIES =
      List.of(
          "SELECT order_id, line_no, sku, item_id FROM order_lines ORDER BY 1, 2",
          "SELECT order_id, status, paid_at, cash_on_delivery FROM orders ORDER BY 1",
          "SELECT return_id, order_id, sku, quantity, outside_window FROM returns ORDER BY 1");

  private static void load(CliRunner cli) {
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    cli.expect(0, "-q", "import", "orders", res("jd_orders_202611.csv"));
    cli.expect(0, "-q", "import", "shipments", res("jd_ship.csv"), "--on-error", "skip");
    cli.expect(0, "-q", "import", "returns", res("jd_aftersale.csv"));
  }

  private static String res(String name) {
    return Path.of(JdReturnsAndCodTest.RES + name).toAbsolutePath().toString();
  }

  @Test
  void jdLinesReturnsAndCashOnDeliveryAsOnSqlite() throws Exception {
    TestPostgres pg = TestPostgres.get();
    String db = pg.newDatabase();
    CliRunner sqlite = new CliRunner(dir).store(dir.resolve("jd.db").toString());
    CliRunner postgres = new CliRunner(dir).store(pg.url(db));
    load(sqlite);
    load(postgres);
    try (Connection a = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("jd.db"));
        Connection b = pg.connection(db)) {
      for (String q : QUERIES) {
        assertEquals(rows(a, q), rows(b, q), q);
      }
      assertTrue(
          rows(b, QUERIES.get(2)).contains("S9001|250001|CBL-1|1|0"), rows(b, QUERIES.get(2)));
    }
    for (String now : List.of("2026-11-20 12:00:00", "2026-11-20 12:00:01", "2026-11-21 14:00")) {
      for (String cmd : List.of("overdue", "at-risk")) {
        String s = sqlite.run("--now", now, "sla", cmd, "--format", "csv").out();
        assertEquals(s, postgres.run("--now", now, "sla", cmd, "--format", "csv").out(), now);
      }
    }
    String overdue =
        postgres.run("--now", "2026-11-21 14:00", "sla", "overdue", "--format", "csv").out();
    assertTrue(overdue.contains("\n250003,jd_buyer3,2026-11-19 12:00:00,"), overdue);
    // SQLite -> PostgreSQL -> SQLite carries the item ids and the marks
    String copy = pg.newDatabase();
    sqlite.expect(0, "-q", "store", "copy", dir.resolve("jd.db").toString(), pg.url(copy));
    Path back = dir.resolve("back.db");
    sqlite.expect(0, "-q", "store", "copy", pg.url(copy), back.toString());
    new CliRunner(dir).store(pg.url(copy)).expect(0, "-q", "check");
    new CliRunner(dir).store(back.toString()).expect(0, "-q", "check");
    try (Connection a = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("jd.db"));
        Connection b = pg.connection(copy);
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + back)) {
      for (String q : QUERIES) {
        assertEquals(rows(a, q), rows(b, q), q);
        assertEquals(rows(a, q), rows(c, q), q);
      }
    }
  }

  private static String rows(Connection c, String q) throws SQLException {
    StringBuilder sb = new StringBuilder();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(q)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        for (int i = 1; i <= n; i++) {
          sb.append(i == 1 ? "" : "|").append(rs.getString(i));
        }
        sb.append('\n');
      }
    }
    return sb.toString();
  }
}
