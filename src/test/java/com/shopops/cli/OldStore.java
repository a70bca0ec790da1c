package com.shopops.cli;

import com.shopops.store.Store;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A store as an older shopops left it, for the upgrade tests: {@link #asOfVersion} undoes every
 * migration after the version asked for (drops what each added, deletes its schema_migrations row,
 * and on SQLite sets PRAGMA user_version), so the next command upgrades it again. A new migration
 * means one entry in {@link #SQLITE} (and {@link #POSTGRESQL}), not an edit in every upgrade test.
 *
 * <p>Each entry is what undoes that migration, in the order it must run. Triggers are dropped with
 * IF EXISTS: a later migration that rewrote a trigger drops it (its re-run makes it again), and the
 * one that first made it then finds it gone. Tables are dropped last of all (SQLite checks the
 * whole schema at each ALTER TABLE DROP COLUMN, and a trigger naming a dropped table fails it).
 * Migrations without an entry changed no schema (data or trigger bodies only), except V017, whose
 * undo is the orders' currency emptied as the older shopops stored them. Data an older shopops
 * stored otherwise (a test's scenario) stays the test's own set-up.
 */
final class OldStore {
  private OldStore() {}

  /** V035's mark of an order write: the hour of the order's clock (new row, old row). */
  private static final String V035_CLOCK_NEW =
      "coalesce(CASE WHEN new.cash_on_delivery = 1 THEN new.created_at END, new.paid_at, new.created_at) / 3600";

  private static final String V035_CLOCK_OLD =
      "coalesce(CASE WHEN old.cash_on_delivery = 1 THEN old.created_at END, old.paid_at, old.created_at) / 3600";

  private static final Map<Integer, List<String>> SQLITE =
      Map.ofEntries(
          // V056 stored the lines' export time
          Map.entry(56, List.of("ALTER TABLE order_lines DROP COLUMN exported_at")),
          Map.entry(55, List.of("DROP INDEX orders_import")), // V055 indexed orders by import
          Map.entry(
              54,
              List.of(
                  "DROP TRIGGER IF EXISTS sla_figures_order_in", // V054 named the order written
                  "DROP TRIGGER IF EXISTS sla_figures_order_out",
                  "DROP TRIGGER IF EXISTS sla_figures_order_change",
                  "ALTER TABLE sla_figures_dirty DROP COLUMN written_id",
                  "CREATE TRIGGER sla_figures_order_in AFTER INSERT ON orders BEGIN"
                      + " INSERT INTO sla_figures_dirty (hour) VALUES ("
                      + V035_CLOCK_NEW
                      + "); END",
                  "CREATE TRIGGER sla_figures_order_out AFTER DELETE ON orders BEGIN"
                      + " INSERT INTO sla_figures_dirty (hour) VALUES ("
                      + V035_CLOCK_OLD
                      + "); END",
                  "CREATE TRIGGER sla_figures_order_change AFTER UPDATE ON orders BEGIN"
                      + " INSERT INTO sla_figures_dirty (hour) VALUES ("
                      + V035_CLOCK_OLD
                      + "), ("
                      + V035_CLOCK_NEW
                      + "); END")),
          Map.entry(
              51,
              List.of(
                  "DROP TRIGGER IF EXISTS order_refund_step", // V033 made it, V051 rewrote it
                  "ALTER TABLE order_refund_steps DROP COLUMN before_stated_at",
                  "ALTER TABLE order_refund_steps DROP COLUMN after_stated_at")),
          Map.entry(49, List.of("ALTER TABLE orders DROP COLUMN paid_seen_at")),
          Map.entry(
              48,
              List.of(
                  "DROP TRIGGER IF EXISTS order_refund_restated",
                  "DROP TRIGGER IF EXISTS order_refund_first_stated",
                  "ALTER TABLE orders DROP COLUMN refund_stated_at")),
          Map.entry(47, List.of("ALTER TABLE parcel_removals DROP COLUMN restored_reason")),
          Map.entry(
              45,
              List.of(
                  "ALTER TABLE orders DROP COLUMN items_quantity",
                  "ALTER TABLE orders DROP COLUMN items_title")),
          Map.entry(44, List.of("DROP TABLE return_corrections")),
          Map.entry(
              43,
              List.of(
                  "DROP TRIGGER IF EXISTS orders_export_parcel_kept",
                  "ALTER TABLE parcel_removals DROP COLUMN restored_by",
                  "ALTER TABLE parcel_removals DROP COLUMN restored_at")),
          Map.entry(42, List.of("ALTER TABLE orders DROP COLUMN deposited_at")),
          Map.entry(39, List.of("DROP TABLE parcel_removals")),
          Map.entry(38, List.of("DROP TABLE config_changes")),
          Map.entry(
              37,
              List.of(
                  "DROP TRIGGER IF EXISTS sla_figures_refund_in", // V040 rewrote them
                  "DROP TRIGGER IF EXISTS sla_figures_refund_out",
                  "DROP TRIGGER IF EXISTS sla_figures_refund_change")),
          Map.entry(
              36,
              List.of("DROP TABLE shipment_parcels", "ALTER TABLE orders DROP COLUMN order_type")),
          Map.entry(
              35,
              List.of(
                  "DROP TRIGGER IF EXISTS sla_figures_order_in",
                  "DROP TRIGGER IF EXISTS sla_figures_order_out",
                  "DROP TRIGGER IF EXISTS sla_figures_order_change",
                  "DROP TRIGGER IF EXISTS sla_figures_shipment_in",
                  "DROP TRIGGER IF EXISTS sla_figures_shipment_out",
                  "DROP TRIGGER IF EXISTS sla_figures_shipment_change",
                  "DROP TABLE sla_figures_dirty",
                  "DROP TABLE sla_figures",
                  "DELETE FROM settings WHERE key = 'sla_figures.rules'")),
          Map.entry(34, List.of("ALTER TABLE returns DROP COLUMN kind")),
          Map.entry(
              33,
              List.of("DROP TRIGGER IF EXISTS order_refund_step", "DROP TABLE order_refund_steps")),
          Map.entry(32, List.of("ALTER TABLE orders DROP COLUMN exported_at")),
          Map.entry(31, List.of("ALTER TABLE orders DROP COLUMN refund_seen_at")),
          Map.entry(
              30,
              List.of(
                  "ALTER TABLE orders DROP COLUMN discount_code",
                  "ALTER TABLE orders DROP COLUMN discount")),
          Map.entry(29, List.of("ALTER TABLE orders DROP COLUMN closed_seen_at")),
          Map.entry(28, List.of("DROP TABLE buyer_splits")),
          Map.entry(27, List.of("DROP TABLE returns_figures_deferred")),
          Map.entry(26, List.of("DROP TABLE return_events")),
          Map.entry(25, List.of("DROP TABLE old_readings")),
          Map.entry(
              23,
              List.of(
                  "DROP INDEX orders_unshipped_cod",
                  "ALTER TABLE orders DROP COLUMN cash_on_delivery",
                  "ALTER TABLE order_lines DROP COLUMN item_id")),
          Map.entry(22, List.of("DROP INDEX orders_shipped", "DROP INDEX shipments_shipped")),
          Map.entry(21, List.of("ALTER TABLE returns DROP COLUMN withdrawn_at")),
          Map.entry(
              19,
              List.of(
                  "ALTER TABLE orders DROP COLUMN amount_derived",
                  "ALTER TABLE orders DROP COLUMN total_derived")),
          Map.entry(18, List.of("DROP INDEX orders_delivered", "DROP INDEX shipments_delivered")),
          Map.entry(17, List.of("UPDATE orders SET currency = NULL")));

  /** PostgreSQL's undo, written as far back as a test needs it (V048). */
  private static final String V035_CLOCK_PG =
      "coalesce(CASE WHEN o.cash_on_delivery = 1 THEN o.created_at END, o.paid_at, o.created_at) / 3600";

  private static final Map<Integer, List<String>> POSTGRESQL =
      Map.of(
          56,
          List.of("ALTER TABLE order_lines DROP COLUMN exported_at"),
          55,
          List.of("DROP INDEX orders_import"),
          54,
          List.of(
              "CREATE OR REPLACE FUNCTION sla_figures_mark_orders() RETURNS trigger"
                  + " LANGUAGE plpgsql AS $$ BEGIN IF TG_OP <> 'INSERT' THEN"
                  + " INSERT INTO sla_figures_dirty (hour) SELECT DISTINCT "
                  + V035_CLOCK_PG
                  + " FROM gone o; END IF; IF TG_OP <> 'DELETE' THEN"
                  + " INSERT INTO sla_figures_dirty (hour) SELECT DISTINCT "
                  + V035_CLOCK_PG
                  + " FROM came o; END IF; RETURN NULL; END $$",
              "ALTER TABLE sla_figures_dirty DROP COLUMN written_id"),
          51,
          List.of(
              // its function order_refund_step() names them; V051's re-run replaces it
              "ALTER TABLE order_refund_steps DROP COLUMN before_stated_at",
              "ALTER TABLE order_refund_steps DROP COLUMN after_stated_at"),
          49,
          List.of("ALTER TABLE orders DROP COLUMN paid_seen_at"));

  /** Migrations that changed no schema (data, or a trigger's body a later undo drops). */
  private static final java.util.Set<Integer> NO_SCHEMA =
      java.util.Set.of(20, 24, 40, 41, 46, 50, 52, 53, 57);

  /** The oldest version each dialect's undo reaches. */
  private static final int SQLITE_OLDEST = 16;

  private static final int POSTGRESQL_OLDEST = 48;

  /** The store behind {@code cli} (a SQLite file) as schema {@code version} left it. */
  static void asOfVersion(CliRunner cli, int version) throws SQLException {
    try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + cli.db())) {
      asOfVersion(c, version);
    }
  }

  /** The store on {@code c} (SQLite or PostgreSQL) as schema {@code version} left it. */
  static void asOfVersion(Connection c, int version) throws SQLException {
    boolean pg = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    int oldest = pg ? POSTGRESQL_OLDEST : SQLITE_OLDEST;
    if (version < oldest || version > Store.latestSchemaVersion()) {
      throw new IllegalArgumentException(
          "OldStore knows how to undo "
              + (pg ? "PostgreSQL" : "SQLite")
              + " migrations down to schema "
              + oldest
              + ", not "
              + version
              + ": add the undo of the older ones");
    }
    Map<Integer, List<String>> undo = pg ? POSTGRESQL : SQLITE;
    List<String> steps = new ArrayList<>();
    List<String> tables = new ArrayList<>();
    for (int v = Store.latestSchemaVersion(); v > version; v--) {
      if (!undo.containsKey(v) && !NO_SCHEMA.contains(v)) {
        throw new IllegalStateException(
            "OldStore has no undo of V0" + v + ": add it (or name V0" + v + " in NO_SCHEMA)");
      }
      for (String step : undo.getOrDefault(v, List.of())) {
        (step.startsWith("DROP TABLE") ? tables : steps).add(step);
      }
    }
    steps.addAll(tables);
    steps.add("DELETE FROM schema_migrations WHERE version > " + version);
    if (!pg) {
      steps.add("PRAGMA user_version = " + version);
    }
    try (Statement st = c.createStatement()) {
      for (String step : steps) {
        try {
          st.execute(step);
        } catch (SQLException e) {
          throw new SQLException("OldStore.asOfVersion(" + version + "): " + step, e);
        }
      }
    }
  }
}
