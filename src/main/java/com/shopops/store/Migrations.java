package com.shopops.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Numbered schema migrations, applied in order, all in one transaction together with the record of
 * each (PRAGMA user_version and the schema_migrations table) and the upgrade's data steps (each run
 * before its migration's version is recorded, the steps that read the stored export files too:
 * {@link RepricedUpgrade}, {@link PresaleUpgrade#dateByFiles}). A migration file is never edited
 * once it has landed; a change is a new file appended to {@link #FILES}. On PostgreSQL the files of
 * db/migration/postgresql/ (the same numbers and names) are applied instead, all in one transaction
 * under an advisory lock, and the version is the schema_migrations table's.
 */
final class Migrations {
  /** In order; the position (1-based) is the schema version the file brings the store to. */
  static final List<String> FILES =
      List.of(
          "V001__init.sql",
          "V002__shipments.sql",
          "V003__returns.sql",
          "V004__traffic_events.sql",
          "V005__followups.sql",
          "V006__lists.sql",
          "V007__anomalies.sql",
          "V008__paid_inferred.sql",
          "V009__complaints.sql",
          "V010__customer_figures.sql",
          "V011__visitor_days.sql",
          "V012__rfm_breaks.sql",
          "V013__list_agent.sql",
          "V014__customer_aliases.sql",
          "V015__import_user.sql",
          "V016__refund_deltas.sql",
          "V017__order_currency.sql",
          "V018__delivered_indexes.sql",
          "V019__money_derived.sql",
          "V020__figures_marks_per_statement.sql",
          "V021__return_withdrawn.sql",
          "V022__shipped_indexes.sql",
          "V023__line_item_id_cod.sql",
          "V024__purchase_rule.sql",
          OldReadings.MIGRATION,
          "V026__return_events.sql",
          "V027__returns_figures_per_file.sql",
          TwoPlatformBuyers.MIGRATION,
          "V029__closed_seen_at.sql",
          "V030__order_discount.sql",
          "V031__refund_seen_at.sql",
          "V032__exported_at.sql",
          "V033__refund_steps.sql",
          "V034__return_kind.sql",
          "V035__sla_figures.sql",
          "V036__shipment_parcels.sql",
          "V037__sla_refund_marks.sql",
          "V038__config_changes.sql",
          ParcelStore.MIGRATION,
          "V040__sla_refund_marks_unshipped.sql",
          "V041__amount_before_discount.sql",
          "V042__presale_paid_in_full.sql",
          "V043__export_parcels_kept.sql",
          "V044__return_corrections.sql",
          "V045__order_items_stated.sql",
          PresaleUpgrade.MIGRATION,
          "V047__parcel_restored_reason.sql",
          "V048__refund_stated_at.sql",
          ParcelStore.REMOVED_AGAIN,
          PresaleUpgrade.REDATE_MIGRATION,
          "V051__refund_step_stated_at.sql",
          PaidSeenUpgrade.AGAIN_MIGRATION,
          RepricedUpgrade.MIGRATION,
          "V054__sla_marks_written_id.sql",
          "V055__orders_import_index.sql",
          "V056__order_lines_exported_at.sql",
          "V057__amounts_from_lines.sql");

  private Migrations() {}

  static int latest() {
    return FILES.size();
  }

  /** Refuses a store whose schema is newer than this shopops (a later one upgraded it). */
  static void refuseNewer(Object store, int version) {
    if (version > latest()) {
      throw new StoreException(
          "store "
              + store
              + " has schema version "
              + version
              + ", newer than this shopops (version "
              + latest()
              + ")",
          "upgrade shopops to use this store");
    }
  }

  /**
   * Refuses a store whose recorded migrations are not this shopops' steps by name (tryout23a A5): a
   * build that had another file at a position (a branch's migration slipped in before an applied
   * one) would otherwise skip a migration or run one again. Nothing is changed.
   */
  static void refuseOtherSteps(Object store, Connection conn, int version) throws SQLException {
    if (version <= 0 || !Dialect.of(conn).hasTable(conn, "schema_migrations")) {
      return;
    }
    try (PreparedStatement ps =
        conn.prepareStatement(
            "SELECT version, name FROM schema_migrations WHERE version <= ? ORDER BY version")) {
      ps.setInt(1, Math.min(version, latest()));
      try (var rs = ps.executeQuery()) {
        while (rs.next()) {
          int v = rs.getInt(1);
          String name = rs.getString(2);
          if (v >= 1 && name != null && !name.equals(FILES.get(v - 1))) {
            throw new StoreException(
                "store "
                    + store
                    + ": its schema version "
                    + v
                    + " records "
                    + name
                    + ", but step "
                    + v
                    + " of this shopops is "
                    + FILES.get(v - 1),
                "another build of shopops upgraded it (a migration in a different order): open it"
                    + " with that build, or restore a backup; nothing was changed");
          }
        }
      }
    }
  }

  static int currentVersion(Connection conn) throws SQLException {
    return Dialect.of(conn).schemaVersion(conn);
  }

  /** Applies every migration above the store's version. Returns how many were applied. */
  static int migrate(Connection conn, Instant now) throws SQLException {
    return migrate(conn, now, latest());
  }

  /**
   * Applies the migrations above the store's version up to {@code target} (tests: an old store).
   */
  static int migrate(Connection conn, Instant now, int target) throws SQLException {
    return migrate(conn, now, target, null);
  }

  /**
   * Who opens the store to upgrade it: its location, its file (SQLite; null on PostgreSQL) and how
   * long to wait for another upgrade and what to say ({@code waiting}, null: wait quietly); the
   * upgrade's steps add what they put right ({@code repriced}: the orders {@link RepricedUpgrade}
   * put right), for the note the opening command prints.
   */
  record Opening(
      String location, java.nio.file.Path file, Store.Waiting waiting, List<String> repriced) {
    Opening(String location, java.nio.file.Path file, Store.Waiting waiting) {
      this(location, file, waiting, new ArrayList<>());
    }
  }

  /**
   * Applies the migrations above the store's version up to {@code target}, ALL in one transaction
   * with the upgrade's data steps (the re-dating by the stored files and the kept figures added
   * up): a reader never sees a store half-upgraded (tryout23a A8), and a stopped upgrade leaves the
   * store as it was (A9). Another opening of an old store waits for it ({@code opening}'s --wait),
   * or is told the store is being upgraded; the upgrading one says so on stderr (A7).
   */
  static int migrate(Connection conn, Instant now, int target, Opening opening)
      throws SQLException {
    if (currentVersion(conn) >= target) {
      return 0; // up to date: no write lock taken, so opening never waits for a writer
    }
    boolean auto = conn.getAutoCommit();
    conn.setAutoCommit(false); // BEGIN IMMEDIATE: another process upgrading at once waits here
    Dialect dialect = Dialect.of(conn);
    int from;
    WriterNote note = null;
    try {
      if (dialect == Dialect.POSTGRESQL && opening != null) {
        PgLocks.awaitSchema(conn, opening.location(), opening.waiting());
      } else {
        dialect.lockSchema(conn);
      }
      from = currentVersion(conn); // read again under the lock: it may have upgraded meanwhile
      if (dialect == Dialect.POSTGRESQL && from < target) {
        if (from == 0) {
          PgOwner.actAsOwner(conn, "init"); // the owner's tables
        } else {
          PgOwner.upgradeAsOwner(conn, from, target); // tryout22a A9
        }
      }
      boolean upgrading = from > 0 && from < target;
      if (upgrading && opening != null) {
        java.time.ZoneId zone =
            java.time.ZoneId.of(
                Settings.get(conn, Settings.ZONE).orElse(java.time.ZoneId.systemDefault().getId()));
        if (opening.file() != null) { // what a command waiting for the file names
          note = WriterNote.leave(opening.file(), "upgrade of the store", null, now, zone);
        }
        if (opening.waiting() != null) {
          opening
              .waiting()
              .progress()
              .accept(
                  "upgrading store "
                      + opening.location()
                      + " from schema "
                      + from
                      + " to "
                      + target
                      + " …");
        }
      }
      for (int v = from + 1; v <= target; v++) {
        String name = FILES.get(v - 1);
        try (Statement st = conn.createStatement()) {
          for (String sql : statements(read(dialect, name))) {
            st.execute(sql);
          }
        }
        if (name.equals(OldReadings.MIGRATION)) {
          OldReadings.record(conn, from); // what older versions stored the old way (review13 M1)
        }
        if (name.equals(ParcelStore.MIGRATION)) {
          ParcelStore.upgrade(conn); // the order export's shipment is a parcel (tryout20 Y7)
        }
        if (name.equals(TwoPlatformBuyers.MIGRATION)) {
          TwoPlatformBuyers.upgrade(conn); // buyers of two platforms, one rule (review14 N2, N5)
        }
        if (name.equals(ParcelStore.REMOVED_AGAIN)) {
          // removed parcels an older import brought back (A8), and the presales an older
          // shopops capped without keeping when they were seen paid (tryout24a A8)
          PaidSeenUpgrade.upgrade(conn, ParcelStore.removeAgain(conn));
        }
        if (name.equals(PaidSeenUpgrade.AGAIN_MIGRATION) && PaidSeenUpgrade.pastV049(from)) {
          // the same for stores an older shopops already took past V049 (schema 49-51): their
          // capped presales were never read again (paid25b); from below, V049's step just did it
          PaidSeenUpgrade.again(conn);
        }
        if (name.equals(RepricedUpgrade.MIGRATION) && from > 0) {
          // B2's 改价 put back by the stored 订单报表, before this version is recorded (upgrade26)
          List<String> repriced = RepricedUpgrade.upgrade(conn);
          if (opening != null) {
            opening.repriced().addAll(repriced);
          }
        }
        if (name.equals(PresaleUpgrade.MIGRATION)) {
          PresaleUpgrade.upgrade(conn); // staged presales dated on their deposit (tryout22a A2)
        }
        if (name.equals(PresaleUpgrade.REDATE_MIGRATION)) {
          PresaleUpgrade.redate(conn); // closed with only their deposit paid (tryout23a A6)
        }
        // the version recorded once its step is done, in the same transaction (upgrade26)
        try (Statement st = conn.createStatement()) {
          dialect.recordVersion(st, v);
        }
        try (PreparedStatement ps =
            conn.prepareStatement(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)")) {
          ps.setInt(1, v);
          ps.setString(2, name);
          ps.setLong(3, now.getEpochSecond());
          ps.executeUpdate();
        }
      }
      if (upgrading && target == latest()) {
        if (opening != null) {
          // the stored 订单报表 files read again in the same transaction (tryout23a A8)
          PresaleUpgrade.dateByFiles(conn);
        }
        // what the upgrade's updates marked is added up now, so that `check` finds the kept
        // figures right straight after an upgrade (tryout22a A3)
        MaintainedFigures.refresh(conn);
      }
      conn.commit();
    } catch (SQLException | RuntimeException e) {
      conn.rollback();
      throw e;
    } finally {
      conn.setAutoCommit(auto);
      if (note != null) {
        note.remove();
      }
    }
    return Math.max(0, target - from);
  }

  private static final java.util.regex.Pattern CREATE_INDEX =
      java.util.regex.Pattern.compile(
          "(?i)CREATE\\s+(?:UNIQUE\\s+)?INDEX\\s+(?:CONCURRENTLY\\s+)?(?:IF\\s+NOT\\s+EXISTS\\s+)?(\\w+)");

  /** The indexes the migrations of {@code dialect} create by name: shopops' own. */
  static java.util.Set<String> indexNames(Dialect dialect) {
    java.util.Set<String> names = new java.util.TreeSet<>();
    for (String file : FILES) {
      for (String statement : statements(read(dialect, file))) {
        java.util.regex.Matcher m = CREATE_INDEX.matcher(statement);
        if (m.find()) {
          names.add(m.group(1).toLowerCase(java.util.Locale.ROOT));
        }
      }
    }
    return names;
  }

  private static String read(Dialect dialect, String name) {
    try (InputStream in = Migrations.class.getResourceAsStream(dialect.migrations + name)) {
      if (in == null) {
        throw new IllegalStateException("migration missing from the jar: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Splits a migration file into statements: strips -- comments, splits on ';' at line ends. */
  static List<String> statements(String script) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (String line : script.split("\n", -1)) {
      int comment = line.indexOf("--");
      String code = comment >= 0 ? line.substring(0, comment) : line;
      cur.append(code).append('\n');
      if (code.stripTrailing().endsWith(";")) {
        String sql = cur.toString().strip();
        out.add(sql.substring(0, sql.length() - 1));
        cur.setLength(0);
      }
    }
    if (!cur.toString().isBlank()) {
      out.add(cur.toString().strip());
    }
    return out;
  }
}
