package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * tryout24a A8: a store an older shopops (before V049) made, in which parcel SF101 (11-02 11:00) of
 * a presale paid in stages was removed by hand, still held its paid time at SF101's outbound after
 * the upgrade (no paid_seen_at before V049). The upgrade reads the stored 订单报表 again (export 12-01
 * 10:00) and makes the paid time what a fresh store with the same files and the same removal holds:
 * min(12-01 10:00, SF201 11-03 09:00) = 11-03 09:00, and says so; with the file gone the order is
 * named, not guessed.
 */
class PresaleParcelUpgradeTest extends PresaleParcelStore {
  static final String PAID = "SELECT paid_at FROM orders WHERE order_id = '5300000000000000002'";

  /** The store as the older shopops left it: SF101 removed, the paid time still its outbound. */
  Path olderStore(CliRunner cli) throws Exception {
    Path orders = presaleShipped(cli);
    cli.expect(
        0,
        "--now",
        "2026-12-02 10:05",
        "-q",
        "shipments",
        "remove-parcel",
        "5300000000000000002",
        "SF101");
    // what the older shopops left: no time seen paid, the paid time the removed parcel's
    q(cli, "UPDATE orders SET paid_at = " + NOV02_1100 + ", paid_seen_at = NULL");
    q(cli, "DELETE FROM settings WHERE key LIKE 'upgrade.%'");
    asOfVersion(cli, 48); // schema 48: as session 23's shopops left it
    return orders;
  }

  @Test
  void theUpgradeMakesThePaidTimeAgainFromTheStoredExport() throws Exception {
    CliRunner cli = newStore();
    olderStore(cli);
    CliRunner.Result up = dayMetrics(cli);
    assertTrue(
        up.err()
            .contains(
                "note: 1 presale (预售) paid in stages (e.g. 5300000000000000002) still counted as"
                    + " paid at the outbound of a parcel removed by hand (an older shopops kept no"
                    + " time the balance (尾款) was seen paid): the stored 订单报表 files say when it"
                    + " was, and its paid time is made again from it and the parcels left\n"),
        up.err());
    assertEquals(
        com.shopops.store.Store.latestSchemaVersion() + "\n",
        q(cli, "SELECT max(version) FROM schema_migrations"));
    // before: 11-02 11:00 (the removed SF101's), 11-02 1 order 299.00, 11-03 none
    assertEquals(
        NOV03_0900 + "|" + DEC01_1000 + "\n", q(cli, "SELECT paid_at, paid_seen_at FROM orders"));
    assertTrue(up.out().contains("\n2026-11-02,,,0,0,0.00,0.00,"), up.out());
    assertTrue(up.out().contains("\n2026-11-03,,,1,1,299.00,299.00,"), up.out());
    cli.expect(0, "--now", "2026-12-02 11:00", "-q", "check");
    // a restore now gives the cap back, as on a fresh store
    cli.expect(
        0,
        "--now",
        "2026-12-02 11:10",
        "-q",
        "shipments",
        "restore-parcel",
        "5300000000000000002",
        "SF101");
    assertEquals(NOV02_1100 + "\n", q(cli, PAID));
  }

  @Test
  void withTheExportGoneTheOrderIsNamedNotGuessed() throws Exception {
    CliRunner cli = newStore();
    Path orders = olderStore(cli);
    Files.delete(orders);
    CliRunner.Result up =
        cli.expect(0, "--lang", "zh", "--now", "2026-12-02 11:00", "orders", "list", "-f", "csv");
    assertTrue(
        up.err()
            .contains(
                "1 单分阶段付款的预售（如 5300000000000000002）仍按已手动移除的包裹的发货时间计为付款：旧版 shopops"
                    + " 没有记下首次看到尾款已付的时间，而最后写入该订单的订单报表无法重新读取："),
        up.err());
    assertTrue(up.err().contains("ExportOrderList202612011000.csv（已不在导入时的位置）\n"), up.err());
    assertFalse(up.err().contains("重新读出"), up.err());
    assertEquals(NOV02_1100 + "\n", q(cli, PAID));
  }
}
