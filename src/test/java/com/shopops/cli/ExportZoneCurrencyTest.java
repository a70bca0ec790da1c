package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Shopify shop in Madrid that also sells on Tmall (review17 R1, R2, R7): Tmall's times are
 * Beijing time and its amounts are yuan, whatever the store's zone and currency, and a mapping
 * file's {@code zone:} and {@code currency:} say the same of any export. Before, the times were
 * read as Madrid wall-clock times (7 h late in November) and the yuan stored as euros, exit 0.
 */
class ExportZoneCurrencyTest {
  @TempDir Path dir;

  /** A Tmall 订单报表: paid 00:05:10 Beijing time on 11-01 is 17:05:10 on 10-31 in Madrid. */
  private static final String TMALL =
      "订单编号,买家会员名,买家应付货款,买家应付邮费,总金额,买家实际支付金额,订单状态,订单创建时间,订单付款时间\n"
          + "3962574745609586001,tb52017719,59.00,0.00,59.00,59.00,买家已付款，等待卖家发货,"
          + "2026-10-31 23:55:00,2026-11-01 00:05:10\n"
          + "3962574745609586002,tb52017720,184.00,0.00,184.00,184.00,买家已付款，等待卖家发货,"
          + "2026-11-03 10:00:00,2026-11-03 10:01:00\n";

  /** A Shopify export: its times carry their offset, its orders name their currency. */
  private static final String SHOPIFY =
      "Name,Email,Financial Status,Paid at,Fulfillment Status,Currency,Subtotal,Shipping,Total,"
          + "Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem sku\n"
          + "#1001,ana@example.es,paid,2026-11-02 10:00:00 +0100,unfulfilled,EUR,45.00,4.95,49.95,"
          + "2026-11-02 09:58:00 +0100,1,Camiseta,45.00,CAM-M\n";

  private CliRunner madrid() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Europe/Madrid", "--currency", "EUR", "-q");
    return cli;
  }

  /**
   * A file across the end of summer time names both of the store's offsets (before: only the first
   * row's, so a file of October 20 to November 3 said Madrid was UTC+02:00 throughout).
   */
  @Test
  void aFileAcrossTheEndOfSummerTimeNamesBothOffsets() throws Exception {
    CliRunner cli = madrid();
    String across =
        TMALL.replace(
            "2026-10-31 23:55:00,2026-11-01 00:05:10", "2026-10-20 09:55:00,2026-10-20 10:05:10");
    CliRunner.Result r =
        cli.expect(0, "import", "orders", TestFiles.write(dir, "tmall.csv", across).toString());
    assertTrue(
        r.err()
            .contains(
                "tmall.csv: the times of taobao-orders exports are Asia/Shanghai time (UTC+08:00):"
                    + " read as such and shown in the store's zone Europe/Madrid"
                    + " (UTC+02:00/+01:00 at the file's dates)"),
        r.err());
    CliRunner zh =
        new CliRunner(dir).store(dir.resolve("zh.db").toString()).env("LANG", "zh_CN.UTF-8");
    zh.expect(0, "init", "--tz", "Europe/Madrid", "--currency", "EUR", "-q");
    String again = zh.expect(0, "import", "orders", dir.resolve("tmall.csv").toString()).err();
    assertTrue(again.contains("（文件日期时为 UTC+02:00/+01:00）"), again);
  }

  @Test
  void tmallOrdersInAMadridEuroStoreKeepBeijingInstantsAndYuan() throws Exception {
    CliRunner cli = madrid();
    cli.expect(
        0, "-q", "import", "orders", TestFiles.write(dir, "shopify.csv", SHOPIFY).toString());
    CliRunner.Result r =
        cli.expect(0, "import", "orders", TestFiles.write(dir, "tmall.csv", TMALL).toString());
    assertTrue(r.err().contains("tmall.csv: 2 orders in CNY; the store is EUR"), r.err());
    assertTrue(
        r.err()
            .contains(
                "tmall.csv: the times of taobao-orders exports are Asia/Shanghai time (UTC+08:00):"
                    + " read as such and shown in the store's zone Europe/Madrid (UTC+01:00 at the"
                    + " file's dates)"),
        r.err());
    assertFalse(r.err().contains("were read as EUR"), r.err());
    // 2026-11-01 00:05:10 +08:00 = 2026-10-31 16:05:10 UTC = 1793470... exactly:
    long paid = java.time.OffsetDateTime.parse("2026-11-01T00:05:10+08:00").toEpochSecond();
    assertEquals(
        "3962574745609586001|"
            + paid
            + "|5900|CNY\n3962574745609586002|"
            + java.time.OffsetDateTime.parse("2026-11-03T10:01:00+08:00").toEpochSecond()
            + "|18400|CNY\n#1001|"
            + java.time.OffsetDateTime.parse("2026-11-02T10:00:00+01:00").toEpochSecond()
            + "|4995|EUR\n",
        cli.sql(
            "SELECT order_id, paid_at, total, currency FROM orders ORDER BY currency, order_id"));
    // shown in Madrid time: the order was paid on October 31 there
    String shown = cli.expect(0, "orders", "show", "3962574745609586001", "--format", "csv").out();
    assertTrue(shown.contains("2026-10-31 17:05:10"), shown);
    // the euro view has the Shopify order alone; the yuan view the Tmall orders, the first in
    // October (Madrid days)
    String eur =
        cli.expect(
                0,
                "--now",
                "2026-11-20 10:00",
                "metrics",
                "--by",
                "month",
                "--from",
                "2026-10-01",
                "--to",
                "2026-11-30",
                "--currency",
                "EUR",
                "--format",
                "csv")
            .out();
    assertTrue(eur.contains("\n2026-11,,,1,1,49.95,"), eur);
    assertTrue(eur.contains("\n2026-10,,,0,0,0.00,"), eur);
    String cny =
        cli.expect(
                0,
                "--now",
                "2026-11-20 10:00",
                "metrics",
                "--by",
                "month",
                "--from",
                "2026-10-01",
                "--to",
                "2026-11-30",
                "--currency",
                "CNY",
                "--format",
                "csv")
            .out();
    assertTrue(cny.contains("\n2026-10,,,1,1,59.00,"), cny);
    assertTrue(cny.contains("\n2026-11,,,1,1,184.00,"), cny);
  }

  @Test
  void aMappingFilesZoneAndCurrencyAreHowTheFileIsRead() throws Exception {
    CliRunner cli = madrid();
    Path map =
        TestFiles.write(
            dir,
            "partner.yaml",
            "kind: orders\nfields:\n  order_id: [Order]\n  paid_at: [Paid]\n  amount: [Goods]\n"
                + "  customer_id: [Buyer]\n  status: [State]\n"
                + "zone: Asia/Shanghai\ncurrency: cny\n");
    Path file =
        TestFiles.write(
            dir,
            "partner.csv",
            "Order,Buyer,Paid,Goods,State\nP-1,b1,2026-11-01 00:05:10,59.00,paid\n");
    CliRunner.Result r =
        cli.expect(0, "import", "orders", file.toString(), "--map", map.toString());
    assertTrue(r.err().contains("partner.csv: 1 order in CNY; the store is EUR"), r.err());
    assertEquals(
        "P-1|"
            + java.time.OffsetDateTime.parse("2026-11-01T00:05:10+08:00").toEpochSecond()
            + "|5900|CNY\n",
        cli.sql("SELECT order_id, paid_at, amount, currency FROM orders"));
  }

  @Test
  void aMappingFileWithAnUnknownZoneOrCurrencyIsRefusedBeforeARowIsRead() throws Exception {
    CliRunner cli = madrid();
    Path file = TestFiles.write(dir, "p.csv", "Order,Paid,Goods\nP-1,2026-11-01 00:05:10,59.00\n");
    Path badZone =
        TestFiles.write(
            dir,
            "zone.yaml",
            "kind: orders\nfields:\n  order_id: [Order]\n  paid_at: [Paid]\n  amount: [Goods]\n"
                + "zone: Asia/Beijing\n");
    CliRunner.Result r =
        cli.expect(1, "import", "orders", file.toString(), "--map", badZone.toString());
    assertTrue(r.err().contains("zone.yaml: zone: not a time zone (\"Asia/Beijing\")"), r.err());
    Path badCurrency =
        TestFiles.write(
            dir,
            "cur.yaml",
            "kind: orders\nfields:\n  order_id: [Order]\n  paid_at: [Paid]\n  amount: [Goods]\n"
                + "currency: RMB\n");
    r = cli.expect(1, "import", "orders", file.toString(), "--map", badCurrency.toString());
    assertTrue(
        r.err().contains("cur.yaml: currency: not an ISO 4217 currency code (\"RMB\")"), r.err());
    assertEquals("0\n", cli.sql("SELECT count(*) FROM orders"));
  }
}
