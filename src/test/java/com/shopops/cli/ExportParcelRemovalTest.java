package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * tryout23b A10: a parcel both the order export and a shipments file state (source "order export +
 * shipments": generic SO1 with SF001 shipped 11-01 18:00, then shipments files SF001 and SF002
 * shipped 11-02 18:00). `remove-parcel SO1 SF001` said "removed … 1 parcel left", exit 0, but only
 * the shipments row went: the order kept the export's SF001 (shipped 11-01 18:00, on time 8.9 h)
 * and `shipments list` showed it as parcel AND removed. Now the removal takes it out of the order
 * export's outbound too: shipped 11-02 18:00 from SF002, late 32.9 h, equal after `check --rebuild`
 * and after the export is imported again.
 */
class ExportParcelRemovalTest {
  @TempDir Path dir;

  CliRunner newStore() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    return cli;
  }

  String q(CliRunner cli, String query) throws Exception {
    return cli.sql(query);
  }

  private static final String ORDERS =
      ParcelsStayRemovedTest.gen("2026-11-01 18:00:00", "2026-11-10 10:00:00", "SF001");

  private void load(CliRunner cli, String now, String kind, String name, String text) {
    cli.expect(0, "--now", now, "-q", "import", kind, TestFiles.write(dir, name, text).toString());
  }

  private static String total(CliRunner cli) {
    String[] lines =
        cli.expect(0, "--now", "2026-11-21 10:00", "sla", "report", "--wide", "-f", "csv")
            .out()
            .split("\n");
    return lines[lines.length - 1];
  }

  @Test
  void removingAParcelTheOrderExportStatesTooTakesItOutOfTheOrder() throws Exception {
    CliRunner cli = newStore();
    load(cli, "2026-11-11 10:00", "orders", "gen_orders.csv", ORDERS);
    String head = "order_id,carrier,tracking_no,shipped_at,delivered_at\n";
    load(
        cli,
        "2026-11-20 12:00",
        "shipments",
        "gen_ship_p1.csv",
        head + "SO1,顺丰速运,SF001,2026-11-01 18:00:00,2026-11-03 10:00:00\n");
    load(
        cli,
        "2026-11-20 12:00",
        "shipments",
        "gen_ship_p2.csv",
        head + "SO1,顺丰速运,SF002,2026-11-02 18:00:00,2026-11-03 10:00:00\n");
    String before = cli.expect(0, "shipments", "list", "SO1", "-f", "csv").out();
    assertTrue(before.contains("parcel,SF001,顺丰速运,2026-11-01 18:00:00,"), before);
    assertTrue(before.contains(",order export + shipments import,"), before);
    assertTrue(total(cli).contains(",1.0000,0.0000,8.9,8.9,"), total(cli));

    CliRunner.Result removed =
        cli.expect(
            0,
            "--now",
            "2026-11-20 13:00",
            "shipments",
            "remove-parcel",
            "SO1",
            "SF001",
            "--reason",
            "wrong number",
            "--even-if-signed");
    assertTrue(removed.err().contains("1 parcel"), removed.err());
    // before the fix: SO1|1793527200|1794276000|SF001 (the export's SF001 kept)
    assertEquals("SO1|null|null|null|null\n", orderRow(cli));
    assertEquals(
        "SF002|1793613600|1793671200\n",
        q(
            cli,
            "SELECT tracking_no, shipped_at,"
                + " delivered_at FROM shipments WHERE order_id = 'SO1'"));
    assertEquals("SF002\n", q(cli, "SELECT parcel FROM shipment_parcels"));
    // what the parcel held, the export's carrier and times where the file had none
    assertEquals(
        "SF001|顺丰速运|1793527200|1793671200\n",
        q(cli, "SELECT parcel, carrier, shipped_at, delivered_at FROM parcel_removals"));
    String late = total(cli);
    // before the fix: total,1,1,0,… on time 8.9 h
    assertTrue(late.startsWith("total,1,0,1,"), late);
    assertTrue(late.contains(",0.0000,0.0000,32.9,32.9,"), late);
    assertNotListedAsParcel(cli);

    cli.expect(0, "--now", "2026-11-21 10:00", "-q", "check", "--rebuild");
    assertEquals(late, total(cli));

    // the order export imported again keeps it removed
    load(cli, "2026-11-20 14:00", "orders", "gen_orders.csv", ORDERS);
    assertEquals(late, total(cli));
    assertEquals("SO1|null|null|null|null\n", orderRow(cli));
    assertNotListedAsParcel(cli);

    // a restore gives it back: on time again, 8.9 h
    cli.expect(0, "--now", "2026-11-20 15:00", "-q", "shipments", "restore-parcel", "SO1", "SF001");
    String restored = total(cli);
    assertTrue(restored.startsWith("total,1,1,0,"), restored);
    assertTrue(restored.contains(",1.0000,0.0000,8.9,8.9,"), restored);
    assertEquals(
        "SF001|1793527200|1793671200\n",
        q(cli, "SELECT tracking_no, shipped_at, delivered_at FROM shipments"));
  }

  /**
   * parcels23c leftover: the order's LAST parcel is the one its order export states (source "order
   * export + shipments"). The removal took the export's shipped and delivered times with it and
   * left a delivered (签收) order with no shipped time, exit 0. Now refused like the last parcel of
   * an export with no shipped time (exit 1), the store unchanged.
   */
  @Test
  void theLastParcelWhenItIsTheOrderExportsOwnIsRefused() throws Exception {
    CliRunner cli = newStore();
    load(cli, "2026-11-11 10:00", "orders", "gen_orders.csv", ORDERS);
    load(
        cli,
        "2026-11-20 12:00",
        "shipments",
        "gen_ship_p1.csv",
        "order_id,carrier,tracking_no,shipped_at,delivered_at\n"
            + "SO1,顺丰速运,SF001,2026-11-01 18:00:00,2026-11-03 10:00:00\n");
    String order = orderRow(cli);
    String shipment = q(cli, "SELECT tracking_no, shipped_at, delivered_at FROM shipments");
    String before = total(cli);
    assertTrue(before.contains(",1.0000,0.0000,8.9,8.9,"), before);

    CliRunner.Result refused =
        cli.expect(
            1,
            "--now",
            "2026-11-20 13:00",
            "shipments",
            "remove-parcel",
            "SO1",
            "SF001",
            "--reason",
            "wrong number",
            "--even-if-signed");
    assertTrue(
        refused
            .err()
            .contains(
                "SF001 is the only parcel of order SO1 and the shipped time its order export gives"
                    + " is this parcel's: removing it would make the order unshipped"),
        refused.err());
    // before the fix: exit 0, SO1|null|null|null|null and no shipment: delivered, never shipped
    assertEquals("SO1|1793527200|1794276000|顺丰速运|SF001\n", order);
    assertEquals(order, orderRow(cli));
    assertEquals(shipment, q(cli, "SELECT tracking_no, shipped_at, delivered_at FROM shipments"));
    assertEquals("SF001\n", q(cli, "SELECT parcel FROM shipment_parcels"));
    assertEquals("0\n", q(cli, "SELECT count(*) FROM parcel_removals"));
    assertEquals(before, total(cli));
  }

  private String orderRow(CliRunner cli) throws Exception {
    return q(cli, "SELECT order_id, shipped_at, delivered_at, carrier, tracking_no FROM orders");
  }

  private static void assertNotListedAsParcel(CliRunner cli) {
    String list = cli.expect(0, "shipments", "list", "SO1", "-f", "csv").out();
    assertEquals(1, list.lines().filter(l -> l.startsWith("parcel,")).count(), list);
    assertTrue(list.contains("parcel,SF002,顺丰速运,2026-11-02 18:00:00,"), list);
    assertTrue(list.contains("removed,SF001,"), list);
  }
}
