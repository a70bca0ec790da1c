package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 订单报表 exported 11-15 10:00 states 退款金额 50.00 of an order paid 11-11 for 300.00. A 价保 of 10.00
 * refunded by hand at 11-15 12:00, after the export was made, is a further refund the export cannot
 * contain: 11-11 (a closed day) keeps net 250.00, 11-15 carries −10.00, the buyer spent 240.00 —
 * and importing the same export again moves nothing (tryout22b B1: 11-11 rose to 260.00 and the 价保
 * never left net sales). A hand refund paid before the export was made may be in its 退款金额 and is
 * counted once, as before.
 */
class HandRefundAfterExportTest {
  @TempDir Path dir;

  static final String NOW = "2026-11-15 12:00";
  static final String ID = "5100000000000000001";

  private Path list() {
    return list("202611151000");
  }

  /** The 订单报表 exported at {@code stamp} (yyyyMMddHHmm), stating 退款金额 50.00. */
  private Path list(String stamp) {
    String row =
        TmallOrderDiscountTest.listRow(
            ID, "b1_buyer", "300.00", "2026-11-11 00:01:00", "2026-11-11 00:01:20");
    return TestFiles.write(
        dir,
        "ExportOrderList" + stamp + ".csv",
        (TmallOrderDiscountTest.LIST_HEADER + row.substring(0, row.length() - 5) + "50.00\n")
            .getBytes(TmallOrderDiscountTest.GBK));
  }

  private Path items() {
    return TestFiles.write(
        dir,
        "ExportOrderDetailList202611151000.csv",
        (TmallOrderDiscountTest.ITEMS_HEADER
                + ID
                + ",烟酰胺精华液 30ml,300.00,1,SER-NIA-30,,,,交易成功,SER-NIA-30\n")
            .getBytes(TmallOrderDiscountTest.GBK));
  }

  /** A new store (SQLite here; PostgreSQL in {@link PgHandRefundAfterExportTest}). */
  CliRunner newStore() {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    return cli;
  }

  private CliRunner store() {
    CliRunner cli = newStore();
    cli.expect(0, "--now", NOW, "-q", "import", "orders", list().toString(), items().toString());
    return cli;
  }

  /** A 价保 of 10.00 refunded by hand, its steps at {@code at}. */
  private static void priceProtection(CliRunner cli, String at) {
    cli.expect(
        0,
        "--now",
        NOW,
        "-q",
        "returns",
        "add",
        ID,
        "--sku",
        "SER-NIA-30",
        "--refund-only",
        "--refund",
        "10",
        "--reason",
        "价保",
        "--at",
        at);
    String rt = "RT" + at.substring(0, 10).replace("-", "") + "001";
    cli.expect(0, "--now", NOW, "-q", "returns", "update", rt, "--status", "approved", "--at", at);
    cli.expect(0, "--now", NOW, "-q", "returns", "update", rt, "--status", "refunded", "--at", at);
  }

  /** net_sales of 11-11 … 11-15, one line per day. */
  private static String netByDay(CliRunner cli) {
    String[] rows =
        cli.expect(
                0,
                "--now",
                NOW,
                "metrics",
                "--by",
                "day",
                "--from",
                "2026-11-11",
                "--to",
                "2026-11-15",
                "--format",
                "csv")
            .out()
            .split("\n");
    int col = java.util.Arrays.asList(rows[0].split(",")).indexOf("net_sales");
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i < rows.length; i++) {
      String[] cells = rows[i].split(",", -1);
      sb.append(cells[0]).append(' ').append(cells[col]).append('\n');
    }
    return sb.toString();
  }

  private static String spent(CliRunner cli) {
    String out = cli.expect(0, "--now", NOW, "customers", "list", "--format", "csv").out();
    String[] rows = out.split("\n");
    int col = java.util.Arrays.asList(rows[0].split(",")).indexOf("spent");
    return rows[1].split(",", -1)[col];
  }

  @Test
  void aPriceProtectionPaidAfterTheExportIsAFurtherRefundAndTheClosedDayStays() {
    CliRunner cli = store();
    String before =
        "2026-11-11 250.00\n2026-11-12 0.00\n2026-11-13 0.00\n2026-11-14 0.00\n2026-11-15 0.00\n";
    assertEquals(before, netByDay(cli));
    priceProtection(cli, "2026-11-15 12:00");
    String after =
        "2026-11-11 250.00\n2026-11-12 0.00\n2026-11-13 0.00\n2026-11-14 0.00\n2026-11-15 -10.00\n";
    assertEquals(after, netByDay(cli));
    assertEquals("240.00", spent(cli));
    // the same export again: nothing moves
    cli.expect(0, "--now", NOW, "-q", "import", "orders", list().toString());
    assertEquals(after, netByDay(cli));
    assertEquals("240.00", spent(cli));
    CliRunner.Result check = cli.expect(0, "--now", NOW, "check", "--rebuild");
    assertTrue(check.out().contains("customer figures,ok"), check.out());
  }

  /**
   * A newer export (11-16 10:00) repeating the same 退款金额 50.00 after the 价保 of 11-15 12:00 cannot
   * newly contain it: the figure was first stated by the export of 11-15 10:00, before the 价保
   * (refunds23b: 11-11 rose to 260.00 again and the buyer's spent to 250.00).
   */
  @Test
  void aNewerExportRepeatingTheSameStatedRefundDoesNotTakeInALaterHandRefund() {
    CliRunner cli = store();
    priceProtection(cli, "2026-11-15 12:00");
    cli.expect(
        0, "--now", "2026-11-16 10:30", "-q", "import", "orders", list("202611161000").toString());
    String after =
        "2026-11-11 250.00\n2026-11-12 0.00\n2026-11-13 0.00\n2026-11-14 0.00\n2026-11-15 -10.00\n";
    assertEquals(after, netByDay(cli));
    assertEquals("240.00", spent(cli));
    CliRunner.Result check = cli.expect(0, "--now", NOW, "check", "--rebuild");
    assertTrue(check.out().contains("customer figures,ok"), check.out());
    assertEquals(after, netByDay(cli));
    assertEquals("240.00", spent(cli));
    // orders show says the figure net sales uses: 50.00 stated + 10.00 by hand after (was 50.00)
    CliRunner.Result show = cli.expect(0, "--now", NOW, "orders", "show", ID, "--format", "csv");
    assertTrue(show.out().contains(",300.00,60.00,"), show.out());
    // the refunds block: each figure on its row (tryout24b A8)
    assertTrue(show.out().contains("\ntotal-refunded,,,60.00\nstill-refundable,,,240.00\n"), show.out());
    assertTrue(show.out().contains("\norder-export,,"), show.out());
    CliRunner.Result zh =
        cli.expect(0, "--now", NOW, "--lang", "zh", "orders", "show", ID, "--format", "table");
    assertTrue(zh.out().contains("共已退款"), zh.out());
    assertTrue(zh.out().contains("还可退"), zh.out());
  }

  @Test
  void aHandRefundPaidBeforeTheExportMayBeInItsStatedRefundAndCountsOnce() {
    CliRunner cli = store();
    priceProtection(cli, "2026-11-14 09:00");
    // the export's 50.00 holds the 10.00 paid 11-14: 40.00 more on the payment day, 10.00 on 11-14
    assertEquals(
        "2026-11-11 260.00\n2026-11-12 0.00\n2026-11-13 0.00\n2026-11-14 -10.00\n2026-11-15 0.00\n",
        netByDay(cli));
    assertEquals("250.00", spent(cli));
    // the 10.00 may be in the 50.00: refunded 50.00, not 60.00
    CliRunner.Result show = cli.expect(0, "--now", NOW, "orders", "show", ID, "--format", "csv");
    assertTrue(show.out().contains(",300.00,50.00,"), show.out());
  }
}
