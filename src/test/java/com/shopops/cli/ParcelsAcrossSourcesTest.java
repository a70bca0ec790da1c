package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * tryout20 Y7: the order export's own shipment is a parcel too. Before, a shipments file naming
 * only a later parcel replaced the order export's earlier outbound and its delivery ("the shipment
 * record wins"): Shopify #2003 went from on time (10.0 h) to late (29.0 h), and SO1's return was
 * flagged outside the 7-day window. Now shipped = the earliest outbound of the order export and all
 * parcels, delivered = when the last tracked parcel was signed for, whatever the order of the files
 * and rows; a parcel of the same tracking number as the export's is the same parcel, the carrier's
 * times winning.
 */
class ParcelsAcrossSourcesTest {
  @TempDir Path dir;

  private static final String SHOPIFY =
      "Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,Currency,Subtotal,"
          + "Shipping,Taxes,Total,Created at,Lineitem quantity,Lineitem name,Lineitem price,"
          + "Lineitem sku\n"
          + "#2003,2003@example.com,paid,2026-11-19 10:00:00 +0800,partial,"
          + "2026-11-19 20:00:00 +0800,USD,30.00,0.00,0.00,30.00,2026-11-19 09:59:00 +0800,1,"
          + "Black tea,30.00,US-BLK\n";

  private static final String HEAD = "order_id,carrier,tracking_no,shipped_at,delivered_at\n";

  private static final String GEN_HEAD =
      "order_id,customer_id,created_at,paid_at,shipped_at,delivered_at,carrier,tracking_no,status,"
          + "sku,title,quantity,amount,shipping_fee,province,city\n";

  /** SO1 as first exported: paid, not shipped. */
  private static final String GEN_PAID =
      GEN_HEAD
          + "SO1,C1,2026-11-01 09:00:00,2026-11-01 09:05:00,,,,,paid,SKU-X,杯子,2,100.00,0.00,"
          + "广东,广州\n";

  /** SO1 as later exported: the first parcel SF001 out 11-01 18:00, signed 11-10 10:00. */
  private static final String GEN_SHIPPED =
      GEN_HEAD
          + "SO1,C1,2026-11-01 09:00:00,2026-11-01 09:05:00,2026-11-01 18:00:00,"
          + "2026-11-10 10:00:00,顺丰速运,SF001,delivered,SKU-X,杯子,2,100.00,0.00,广东,广州\n";

  /** The other parcel only. */
  private static final String P2 = "SO1,顺丰速运,SF002,2026-11-02 18:00:00,2026-11-03 10:00:00\n";

  /** The carrier's own record of SF001: its first scan and its 签收. */
  private static final String P1 = "SO1,顺丰速运,SF001,2026-11-01 20:00:00,2026-11-10 09:30:00\n";

  private CliRunner store(String name) throws Exception {
    java.nio.file.Files.createDirectories(dir.resolve(name));
    CliRunner cli = new CliRunner(dir.resolve(name));
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    return cli;
  }

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

  /** The order's shipment record, times in Beijing. */
  private static String shipment(CliRunner cli) throws Exception {
    return cli.sql(
        "SELECT order_id, carrier, tracking_no, datetime(shipped_at, 'unixepoch', '+8 hours'),"
            + " datetime(delivered_at, 'unixepoch', '+8 hours') FROM shipments");
  }

  private static String total(CliRunner cli, String now, String... by) {
    List<String> args =
        new ArrayList<>(List.of("--now", now, "sla", "report", "--wide", "-f", "csv"));
    args.addAll(List.of(by));
    String[] lines = cli.expect(0, args.toArray(String[]::new)).out().split("\n");
    return lines[lines.length - 1];
  }

  @Test
  void aSecondParcelsFileKeepsTheFirstFulfilmentOfTheShopifyExport() throws Exception {
    CliRunner cli = store("y");
    load(cli, "orders", "shopify.csv", SHOPIFY);
    String before = total(cli, "2026-11-21 10:00");
    assertTrue(before.startsWith("total,1,1,0,"), before); // shipped on time, 10.0 h
    load(cli, "shipments", "dhl.csv", HEAD + "#2003,DHL,DHL0002,2026-11-20 15:00:00,\n");
    // before: shipped 11-20 15:00, late, 29.0 h
    assertEquals("#2003|DHL|DHL0002|2026-11-19 20:00:00|null\n", shipment(cli));
    assertEquals(before, total(cli, "2026-11-21 10:00"));
    assertTrue(before.contains(",1.0000,0.0000,10.0,10.0,"), before);
    String show = cli.expect(0, "orders", "show", "#2003", "-f", "json").out();
    assertTrue(show.contains("\"shipped_at\": \"2026-11-19T20:00:00+08:00\""), show);
  }

  @Test
  void theOtherParcelKeepsTheExportsOutboundDeliveryAndReturnWindow() throws Exception {
    CliRunner cli = store("z2");
    load(cli, "orders", "gen.csv", GEN_SHIPPED);
    String added =
        cli.expect(
                0,
                "--now",
                "2026-11-20 10:00",
                "returns",
                "add",
                "SO1",
                "--reason",
                "no-reason",
                "--at",
                "2026-11-15 10:00",
                "-f",
                "csv")
            .out();
    load(cli, "shipments", "p2.csv", HEAD + P2);
    // before: shipped 11-02 18:00 (late, 32.9 h), delivered 11-03 10:00, the return outside
    assertEquals("SO1|顺丰速运|SF001|2026-11-01 18:00:00|2026-11-10 10:00:00\n", shipment(cli));
    String t = total(cli, "2026-11-20 10:00");
    assertTrue(t.startsWith("total,1,1,0,"), t);
    assertTrue(t.contains(",1.0000,0.0000,8.9,8.9,"), t);
    assertEquals(
        "0\n", cli.sql("SELECT count(*) FROM returns WHERE order_id = 'SO1' AND outside_window"));
    assertTrue(added.length() > 0);
  }

  /** The same tracking number is the same parcel: the carrier's scan and 签收 win (z.db). */
  @Test
  void theSameTrackingNumberIsTheSameParcelTheCarriersTimesWinning() throws Exception {
    CliRunner cli = store("z");
    load(cli, "orders", "gen.csv", GEN_SHIPPED);
    load(cli, "shipments", "p1.csv", HEAD + P1);
    assertEquals("SO1|顺丰速运|SF001|2026-11-01 20:00:00|2026-11-10 09:30:00\n", shipment(cli));
  }

  /**
   * The property: whatever the order of the files (the later order export, the two parcels' files,
   * one file of both in either row order), the stored shipment is the same: out at SF001's first
   * scan (11-01 20:00, the carrier's time for the export's own parcel), signed when the last parcel
   * was (SF001, 11-10 09:30).
   */
  @Test
  void noOrderOfFilesOrRowsChangesTheStoredShipment() throws Exception {
    String expected = "SO1|顺丰速运|SF001|2026-11-01 20:00:00|2026-11-10 09:30:00\n";
    String[][] files = {
      {"orders", GEN_SHIPPED}, {"shipments", HEAD + P1}, {"shipments", HEAD + P2},
    };
    int[][] orders = {{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}};
    int n = 0;
    for (int[] order : orders) {
      CliRunner cli = store("p" + n);
      load(cli, "orders", "paid.csv", GEN_PAID);
      for (int i : order) {
        load(cli, files[i][0], "f" + n + "-" + i + ".csv", files[i][1]);
      }
      assertEquals(
          expected, shipment(cli), "files in the order " + java.util.Arrays.toString(order));
      n++;
    }
    for (String rows : new String[] {HEAD + P1 + P2, HEAD + P2 + P1}) {
      for (boolean exportFirst : new boolean[] {true, false}) {
        CliRunner cli = store("r" + n);
        load(cli, "orders", "paid.csv", GEN_PAID);
        if (exportFirst) {
          load(cli, "orders", "g" + n + ".csv", GEN_SHIPPED);
        }
        load(cli, "shipments", "both" + n + ".csv", rows);
        if (!exportFirst) {
          load(cli, "orders", "g" + n + ".csv", GEN_SHIPPED);
        }
        assertEquals(expected, shipment(cli), rows + (exportFirst ? " after" : " before"));
        n++;
      }
    }
  }

  /**
   * tryout20 Y8 after the shipments file: an order completed in a later export (the buyer confirmed
   * receipt) is made again, so a parcel never signed for no longer holds back its delivery.
   */
  @Test
  void aLaterExportsCompletionReleasesAParcelNeverSignedFor() throws Exception {
    CliRunner cli = store("done");
    load(cli, "orders", "paid.csv", GEN_PAID);
    load(cli, "shipments", "p.csv", HEAD + P2 + "SO1,顺丰速运,SF0O2,2026-11-02 18:00:00,\n");
    assertEquals("SO1|顺丰速运|SF002|2026-11-02 18:00:00|null\n", shipment(cli));
    load(cli, "orders", "done.csv", GEN_PAID.replace(",paid,", ",completed,"));
    assertEquals("SO1|顺丰速运|SF002|2026-11-02 18:00:00|2026-11-03 10:00:00\n", shipment(cli));
  }

  /**
   * tryout20 Y8 rest: a mistyped tracking number on an order not yet completed kept it in transit
   * for ever (delivered NULL, in_transit_past_promise 1) and no command removed it. `shipments
   * remove-parcel` takes it out, records who, when and why, and the order is delivered again (11-03
   * 10:00); importing the mistyped row again does not bring it back.
   */
  @Test
  void removingAPhantomParcelGivesTheDeliveryBackAndStaysRemoved() throws Exception {
    CliRunner cli = store("rm");
    load(cli, "orders", "paid.csv", GEN_PAID);
    String typo = HEAD + "SO1,顺丰速运,SF0O2,2026-11-02 18:00:00,\n";
    load(cli, "shipments", "p.csv", HEAD + P2);
    load(cli, "shipments", "typo.csv", typo);
    assertEquals("SO1|顺丰速运|SF002|2026-11-02 18:00:00|null\n", shipment(cli));
    CliRunner.Result r =
        cli.expect(
            0,
            "--now",
            "2026-11-20 10:00",
            "shipments",
            "remove-parcel",
            "SO1",
            "SF0O2",
            "--reason",
            "typo of SF002",
            "--agent",
            "小王",
            "-f",
            "csv");
    assertEquals(
        "order_id,shipped_at,delivered_at,carrier,tracking_no\n"
            + "SO1,2026-11-02 18:00:00,2026-11-03 10:00:00,顺丰速运,SF002\n",
        r.out());
    assertTrue(r.err().contains("Removed parcel SF0O2 of order SO1: 1 parcel left"), r.err());
    assertEquals("SO1|顺丰速运|SF002|2026-11-02 18:00:00|2026-11-03 10:00:00\n", shipment(cli));
    assertEquals(
        "SO1|SF0O2|2026-11-02 18:00:00|小王|typo of SF002|2026-11-20 10:00:00\n",
        cli.sql(
            "SELECT order_id, parcel, datetime(shipped_at, 'unixepoch', '+8 hours'), agent,"
                + " reason, datetime(removed_at, 'unixepoch', '+8 hours') FROM parcel_removals"));
    load(cli, "shipments", "typo2.csv", typo);
    assertEquals("SO1|顺丰速运|SF002|2026-11-02 18:00:00|2026-11-03 10:00:00\n", shipment(cli));
    assertEquals("1\n", cli.sql("SELECT count(*) FROM shipment_parcels"));
    // the SLA figures follow: delivered, not in transit
    String t = total(cli, "2026-11-20 10:00");
    // delivered 16.0 h after the parcel left (11-02 18:00 → 11-03 10:00), no longer in transit
    assertTrue(t.endsWith(",16.0,16.0"), t);
  }

  /** The last parcel of an order whose export gives no shipped time is refused: nothing changes. */
  @Test
  void theOnlyParcelOfAnOrderTheExportDoesNotShowShippedIsKept() throws Exception {
    CliRunner cli = store("last");
    load(cli, "orders", "paid.csv", GEN_PAID);
    load(cli, "shipments", "p.csv", HEAD + P2);
    CliRunner.Result r = cli.expect(1, "shipments", "remove-parcel", "SO1", "SF002");
    assertEquals(
        "shopops: SF002 is the only parcel of order SO1 and its order export gives no shipped"
            + " time: removing it would make the order unshipped\n"
            + "  hint: import the right tracking number first (a shipments file row for SO1), then"
            + " remove SF002\n",
        r.err());
    CliRunner.Result none = cli.expect(1, "shipments", "remove-parcel", "SO1", "SF009");
    assertEquals(
        "shopops: order SO1 has no parcel with tracking number SF009; its parcels: SF002"
            + " (shipments import)\n",
        none.err());
    assertEquals("SO1|顺丰速运|SF002|2026-11-02 18:00:00|2026-11-03 10:00:00\n", shipment(cli));
    assertEquals("0\n", cli.sql("SELECT count(*) FROM parcel_removals"));
  }
}
