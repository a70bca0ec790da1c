package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * paid25b: a store session 24's shopops already took past V049 (schema 49-51) kept no time a
 * presale paid in stages was seen paid where an order import capped its paid time, and V049's
 * re-reading of the stored 订单报表 (paid25, {@link PresaleParcelUpgradeTest}) never ran for it: a
 * removal of the capping parcel then left the paid time at its outbound (11-02 11:00). V052 runs
 * that step for such stores: the time seen paid (the export's 12-01 10:00) is kept, and a removal
 * gives the paid time back = min(12-01 10:00, SF201 11-03 09:00) = 11-03 09:00, as on a fresh
 * store; a presale already held to a removed parcel is paid again and said; with the file gone it
 * is named, not guessed.
 */
class PaidSeenAgainUpgradeTest extends PresaleParcelStore {

  /**
   * The presale capped at SF101's outbound 11-02 11:00 (SF201 11-03 09:00 after it), the 订单报表
   * exported 12-01 10:00 stored; then as session 24 left it: no time seen paid, schema 51.
   */
  Path store51(CliRunner cli) throws Exception {
    Path orders = presaleShipped(cli);
    q(cli, "UPDATE orders SET paid_seen_at = NULL"); // what session 24's order import kept
    q(cli, "DELETE FROM settings WHERE key LIKE 'upgrade.%'");
    return orders;
  }

  /** ... and SF101 removed by hand under session 24: the paid time stayed its outbound. */
  Path removedUnder51(CliRunner cli) throws Exception {
    Path orders = store51(cli);
    cli.expect(
        0,
        "--now",
        "2026-12-02 10:05",
        "-q",
        "shipments",
        "remove-parcel",
        "5300000000000000002",
        "SF101");
    assertEquals(NOV02_1100 + "|null\n", q(cli, PAID_SEEN)); // no time seen paid: it did not move
    asOfVersion(cli, 51); // schema 51: as session 24's shopops left it (V052, V053 made no objects)
    return orders;
  }

  @Test
  void theUpgradeKeepsTheTimeSeenPaidAndARemovalThenGivesThePaidTimeBack() throws Exception {
    CliRunner cli = newStore();
    store51(cli);
    asOfVersion(cli, 51); // schema 51: as session 24's shopops left it (V052, V053 made no objects)
    CliRunner.Result up = cli.expect(0, "--now", "2026-12-02 10:30", "orders", "list", "-f", "csv");
    assertEquals(
        com.shopops.store.Store.latestSchemaVersion() + "\n",
        q(cli, "SELECT max(version) FROM schema_migrations"));
    // before: paid 11-02 11:00, seen NULL; the paid time itself is right while SF101 holds it
    assertEquals(NOV02_1100 + "|" + DEC01_1000 + "\n", q(cli, PAID_SEEN));
    assertFalse(up.err().contains("presale"), up.err());
    assertEquals(ON_NOV02, days(cli));

    CliRunner.Result removed =
        cli.expect(
            0,
            "--now",
            "2026-12-02 10:35",
            "shipments",
            "remove-parcel",
            "5300000000000000002",
            "SF101",
            "-f",
            "csv");
    // before V052: the paid time stayed 11-02 11:00 (the removed SF101's), silently
    assertTrue(
        removed
            .err()
            .contains(
                "Order 5300000000000000002's paid time (balance 尾款 paid) 2026-11-02 11:00 →"
                    + " 2026-11-03 09:00: no longer capped by the outbound of removed parcel SF101"
                    + " (2026-11-02 11:00); the day figures count it on 2026-11-03 now\n"),
        removed.err());
    assertEquals(NOV03_0900 + "|" + DEC01_1000 + "\n", q(cli, PAID_SEEN));
    assertEquals(ON_NOV03, days(cli));
    cli.expect(0, "--now", "2026-12-02 10:40", "-q", "check");
  }

  @Test
  void aPresaleHeldToAParcelRemovedUnderSchema51IsPaidAgainAndSaid() throws Exception {
    CliRunner cli = newStore();
    removedUnder51(cli);
    CliRunner.Result up = cli.expect(0, "--now", "2026-12-02 10:30", "orders", "list", "-f", "csv");
    assertTrue(
        up.err()
            .contains(
                "note: 1 presale (预售) paid in stages (e.g. 5300000000000000002) still counted as"
                    + " paid at the outbound of a parcel removed by hand (an older shopops kept no"
                    + " time the balance (尾款) was seen paid): the stored 订单报表 files say when it"
                    + " was, and its paid time is made again from it and the parcels left\n"),
        up.err());
    assertFalse(up.err().contains("held again a parcel"), up.err()); // V049's removal: not again
    assertEquals(NOV03_0900 + "|" + DEC01_1000 + "\n", q(cli, PAID_SEEN));
    assertEquals(ON_NOV03, days(cli)); // before: 11-02 1 order 299.00, 11-03 none
    cli.expect(0, "--now", "2026-12-02 10:40", "-q", "check");
    // a restore gives the cap back, as on a fresh store
    cli.expect(
        0,
        "--now",
        "2026-12-02 10:45",
        "-q",
        "shipments",
        "restore-parcel",
        "5300000000000000002",
        "SF101");
    assertEquals(NOV02_1100 + "|" + DEC01_1000 + "\n", q(cli, PAID_SEEN));
    assertEquals(ON_NOV02, days(cli));
  }

  @Test
  void theNoteInChinese() throws Exception {
    CliRunner cli = newStore();
    removedUnder51(cli);
    CliRunner.Result up =
        cli.expect(0, "--lang", "zh", "--now", "2026-12-02 10:30", "orders", "list", "-f", "csv");
    assertTrue(
        up.err()
            .contains(
                "1 单分阶段付款的预售（如 5300000000000000002）仍按已手动移除的包裹的发货时间计为付款（旧版 shopops"
                    + " 没有记下首次看到尾款已付的时间）：已从存下的订单报表重新读出这一时间，并按它和剩下的包裹重新确定付款时间\n"),
        up.err());
    assertEquals(NOV03_0900 + "|" + DEC01_1000 + "\n", q(cli, PAID_SEEN));
  }

  @Test
  void withTheExportChangedTheNoteSaysChangedNotGone() throws Exception {
    CliRunner cli = newStore();
    Path file = removedUnder51(cli);
    Files.writeString(file, Files.readString(file) + "\n");
    CliRunner.Result up = cli.expect(0, "--now", "2026-12-02 10:30", "orders", "list", "-f", "csv");
    assertTrue(
        up.err()
            .contains(
                "ExportOrderList202612011000.csv (there, but changed since it was imported: not"
                    + " the sha256 recorded)\n"),
        up.err());
    assertFalse(up.err().contains("no longer where"), up.err());
    assertEquals(NOV02_1100 + "|null\n", q(cli, PAID_SEEN)); // as stored: nothing guessed
  }

  @Test
  void withTheExportGoneTheOrderIsNamedNotGuessed() throws Exception {
    CliRunner cli = newStore();
    Files.delete(removedUnder51(cli));
    CliRunner.Result up = cli.expect(0, "--now", "2026-12-02 10:30", "orders", "list", "-f", "csv");
    assertTrue(
        up.err()
            .contains(
                "note: 1 presale (预售) paid in stages (e.g. 5300000000000000002) still counts as"
                    + " paid at the outbound of a parcel removed by hand: an older shopops kept no"
                    + " time the balance (尾款) was seen paid, and the 订单报表 that last wrote it could"
                    + " not be read again: "),
        up.err());
    // closing note 26 (tryout26a A1 rest): which of the two, looked at (before: "is no longer
    // where it was imported from, or changed", unchecked)
    assertTrue(
        up.err()
            .contains("ExportOrderList202612011000.csv (no longer where it was imported from)\n"),
        up.err());
    assertFalse(up.err().contains("made again"), up.err());
    assertEquals(NOV02_1100 + "|null\n", q(cli, PAID_SEEN)); // as stored: nothing guessed
    assertEquals(ON_NOV02, days(cli));
  }
}
