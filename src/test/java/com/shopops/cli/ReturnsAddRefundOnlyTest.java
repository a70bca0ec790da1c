package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review19 V19 rest: {@code returns add --refund-only --refund AMOUNT} enters a refund without
 * goods back (仅退款, 价保) by hand: a return of 0 units asking that amount. Refunded later without an
 * amount, it refunds what was asked; it adds no returned unit. Before, {@code --refund-only} was an
 * unknown option and a 价保 had to go through a generic file.
 *
 * <p>Fixture as ReturnAgentTest's: SO1 delivered 2026-11-10 23:59 with TEA-LJ-250 ×2 (536.00).
 */
class ReturnsAddRefundOnlyTest {
  @TempDir Path dir;

  /** A 价保 taken by phone is typed as such: its reason is other (before: unknown reason, exit 2). */
  @Test
  void aPriceProtectionIsTypedAsItsReason() throws Exception {
    CliRunner cli = new CliRunner(dir);
    ReturnAgentTest.store(cli);
    for (String[] r : new String[][] {{"价保", "JB1"}, {"price-protection", "JB2"}}) {
      cli.expect(
          0,
          "-q",
          "returns",
          "add",
          "SO1",
          "--sku",
          "TEA-LJ-250",
          "--reason",
          r[0],
          "--refund-only",
          "--refund",
          "10.00",
          "--id",
          r[1],
          "--at",
          "2026-11-12 09:00");
    }
    assertEquals(
        "JB1|0|1000|other\nJB2|0|1000|other\n",
        cli.sql(
            "SELECT return_id, quantity, refund_amount, reason FROM returns ORDER BY"
                + " return_id"));
  }

  /**
   * Tryout22a A5: a 价保 without --refund-only is refused (before: exit 0, a return of 1 unit of
   * goods), nothing stored; the unknown-reason error names the refund-only words.
   */
  @Test
  void aPriceProtectionWithoutRefundOnlyIsRefused() throws Exception {
    CliRunner cli = new CliRunner(dir);
    ReturnAgentTest.store(cli);
    CliRunner.Result r =
        cli.expect(2, "returns", "add", "SO1", "--sku", "TEA-LJ-250", "--reason", "价保");
    assertTrue(
        r.err()
            .startsWith(
                "shopops: --reason 价保 is a refund without goods back: give --refund-only"
                    + " --refund AMOUNT\n"),
        r.err());
    r =
        cli.expect(
            2, "--lang", "zh", "returns", "add", "SO1", "--sku", "TEA-LJ-250", "--reason", "仅退款");
    assertTrue(
        r.err().startsWith("shopops：--reason 仅退款 是不退货的退款：请加 --refund-only --refund 金额\n"), r.err());
    assertEquals("0\n", cli.sql("SELECT count(*) FROM returns"));
    r = cli.expect(2, "--lang", "zh", "returns", "add", "SO1", "--reason", "bogus");
    assertTrue(
        r.err()
            .contains(
                "未知退货原因 \"bogus\"；可用：no-reason, quality, wrong-item, damaged, other,"
                    + " refund-only, price-protection, 仅退款, 价保"),
        r.err());
  }

  @Test
  void aRefundOnlyRequestIsEnteredByHandWithNoUnits() throws Exception {
    CliRunner cli = new CliRunner(dir);
    ReturnAgentTest.store(cli);
    CliRunner.Result added =
        cli.expect(
            0,
            "returns",
            "add",
            "SO1",
            "--sku",
            "TEA-LJ-250",
            "--reason",
            "other",
            "--refund-only",
            "--refund",
            "20.00",
            "--id",
            "JB1",
            "--at",
            "2026-11-12 09:00");
    assertTrue(
        added
            .err()
            .contains(
                "Recorded refund-only request JB1 of order SO1 SKU TEA-LJ-250 (no goods back,"
                    + " 20.00 asked, other)"),
        added.err());
    cli.expect(
        0, "-q", "returns", "update", "JB1", "--status", "approved", "--at", "2026-11-12 10:00");
    cli.expect(
        0, "-q", "returns", "update", "JB1", "--status", "refunded", "--at", "2026-11-12 11:00");
    assertEquals(
        "JB1|0|2000|return|2026-11-12 03:00:00\n",
        cli.sql(
            "SELECT return_id, quantity, refund_amount, kind, datetime(refunded_at, 'unixepoch')"
                + " FROM returns"));
    String report =
        cli.expect(0, "--now", "2026-11-20 10:00", "returns", "report", "--by", "month").out();
    assertTrue(report.contains("\n2026-11,1,0,0,"), report); // 1 return, 0 returned units
    String zh =
        cli.expect(
                0,
                "--lang",
                "zh",
                "returns",
                "add",
                "SO1",
                "--sku",
                "TEA-LJ-250",
                "--reason",
                "other",
                "--refund-only",
                "--refund",
                "5.00",
                "--id",
                "JB2",
                "--at",
                "2026-11-13 09:00")
            .err();
    assertTrue(zh.contains("已登记仅退款申请 JB2"), zh);
  }

  /**
   * The 仅退款 entered by hand, then the platform's export of the same request (0 units, refunded):
   * one return under the platform's id, refunded once, not two.
   */
  @Test
  void aRefundOnlyByHandIsAbsorbedByThePlatformsRow() throws Exception {
    CliRunner cli = new CliRunner(dir);
    ReturnAgentTest.store(cli);
    cli.expect(
        0,
        "-q",
        "returns",
        "add",
        "SO1",
        "--sku",
        "TEA-LJ-250",
        "--reason",
        "other",
        "--refund-only",
        "--refund",
        "20.00",
        "--id",
        "JB1",
        "--at",
        "2026-11-12 09:00");
    cli.expect(
        0,
        "-q",
        "import",
        "returns",
        TestFiles.write(
                dir,
                "r.csv",
                "return_id,order_id,sku,quantity,requested_at,refunded_at,reason,refund_amount\n"
                    + "AS1,SO1,TEA-LJ-250,0,2026-11-12 09:30,2026-11-12 12:00,other,20.00\n")
            .toString());
    assertEquals(
        "AS1|0|2000|2026-11-12 04:00:00\n",
        cli.sql(
            "SELECT return_id, quantity, refund_amount, datetime(refunded_at, 'unixepoch')"
                + " FROM returns"));
  }

  @Test
  void theRefundOnlyOptionsAreCheckedTogether() throws Exception {
    CliRunner cli = new CliRunner(dir);
    ReturnAgentTest.store(cli);
    String[][] wrong = {
      {"--refund-only"},
      {"--refund-only", "--refund", "0.00"},
      {"--refund-only", "--refund", "20.00", "--quantity", "1"},
      {"--refund", "20.00"}
    };
    String[] said = {
      "--refund-only needs --refund AMOUNT above 0.00",
      "--refund-only needs --refund AMOUNT above 0.00",
      "--quantity is for goods sent back; a refund-only request (--refund-only) returns none",
      "--refund is the amount of a refund-only request (--refund-only)"
    };
    for (int i = 0; i < wrong.length; i++) {
      java.util.List<String> args =
          new java.util.ArrayList<>(
              java.util.List.of(
                  "returns", "add", "SO1", "--sku", "TEA-LJ-250", "--reason", "other"));
      args.addAll(java.util.List.of(wrong[i]));
      CliRunner.Result r = cli.run(args.toArray(String[]::new));
      assertEquals(2, r.exit(), r.err());
      assertTrue(r.err().contains(said[i]), r.err());
    }
    assertEquals("0\n", cli.sql("SELECT count(*) FROM returns"));
  }
}
