package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tryout26b B1, B2, B4: a figure of data never imported is empty and said so, the terminal table
 * leaves out columns empty in every period before important ones, and an empty period names the
 * days the store's orders were paid on. Orders of {@link MetricsCliTest#ORDERS}: 8 paid, from
 * 2026-10-20 to 2027-01-01, no returns.
 */
class MetricsSaysWhatItShowsTest {
  @TempDir Path dir;
  CliRunner cli;

  @BeforeEach
  void setUp() throws IOException {
    cli = store();
    Path orders = dir.resolve("orders.csv");
    Files.writeString(orders, MetricsCliTest.ORDERS, StandardCharsets.UTF_8);
    cli.expect(0, "import", "orders", orders.toString());
  }

  /** A new store, `init --tz Asia/Shanghai`, and the CLI on it; its PostgreSQL twin overrides. */
  CliRunner store() {
    CliRunner c = new CliRunner(dir);
    c.expect(0, "init", "--tz", "Asia/Shanghai");
    return c;
  }

  @Test
  void returnRateIsEmptyWithANoteWhenNoReturnIsHeld() {
    CliRunner.Result r =
        cli.expect(
            0,
            "--now",
            "2026-11-10 12:00",
            "metrics",
            "--from",
            "2026-11-03",
            "--to",
            "2026-11-03",
            "--format",
            "csv");
    assertEquals(
        MetricsCliTest.HEADER + "\n2026-11-03,,,2,2,90.00,90.00,,,45.00,45.00,0.5000,,0.5000\n",
        r.out().replace("\r", ""));
    assertTrue(
        r.err()
            .contains(
                "note: return_rate: not computed: no returns imported (`shopops import returns"
                    + " FILE`: a refund or 售后 export)\n"),
        r.err());
    // csv has every column, so every note (tryout27b B8)
    assertTrue(
        r.err()
            .contains(
                "note: on_time_ship_rate: shipped by the ship-by deadline of `sla report` (24h"
                    + " after payment) / shipped with a known time, by day of payment (as `sla"
                    + " report`)\n"),
        r.err());
    CliRunner.Result zh =
        cli.expect(0, "--lang", "zh", "--now", "2026-11-10 12:00", "metrics", "--format", "csv");
    assertTrue(zh.err().contains("退货率：未计算：没有导入退货（`shopops import returns 文件`：退款或售后导出）"), zh.err());
  }

  @Test
  void anEmptyPeriodNamesTheDaysTheStoresOrdersWerePaidOn() throws IOException {
    CliRunner.Result r = cli.expect(0, "--now", "2027-03-01 12:00", "metrics", "--format", "csv");
    assertTrue(
        r.err()
            .contains(
                "note: no orders paid in 2027-01-31..2027-03-01; the store's 8 paid orders run"
                    + " from 2026-10-20 to 2027-01-01: give their period with --from/--to, e.g."
                    + " --from 2026-12-03 --to 2027-01-01\n"),
        r.err());
    Path html = dir.resolve("r.html");
    cli.expect(0, "--now", "2027-03-01 12:00", "report", "--html", html.toString());
    String page = Files.readString(html);
    assertTrue(
        page.contains(
            "<p><b>no orders paid in 2027-01-30..2027-02-28; the store&#39;s 8 paid orders run"
                + " from 2026-10-20 to 2027-01-01: give their period with --from/--to, e.g."
                + " --from 2026-12-03 --to 2027-01-01</b></p>"),
        page);
    assertFalse(page.contains("No data yet"));
    Path zh = dir.resolve("zh.html");
    cli.expect(0, "--lang", "zh", "--now", "2027-03-01 12:00", "report", "--html", zh.toString());
    assertTrue(
        Files.readString(zh)
            .contains(
                "2027-01-30..2027-02-28 没有已付款订单；本店的 8 个已付款订单付款于 2026-10-20 至 2027-01-01：用"
                    + " --from/--to 给出这些订单的期间，例如 --from 2026-12-03 --to 2027-01-01"));
  }

  @Test
  void aTerminalOf80ColumnsLeavesOutEmptyColumnsBeforeOrdersAndAov() {
    CliRunner.Result r =
        cli.terminal(true)
            .width(80)
            .expect(
                0,
                "--now",
                "2026-11-10 12:00",
                "metrics",
                "--from",
                "2026-11-03",
                "--to",
                "2026-11-04");
    String first = r.out().replace("\r", "").lines().findFirst().orElseThrow();
    assertEquals("period      orders  buyers  sales  sales_per_buyer    aov", first.strip());
    assertTrue(
        r.err()
            .contains(
                "note: pv, uv, conversion_rate, return_rate: not in this table, empty in every"
                    + " period; --wide, or --columns, shows them\n"),
        r.err());
    CliRunner.Result zh =
        cli.terminal(true)
            .width(80)
            .expect(
                0,
                "--lang",
                "zh",
                "--now",
                "2026-11-10 12:00",
                "metrics",
                "--from",
                "2026-11-03",
                "--to",
                "2026-11-04");
    assertTrue(
        zh.err().contains("浏览量、访客数、转化率、退货率：每个期间都为空，不在此表格中；用 --wide 或 --columns 查看\n"), zh.err());
    // tryout27b B8: no note on on_time_ship_rate, a column this table does not show
    assertFalse(r.err().contains("on_time_ship_rate"), r.err());
    assertFalse(zh.err().contains("按时发货率"), zh.err());
    // the reason pv, uv and return_rate are empty stays: the note names them
    assertTrue(r.err().contains("note: return_rate: not computed: no returns imported"), r.err());
  }

  /** tryout28b B8: the currency note names the money columns --columns shows, and only those. */
  @Test
  void theCurrencyNoteNamesOnlyTheMoneyColumnsShown() {
    String[] run = {
      "--now",
      "2026-11-10 12:00",
      "metrics",
      "--from",
      "2026-11-03",
      "--to",
      "2026-11-04",
      "--columns",
      "period,sales,net_sales,return_rate"
    };
    String en = cli.expect(0, run).err();
    assertTrue(en.contains("note: sales and net_sales are in CNY\n"), en);
    assertFalse(en.contains("aov"), en);
    String[] zhRun = new String[run.length + 2];
    zhRun[0] = "--lang";
    zhRun[1] = "zh";
    System.arraycopy(run, 0, zhRun, 2, run.length);
    String zh = cli.expect(0, zhRun).err();
    assertTrue(zh.contains("注：销售额和净销售额的单位为 CNY\n"), zh);
    assertFalse(zh.contains("笔单价"), zh);
    String[] one = run.clone();
    one[run.length - 1] = "period,aov";
    assertTrue(cli.expect(0, one).err().contains("note: aov is in CNY\n"));
    one[run.length - 1] = "period,orders";
    assertFalse(cli.expect(0, one).err().contains(" in CNY"));
  }

  @Test
  void oneEmptyColumnLeftOutIsNamedInTheSingular() throws IOException {
    Path traffic = dir.resolve("traffic.csv");
    Files.writeString(
        traffic, "日期,浏览量,访客数,渠道\n2026-11-03,20,10,\n2026-11-04,10,5,\n", StandardCharsets.UTF_8);
    cli.expect(0, "import", "traffic", traffic.toString());
    CliRunner.Result r =
        cli.terminal(true)
            .width(200)
            .expect(
                0,
                "--now",
                "2026-11-10 12:00",
                "metrics",
                "--from",
                "2026-11-03",
                "--to",
                "2026-11-04");
    assertTrue(
        r.err()
            .contains(
                "note: return_rate: not in this table, empty in every period; --wide, or"
                    + " --columns, shows it\n"),
        r.err());
    assertFalse(r.out().contains("return_rate"), r.out());
  }

  /**
   * Tryout27b B6: returns held, but no order of the range has a delivery time (a Shopify export
   * gives Fulfilled at, never a delivery): return_rate is empty in every period, and a note says
   * why and what to import.
   */
  @Test
  void returnRateWithReturnsButNoDeliveryTimeSaysWhy() throws IOException {
    Path returns = dir.resolve("returns.csv");
    Files.writeString(
        returns,
        "return_id,order_id,quantity,requested_at,reason\nR1,O2,1,2026-11-04 10:00:00,quality\n",
        StandardCharsets.UTF_8);
    cli.expect(0, "import", "returns", returns.toString());
    CliRunner.Result r =
        cli.expect(
            0,
            "--now",
            "2026-11-10 12:00",
            "metrics",
            "--from",
            "2026-11-03",
            "--to",
            "2026-11-04",
            "--format",
            "csv");
    assertEquals(
        MetricsCliTest.HEADER
            + "\n2026-11-03,,,2,2,90.00,90.00,,,45.00,45.00,0.5000,,0.5000"
            + "\n2026-11-04,,,0,0,0.00,0.00,,,,,,,\n",
        r.out().replace("\r", ""));
    assertTrue(
        r.err()
            .contains(
                "note: return_rate: not computed: no deliveries with a delivery time in these"
                    + " periods (Shopify order exports give no delivery time; import shipments"
                    + " with delivery times: `shopops import shipments FILE`)\n"),
        r.err());
    assertFalse(r.err().contains("no returns imported"), r.err());
    CliRunner.Result zh =
        cli.expect(
            0,
            "--lang",
            "zh",
            "--now",
            "2026-11-10 12:00",
            "metrics",
            "--from",
            "2026-11-03",
            "--to",
            "2026-11-04",
            "--format",
            "csv");
    assertTrue(
        zh.err()
            .contains(
                "注：退货率：未计算：这些期间没有带签收时间的发货（Shopify 订单导出不含签收时间；请导入带签收时间的发货记录：`shopops"
                    + " import shipments 文件`）\n"),
        zh.err());
  }

  /**
   * Tryout27b B6 in `returns report`: returns held, no unit delivered with a delivery time in the
   * range: the (all) row's return_rate is empty and the note metrics gives says why (en, zh); the
   * HTML report, which carries metrics' notes and the returns report's, says it once.
   */
  @Test
  void returnsReportWithReturnsButNoDeliveryTimeSaysWhy() throws IOException {
    Path returns = dir.resolve("returns.csv");
    Files.writeString(
        returns,
        "return_id,order_id,quantity,requested_at,reason\nR1,O2,1,2026-11-04 10:00:00,quality\n",
        StandardCharsets.UTF_8);
    String note =
        "note: return_rate: not computed: no deliveries with a delivery time in these periods"
            + " (Shopify order exports give no delivery time; import shipments with delivery"
            + " times: `shopops import shipments FILE`)\n";
    String[] report = {
      "--now", "2026-11-10 12:00", "returns", "report", "--from", "2026-11-03", "--to", "2026-11-04"
    };
    // no return held: no such note (nothing to rate)
    assertFalse(cli.expect(0, report).err().contains("no deliveries"));
    cli.expect(0, "import", "returns", returns.toString());
    CliRunner.Result r = cli.expect(0, report);
    assertTrue(r.out().replace("\r", "").endsWith("(all),1,0,1,0,,0,0.00,,0\n"), r.out());
    assertTrue(
        r.err()
            .startsWith(
                "note: return_rate = returned units / delivered units of the same SKU, 2026-11-03"
                    + " to 2026-11-04 (returns by request time, deliveries by delivery time;"
                    + " rejected and withdrawn returns are not returned units)\n"
                    + note),
        r.err());
    CliRunner.Result zh =
        cli.expect(
            0,
            "--lang",
            "zh",
            "--now",
            "2026-11-10 12:00",
            "returns",
            "report",
            "--from",
            "2026-11-03",
            "--to",
            "2026-11-04");
    assertTrue(
        zh.err()
            .contains(
                "注：退货率：未计算：这些期间没有带签收时间的发货（Shopify 订单导出不含签收时间；请导入带签收时间的发货记录：`shopops"
                    + " import shipments 文件`）\n"),
        zh.err());
    Path html = dir.resolve("r.html");
    cli.expect(
        0,
        "--now",
        "2026-11-10 12:00",
        "report",
        "--from",
        "2026-11-03",
        "--to",
        "2026-11-04",
        "--html",
        html.toString());
    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertEquals(
        1, page.split("no deliveries with a delivery time in these periods", -1).length - 1, page);
  }

  /**
   * Tryout27b B6: the note of `returns report` on the refunds order exports state names its money
   * as every table does, thousands grouped (10,415.90, never 10415.90), in en and zh.
   */
  @Test
  void returnsReportNamesStatedRefundsWithThousandsGrouped() throws IOException {
    Path big = dir.resolve("big.csv");
    Files.writeString(
        big,
        "order_id,customer_id,created_at,paid_at,amount,shipping_fee,refunded\n"
            + "B1,C9,2026-11-05 10:00:00,2026-11-05 10:01:00,12000.00,0,10415.90\n",
        StandardCharsets.UTF_8);
    cli.expect(0, "import", "orders", big.toString());
    CliRunner.Result r =
        cli.expect(
            0,
            "--now",
            "2026-11-10 12:00",
            "returns",
            "report",
            "--from",
            "2026-11-01",
            "--to",
            "2026-11-09");
    assertTrue(
        r.err()
            .contains(
                "note: refund_total counts the refunds of returns only: net_sales (metrics,"
                    + " report) also takes off 10,415.90 of refunds that order exports state"
                    + " (退款金额, Refunded Amount) or that orders closed after payment gave back,"
                    + " beyond their returns, 2026-11-01 to 2026-11-09\n"),
        r.err());
    CliRunner.Result zh =
        cli.expect(
            0,
            "--lang",
            "zh",
            "--now",
            "2026-11-10 12:00",
            "returns",
            "report",
            "--from",
            "2026-11-01",
            "--to",
            "2026-11-09");
    assertTrue(zh.err().contains("超出其退货的退款 10,415.90（2026-11-01 至 2026-11-09）"), zh.err());
  }
}
