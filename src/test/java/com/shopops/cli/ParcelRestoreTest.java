package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * tryout21 Z5, Z11: removing the signed one of two parcels (JDV009 vs the typo JDV0O9) left a
 * completed order in transit for good, with no way back, and re-importing the file said only
 * "unchanged". Now a signed parcel is removed only with --even-if-signed (the refusal names the
 * signed time), `shipments restore-parcel` takes a removal back, an import naming a removed parcel
 * says who removed it and how to restore it, and `shipments list` shows the parcels and removals.
 */
class ParcelRestoreTest {
  @TempDir Path dir;

  private static final String HEAD = "order_id,carrier,tracking_no,shipped_at,delivered_at\n";

  private static final String GEN =
      "order_id,customer_id,created_at,paid_at,shipped_at,delivered_at,carrier,tracking_no,status,"
          + "sku,title,quantity,amount,shipping_fee,province,city\n"
          + "SO1,C1,2026-11-01 09:00:00,2026-11-01 09:05:00,,,,,paid,SKU-X,杯子,2,100.00,0.00,"
          + "广东,广州\n";

  private static final String SIGNED =
      HEAD + "SO1,顺丰速运,SF002,2026-11-02 18:00:00,2026-11-03 10:00:00\n";

  private static final String TYPO = HEAD + "SO1,顺丰速运,SF0O2,2026-11-02 18:00:00,\n";

  private void load(CliRunner cli, String kind, String name, String text) {
    cli.expect(
        0,
        "--now",
        "2026-11-20 10:00",
        "-q",
        "import",
        kind,
        TestFiles.write(dir, name, text).toString());
  }

  private static String shipment(CliRunner cli) throws Exception {
    return cli.sql(
        "SELECT tracking_no, datetime(shipped_at, 'unixepoch', '+8 hours'),"
            + " datetime(delivered_at, 'unixepoch', '+8 hours') FROM shipments");
  }

  private static String total(CliRunner cli) {
    String[] lines =
        cli.expect(0, "--now", "2026-11-20 10:00", "sla", "report", "--wide", "-f", "csv")
            .out()
            .split("\n");
    return lines[lines.length - 1];
  }

  @Test
  void aSignedParcelIsRefusedThenRemovedOnPurposeAndRestored() throws Exception {
    java.nio.file.Files.createDirectories(dir.resolve("s"));
    CliRunner cli = new CliRunner(dir.resolve("s"));
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    load(cli, "orders", "gen.csv", GEN);
    load(cli, "shipments", "signed.csv", SIGNED);
    String right = total(cli); // delivered 11-03 10:00
    load(cli, "shipments", "typo.csv", TYPO);
    // the slip: the signed parcel instead of the typo (before: removed, exit 0, no word)
    CliRunner.Result refused =
        cli.expect(1, "--now", "2026-11-20 10:00", "shipments", "remove-parcel", "SO1", "SF002");
    assertEquals(
        "shopops: parcel SF002 of order SO1 was signed for on 2026-11-03 10:00: removing it takes"
            + " that delivery away from the order; its parcels: SF002 (shipments import),"
            + " SF0O2 (shipments import)\n"
            + "  hint: if it is not the order's parcel all the same, run the command again with"
            + " --even-if-signed\n",
        refused.err());
    assertEquals("0\n", cli.sql("SELECT count(*) FROM parcel_removals"));
    cli.expect(
        0,
        "--now",
        "2026-11-20 10:00",
        "-q",
        "shipments",
        "remove-parcel",
        "SO1",
        "SF002",
        "--even-if-signed",
        "--agent",
        "小王",
        "--reason",
        "slip");
    assertEquals("SF0O2|2026-11-02 18:00:00|null\n", shipment(cli));
    // the file that has it: said, not a silent "unchanged"
    CliRunner.Result again =
        cli.expect(
            0,
            "--now",
            "2026-11-20 11:00",
            "import",
            "shipments",
            TestFiles.write(dir, "signed2.csv", SIGNED).toString());
    assertTrue(
        again
            .err()
            .contains(
                "SF002 of order SO1 was removed by 小王 on 2026-11-20 10:00: this file's row of it is"
                    + " left out; `shopops shipments restore-parcel SO1 SF002` brings it back"),
        again.err());
    CliRunner.Result restored =
        cli.expect(
            0,
            "--now",
            "2026-11-20 12:00",
            "shipments",
            "restore-parcel",
            "SO1",
            "SF002",
            "--agent",
            "老李",
            "--reason",
            "  SF002 is the right one ",
            "-f",
            "csv");
    assertEquals(
        "order_id,shipped_at,delivered_at,carrier,tracking_no\n"
            + "SO1,2026-11-02 18:00:00,,顺丰速运,SF002\n",
        restored.out()); // SF0O2 is still on its way: the typo is the one to remove
    assertEquals(
        "slip|老李|SF002 is the right one\n",
        cli.sql("SELECT reason, restored_by, restored_reason FROM parcel_removals"));
    cli.expect(
        0,
        "--now",
        "2026-11-20 12:30",
        "-q",
        "shipments",
        "remove-parcel",
        "SO1",
        "SF0O2",
        "--agent",
        "小王",
        "--reason",
        "typo");
    assertEquals("SF002|2026-11-02 18:00:00|2026-11-03 10:00:00\n", shipment(cli));
    CliRunner.Result list =
        cli.expect(0, "--now", "2026-11-20 13:00", "shipments", "list", "SO1", "-f", "csv");
    assertEquals(
        "status,tracking_no,carrier,shipped_at,delivered_at,source,file,removed_at,removed_by,"
            + "reason,restored_at,restored_by,restore_reason\n"
            + "parcel,SF002,顺丰速运,2026-11-02 18:00:00,2026-11-03 10:00:00,shipments import,signed.csv"
            + ",,,,,,\n"
            // the restore's own reason beside the removal's (tryout22b B8: it repeated "slip")
            + "restored,SF002,顺丰速运,2026-11-02 18:00:00,2026-11-03 10:00:00,shipments import,"
            + "signed.csv,2026-11-20 10:00:00,小王,slip,2026-11-20 12:00:00,老李,"
            + "SF002 is the right one\n"
            + "removed,SF0O2,顺丰速运,2026-11-02 18:00:00,,shipments import,typo.csv,"
            + "2026-11-20 12:30:00,小王,typo,,,\n",
        list.out());
    String t = total(cli);
    assertEquals(right, t);
    cli.expect(0, "--now", "2026-11-20 10:00", "-q", "check", "--rebuild");
    assertEquals(t, total(cli));
  }
}
