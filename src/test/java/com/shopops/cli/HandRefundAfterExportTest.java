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

  static final String NOW = RefundFixture.NOW;
  static final String ID = RefundFixture.ID;

  /** A new store (SQLite here; PostgreSQL in {@link PgHandRefundAfterExportTest}). */
  CliRunner newStore() {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    return cli;
  }

  private CliRunner store() {
    CliRunner cli = newStore();
    RefundFixture.importTmallOrder(cli, dir);
    return cli;
  }

  /** A 价保 of 10.00 refunded by hand, its steps at {@code at}. */
  private static void priceProtection(CliRunner cli, String at) {
    String rt = "RT" + at.substring(0, 10).replace("-", "") + "001";
    RefundFixture.handRefund(cli, NOW, ID, "SER-NIA-30", "10", "价保", rt, at);
  }

  /** net_sales of 11-11 … 11-15, one line per day. */
  private static String netByDay(CliRunner cli) {
    return RefundFixture.netByDay(cli, NOW, "2026-11-11", "2026-11-15");
  }

  private static String spent(CliRunner cli) {
    return RefundFixture.spent(cli, NOW);
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
    cli.expect(
        0,
        "--now",
        NOW,
        "-q",
        "import",
        "orders",
        RefundFixture.tmallList(dir, "202611151000").toString());
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
        0,
        "--now",
        "2026-11-16 10:30",
        "-q",
        "import",
        "orders",
        RefundFixture.tmallList(dir, "202611161000").toString());
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
    assertTrue(
        show.out().contains("\ntotal-refunded,,,60.00\nstill-refundable,,,240.00\n"), show.out());
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
