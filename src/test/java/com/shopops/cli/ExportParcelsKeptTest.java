package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * tryout21 Z9: a newer order export re-dated the order export's own parcel, so the first outbound
 * was lost. Shopify #2003 partial (Fulfilled at 11-19 20:00) then fulfilled (11-20 15:00): on time
 * 10.0 h → late 29.0 h; generic SO1 SF001 11-01 18:00 then SF002 11-02 18:00: on time 8.9 h → late
 * 32.9 h. Now an outbound an export stated stays: another tracking number is another parcel, no
 * tracking number keeps the earliest outbound with an anomaly naming both times, and the same
 * tracking number re-dated takes the newer time. The kept SLA figures equal `check --rebuild`.
 */
class ExportParcelsKeptTest {
  @TempDir Path dir;

  private static final String SHOPIFY_HEAD =
      "Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,Currency,Subtotal,"
          + "Shipping,Taxes,Total,Created at,Lineitem quantity,Lineitem name,Lineitem price,"
          + "Lineitem sku\n";

  static String shopify(String status, String fulfilled) {
    return SHOPIFY_HEAD
        + "#2003,2003@example.com,paid,2026-11-19 10:00:00 +0800,"
        + status
        + ","
        + fulfilled
        + ",USD,30.00,0.00,0.00,30.00,2026-11-19 09:59:00 +0800,1,Black tea,30.00,US-BLK\n";
  }

  private static final String GEN_HEAD =
      "order_id,customer_id,created_at,paid_at,shipped_at,delivered_at,carrier,tracking_no,status,"
          + "sku,title,quantity,amount,shipping_fee,province,city\n";

  private static String gen(String shipped, String tracking) {
    return GEN_HEAD
        + "SO1,C1,2026-11-01 09:00:00,2026-11-01 09:05:00,"
        + shipped
        + ",2026-11-10 10:00:00,顺丰速运,"
        + tracking
        + ",delivered,SKU-X,杯子,2,100.00,0.00,广东,广州\n";
  }

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
        "2026-11-21 10:00",
        "-q",
        "import",
        kind,
        TestFiles.write(dir, name, text).toString());
  }

  private static String shipped(CliRunner cli, String id) throws Exception {
    return cli.sql(
        "SELECT datetime(coalesce(s.shipped_at, o.shipped_at), 'unixepoch', '+8 hours')"
            + " FROM orders o LEFT JOIN shipments s ON s.order_id = o.order_id"
            + " WHERE o.order_id = '"
            + id
            + "'");
  }

  private static String total(CliRunner cli) {
    String[] lines =
        cli.expect(0, "--now", "2026-11-21 10:00", "sla", "report", "--wide", "-f", "csv")
            .out()
            .split("\n");
    return lines[lines.length - 1];
  }

  /** The kept figures equal those `check --rebuild` makes. */
  private static void sameAfterRebuild(CliRunner cli, String total) {
    cli.expect(0, "--now", "2026-11-21 10:00", "-q", "check", "--rebuild");
    assertEquals(total, total(cli));
  }

  @Test
  void aShopifyReExportOfTheLaterFulfilmentKeepsTheFirstOutbound() throws Exception {
    CliRunner cli = store("y3");
    load(cli, "orders", "v2.csv", shopify("partial", "2026-11-19 20:00:00 +0800"));
    load(
        cli,
        "shipments",
        "dhl.csv",
        "order_id,carrier,tracking_no,shipped_at,delivered_at\n"
            + "#2003,DHL,DHL0002,2026-11-20 15:00:00,\n");
    String before = total(cli);
    assertTrue(before.contains(",1.0000,0.0000,10.0,10.0,"), before);
    load(cli, "orders", "v3.csv", shopify("fulfilled", "2026-11-20 15:00:00 +0800"));
    // before the fix: 2026-11-20 15:00:00, shipped_late, 29.0 h
    assertEquals("2026-11-19 20:00:00\n", shipped(cli, "#2003"));
    assertEquals(before, total(cli));
    assertEquals(
        "anomaly:shipped-kept|an earlier export stated this order shipped at 2026-11-19 20:00;"
            + " this file gives a later time, 2026-11-20 15:00, and no tracking number tells a"
            + " second parcel from the first re-dated: the first outbound is kept (shipped = the"
            + " earliest outbound)\n",
        cli.sql("SELECT kind, message FROM anomalies WHERE record_id = '#2003'"));
    sameAfterRebuild(cli, before);
  }

  @Test
  void withoutAShipmentsFileTheFirstFulfilmentStaysToo() throws Exception {
    CliRunner cli = store("s");
    load(cli, "orders", "v2.csv", shopify("partial", "2026-11-19 20:00:00 +0800"));
    load(cli, "orders", "v3.csv", shopify("fulfilled", "2026-11-20 15:00:00 +0800"));
    assertEquals("2026-11-19 20:00:00\n", shipped(cli, "#2003"));
    String t = total(cli);
    assertTrue(t.contains(",1.0000,0.0000,10.0,10.0,"), t);
    sameAfterRebuild(cli, t);
  }

  @Test
  void anotherTrackingNumberFromANewerExportIsAnotherParcel() throws Exception {
    CliRunner cli = store("g1");
    load(cli, "orders", "gen.csv", gen("2026-11-01 18:00:00", "SF001"));
    load(cli, "orders", "later.csv", gen("2026-11-02 18:00:00", "SF002"));
    // before the fix: shipped 11-02 18:00, late 32.9 h
    assertEquals("2026-11-01 18:00:00\n", shipped(cli, "SO1"));
    assertEquals(
        "SF001|2026-11-01 18:00:00|2026-11-10 10:00:00\n",
        cli.sql(
            "SELECT parcel, datetime(shipped_at, 'unixepoch', '+8 hours'),"
                + " datetime(delivered_at, 'unixepoch', '+8 hours') FROM shipment_parcels"));
    String t = total(cli);
    assertTrue(t.startsWith("total,1,1,0,"), t);
    assertTrue(t.contains(",1.0000,0.0000,8.9,8.9,"), t);
    sameAfterRebuild(cli, t);
  }

  @Test
  void anOlderExportsOtherTrackingNumberImportedSecondIsAParcelToo() throws Exception {
    // B9 across tracking numbers: the newer export first, the older one (SF001 11-01) second
    CliRunner cli = store("g3");
    load(cli, "orders", "later.csv", gen("2026-11-02 18:00:00", "SF002"));
    String late = total(cli);
    assertTrue(late.contains(",0.0000,0.0000,32.9,32.9,"), late);
    // an older export: SF001 out, not yet signed for (status shipped, no delivered time)
    load(
        cli,
        "orders",
        "gen.csv",
        gen("2026-11-01 18:00:00", "SF001")
            .replace(",2026-11-10 10:00:00,", ",,")
            .replace(",delivered,", ",shipped,"));
    // before the fix: shipped 11-02 18:00, late 32.9 h, SF001 nowhere
    assertEquals("2026-11-01 18:00:00\n", shipped(cli, "SO1"));
    assertEquals(
        "SF001|2026-11-01 18:00:00|null\n",
        cli.sql(
            "SELECT parcel, datetime(shipped_at, 'unixepoch', '+8 hours'),"
                + " datetime(delivered_at, 'unixepoch', '+8 hours') FROM shipment_parcels"));
    assertEquals(
        "anomaly:shipped-kept|a newer export stated this order shipped at 2026-11-02 18:00"
            + " (parcel SF002);"
            + " this file, an older export, states parcel SF001 shipped at 2026-11-01 18:00: it is"
            + " kept as a parcel of its own and the order shipped at the earliest outbound\n",
        cli.sql("SELECT kind, message FROM anomalies"));
    String t = total(cli);
    assertTrue(t.startsWith("total,1,1,0,"), t);
    assertTrue(t.contains(",1.0000,0.0000,8.9,8.9,"), t);
    sameAfterRebuild(cli, t);
  }

  @Test
  void theSameTrackingNumberReDatedTakesTheNewerTime() throws Exception {
    CliRunner cli = store("g2");
    load(cli, "orders", "gen.csv", gen("2026-11-01 18:00:00", "SF001"));
    load(cli, "orders", "later.csv", gen("2026-11-02 18:00:00", "SF001"));
    assertEquals("2026-11-02 18:00:00\n", shipped(cli, "SO1"));
    assertEquals("0\n", cli.sql("SELECT count(*) FROM shipment_parcels"));
    assertEquals("0\n", cli.sql("SELECT count(*) FROM anomalies"));
  }
}
