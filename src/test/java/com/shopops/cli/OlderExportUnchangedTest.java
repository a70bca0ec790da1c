package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An older export that states what the store holds changes nothing and is no anomaly (review20 X1,
 * closing note 20): the same 订单报表 downloaded again under an earlier name, or resaved by Excel
 * (times cut to the minute, 99.00 written 99). An older export fills only what the store holds
 * blank (tryout20 Y1: a 交易成功 row gives a 交易关闭 order the tracking number the newer row left blank,
 * as the other import order keeps it) and says so; it changes no status, money or refund.
 */
class OlderExportUnchangedTest {
  @TempDir Path dir;
  private CliRunner cli;

  private static final String HEAD =
      "订单编号,买家会员名,买家应付货款,买家应付邮费,总金额,买家实际支付金额,订单状态,订单创建时间,订单付款时间," + "物流单号,物流公司,退款金额\n";

  @BeforeEach
  void store() {
    cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
  }

  private Path file(String name, String rows) {
    return TestFiles.write(dir, name, HEAD + rows);
  }

  private String items(String name, String mask, String cream) {
    return TestFiles.write(
            dir,
            name,
            "订单编号,标题,价格,购买数量,外部系统编号,订单状态\n"
                + "3900000000000000001,面膜,"
                + mask
                + ",1,MSK-1,交易关闭\n"
                + "3900000000000000002,面霜,"
                + cream
                + ",1,CRM-1,卖家已发货，等待买家确认\n"
                + "3900000000000000002,小样,0,1,GFT-1,卖家已发货，等待买家确认\n")
        .toString();
  }

  private static final String ROWS =
      "3900000000000000001,tb01,89.00,10.00,99.00,54.50,交易关闭,2026-11-04 12:05:10,"
          + "2026-11-04 12:05:33,,,44.50\n"
          + "3900000000000000002,tb02,199.00,0.00,199.00,199.00,卖家已发货，等待买家确认,"
          + "2026-11-05 09:00:01,2026-11-05 09:00:41,YT1000000002,圆通速递,0.00\n";

  private String orders() throws Exception {
    return cli.sql(
        "SELECT order_id, status, paid_at, amount, total, refunded, coalesce(tracking_no, '-'),"
            + " coalesce(carrier, '-'), import_id FROM orders ORDER BY 1");
  }

  @Test
  void theSameExportUnderAnEarlierNameIsUnchangedWithNoAnomaly() throws Exception {
    cli.expect(
        0,
        "--now",
        "2026-11-21 10:30",
        "-q",
        "import",
        "orders",
        file("ExportOrderList202611201000.csv", ROWS).toString());
    String stored = orders();
    String r =
        cli.expect(
                0,
                "--now",
                "2026-11-21 11:00",
                "import",
                "orders",
                file("ExportOrderList202611151000.csv", ROWS).toString())
            .err();
    // before: "2 anomalies", one older-export per order that the file changed nothing of
    assertTrue(r.contains("2 orders (0 new, 0 updated, 2 unchanged); taobao-orders"), r);
    assertEquals("", cli.sql("SELECT kind, record_id FROM anomalies"));
    assertEquals(stored, orders());
  }

  @Test
  void anExcelResaveOfTheSameExportIsUnchangedWithNoAnomaly() throws Exception {
    java.nio.file.Files.createDirectories(dir.resolve("excel"));
    cli.expect(
        0,
        "--now",
        "2026-11-21 10:30",
        "-q",
        "import",
        "orders",
        file("ExportOrderList202611211000.csv", ROWS).toString(),
        items("ExportOrderDetailList202611211000.csv", "89.00", "199.00"));
    String stored = orders();
    Path excel =
        TestFiles.write(
            dir.resolve("excel"),
            "ExportOrderList202611211000.csv",
            HEAD
                + "3900000000000000001,tb01,89,10,99,54.5,交易关闭,2026/11/4 12:05,2026/11/4 12:05,,,44.5\n"
                + "3900000000000000002,tb02,199,0,199,199,卖家已发货，等待买家确认,2026/11/5 9:00,"
                + "2026/11/5 9:00,YT1000000002,圆通速递,0\n");
    String r =
        cli.expect(
                0,
                "--now",
                "2026-11-21 12:00",
                "import",
                "orders",
                excel.toString(),
                items("excel/ExportOrderDetailList202611211000.csv", "89", "199"))
            .err();
    // before: the items file's "2 line items, 1 anomaly": an older-lines for the order whose paid
    // time Excel cut to the minute
    assertTrue(r.contains("2 orders (0 new, 0 updated, 2 unchanged); taobao-orders"), r);
    assertTrue(
        r.contains("3 rows, 2 orders (0 new, 0 updated, 2 unchanged), 3 line items; taobao-items"),
        r);
    assertEquals("", cli.sql("SELECT kind, record_id FROM anomalies"));
    assertEquals(stored, orders());
    assertEquals(
        "3900000000000000001|cancelled|1793765133|8900|9900|4450|-|-|1\n"
            + "3900000000000000002|shipped|1793840441|19900|19900|0|YT1000000002|圆通速递|1\n",
        stored);
  }

  private static final String CLOSED =
      "4100000000000000004,tb04,100.00,0.00,100.00,0.00,交易关闭,2026-11-10 10:00:00,"
          + "2026-11-10 10:01:00,,,100.00\n";
  private static final String SUCCESS =
      "4100000000000000004,tb04,100.00,0.00,100.00,100.00,交易成功,2026-11-10 10:00:00,"
          + "2026-11-10 10:01:00,YT004,圆通速递,0.00\n";

  @Test
  void anOlderExportFillsOnlyBlanksAndSaysSo() throws Exception {
    cli.expect(
        0,
        "--now",
        "2026-11-20 09:00",
        "-q",
        "import",
        "orders",
        file("new.csv", CLOSED).toString());
    String r =
        cli.expect(
                0,
                "--now",
                "2026-11-20 10:00",
                "import",
                "orders",
                file("older.csv", SUCCESS).toString())
            .err();
    // tryout20 Y1: the older 交易成功 row fills the tracking number and carrier the newer 交易关闭 row
    // left blank (as the other import order keeps them), changes no status, money or refund, and
    // the anomaly says what it filled (before: "changes nothing of it")
    assertTrue(r.contains("1 order (0 new, 1 updated, 0 unchanged), 1 anomaly"), r);
    // tryout20 Y1 rest: the order keeps the import of its snapshot (1, the 交易关闭 file), so this
    // import's notes count what its file states: its only row says 交易成功, nothing closed (before:
    // import_id 2 and "1 order is closed after payment with no close time in the file …")
    assertTrue(!r.contains("closed after payment"), r);
    assertEquals(
        "4100000000000000004|cancelled|1794276060|10000|10000|10000|YT004|圆通速递|1\n", orders());
    assertEquals(
        "anomaly:older-refund|4100000000000000004|the store has a newer snapshot of this order (a"
            + " later status or time) with a larger refund (100.00 stored, 0.00 here): this file is"
            + " taken as the older export and changes none of the order's status, money or refund;"
            + " it only filled what the store held blank: carrier, tracking_no\n",
        cli.sql("SELECT kind, record_id, message FROM anomalies"));
  }

  /**
   * closing note 21: an older 订单报表 (11-15) says 买家已付款 of an order the store holds shipped (the
   * 11-20 export, with its 物流单号): nothing changes, and the anomaly says why (before: silent).
   */
  @Test
  void anOlderExportSayingPaidOfAShippedOrderIsNamed() throws Exception {
    String shipped =
        "3900000000000000002,tb02,199.00,0.00,199.00,199.00,卖家已发货，等待买家确认,"
            + "2026-11-05 09:00:01,2026-11-05 09:00:41,YT1000000002,圆通速递,0.00\n";
    String paid =
        "3900000000000000003,tb03,59.00,0.00,59.00,59.00,买家已付款，等待卖家发货,"
            + "2026-11-06 09:00:01,2026-11-06 09:00:41,,,0.00\n";
    cli.expect(
        0,
        "--now",
        "2026-11-20 11:00",
        "-q",
        "import",
        "orders",
        file("ExportOrderList202611201000.csv", shipped + paid).toString());
    String before = orders();
    String older =
        shipped.replace("卖家已发货，等待买家确认", "买家已付款，等待卖家发货").replace("YT1000000002,圆通速递", ",") + paid;
    String r =
        cli.expect(
                0,
                "--now",
                "2026-11-20 12:00",
                "import",
                "orders",
                file("ExportOrderList202611151000.csv", older).toString())
            .err();
    assertTrue(r.contains("2 orders (0 new, 0 updated, 2 unchanged), 1 anomaly"), r);
    assertEquals(before, orders());
    assertEquals(
        "anomaly:older-export|3900000000000000002|this file says the order is not shipped yet, the"
            + " store holds it shipped (tracking no. YT1000000002): this file is taken as the older"
            + " export and changes none of the order's status, money or refund\n",
        cli.sql("SELECT kind, record_id, message FROM anomalies"));
    String zh = cli.expect(0, "--lang", "zh", "imports", "show", "2").out();
    assertTrue(zh.contains("本文件中此订单尚未发货，店铺中已发货（物流单号 YT1000000002）"), zh);
  }

  @Test
  void anOlderExportFillingNothingIsUnchanged() throws Exception {
    String closedTracked = CLOSED.replace(",,,100.00", ",YT004,圆通速递,100.00");
    cli.expect(
        0,
        "--now",
        "2026-11-20 09:00",
        "-q",
        "import",
        "orders",
        file("new.csv", closedTracked).toString());
    String r =
        cli.expect(
                0,
                "--now",
                "2026-11-20 10:00",
                "import",
                "orders",
                file("older.csv", SUCCESS).toString())
            .err();
    assertTrue(r.contains("1 order (0 new, 0 updated, 1 unchanged), 1 anomaly"), r);
    assertEquals(
        "4100000000000000004|cancelled|1794276060|10000|10000|10000|YT004|圆通速递|1\n", orders());
  }

  /** Whatever the order the two exports come in, the store holds the same order (tryout20 Y1). */
  @Test
  void theImportOrderOfAnOlderAndANewerExportDoesNotMatter() throws Exception {
    String[][] pairs = {
      {CLOSED, SUCCESS},
      {CLOSED.replace(",,,100.00", ",,顺丰速运,100.00"), SUCCESS},
      {
        CLOSED.replace(",100.00\n", ",60.00\n").replace("交易关闭", "交易成功"),
        SUCCESS.replace("2026-11-10 10:01:00", "2026-11-10 10:00:30")
      },
    };
    String[] orders = {"newer-first", "older-first"};
    for (String[] pair : pairs) {
      String[] got = new String[2];
      for (int k = 0; k < 2; k++) {
        Path d = java.nio.file.Files.createTempDirectory(dir, orders[k]);
        CliRunner c = new CliRunner(d);
        c.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
        Path newer = TestFiles.write(d, "newer.csv", HEAD + pair[0]);
        Path older = TestFiles.write(d, "older.csv", HEAD + pair[1]);
        Path first = k == 0 ? newer : older;
        Path second = k == 0 ? older : newer;
        c.expect(0, "--now", "2026-11-20 09:00", "-q", "import", "orders", first.toString());
        c.expect(0, "--now", "2026-11-20 10:00", "-q", "import", "orders", second.toString());
        got[k] =
            c.sql(
                "SELECT order_id, status, paid_at, amount, total, refunded,"
                    + " coalesce(tracking_no, '-'), coalesce(carrier, '-') FROM orders");
      }
      assertEquals(got[0], got[1], pair[0] + pair[1]);
    }
  }

  @Test
  void aStatedRefundARefundedReturnCoveredIsNotSaidToCountOnTheImportDay() throws Exception {
    // review20 X4: the return refunded 89.00 on 11-20; a later 订单报表 states 退款金额 89.00
    String paid =
        "3900000000000095738,tb14,336.90,0.00,336.90,336.90,交易成功,2026-11-01 21:50:00,"
            + "2026-11-01 21:50:30,YT1,圆通速递,";
    cli.expect(
        0,
        "--now",
        "2026-11-10 10:00",
        "-q",
        "import",
        "orders",
        file("a.csv", paid + "0.00\n").toString());
    cli.expect(
        0,
        "-q",
        "--now",
        "2026-11-19 10:00",
        "returns",
        "add",
        "3900000000000095738",
        "--reason",
        "quality",
        "--id",
        "TK1001",
        "--at",
        "2026-11-18 10:00");
    for (String step : new String[] {"approved", "received"}) {
      cli.expect(
          0,
          "-q",
          "--now",
          "2026-11-19 10:00",
          "returns",
          "update",
          "TK1001",
          "--status",
          step,
          "--at",
          "2026-11-19 10:00");
    }
    cli.expect(
        0,
        "-q",
        "--now",
        "2026-11-20 10:00",
        "returns",
        "update",
        "TK1001",
        "--status",
        "refunded",
        "--refund",
        "89",
        "--at",
        "2026-11-20 10:00");
    String r =
        cli.expect(
                0,
                "--now",
                "2026-11-22 10:30",
                "import",
                "orders",
                file("b.csv", paid.replace(",336.90,交易成功", ",247.90,交易成功") + "89.00\n").toString())
            .err();
    // before: "1 order paid before has a refund in this file … it counts in net_sales on
    // 2026-11-22, the day of this import", while net sales took the 89.00 off on 11-20 only
    assertTrue(r.contains("(0 new, 1 updated, 0 unchanged)"), r);
    assertTrue(!r.contains("the day of this import"), r);
  }
}
