package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A refund may include the order's shipping (review16 Q5, 办法 Art.18). Order 3029940000000000201
 * paid 210.00 = 200.00 goods (买家应付货款) + 10.00 shipping (买家应付邮费) and was refunded 210.00 in full
 * before shipping: the line cap left shipping out and refused the row, and with it the file. A
 * line's refunds may now reach what was paid for its units plus the order's shipping; the order cap
 * (goods plus shipping) still guards the sum. Files: src/test/resources/import/returns-review16
 * (the reviewer's, as given, GBK).
 */
class ShippingRefundTest {
  static final String RES = "src/test/resources/import/returns-review16/";
  static final Charset GBK = Charset.forName("GBK");
  static final String REFUNDS_HEADER =
      "订单编号,退款编号,订单付款时间,商品id,商家编码,退款完结时间,买家实际支付金额,宝贝标题,买家退款金额,"
          + "是否需要退货,退款的申请时间,退款状态,买家会员名称,退款原因\n";

  @TempDir Path dir;

  private CliRunner store() {
    CliRunner cli = new CliRunner(dir.resolve("store"));
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    return cli;
  }

  private static String file(String name) {
    return Path.of(RES + name).toAbsolutePath().toString();
  }

  private static String refund(String order, String id, String sku, String amount) {
    return order
        + ","
        + id
        + ",2026-11-12 10:01:00,,"
        + sku
        + ",2026-11-12 15:00:00,"
        + amount
        + ",羽绒服,"
        + amount
        + ",否,2026-11-12 14:00:00,退款成功,小周tm,不想要了\n";
  }

  @Test
  void aFullRefundIncludingShippingIsImported() throws Exception {
    Files.createDirectories(dir.resolve("store"));
    CliRunner cli = store();
    cli.expect(
        0, "-q", "import", "orders", file("tm_orders_shipref.csv"), file("tm_items_shipref.csv"));
    cli.expect(0, "-q", "import", "returns", file("tm_refunds_shipref.csv"));
    assertEquals(
        "3029940000000000201|TM-DOWN|21000\n",
        cli.sql("SELECT order_id, sku, refund_amount FROM returns"));
    String report =
        cli.expect(
                0,
                "--now",
                "2026-11-20 10:00",
                "returns",
                "report",
                "--by",
                "sku",
                "--from",
                "2026-11-01",
                "--to",
                "2026-11-20")
            .out();
    assertTrue(report.contains("TM-DOWN,1,0,"), report);
    assertTrue(report.contains(",210.00,"), report);
  }

  @Test
  void aRefundAboveGoodsPlusShippingIsStillRefused() throws Exception {
    Files.createDirectories(dir.resolve("store"));
    CliRunner cli = store();
    cli.expect(
        0, "-q", "import", "orders", file("tm_orders_shipref.csv"), file("tm_items_shipref.csv"));
    Path f =
        TestFiles.gbk(
            dir,
            "over.csv",
            REFUNDS_HEADER + refund("3029940000000000201", "TR2Y", "TM-DOWN", "211.00"));
    var r = cli.expect(1, "import", "returns", f.toString());
    assertTrue(
        r.err()
            .contains(
                f
                    + ":2: refund_amount (column \"买家退款金额\"): refund 211.00 is more than the 200.00 paid plus 10.00 shipping for 1 of 1"
                    + " units of order 3029940000000000201 SKU TM-DOWN"),
        r.err());
    assertEquals("0\n", cli.sql("SELECT count(*) FROM returns"));
  }

  @Test
  void aLineRefundAboveItsLinePlusShippingIsStillRefused() throws Exception {
    Files.createDirectories(dir.resolve("store"));
    CliRunner cli = store();
    String orders =
        new String(Files.readAllBytes(Path.of(file("tm_orders_shipref.csv"))), GBK)
            .replace("200.00,10.00,,210.00", "250.00,10.00,,260.00")
            .replace(",1,,赵敏旗舰店", ",2,,赵敏旗舰店")
            .replace(",210.00,\n", ",260.00,\n");
    String items =
        new String(Files.readAllBytes(Path.of(file("tm_items_shipref.csv"))), GBK)
            + "3029940000000000201,帽子,50.00,1,,,,,交易关闭,TM-HAT\n";
    Path o = TestFiles.gbk(dir, "o.csv", orders);
    Path i = TestFiles.gbk(dir, "i.csv", items);
    cli.expect(0, "-q", "import", "orders", o.toString(), i.toString());
    Path f =
        TestFiles.gbk(
            dir,
            "hat.csv",
            REFUNDS_HEADER + refund("3029940000000000201", "TR2Z", "TM-HAT", "60.01"));
    var r = cli.expect(1, "import", "returns", f.toString());
    assertTrue(
        r.err()
            .contains(
                f
                    + ":2: refund_amount (column \"买家退款金额\"): refund 60.01 is more than the 50.00 paid plus 10.00 shipping for 1 of 1"
                    + " units of order 3029940000000000201 SKU TM-HAT"),
        r.err());
    // the hat and its shipping, 60.00, is allowed
    Path ok =
        TestFiles.gbk(
            dir,
            "hat_ok.csv",
            REFUNDS_HEADER + refund("3029940000000000201", "TR2Z", "TM-HAT", "60.00"));
    cli.expect(0, "-q", "import", "returns", ok.toString());
  }
}
