package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * tryout23b A8: a store that an order export imported again before session 23 (tryout22b B4) keeps
 * the removed parcel: SO1 with SF001 removed by hand, then gen_orders.csv wrote SF001 back into the
 * order (the p4.db of /tmp/tryout23b-data/up): SF001 listed as a parcel AND removed, SO1 on time
 * (8.9 h) instead of late (32.9 h), `check --rebuild` clean, and the next re-import says SF001
 * stays removed while the order keeps its time. The upgrade to schema 49 takes it out again, as the
 * removal does: shipped 11-02 18:00 from SF002, late 32.9 h, as on a store B4 never hit.
 */
class ParcelsRemovedAgainUpgradeTest {
  @TempDir Path dir;

  CliRunner newStore() throws Exception {
    return new CliRunner(dir);
  }

  java.sql.Connection connection(CliRunner cli) throws Exception {
    return java.sql.DriverManager.getConnection("jdbc:sqlite:" + cli.db());
  }

  /** A query's rows (as {@link CliRunner#rows}), or a statement run ("" back). */
  String q(CliRunner cli, String query) throws Exception {
    try (java.sql.Connection c = connection(cli)) {
      if (query.startsWith("SELECT")) {
        return CliRunner.rows(c, query);
      }
      try (java.sql.Statement st = c.createStatement()) {
        st.execute(query);
      }
      return "";
    }
  }

  /** Schema 48: the version of the store as session 23's shopops left it. */
  void olderVersion(CliRunner cli) throws Exception {
    try (java.sql.Connection c = connection(cli)) {
      OldStore.asOfVersion(c, 48);
    }
  }

  private static String total(CliRunner cli) {
    String[] lines =
        cli.expect(0, "--now", "2026-11-21 10:00", "sla", "report", "--wide", "-f", "csv")
            .out()
            .split("\n");
    return lines[lines.length - 1];
  }

  @Test
  void theUpgradeRemovesAgainAParcelAnOlderImportBroughtBack() throws Exception {
    CliRunner cli = newStore();
    ParcelsStayRemovedTest.removedFirst(cli, dir);
    String removed = total(cli);
    assertTrue(removed.startsWith("total,1,0,1,"), removed);
    assertTrue(removed.contains(",0.0000,0.0000,32.9,32.9,"), removed);

    // B4's damage as p4.db holds it: the order export's SF001 written back into the order, SF002
    // kept as a parcel, the order's shipment from SF001 (shipped 11-01 18:00, on time 8.9 h)
    q(
        cli,
        "UPDATE orders SET shipped_at = 1793527200, delivered_at = 1794276000,"
            + " carrier = '顺丰速运', tracking_no = 'SF001' WHERE order_id = 'SO1'");
    q(
        cli,
        "INSERT INTO shipment_parcels (order_id, parcel, carrier, tracking_no, shipped_at,"
            + " delivered_at, import_id) VALUES ('SO1', 'SF002', '顺丰速运', 'SF002', 1793613600,"
            + " 1794276000, 2) ON CONFLICT (order_id, parcel) DO NOTHING");
    q(cli, "DELETE FROM shipments WHERE order_id = 'SO1'");
    q(
        cli,
        "INSERT INTO shipments (order_id, carrier, tracking_no, shipped_at, delivered_at,"
            + " import_id) VALUES ('SO1', '顺丰速运', 'SF001', 1793527200, 1794276000, 2)");
    q(cli, "DELETE FROM sla_figures_dirty");
    q(cli, "DELETE FROM sla_figures");
    olderVersion(cli);

    // the first command upgrades: before V049 this said total,1,1,0,… on time 8.9 h; the repair
    // is said (paid25: it was silent)
    CliRunner.Result first =
        cli.expect(0, "--now", "2026-11-21 10:00", "sla", "report", "--wide", "-f", "csv");
    assertTrue(
        first
            .err()
            .contains(
                "note: 1 order (e.g. SO1) held again a parcel removed by hand that an older shopops"
                    + " brought back when an order export was imported again: removed again, and"
                    + " its shipped, delivered and on-time figures made again from the parcels"
                    + " left\n"),
        first.err());
    String upgraded = total(cli);
    assertEquals(removed, upgraded);
    assertEquals(
        com.shopops.store.Store.latestSchemaVersion() + "\n",
        q(cli, "SELECT max(version) FROM schema_migrations"));
    assertEquals(
        "SO1|null|null|null|null\n",
        q(cli, "SELECT order_id, shipped_at, delivered_at, carrier, tracking_no FROM orders"));
    assertEquals(
        "SF002|1793613600|1794276000\n",
        q(cli, "SELECT tracking_no, shipped_at, delivered_at FROM shipments"));
    String list = cli.expect(0, "shipments", "list", "SO1", "-f", "csv").out();
    assertEquals(1, list.lines().filter(l -> l.startsWith("parcel,")).count(), list);
    assertTrue(list.contains("parcel,SF002,顺丰速运,2026-11-02 18:00:00,"), list);
    assertTrue(list.contains("removed,SF001,"), list);
    cli.expect(0, "--now", "2026-11-21 10:00", "-q", "check");
    cli.expect(0, "--now", "2026-11-21 10:00", "-q", "check", "--rebuild");
    assertEquals(removed, total(cli));
  }
}
