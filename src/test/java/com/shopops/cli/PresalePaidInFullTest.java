package com.shopops.cli;

import static com.shopops.cli.TmallPresaleFixture.DEPOSIT;
import static com.shopops.cli.TmallPresaleFixture.HEAD;
import static com.shopops.cli.TmallPresaleFixture.MONTHS_HEAD;
import static com.shopops.cli.TmallPresaleFixture.months;
import static com.shopops.cli.TmallPresaleFixture.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Tmall 预售 paid in stages counts in 支付金额, orders and buyers on the day it is paid in full
 * (DOMAIN.md 1.4, tryout21 Z2), not on the deposit's day: the tryout's files gave October 349.00
 * (50.00 of a deposit still owed its balance + 299.00 back-dated to the deposit's time) and
 * November 0.00. The export states no balance time: the order counts at the export's time (its
 * download name), kept when a later export sees it again.
 */
class PresalePaidInFullTest {
  @TempDir Path dir;

  /** The tryout's t6 file: the deposit paid, the balance not. */
  static final String OCT25 = TmallPresaleFixture.OCT25_FILE;

  /** The tryout's t6b file: the first paid in full, a second still deposit-only. */
  static final String NOV11 = TmallPresaleFixture.NOV11_FILE;

  private static String customers(CliRunner cli, String now) {
    return cli.expect(0, "--now", now, "customers", "list", "-f", "csv").out();
  }

  /** A new store in Asia/Shanghai (PostgreSQL: {@link PgPresalePaidInFullTest}). */
  CliRunner newStore() throws Exception {
    return TmallPresaleFixture.newStore(dir);
  }

  /** Rows of a query on the store, '|' between values. */
  String q(CliRunner cli, String query) throws Exception {
    return cli.sql(query);
  }

  private CliRunner store() throws Exception {
    CliRunner cli = newStore();
    CliRunner.Result oct =
        cli.expect(
            0,
            "--now",
            "2026-10-25 10:00",
            "import",
            "orders",
            TestFiles.write(dir, "ExportOrderList202610251000.csv", OCT25).toString());
    assertTrue(
        oct.err()
            .contains(
                "ExportOrderList202610251000.csv: 1 presale (预售) has only the deposit (定金) paid:"
                    + " not counted as paid (sales, orders, buyers) until the balance (尾款) is"
                    + " paid\n"),
        oct.err());
    return cli;
  }

  @Test
  void aDepositIsNoSaleAndThePresaleCountsTheDayItIsPaidInFull() throws Exception {
    CliRunner cli = store();
    assertEquals(MONTHS_HEAD + "2026-10,,,0,0,0.00,0.00,,,,,,,\n", months(cli, "2026-10-26 10:00"));

    CliRunner.Result nov =
        cli.expect(
            0,
            "--now",
            "2026-11-11 10:00",
            "import",
            "orders",
            TestFiles.write(dir, "ExportOrderList202611111000.csv", NOV11).toString());
    assertTrue(
        nov.err()
            .contains(
                "ExportOrderList202611111000.csv: 1 presale (预售) paid in stages counted as paid on"
                    + " the day the balance (尾款) was first seen paid: 2026-11-11 10:00 (this"
                    + " file's export time) unless an earlier import saw it; the export gives no"
                    + " balance time\n"),
        nov.err());
    assertEquals(
        "5200000000000000001|paid|"
            + PAID_NOV11
            + "|"
            + DEPOSIT
            + "|29900\n"
            + "5200000000000000002|pending|null|"
            + DEPOSIT
            + "|5000\n",
        stored(cli));
    String months =
        MONTHS_HEAD
            + "2026-10,,,0,0,0.00,0.00,,,,,,,\n"
            + "2026-11,,,1,1,299.00,299.00,,,299.00,299.00,0.0000,,\n";
    assertEquals(months, months(cli, "2026-11-13 10:00"));
    String days =
        cli.expect(
                0,
                "--now",
                "2026-11-13 10:00",
                "metrics",
                "--by",
                "day",
                "--from",
                "2026-10-24",
                "--to",
                "2026-11-11",
                "-f",
                "csv")
            .out();
    assertTrue(days.contains("\n2026-10-24,,,0,0,0.00,0.00,"), days);
    assertTrue(days.contains("\n2026-11-11,,,1,1,299.00,299.00,"), days);
    String customers =
        "customer_id,name,phone,email,province,city,region,registered_at,accepts_marketing,orders,"
            + "spent,last_order_at,other_currencies\n"
            + "presale_fan,赵,137****0000,,浙江,杭州,华东,,,1,299.00,2026-11-11 10:00:00,\n"
            + "presale_two,赵,137****0000,,浙江,杭州,华东,,,0,0.00,,\n";
    assertEquals(customers, customers(cli, "2026-11-13 10:00"));

    // a later export of the same order (shipped now) does not move the day it was paid in full
    cli.expect(
        0,
        "--now",
        "2026-11-13 10:00",
        "-q",
        "import",
        "orders",
        TestFiles.write(
                dir,
                "ExportOrderList202611131000.csv",
                NOV11.replace("买家已付款，等待卖家发货", "卖家已发货，等待买家确认"))
            .toString());
    assertEquals(
        "5200000000000000001|shipped|"
            + PAID_NOV11
            + "|"
            + DEPOSIT
            + "|29900\n"
            + "5200000000000000002|pending|null|"
            + DEPOSIT
            + "|5000\n",
        stored(cli));
    assertEquals(months, months(cli, "2026-11-13 10:00"));

    // the kept figures are the raw rows', and a rebuild changes none
    assertTrue(cli.expect(0, "check", "--format", "csv").out().contains("customer figures,ok\n"));
    cli.expect(0, "check", "--rebuild");
    assertEquals(customers, customers(cli, "2026-11-13 10:00"));
    assertEquals(months, months(cli, "2026-11-13 10:00"));
  }

  /** Without an export time (no download name, no --exported-at): the import's own time. */
  /**
   * An open presale with only its deposit (定金) paid carries its deposit, as a closed one does
   * (tryout22a A8): stored goods 299.00 beside total 50.00 broke total = amount − discount +
   * shipping; now amount 50.00 / total 50.00, no sale, and the export with the balance paid stores
   * its whole money (299.00 / 299.00).
   */
  @Test
  void anOpenDepositOnlyPresaleCarriesItsDepositUntilPaidInFull() throws Exception {
    CliRunner cli = store();
    String money =
        "SELECT order_id, status, amount, discount, shipping_fee, total, refunded FROM orders"
            + " ORDER BY order_id";
    String identity =
        "SELECT count(*) FROM orders"
            + " WHERE total <> amount - COALESCE(discount, 0) + COALESCE(shipping_fee, 0)";
    assertEquals("5200000000000000001|pending|5000|null|0|5000|0\n", q(cli, money));
    assertEquals("0\n", q(cli, identity));
    assertEquals(MONTHS_HEAD + "2026-10,,,0,0,0.00,0.00,,,,,,,\n", months(cli, "2026-10-26 10:00"));
    cli.expect(
        0,
        "--now",
        "2026-11-11 10:00",
        "-q",
        "import",
        "orders",
        TestFiles.write(dir, "ExportOrderList202611111000.csv", NOV11).toString());
    assertEquals(
        "5200000000000000001|paid|29900|null|0|29900|0\n"
            + "5200000000000000002|pending|5000|null|0|5000|0\n",
        q(cli, money));
    assertEquals("0\n", q(cli, identity));
    assertEquals(
        MONTHS_HEAD
            + "2026-10,,,0,0,0.00,0.00,,,,,,,\n"
            + "2026-11,,,1,1,299.00,299.00,,,299.00,299.00,0.0000,,\n",
        months(cli, "2026-11-13 10:00"));
  }

  @Test
  void withoutAnExportTimeTheImportsTimeIsUsed() throws Exception {
    CliRunner cli = store();
    CliRunner.Result nov =
        cli.expect(
            0,
            "--now",
            "2026-11-12 09:30",
            "import",
            "orders",
            "--preset",
            "taobao-orders",
            TestFiles.write(dir, "orders_nov.csv", NOV11).toString());
    assertTrue(
        nov.err().contains("first seen paid: 2026-11-12 09:30 (this import's time)"), nov.err());
    assertTrue(stored(cli).startsWith("5200000000000000001|paid|" + PAID_NOV12 + "|"));
  }

  /**
   * A store of schema 40 held a deposit-only presale paid (its deposit's time as paid_at): V042
   * moves that time to the deposit's column, and its buyer's figures follow.
   */
  @Test
  void anOlderStoresDepositOnlyPresaleIsNoSaleAfterTheUpgrade() throws Exception {
    CliRunner cli = store();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + cli.db());
        Statement st = c.createStatement()) {
      st.execute("UPDATE orders SET paid_at = deposited_at");
      OldStore.asOfVersion(c, 40);
    }
    assertEquals(MONTHS_HEAD + "2026-10,,,0,0,0.00,0.00,,,,,,,\n", months(cli, "2026-10-26 10:00"));
    assertEquals("5200000000000000001|pending|null|" + DEPOSIT + "|5000\n", stored(cli));
    assertTrue(
        customers(cli, "2026-10-26 10:00")
            .contains("\npresale_fan,赵,137****0000,,浙江,杭州,华东,,,0,0.00,,\n"));
    assertTrue(cli.expect(0, "check", "--format", "csv").out().contains("customer figures,ok\n"));
  }

  // epoch seconds: 2026-11-11 10:00 and 2026-11-12 09:30 in Asia/Shanghai
  static final long PAID_NOV11 = TmallPresaleFixture.NOV11;
  static final long PAID_NOV12 = PAID_NOV11 + 23 * 3600 + 1800;

  /**
   * Import notes count only the staged presales whose stored state they describe (tryout22a A4): a
   * later export of an order already counted paid (its time kept) is not "counted as paid at
   * 2026-11-20", an older export's deposit-only row (the store keeps it paid) is not "only the
   * deposit paid".
   */
  @Test
  void notesCountOnlyTheOrdersTheyDescribe() throws Exception {
    CliRunner cli = newStore(); // PostgreSQL too (PgPresalePaidInFullTest)
    cli.expect(
        0,
        "--now",
        "2026-10-25 11:00",
        "-q",
        "import",
        "orders",
        TestFiles.write(dir, "ExportOrderList202610251000.csv", OCT25).toString());
    cli.expect(
        0,
        "--now",
        "2026-11-11 11:00",
        "-q",
        "import",
        "orders",
        TestFiles.write(dir, "ExportOrderList202611111000.csv", NOV11).toString());
    String paid = q(cli, "SELECT paid_at FROM orders WHERE order_id = '5200000000000000001'");
    Path later = dir.resolve("later");
    java.nio.file.Files.createDirectories(later);
    CliRunner.Result r =
        cli.expect(
            0,
            "--now",
            "2026-11-20 11:00",
            "import",
            "orders",
            TestFiles.write(
                    later,
                    "ExportOrderList202611201000.csv",
                    HEAD
                        + row(
                            "5200000000000000001", "presale_fan", "299.00", "卖家已发货，等待买家确认", "已付款"))
                .toString());
    assertTrue(r.err().contains("1 row, 1 order (0 new, 1 updated, 0 unchanged)"), r.err());
    assertTrue(!r.err().contains("presale (预售)"), r.err());
    assertEquals(paid, q(cli, "SELECT paid_at FROM orders WHERE order_id = '5200000000000000001'"));
    Path old = dir.resolve("old");
    java.nio.file.Files.createDirectories(old);
    r =
        cli.expect(
            0,
            "--now",
            "2026-11-21 11:00",
            "import",
            "orders",
            TestFiles.write(old, "ExportOrderList202610251000.csv", OCT25).toString());
    assertTrue(r.err().contains("1 row, 1 order (0 new, 0 updated, 1 unchanged)"), r.err());
    assertTrue(!r.err().contains("presale (预售)"), r.err());
    assertEquals(paid, q(cli, "SELECT paid_at FROM orders WHERE order_id = '5200000000000000001'"));
  }

  private String stored(CliRunner cli) throws Exception {
    return q(
        cli, "SELECT order_id, status, paid_at, deposited_at, total FROM orders ORDER BY order_id");
  }
}
