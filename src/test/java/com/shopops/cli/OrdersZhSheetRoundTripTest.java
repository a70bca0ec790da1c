package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `orders list --lang zh --format xlsx` imports into a new store with its statuses and totals: 状态
 * and 合计, the labels the sheet is written with, are generic-orders columns (review8 H4).
 */
class OrdersZhSheetRoundTripTest {
  private static final Path EXAMPLES = Path.of("examples").toAbsolutePath();
  @TempDir Path dir;

  @Test
  void aChineseOrdersSheetKeepsItsStatusesAndTotalsInANewStore() throws Exception {
    CliRunner source = runner("source");
    source.expect(0, "import", "orders", EXAMPLES.resolve("orders.csv").toString());
    Path sheet = dir.resolve("orders-zh.xlsx");
    source.expect(
        0,
        "--lang",
        "zh",
        "orders",
        "list",
        "--format",
        "xlsx",
        "--limit",
        "100000",
        "--out",
        sheet.toString());

    CliRunner copy = runner("copy");
    var r = copy.expect(0, "import", "orders", sheet.toString());
    assertFalse(r.err().contains("状态"), r.toString());
    assertFalse(r.err().contains("合计"), r.toString());

    String statuses = "SELECT status, count(*) FROM orders GROUP BY status ORDER BY status";
    String expected = sql(source, statuses);
    assertTrue(expected.contains("cancelled|") && expected.contains("refunded|"), expected);
    assertEquals(expected, sql(copy, statuses));
    String totals =
        "SELECT order_id, status, coalesce(total, amount + coalesce(shipping_fee, 0))"
            + " FROM orders ORDER BY order_id";
    assertEquals(sql(source, totals), sql(copy, totals));
  }

  private CliRunner runner(String name) throws IOException {
    Path d = Files.createDirectories(dir.resolve(name));
    CliRunner cli = new CliRunner(d);
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
    return cli;
  }

  private static String sql(CliRunner cli, String query) throws SQLException {
    StringBuilder out = new StringBuilder();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + cli.db());
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(query)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        for (int i = 1; i <= n; i++) {
          out.append(i > 1 ? "|" : "").append(rs.getString(i));
        }
        out.append('\n');
      }
    }
    return out.toString();
  }
}
