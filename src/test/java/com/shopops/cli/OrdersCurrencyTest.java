package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `orders list` writes each order's currency, so that its csv or xlsx imported into a store of
 * another currency keeps the USD orders USD (review8 H4, related).
 */
class OrdersCurrencyTest {
  private static final Path EXAMPLES = Path.of("examples").toAbsolutePath();
  @TempDir Path dir;
  private CliRunner cli;

  @BeforeEach
  void init() {
    cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
    cli.expect(0, "import", "orders", EXAMPLES.resolve("shopify/orders_export.csv").toString());
  }

  @Test
  void csvAndXlsxCarryTheCurrency() {
    String out = cli.expect(0, "orders", "list", "--format", "csv").out();
    assertTrue(
        out.startsWith(
            "order_id,customer_id,created_at,paid_at,shipped_at,delivered_at,status,amount,"
                + "discount,shipping_fee,total,currency,items,"),
        out);
    assertTrue(out.contains(",27.80,0.00,9.90,39.43,USD,"), out);
    String json = cli.expect(0, "orders", "list", "--format", "json").out();
    assertTrue(json.contains("\"currency\": \"USD\""), json);
    assertTrue(json.contains("\"currency\": \"CNY\""), json);
  }

  @Test
  void csvIntoAStoreOfAnotherCurrencyKeepsUsd() throws Exception {
    Path csv = dir.resolve("orders.csv");
    cli.expect(0, "orders", "list", "--format", "csv", "--out", csv.toString());
    roundTrip(csv, "csv");
  }

  @Test
  void xlsxIntoAStoreOfAnotherCurrencyKeepsUsd() throws Exception {
    Path xlsx = dir.resolve("orders.xlsx");
    cli.expect(0, "orders", "list", "--format", "xlsx", "--out", xlsx.toString());
    roundTrip(xlsx, "xlsx");
  }

  private void roundTrip(Path file, String name) throws Exception {
    Path other = Files.createDirectory(dir.resolve("other-" + name));
    CliRunner eur = new CliRunner(other);
    eur.expect(0, "init", "--tz", "Asia/Shanghai", "--currency", "EUR");
    eur.expect(0, "import", "orders", file.toString());
    assertEquals(
        "CNY|34\nUSD|6\n",
        eur.sql("SELECT currency, count(*) FROM orders GROUP BY currency ORDER BY currency"));
    assertEquals(sums(cli), sums(eur));
  }

  private static String sums(CliRunner r) throws SQLException {
    return r.sql("SELECT currency, sum(total) FROM orders GROUP BY currency ORDER BY currency");
  }

  @Test
  void terminalTableShowsTheCurrencyOnlyWhenTheOrdersHaveSeveral() {
    cli.terminal(true).width(80);
    String mixed = cli.expect(0, "orders", "list", "--format", "table").out();
    String header = mixed.lines().findFirst().orElseThrow();
    assertEquals(
        "order_id  created_at           status     total  currency  province", header.strip());
    assertTrue(mixed.lines().allMatch(l -> l.length() <= 80), mixed);
    String one = cli.expect(0, "orders", "list", "--format", "table", "--from", "2026-11-19").out();
    assertTrue(one.lines().findFirst().orElseThrow().contains("items"), one);
    assertTrue(!one.contains("currency"), one);
  }
}
