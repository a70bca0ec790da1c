package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * tryout22b B9: Shopify's partial export (first item out 11-19 20:00) imported after the fulfilled
 * one (11-20 15:00) of the same order was "unchanged" and the order stayed shipped 11-20 15:00:
 * late 29.0 h in that store, on time 10.0 h in the store that took them the other way round. Now
 * the older export's earlier outbound is taken (shipped = the earliest outbound), with a
 * `shipped-kept` anomaly naming both times: the same store either way, equal to `check --rebuild`.
 */
class OlderExportOutboundTest {
  @TempDir Path dir;

  static final String PARTIAL =
      ExportParcelsKeptTest.shopify("partial", "2026-11-19 20:00:00 +0800");
  static final String FULFILLED =
      ExportParcelsKeptTest.shopify("fulfilled", "2026-11-20 15:00:00 +0800");

  static CliRunner.Result load(CliRunner cli, Path dir, String kind, String name, String text) {
    return cli.expect(
        0,
        "--now",
        "2026-11-21 10:00",
        "import",
        kind,
        TestFiles.write(dir, name, text).toString());
  }

  static String total(CliRunner cli) {
    String[] lines =
        cli.expect(0, "--now", "2026-11-21 10:00", "sla", "report", "--wide", "-f", "csv")
            .out()
            .split("\n");
    return lines[lines.length - 1];
  }

  static final String ANOMALY =
      "a newer export stated this order shipped at 2026-11-20 15:00; this file, an older export,"
          + " gives an earlier time, 2026-11-19 20:00, and no tracking number tells a second parcel"
          + " from the first re-dated: the first outbound is taken (shipped = the earliest"
          + " outbound)";

  /**
   * A new store (either dialect): the fulfilled export, then (with {@code dhl}, a shipments file
   * naming the later parcel between them) the older partial one; returns the SLA total.
   */
  static String backwards(CliRunner cli, Path dir, boolean dhl) {
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    load(cli, dir, "orders", "v3.csv", FULFILLED);
    if (dhl) {
      load(
          cli,
          dir,
          "shipments",
          "dhl.csv",
          "order_id,carrier,tracking_no,shipped_at,delivered_at\n"
              + "#2003,DHL,DHL0002,2026-11-20 15:00:00,\n");
    }
    String late = total(cli);
    assertTrue(late.contains(",0.0000,0.0000,29.0,29.0,"), late);
    CliRunner.Result r = load(cli, dir, "orders", "v2.csv", PARTIAL);
    // before the fix: 未变 1, late 29.0 h
    assertTrue(r.err().contains("(0 new, 1 updated, 0 unchanged)"), r.err());
    String t = total(cli);
    assertTrue(t.startsWith("total,1,1,0,0,"), t);
    assertTrue(t.contains(",1.0000,0.0000,10.0,10.0,"), t);
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("shopops imports show (\\d+)").matcher(r.err());
    assertTrue(m.find(), r.err());
    String anomalies = cli.expect(0, "imports", "show", m.group(1), "-f", "csv").out();
    assertTrue(anomalies.contains(ANOMALY), anomalies);
    cli.expect(0, "--now", "2026-11-21 10:00", "-q", "check", "--rebuild");
    assertEquals(t, total(cli));
    return t;
  }

  private CliRunner store(String name) throws Exception {
    java.nio.file.Files.createDirectories(dir.resolve(name));
    return new CliRunner(dir.resolve(name));
  }

  @Test
  void anOlderPartialExportImportedSecondGivesTheSameStoreAsTheForwardOrder() throws Exception {
    CliRunner back = store("back");
    String t = backwards(back, dir, false);
    assertEquals(
        "2026-11-19 20:00:00\n",
        back.sql(
            "SELECT datetime(shipped_at, 'unixepoch', '+8 hours') FROM orders"
                + " WHERE order_id = '#2003'"));
    CliRunner forward = store("forward");
    forward.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    load(forward, dir, "orders", "v2.csv", PARTIAL);
    load(forward, dir, "orders", "v3.csv", FULFILLED);
    assertEquals(t, total(forward));
  }

  @Test
  void withAShipmentsFileTheOrdersShipmentIsMadeAgain() throws Exception {
    CliRunner cli = store("dhl");
    backwards(cli, dir, true);
    assertEquals(
        "DHL0002|2026-11-19 20:00:00\n",
        cli.sql(
            "SELECT tracking_no, datetime(shipped_at, 'unixepoch', '+8 hours') FROM shipments"));
  }
}
