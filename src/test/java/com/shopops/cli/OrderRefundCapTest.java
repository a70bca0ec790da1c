package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The order's refund cap counts what net sales and customers' spent count (tryout23b A3): the
 * refund its 订单报表 states (退款金额 50.00 of an order paid 300.00, exported 11-15 10:00) plus its
 * returns' refunds paid after that export (a 价保 of 10.00 at 11-15 12:00): 60.00 refunded, 240.00
 * left. A further hand refund of 241.00 (or a correction of the 价保 to 251.00) is refused with exit
 * 1 naming the order, what is refunded and what is left; before, the SKU's share let it in (the
 * order refunded 301.00 of 300.00, the buyer's spent −1.00, {@code check} "ok"). {@code check}'s
 * "refunds above total" adds the two as well, so a store holding such damage is flagged.
 */
class OrderRefundCapTest {
  @TempDir Path dir;

  static final String NOW = RefundFixture.NOW;
  static final String ID = RefundFixture.ID;

  private CliRunner store() {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    RefundFixture.importTmallOrder(cli, dir);
    refundOnly(cli, "10", "RT20261115001");
    return cli;
  }

  /** A refund-only return of {@code amount} asked at 11-15 12:00, approved and refunded. */
  private static void refundOnly(CliRunner cli, String amount, String id) {
    RefundFixture.handRefund(cli, NOW, ID, "SER-NIA-30", amount, "价保", id, NOW);
  }

  /** The same asked, refused (exit 1): nothing recorded. */
  private static CliRunner.Result refused(CliRunner cli, String amount, String id) {
    return cli.expect(1, ask(List.of("--now", NOW, "-q"), amount, "价保", id, "--at", NOW));
  }

  /**
   * A refund-only return of {@code amount} on SER-NIA-30 of order {@link #ID} under id {@code id}:
   * {@code global} options, then the command and {@code more}.
   */
  private static String[] ask(
      List<String> global, String amount, String reason, String id, String... more) {
    return RefundFixture.refundOnly(global, ID, "SER-NIA-30", amount, reason, id, more);
  }

  private static String spent(CliRunner cli) {
    return RefundFixture.spent(cli, NOW);
  }

  @Test
  void aHandRefundBeyondWhatIsLeftAfterTheStatedRefundIsRefused() {
    CliRunner cli = store();
    assertEquals("240.00", spent(cli));
    CliRunner.Result refused = refused(cli, "241", "RT20261115002");
    assertEquals(
        "shopops: cannot record RT20261115002: refund_amount: refunds of order "
            + ID
            + " would total 301.00, more than the 300.00 paid for the order: 60.00 is refunded"
            + " already (50.00 stated by its order export), 240.00 is left\n"
            + "  hint: nothing was changed\n",
        refused.err());
    CliRunner.Result zh =
        cli.run(ask(List.of("--lang", "zh", "--now", NOW), "241", "价保", "RT20261115002"));
    assertEquals(1, zh.exit(), zh.err());
    assertTrue(
        zh.err()
            .contains(
                "订单 " + ID + " 的退款将共 301.00，超过实付金额 300.00：已退款 60.00（其中订单导出文件写明 50.00），还可退 240.00"),
        zh.err());
    assertEquals("240.00", spent(cli));
    // what is left may still be refunded: the order nets 0.00, never below
    refundOnly(cli, "240", "RT20261115002");
    assertEquals("0.00", spent(cli));
    assertTrue(
        cli.expect(0, "--now", NOW, "check", "--format", "csv")
            .out()
            .contains("refunds above total,ok\n"));
  }

  @Test
  void aCorrectionAboveWhatIsLeftIsRefused() {
    CliRunner cli = store();
    CliRunner.Result refused =
        cli.run(
            "--now",
            NOW,
            "returns",
            "correct",
            "RT20261115001",
            "--refund",
            "251",
            "--reason",
            "录错");
    assertEquals(1, refused.exit(), refused.err());
    assertTrue(
        refused
            .err()
            .contains(
                "cannot correct RT20261115001: refund_amount: refunds of order "
                    + ID
                    + " would total 301.00, more than the 300.00 paid for the order: 50.00 is"
                    + " refunded already (50.00 stated by its order export), 250.00 is left"),
        refused.err());
    assertEquals("240.00", spent(cli));
    cli.expect(
        0,
        "--now",
        NOW,
        "-q",
        "returns",
        "correct",
        "RT20261115001",
        "--refund",
        "250",
        "--reason",
        "录错");
    assertEquals("0.00", spent(cli));
  }

  /**
   * tryout24b A7: a request not refunded yet (199.00, only asked) holds its amount under the cap,
   * but is said apart from what is refunded (50.00 stated + 10.00 价保): before, "261.00 is refunded
   * already"... now 60.00 refunded, 199.00 requested, 41.00 left.
   */
  @Test
  void aPendingRequestIsSaidApartFromWhatIsRefunded() {
    CliRunner cli = store();
    cli.expect(0, ask(List.of("--now", NOW, "-q"), "199", "other", "RT20261115002", "--at", NOW));
    String[] add = ask(List.of("--now", NOW), "42", "other", "RT20261115003");
    CliRunner.Result refused = cli.run(add);
    assertEquals(1, refused.exit(), refused.err());
    assertEquals(
        "shopops: cannot record RT20261115003: refund_amount: refunds of order "
            + ID
            + " would total 301.00, more than the 300.00 paid for the order: 60.00 is refunded"
            + " already, 199.00 is requested (50.00 stated by its order export), 41.00 is left\n"
            + "  hint: nothing was changed\n",
        refused.err());
    CliRunner.Result zh =
        cli.run(ask(List.of("--lang", "zh", "--now", NOW), "42", "other", "RT20261115003"));
    assertEquals(1, zh.exit(), zh.err());
    assertTrue(
        zh.err()
            .contains(
                "订单 "
                    + ID
                    + " 的退款将共 301.00，超过实付金额 300.00：已退款 60.00、申请中 199.00（其中订单导出文件写明 50.00），还可退"
                    + " 41.00"),
        zh.err());
    // what is left may still be asked
    cli.expect(0, ask(List.of("--now", NOW, "-q"), "41", "other", "RT20261115003"));
  }

  /** A store that took such a refund before this rule: {@code check} adds both and flags it. */
  @Test
  void checkFlagsAnOrderWhoseStatedAndHandRefundsTogetherPassItsTotal() throws Exception {
    CliRunner cli = store();
    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + cli.db());
        var st = c.createStatement()) {
      st.executeUpdate(
          "UPDATE returns SET refund_amount = 25100 WHERE return_id = 'RT20261115001'");
    }
    assertEquals("-1.00", spent(cli));
    CliRunner.Result r = cli.run("--now", NOW, "check", "--format", "csv");
    assertEquals(1, r.exit(), r.err());
    assertTrue(
        r.out()
            .contains(
                "refunds above total,\"1 order was refunded more than its total (a return"
                    + " refunded more than a later export states for the order, or a store written"
                    + " before imports refused such refunds; nothing was changed): "
                    + ID
                    + " (refunded 301.00 of 300.00);"),
        r.out());
  }
}
