package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * tryout22b B4: a parcel removed with `remove-parcel` came back, without a word, when the order
 * export that first gave it was imported again (generic SO1: SF001 11-01 18:00, then SF002 11-02
 * 18:00; SF001 removed): shipped_late 32.9 h → on time 8.9 h, `shipments list` showing SF001 both
 * as a parcel and as removed. Now the export's row keeps the stored shipment and the import says
 * so; the kept SLA figures equal `check --rebuild`.
 */
class ParcelsStayRemovedTest {
  @TempDir Path dir;

  private static final String GEN_HEAD =
      "order_id,customer_id,created_at,paid_at,shipped_at,delivered_at,carrier,tracking_no,status,"
          + "sku,title,quantity,amount,shipping_fee,province,city\n";

  static String gen(String shipped, String delivered, String tracking) {
    return GEN_HEAD
        + "SO1,C1,2026-11-01 09:00:00,2026-11-01 09:05:00,"
        + shipped
        + ","
        + delivered
        + ",顺丰速运,"
        + tracking
        + ",delivered,SKU-X,杯子,2,100.00,0.00,广东,广州\n";
  }

  private CliRunner store(String name) throws Exception {
    java.nio.file.Files.createDirectories(dir.resolve(name));
    return new CliRunner(dir.resolve(name));
  }

  static CliRunner.Result load(CliRunner cli, Path dir, String now, String name, String text) {
    return cli.expect(
        0, "--now", now, "import", "orders", TestFiles.write(dir, name, text).toString());
  }

  private CliRunner.Result load(CliRunner cli, String now, String name, String text) {
    return load(cli, dir, now, name, text);
  }

  private static String total(CliRunner cli) {
    String[] lines =
        cli.expect(0, "--now", "2026-11-21 10:00", "sla", "report", "--wide", "-f", "csv")
            .out()
            .split("\n");
    return lines[lines.length - 1];
  }

  private static String shipment(CliRunner cli) throws Exception {
    return cli.sql(
        "SELECT coalesce(s.tracking_no, o.tracking_no),"
            + " datetime(coalesce(s.shipped_at, o.shipped_at), 'unixepoch', '+8 hours'),"
            + " datetime(coalesce(s.delivered_at, o.delivered_at), 'unixepoch', '+8 hours')"
            + " FROM orders o LEFT JOIN shipments s ON s.order_id = o.order_id");
  }

  /**
   * A new store (SQLite or PostgreSQL): SO1 with SF001 (the first export) kept as a parcel and
   * SF002 (the later one), SF001 removed.
   */
  static void removedFirst(CliRunner cli, Path dir) {
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    load(cli, dir, "2026-11-11 10:00", "gen_orders.csv", gen("2026-11-01 18:00:00", D, "SF001"));
    load(cli, dir, "2026-11-12 10:00", "later.csv", gen("2026-11-02 18:00:00", D, "SF002"));
    cli.expect(
        0,
        "--now",
        "2026-11-20 10:00",
        "-q",
        "shipments",
        "remove-parcel",
        "SO1",
        "SF001",
        "--reason",
        "wrong number",
        "--even-if-signed");
  }

  private CliRunner removedFirst(String name) throws Exception {
    CliRunner cli = store(name);
    removedFirst(cli, dir);
    return cli;
  }

  private static final String D = "2026-11-10 10:00:00";

  /**
   * The B4 reproduction on a store {@link #removedFirst} made: the same export imported again, the
   * figures and list after it, and `check --rebuild` on them. Either dialect.
   */
  static void importedAgain(CliRunner cli, Path dir) {
    String removed = total(cli);
    assertTrue(removed.startsWith("total,1,0,1,"), removed);
    assertTrue(removed.contains(",0.0000,0.0000,32.9,32.9,"), removed);
    CliRunner.Result again =
        load(
            cli, dir, "2026-11-20 11:30", "gen_orders.csv", gen("2026-11-01 18:00:00", D, "SF001"));
    assertTrue(again.err().contains("SF001 of order SO1 was removed by "), again.err());
    assertTrue(
        again
            .err()
            .contains(
                " on 2026-11-20 10:00: this file's shipped and delivered times, carrier and"
                    + " tracking number of it are left out (the rest of the order is imported);"
                    + " `shopops shipments restore-parcel SO1 SF001` brings it back"),
        again.err());
    // before the fix: on time, 8.9 h
    assertEquals(removed, total(cli));
    cli.expect(0, "--now", "2026-11-21 10:00", "-q", "check", "--rebuild");
    assertEquals(removed, total(cli));
    String list = cli.expect(0, "shipments", "list", "SO1", "-f", "csv").out();
    assertEquals(1, list.lines().filter(l -> l.startsWith("parcel,")).count(), list);
    assertTrue(list.contains("parcel,SF002,顺丰速运,2026-11-02 18:00:00,"), list);
    assertTrue(list.contains("removed,SF001,"), list);
  }

  @Test
  void theSameOrderExportImportedAgainDoesNotBringTheRemovedParcelBack() throws Exception {
    CliRunner cli = removedFirst("b4");
    importedAgain(cli, dir);
    // before the fix: SF001 11-01 18:00
    assertEquals("SF002|2026-11-02 18:00:00|2026-11-10 10:00:00\n", shipment(cli));
    assertEquals(
        "SF002|2026-11-02 18:00:00\n",
        cli.sql("SELECT tracking_no, datetime(shipped_at, 'unixepoch', '+8 hours') FROM orders"));
    assertEquals("0\n", cli.sql("SELECT count(*) FROM shipment_parcels"));
  }

  /**
   * tryout22b B5: the removal said "0 parcels left" while SF002 (the order export's own) remained,
   * and `shipments list` labelled SF001, kept from an order export, "shipments".
   */
  @Test
  void theRemovalCountsAndLabelsTheParcelsAsTheListDoes() throws Exception {
    CliRunner cli = store("b5");
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    load(cli, "2026-11-11 10:00", "gen_orders.csv", gen("2026-11-01 18:00:00", D, "SF001"));
    load(cli, "2026-11-12 10:00", "later.csv", gen("2026-11-02 18:00:00", D, "SF002"));
    String before = cli.expect(0, "shipments", "list", "SO1", "-f", "csv").out();
    assertTrue(before.contains("parcel,SF001,顺丰速运,2026-11-01 18:00:00,"), before);
    assertTrue(before.contains(",order export,gen_orders.csv,"), before);
    assertTrue(!before.contains(",shipments import,"), before);
    CliRunner.Result r =
        cli.expect(
            0,
            "--now",
            "2026-11-20 10:00",
            "shipments",
            "remove-parcel",
            "SO1",
            "SF001",
            "--reason",
            "wrong number",
            "--even-if-signed");
    // before the fix: 0 parcels left
    assertTrue(r.err().contains("Removed parcel SF001 of order SO1: 1 parcel left"), r.err());
    String after = cli.expect(0, "shipments", "list", "SO1", "-f", "csv").out();
    assertTrue(
        after.contains("removed,SF001,顺丰速运,2026-11-01 18:00:00,2026-11-10 10:00:00,order export,"),
        after);
    assertTrue(after.contains("parcel,SF002,顺丰速运,2026-11-02 18:00:00,"), after);
  }

  @Test
  void anExportRedatingTheRemovedParcelLeavesItRemovedToo() throws Exception {
    CliRunner cli = removedFirst("deliv3");
    CliRunner.Result r =
        load(
            cli,
            "2026-11-20 12:00",
            "deliv3.csv",
            gen("2026-11-01 18:00:00", "2026-11-03 10:00:00", "SF001"));
    assertTrue(r.err().contains("`shopops shipments restore-parcel SO1 SF001`"), r.err());
    assertEquals("SF002|2026-11-02 18:00:00|2026-11-10 10:00:00\n", shipment(cli));
  }

  @Test
  void onceRestoredTheExportIsTakenAsBefore() throws Exception {
    CliRunner cli = removedFirst("restored");
    cli.expect(0, "--now", "2026-11-20 10:30", "-q", "shipments", "restore-parcel", "SO1", "SF001");
    CliRunner.Result r =
        load(cli, "2026-11-20 11:30", "gen_orders.csv", gen("2026-11-01 18:00:00", D, "SF001"));
    assertTrue(!r.err().contains("restore-parcel"), r.err());
    assertEquals("SF001|2026-11-01 18:00:00|2026-11-10 10:00:00\n", shipment(cli));
    String t = total(cli);
    assertTrue(t.contains(",1.0000,0.0000,8.9,8.9,"), t);
  }
}
