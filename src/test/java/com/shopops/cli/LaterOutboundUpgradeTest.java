package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * tryout23b A12: a store an older shopops hit with tryout22b B9 (Shopify's "fulfilled" export, then
 * its older "partial" one: #3001 kept shipped 11-06 09:00 over the partial's 11-04 09:00) stayed
 * breached (71.0 h) with no word after the upgrade. The upgrade reads the stored export files again
 * and names the order and the file to import again, which puts it right (on time, 23.0 h).
 */
class LaterOutboundUpgradeTest {
  @TempDir Path dir;

  static final String HEADER =
      "Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,Currency,Subtotal,"
          + "Shipping,Taxes,Total,Discount Amount,Created at,Lineitem quantity,Lineitem name,"
          + "Lineitem price,Lineitem sku,Shipping Country,Payment Method,Refunded Amount,Id\n";

  static String export(String fulfillment, String fulfilledAt) {
    String row =
        "#3001,3001@example.com,paid,2026-11-03 10:00:00"
            + " +0800,%s,%s,USD,40.00,5.00,0.00,45.00,10.00,2026-11-03 09:59:00 +0800,1,Oolong"
            + " tea,%s,%s,US,Shopify Payments,0.00,993001\n";
    return HEADER
        + row.formatted(fulfillment, fulfilledAt, "30.00", "US-A")
        + row.formatted(fulfillment, fulfilledAt, "20.00", "US-B");
  }

  String q(CliRunner cli, String query) throws Exception {
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + cli.db())) {
      if (query.startsWith("SELECT")) {
        return CliRunner.rows(c, query);
      }
      try (java.sql.Statement st = c.createStatement()) {
        st.execute(query);
      }
      return "";
    }
  }

  /** Schema 48, as session 23's shopops left it. */
  void olderVersion(CliRunner cli) throws Exception {
    OldStore.asOfVersion(cli, 48);
  }

  private static String total(CliRunner cli) {
    String[] lines =
        cli.expect(0, "--now", "2026-11-07 12:00", "sla", "report", "-f", "csv").out().split("\n");
    return lines[lines.length - 1];
  }

  /** The two exports imported (fulfilled first), both files kept where they were read. */
  CliRunner imported() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init");
    Path p2 = dir.resolve("shop_p2.csv");
    Path p1 = dir.resolve("shop_p1.csv");
    Files.writeString(p2, export("fulfilled", "2026-11-06 09:00:00 +0800"));
    Files.writeString(p1, export("partial", "2026-11-04 09:00:00 +0800"));
    cli.expect(0, "--now", "2026-11-07 10:00", "import", "orders", p2.toString());
    cli.expect(0, "--now", "2026-11-07 11:00", "import", "orders", p1.toString());
    return cli;
  }

  @Test
  void theUpgradeNamesAnOrderKeptWithTheLaterOutboundAndTheFileThatPutsItRight() throws Exception {
    CliRunner cli = imported();
    assertEquals("#3001|1793754000\n", q(cli, "SELECT order_id, shipped_at FROM orders"));
    // B9's damage as sh2.db holds it: the fulfilled export's 11-06 09:00 kept
    q(cli, "UPDATE orders SET shipped_at = 1793926800, import_id = 1");
    olderVersion(cli);

    var upgraded = cli.expect(0, "--now", "2026-11-07 12:00", "sla", "report", "-f", "csv");
    assertTrue(upgraded.out().contains("\ntotal,1,0,0,1,"), upgraded.out());
    assertTrue(upgraded.out().contains(",71.0,71.0,"), upgraded.out());
    assertTrue(
        upgraded
            .err()
            .contains(
                "note: 1 order (e.g. #3001) was stored by an older shopops with a later outbound"
                    + " than an older export of it states (shipped is the earliest outbound): its"
                    + " shipped time and on-time figures are off; import again the export that"
                    + " states the earlier outbound to put it right: shopops --db "
                    + cli.db()
                    + " import orders "
                    + dir.resolve("shop_p1.csv")
                    + "\n"),
        upgraded.err());

    cli.expect(
        0, "--now", "2026-11-07 12:00", "import", "orders", dir.resolve("shop_p1.csv").toString());
    assertEquals("#3001|1793754000\n", q(cli, "SELECT order_id, shipped_at FROM orders"));
    String fixed = total(cli);
    assertTrue(fixed.startsWith("total,1,1,0,0,"), fixed);
    assertTrue(fixed.contains(",23.0,23.0,"), fixed);
  }

  @Test
  void inChinese() throws Exception {
    CliRunner cli = imported();
    q(cli, "UPDATE orders SET shipped_at = 1793926800, import_id = 1");
    olderVersion(cli);
    var upgraded = cli.expect(0, "--lang", "zh", "--now", "2026-11-07 12:00", "orders", "list");
    assertTrue(
        upgraded
            .err()
            .contains(
                "注：旧版 shopops 给 1 个订单（如 #3001）存的发货时间晚于一份较早导出文件所写的发货时间"
                    + "（发货时间取最早的一次出库）：其发货时间与准时率数字有误；请重新导入写有较早发货时间的导出文件以更正："
                    + "shopops --db "
                    + cli.db()
                    + " import orders "
                    + dir.resolve("shop_p1.csv")),
        upgraded.err());
  }

  @Test
  void aStoreB9DidNotHitHearsNothing() throws Exception {
    CliRunner cli = imported();
    olderVersion(cli);
    var upgraded = cli.expect(0, "--now", "2026-11-07 12:00", "sla", "report", "-f", "csv");
    assertTrue(
        upgraded
            .err()
            .contains("from schema 48 to " + com.shopops.store.Store.latestSchemaVersion()),
        upgraded.err());
    assertFalse(upgraded.err().contains("later outbound"), upgraded.err());
  }

  @Test
  void aFileChangedSinceItsImportIsNotRead() throws Exception {
    CliRunner cli = imported();
    q(cli, "UPDATE orders SET shipped_at = 1793926800, import_id = 1");
    olderVersion(cli);
    Files.writeString(dir.resolve("shop_p1.csv"), "\n", java.nio.file.StandardOpenOption.APPEND);
    var upgraded = cli.expect(0, "--now", "2026-11-07 12:00", "sla", "report", "-f", "csv");
    assertTrue(
        upgraded
            .err()
            .contains("from schema 48 to " + com.shopops.store.Store.latestSchemaVersion()),
        upgraded.err());
    assertFalse(upgraded.err().contains("later outbound"), upgraded.err());
  }

  /**
   * Two exports naming two tracking numbers (tryout23b p.db: SF001 11-01 18:00, then SF002 11-02
   * 18:00): the earlier is kept as a parcel of its own and the order ships at 11-01 18:00, as it
   * should; the order's own outbound (SF002's) is later than the first file's, and nothing is named
   * (it was, before the check read the order's shipment rather than its own outbound).
   */
  @Test
  void anEarlierOutboundKeptAsAParcelOfItsOwnIsNotNamed() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init");
    String head =
        "order_id,customer_id,created_at,paid_at,shipped_at,delivered_at,carrier,tracking_no,"
            + "status,sku,title,quantity,amount,shipping_fee,province,city\n";
    String row =
        "SO1,C1,2026-11-01 09:00:00,2026-11-01 09:05:00,%s,2026-11-10 10:00:00,顺丰速运,%s,"
            + "delivered,SKU-X,杯子,2,100.00,0.00,广东,广州\n";
    Path first = dir.resolve("gen_orders.csv");
    Path later = dir.resolve("gen_orders_later.csv");
    Files.writeString(first, head + row.formatted("2026-11-01 18:00:00", "SF001"));
    Files.writeString(later, head + row.formatted("2026-11-02 18:00:00", "SF002"));
    cli.expect(0, "--now", "2026-11-11 10:00", "import", "orders", first.toString());
    cli.expect(0, "--now", "2026-11-12 10:00", "import", "orders", later.toString());
    olderVersion(cli);
    var upgraded = cli.expect(0, "--now", "2026-11-20 10:00", "orders", "list");
    assertTrue(
        upgraded
            .err()
            .contains("from schema 48 to " + com.shopops.store.Store.latestSchemaVersion()),
        upgraded.err());
    assertFalse(upgraded.err().contains("later outbound"), upgraded.err());
    assertTrue(upgraded.out().contains("SO1"), upgraded.out());
  }
}
