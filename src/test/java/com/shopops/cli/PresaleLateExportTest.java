package com.shopops.cli;

import static com.shopops.cli.TmallPresaleFixture.DEPOSIT;
import static com.shopops.cli.TmallPresaleFixture.DEPOSIT_ONLY;
import static com.shopops.cli.TmallPresaleFixture.FULL;
import static com.shopops.cli.TmallPresaleFixture.HEAD;
import static com.shopops.cli.TmallPresaleFixture.MONTHS_HEAD;
import static com.shopops.cli.TmallPresaleFixture.months;
import static com.shopops.cli.TmallPresaleFixture.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A staged presale first seen paid in full in an export made after it shipped or finished (a new
 * operator's back-fill of last quarter, tryout22a A1): its paid time is never after its own shipped
 * / 确认收货 / closed time (the balance is paid before), not the export's time weeks later.
 */
class PresaleLateExportTest {
  @TempDir Path dir;

  /** A new store in Asia/Shanghai (PostgreSQL: {@link PgPresaleLateExportTest}). */
  CliRunner newStore() throws Exception {
    return TmallPresaleFixture.newStore(dir);
  }

  /** Rows of a query on the store, '|' between values. */
  String q(CliRunner cli, String query) throws Exception {
    return cli.sql(query);
  }

  /** The tryout's A file: one finished (received 11-10), one shipped, one ordinary order. */
  static final String DEC01 =
      HEAD
          + row("5300000000000000001", "hist_a", "299.00", "交易成功", FULL, "2026-11-10 12:00:00")
          + row("5300000000000000002", "hist_b", "299.00", "卖家已发货，等待买家确认", FULL, "")
          + "5300000000000000004,normal,,299.00,0.00,,299.00,,299.00,,交易成功,,赵,浙江省 杭州市 上城区"
          + " 解放路1号,,,13700000000,2026-11-05 10:00:00,2026-11-05"
          + " 10:01:00,,,,,,,,,,,,,,,,,,,,,,,2026-11-12 12:00:00,0.00\n";

  // epoch seconds in Asia/Shanghai: 2026-11-10 12:00, 2026-12-01 10:00, 2026-11-05 10:01 (the
  // deposit: TmallPresaleFixture.DEPOSIT)
  static final long RECEIVED_NOV10 = 1794283200L;
  static final long EXPORT_DEC01 = 1796090400L;
  static final long NORMAL_NOV05 = 1793844060L;

  @Test
  void aPresaleFinishedBeforeTheExportIsPaidNoLaterThanItsReceipt() throws Exception {
    CliRunner cli = newStore();
    CliRunner.Result r =
        cli.expect(
            0,
            "--now",
            "2026-12-01 11:00",
            "import",
            "orders",
            TestFiles.write(dir, "ExportOrderList202612011000.csv", DEC01).toString());
    assertTrue(
        r.err()
            .contains(
                "ExportOrderList202612011000.csv: 1 presale (预售) paid in stages already shipped,"
                    + " received or closed before this file's time: counted as paid at that"
                    + " earliest shipped/received/closed time (the balance (尾款) is paid before"
                    + " it; the export gives no balance time)\n"),
        r.err());
    assertTrue(
        r.err().contains("ExportOrderList202612011000.csv: 1 presale (预售) paid in stages counted"),
        r.err());
    assertEquals(
        "5300000000000000001|completed|"
            + RECEIVED_NOV10
            + "|"
            + DEPOSIT
            + "\n5300000000000000002|shipped|"
            + EXPORT_DEC01
            + "|"
            + DEPOSIT
            + "\n5300000000000000004|completed|"
            + NORMAL_NOV05
            + "|null\n",
        q(cli, "SELECT order_id, status, paid_at, deposited_at FROM orders ORDER BY order_id"));
    assertEquals(
        MONTHS_HEAD
            + "2026-10,,,0,0,0.00,0.00,,,,,,,\n"
            + "2026-11,,,2,2,598.00,598.00,,,299.00,299.00,0.0000,,\n"
            + "2026-12,,,1,1,299.00,299.00,,,299.00,299.00,0.0000,,\n",
        months(cli, "2026-12-02 10:00"));
  }

  /** The tryout's A/ship.csv: both presales shipped 2026-11-02, the ordinary order 11-06. */
  static final String SHIP =
      "order_id,shipped_at,carrier,tracking_no\n"
          + "5300000000000000001,2026-11-02 10:00:00,SF,SF100\n"
          + "5300000000000000002,2026-11-02 11:00:00,SF,SF101\n"
          + "5300000000000000004,2026-11-06 10:00:00,SF,SF102\n";

  /** The kept SLA figures, their blobs in hex (PostgreSQL: encode). */
  String slaKept() {
    return "SELECT kind, span_day, key_day, carrier, province, settled_at, counts, hex(to_ship),"
        + " hex(to_deliver) FROM sla_figures ORDER BY 1, 2, 3, 4, 5";
  }

  // 2026-11-02 10:00 and 11:00 in Asia/Shanghai
  static final long SHIPPED_NOV02 = 1793584800L;

  /**
   * A shipments file imported after the orders caps the paid time of a presale paid in stages at
   * its outbound, as the order import caps it at the row's own times (tryout22a A1 rest): no
   * shipped-before-paid anomaly, November holds all three orders, the buyers' last orders and the
   * kept figures follow (those of check --rebuild).
   */
  @Test
  void aShipmentImportedLaterCapsThePaidTime() throws Exception {
    CliRunner cli = newStore();
    cli.expect(
        0,
        "--now",
        "2026-12-01 11:00",
        "-q",
        "import",
        "orders",
        TestFiles.write(dir, "ExportOrderList202612011000.csv", DEC01).toString());
    CliRunner.Result r =
        cli.expect(
            0,
            "--now",
            "2026-12-01 12:00",
            "import",
            "shipments",
            TestFiles.write(dir, "ship.csv", SHIP).toString());
    assertTrue(r.err().contains("3 rows, 3 shipments (3 new, 0 updated, 0 unchanged); "), r.err());
    // the paid time it moved is said (tryout23a A1: nothing said 0002 moved 12-01 → 11-02, 0001
    // 11-10 → 11-02)
    assertTrue(
        r.err()
            .contains(
                "ship.csv: 2 presales (预售) paid in stages now count as paid at their first"
                    + " outbound in this file, which is earlier than the paid time the store held"
                    + " (when the balance (尾款) was first seen paid, or a receipt or close before"
                    + " it): the export gives no balance time, and the balance is paid before the"
                    + " goods leave\n"),
        r.err());
    assertEquals("0\n", q(cli, "SELECT count(*) FROM anomalies WHERE kind LIKE 'anomaly:%'"));
    assertEquals(
        "5300000000000000001|"
            + SHIPPED_NOV02
            + "|"
            + DEPOSIT
            + "\n5300000000000000002|"
            + (SHIPPED_NOV02 + 3600)
            + "|"
            + DEPOSIT
            + "\n5300000000000000004|"
            + NORMAL_NOV05
            + "|null\n",
        q(cli, "SELECT order_id, paid_at, deposited_at FROM orders ORDER BY order_id"));
    String months =
        MONTHS_HEAD
            + "2026-10,,,0,0,0.00,0.00,,,,,,,\n"
            + "2026-11,,,3,3,897.00,897.00,,,299.00,299.00,0.0000,,1.0000\n"
            + "2026-12,,,0,0,0.00,0.00,,,,,,,\n";
    String[] metrics = {
      "--now", "2026-12-02 10:00", "metrics", "--by", "month", "--from", "2026-10-01", "-f", "csv"
    };
    assertEquals(months, cli.expect(0, metrics).out());
    String customers =
        cli.expect(0, "--now", "2026-12-02 10:00", "customers", "list", "-f", "csv").out();
    assertTrue(
        customers.contains("hist_a,赵,137****0000,,浙江,杭州,华东,,,1,299.00,2026-11-02 10:00:00,\n"),
        customers);
    assertTrue(
        customers.contains("hist_b,赵,137****0000,,浙江,杭州,华东,,,1,299.00,2026-11-02 11:00:00,\n"),
        customers);
    String sla = cli.expect(0, "--now", "2026-12-02 10:00", "sla", "report", "-f", "csv").out();
    assertTrue(sla.contains("\n2026-11-02,2,"), sla);
    String kept = q(cli, slaKept());
    String keptCustomers = q(cli, "SELECT * FROM customer_figures ORDER BY 1");
    cli.expect(0, "--now", "2026-12-02 10:00", "-q", "check", "--rebuild");
    assertEquals(kept, q(cli, slaKept()));
    assertEquals(keptCustomers, q(cli, "SELECT * FROM customer_figures ORDER BY 1"));
    assertEquals(months, cli.expect(0, metrics).out());
  }

  /**
   * tryout23a A4: the same 订单报表 imported again after a shipments file capped the paid times changes
   * nothing, and its notes say nothing of presales paid at the export time or an earlier event
   * (neither applied: the stored times are the outbounds); en and zh; the shipments note is zh too.
   */
  @Test
  void theSameExportAgainAfterTheCapSaysNothingOfPresales() throws Exception {
    CliRunner cli = newStore();
    String orders = TestFiles.write(dir, "ExportOrderList202612011000.csv", DEC01).toString();
    cli.expect(0, "--now", "2026-12-01 11:00", "-q", "import", "orders", orders);
    CliRunner.Result ship =
        cli.expect(
            0,
            "--lang",
            "zh",
            "--now",
            "2026-12-01 12:00",
            "import",
            "shipments",
            TestFiles.write(dir, "ship.csv", SHIP).toString());
    assertTrue(ship.err().contains("ship.csv：2 单分阶段付款的预售的付款时间改为本文件中的首次出库时间"), ship.err());
    String stored = q(cli, "SELECT order_id, paid_at, deposited_at FROM orders ORDER BY order_id");
    CliRunner.Result en = cli.expect(0, "--now", "2026-12-02 10:00", "import", "orders", orders);
    assertTrue(en.err().contains("3 orders (0 new, 0 updated, 3 unchanged)"), en.err());
    assertFalse(en.err().contains("presale"), en.err());
    CliRunner.Result zh =
        cli.expect(0, "--lang", "zh", "--now", "2026-12-02 10:05", "import", "orders", orders);
    assertFalse(zh.err().contains("预售"), zh.err());
    assertEquals(
        stored, q(cli, "SELECT order_id, paid_at, deposited_at FROM orders ORDER BY order_id"));
    assertTrue(stored.startsWith("5300000000000000001|" + SHIPPED_NOV02 + "|"), stored);
  }

  /**
   * orders show of a staged presale gives its deposit (定金) time and says what its paid_at is, en
   * and zh (tryout22a A10: paid_at 2026-12-01 10:00:00 shown as if the buyer paid then, no
   * deposit).
   */
  @Test
  void ordersShowSaysTheDepositTimeAndWhatPaidAtIs() throws Exception {
    CliRunner cli = newStore();
    cli.expect(
        0,
        "--now",
        "2026-12-01 11:00",
        "-q",
        "import",
        "orders",
        TestFiles.write(dir, "ExportOrderList202612011000.csv", DEC01).toString());
    CliRunner.Result en = cli.expect(0, "orders", "show", "5300000000000000002", "-f", "csv");
    assertTrue(en.out().contains(",2026-10-24 20:00:00,2026-12-01 10:00:00,"), en.out());
    assertTrue(
        en.err()
            .contains(
                "note: presale (预售) paid in stages: deposit (定金) paid at 2026-10-24 20:00:30;"
                    + " paid_at 2026-12-01 10:00:00 is when the balance (尾款) was first seen paid"
                    + " (an export's time, else an import's): the export gives no balance time\n"),
        en.err());
    // what applies to this order, not the rule (tryout24a A6): 0001 is held to its receipt
    CliRunner.Result received = cli.expect(0, "orders", "show", "5300000000000000001", "-f", "csv");
    assertTrue(
        received
            .err()
            .contains(
                "note: presale (预售) paid in stages: deposit (定金) paid at 2026-10-24 20:00:30;"
                    + " the balance (尾款) was first seen paid at 2026-12-01 10:00:00 (an export's"
                    + " time, else an import's: the export gives no balance time), but the order's"
                    + " receipt (确认收货) came earlier: paid_at is 2026-11-10 12:00:00, as the"
                    + " balance is paid before it\n"),
        received.err());
    CliRunner.Result zh =
        cli.expect(0, "--lang", "zh", "orders", "show", "5300000000000000002", "-f", "csv");
    assertTrue(
        zh.err()
            .contains("分阶段付款的预售：定金付于 2026-10-24 20:00:30；付款时间 2026-12-01 10:00:00 是首次看到尾款已付的时间"),
        zh.err());
    assertTrue(
        !cli.expect(0, "orders", "show", "5300000000000000004", "-f", "csv").err().contains("预售"));
  }

  /**
   * `imports show` says again which time a staged presale was counted at, as the import did, for
   * whoever did not run it (tryout22a A10: only the counts); en and zh, no problem row added.
   */
  @Test
  void importsShowKeepsTheStagedPresaleNote() throws Exception {
    CliRunner cli = newStore();
    cli.expect(
        0,
        "--now",
        "2026-12-01 11:00",
        "-q",
        "import",
        "orders",
        TestFiles.write(dir, "ExportOrderList202612011000.csv", DEC01).toString());
    String id = q(cli, "SELECT max(import_id) FROM imports").trim();
    CliRunner.Result en = cli.expect(0, "imports", "show", id, "-f", "csv");
    assertEquals("file,line,kind,record_id,problem\n", en.out());
    assertTrue(
        en.err()
            .contains(
                "ExportOrderList202612011000.csv: 1 presale (预售) paid in stages already shipped,"
                    + " received or closed before this file's time: counted as paid at that"
                    + " earliest shipped/received/closed time (the balance (尾款) is paid before"
                    + " it; the export gives no balance time)\n"),
        en.err());
    assertTrue(
        en.err()
            .contains(
                "ExportOrderList202612011000.csv: 1 presale (预售) paid in stages counted as paid"
                    + " on the day the balance (尾款) was first seen paid: 2026-12-01 10:00 (this"
                    + " file's export time) unless an earlier import saw it; the export gives no"
                    + " balance time\n"),
        en.err());
    CliRunner.Result zh = cli.expect(0, "--lang", "zh", "imports", "show", id, "-f", "csv");
    assertTrue(
        zh.err()
            .contains(
                "ExportOrderList202612011000.csv：1 单分阶段付款的预售在本文件的时间之前已发货、确认收货或关闭：按其中最早的时间计为已付款"),
        zh.err());
  }

  /**
   * A presale closed with only its deposit paid, 实付 50.00 beside 退款 50.00 (tryout22a A8, file G):
   * what it sold is its 定金, 50.00 (amount 50.00, total 50.00, refunded 50.00; it was stored total
   * 100.00 on goods 299.00), no sale, nothing off net sales, no order of its buyer.
   */
  @Test
  void aClosedDepositOnlyPresaleCarriesItsDeposit() throws Exception {
    CliRunner cli = newStore();
    String closed =
        HEAD
            + row("5500000000000000002", "g_b", "50.00", "交易关闭", DEPOSIT_ONLY, "")
                .replace(",0.00\n", ",50.00\n");
    cli.expect(
        0,
        "--now",
        "2026-12-01 11:00",
        "-q",
        "import",
        "orders",
        TestFiles.write(dir, "ExportOrderList202612011000.csv", closed).toString());
    assertEquals(
        "5500000000000000002|cancelled|null|" + DEPOSIT + "|5000|null|0|5000|5000\n",
        q(
            cli,
            "SELECT order_id, status, paid_at, deposited_at, amount, discount, shipping_fee, total,"
                + " refunded FROM orders"));
    assertEquals(
        MONTHS_HEAD + "2026-10,,,0,0,0.00,0.00,,,,,,,\n" + "2026-11,,,0,0,0.00,0.00,,,,,,,\n",
        months(cli, "2026-11-30 10:00"));
    assertTrue(
        cli.expect(0, "customers", "list", "-f", "csv")
            .out()
            .contains("\ng_b,赵,137****0000,,浙江,杭州,华东,,,0,0.00,,\n"));
    String check = cli.expect(0, "check", "--format", "csv").out();
    assertTrue(check.contains("customer figures,ok\n"), check);
    assertTrue(check.contains("refunds above total,ok\n"), check);
  }

  /**
   * A deposit-only presale closed with its 定金 refunded never counted in sales: its refund takes
   * nothing off net sales (tryout22a A8: October sales 0.00, net sales -50.00).
   */
  @Test
  void aRefundedDepositTakesNothingOffNetSales() throws Exception {
    CliRunner cli = newStore();
    String closed =
        HEAD
            + row("5600000000000000002", "g_c", "0.00", "交易关闭", DEPOSIT_ONLY, "")
                .replace(",0.00\n", ",50.00\n");
    cli.expect(
        0,
        "--now",
        "2026-12-01 11:00",
        "-q",
        "import",
        "orders",
        TestFiles.write(dir, "ExportOrderList202612011000.csv", closed).toString());
    assertEquals(
        "5600000000000000002|cancelled|null|5000\n",
        q(cli, "SELECT order_id, status, paid_at, refunded FROM orders"));
    assertEquals(MONTHS_HEAD + "2026-10,,,0,0,0.00,0.00,,,,,,,\n", months(cli, "2026-10-31 10:00"));
    assertTrue(cli.expect(0, "check", "--format", "csv").out().contains("customer figures,ok\n"));
  }

  /**
   * tryout23a A3: the parcel whose outbound capped a staged presale's paid time (SF101, 11-02
   * 11:00) removed as a wrong number, a second parcel (SF201, 11-03 09:00) left: the paid time is
   * made again with the shipment, min(the export's 12-01 10:00, the first outbound left) = 11-03
   * 09:00 (it stayed at 11-02 11:00 before); a restore gives 11-02 11:00 back. The shipments file
   * that added SF201 to a known order counts it updated (it said "0 updated, 1 unchanged").
   */
  @Test
  void removingTheParcelThatCappedThePaidTimeMakesItAgain() throws Exception {
    CliRunner cli = newStore();
    cli.expect(
        0,
        "--now",
        "2026-12-01 11:00",
        "-q",
        "import",
        "orders",
        TestFiles.write(dir, "ExportOrderList202612011000.csv", DEC01).toString());
    cli.expect(
        0,
        "--now",
        "2026-12-01 12:00",
        "-q",
        "import",
        "shipments",
        TestFiles.write(dir, "ship.csv", SHIP).toString());
    CliRunner.Result second =
        cli.expect(
            0,
            "--now",
            "2026-12-02 10:00",
            "import",
            "shipments",
            TestFiles.write(
                    dir,
                    "ship2.csv",
                    "order_id,shipped_at,carrier,tracking_no\n"
                        + "5300000000000000002,2026-11-03 09:00:00,SF,SF201\n")
                .toString());
    assertTrue(
        second.err().contains("1 row, 1 shipment (0 new, 1 updated, 0 unchanged); "), second.err());
    String paid = "SELECT paid_at FROM orders WHERE order_id = '5300000000000000002'";
    assertEquals((SHIPPED_NOV02 + 3600) + "\n", q(cli, paid));

    cli.expect(
        0,
        "--now",
        "2026-12-02 10:05",
        "-q",
        "shipments",
        "remove-parcel",
        "5300000000000000002",
        "SF101",
        "--reason",
        "错单号");
    // before the fix: 1793588400 (11-02 11:00, the removed parcel's)
    long nov03 = SHIPPED_NOV02 + 23 * 3600;
    assertEquals(nov03 + "\n", q(cli, paid));
    String customers =
        cli.expect(0, "--now", "2026-12-02 10:10", "customers", "list", "-f", "csv").out();
    assertTrue(
        customers.contains("hist_b,赵,137****0000,,浙江,杭州,华东,,,1,299.00,2026-11-03 09:00:00,\n"),
        customers);
    cli.expect(0, "--now", "2026-12-02 10:10", "-q", "check");

    cli.expect(
        0,
        "--now",
        "2026-12-02 10:20",
        "-q",
        "shipments",
        "restore-parcel",
        "5300000000000000002",
        "SF101");
    assertEquals((SHIPPED_NOV02 + 3600) + "\n", q(cli, paid));
    cli.expect(0, "--now", "2026-12-02 10:30", "-q", "check");
  }
}
