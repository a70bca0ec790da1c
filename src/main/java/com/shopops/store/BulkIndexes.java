package com.shopops.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The secondary indexes of orders and their lines during a first load into an empty table: dropped
 * (whatever the migrations made) and each built once at the end, sorted, in the same transaction —
 * on SQLite except those on paid time, which an export lists in time order: kept up as rows come,
 * on the writer thread, they cost less than a build at the end (measured: 6% of the whole import).
 * PostgreSQL drops those too: there the COPY keeping them up cost more than building them at the
 * end (server CPU of the COPY of orders and the index builds, medians of 3 interleaved: 100,000
 * orders 0.89 → 0.75 s; a held load of 340,000 orders 2.24 → 2.05 s; docs/benchmarks.md, session
 * 26).
 */
final class BulkIndexes {
  private static final Set<String> KEPT_DURING_BULK = Set.of("orders_paid_at", "orders_unshipped");

  private final Map<String, String> dropped = new LinkedHashMap<>();

  /**
   * SQLite's row triggers that mark what an inserted order touches: V020's, its buyer for {@link
   * CustomerFigureUpkeep}, and V035's, its hour for {@link SlaFigureUpkeep}. A first load drops
   * them with the indexes and marks once, set-wise, when it ends ({@link
   * CustomerFigureUpkeep#markLoaded}, {@link SlaFigureUpkeep#markLoaded}), as PostgreSQL's first
   * load switches off its statement triggers ({@link PgOrderStage}): the marks came to two rows per
   * order, only for both figures to be built again whole. Made again from their stored text.
   */
  private static final List<String> MARK_TRIGGERS =
      List.of("customer_figures_order_in", "sla_figures_order_in");

  private final Map<String, String> triggers = new LinkedHashMap<>();

  /** The foreign keys of order_lines dropped (PostgreSQL): name and definition. */
  private final Map<String, String> keys = new LinkedHashMap<>();

  /**
   * Drops the indexes and remembers how to build them again. On PostgreSQL only when the import
   * holds the tables ({@code held}, {@link PgLocks#takeOrdersForLoad}): dropping an index there
   * locks out every reader until the load commits. There the lines' foreign key goes too and is
   * added again, validated by one join instead of a lookup and a row lock of the order per line.
   */
  static BulkIndexes drop(Connection conn, boolean held) throws SQLException {
    BulkIndexes b = new BulkIndexes();
    if (Dialect.of(conn) == Dialect.POSTGRESQL) {
      return held ? dropOnPostgres(conn, b) : b;
    }
    try (Statement st = conn.createStatement();
        var rs =
            st.executeQuery(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
                    + " AND tbl_name IN ('orders', 'order_lines')")) {
      while (rs.next()) {
        if (!KEPT_DURING_BULK.contains(rs.getString(1))) {
          b.dropped.put(rs.getString(1), rs.getString(2));
        }
      }
    }
    try (Statement st = conn.createStatement();
        var rs =
            st.executeQuery(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
                    + " AND tbl_name = 'orders'")) {
      while (rs.next()) {
        if (MARK_TRIGGERS.contains(rs.getString(1))) {
          b.triggers.put(rs.getString(1), rs.getString(2));
        }
      }
    }
    try (Statement st = conn.createStatement()) {
      for (String name : b.dropped.keySet()) {
        st.execute("DROP INDEX " + quoted(name));
      }
      for (String name : b.triggers.keySet()) {
        st.execute("DROP TRIGGER " + quoted(name));
      }
    }
    return b;
  }

  /**
   * Server CPU of a first load of 1,000,000 orders into an empty PostgreSQL store: see
   * docs/benchmarks.md, "PostgreSQL: a first load with the tables held" (session 12).
   */
  private static BulkIndexes dropOnPostgres(Connection conn, BulkIndexes b) throws SQLException {
    try (Statement st = conn.createStatement();
        var rs =
            st.executeQuery(
                "SELECT c.relname, pg_get_indexdef(i.indexrelid) FROM pg_index i"
                    + " JOIN pg_class c ON c.oid = i.indexrelid"
                    + " WHERE i.indrelid IN ('orders'::regclass, 'order_lines'::regclass)"
                    + " AND NOT i.indisunique ORDER BY c.relname")) {
      while (rs.next()) {
        b.dropped.put(rs.getString(1), rs.getString(2));
      }
    }
    try (Statement st = conn.createStatement();
        var rs =
            st.executeQuery(
                "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint"
                    + " WHERE conrelid = 'order_lines'::regclass AND contype = 'f'")) {
      while (rs.next()) {
        b.keys.put(rs.getString(1), rs.getString(2));
      }
    }
    try (Statement st = conn.createStatement()) {
      for (String name : b.keys.keySet()) {
        st.execute("ALTER TABLE order_lines DROP CONSTRAINT " + quoted(name));
      }
      for (String name : b.dropped.keySet()) {
        st.execute("DROP INDEX " + quoted(name));
      }
    }
    return b;
  }

  private static String quoted(String name) {
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }

  /**
   * Builds the dropped indexes again (and adds the dropped foreign keys, checked); makes the
   * dropped triggers again and marks what they would have marked.
   */
  void rebuild(Connection conn) throws SQLException {
    if (!triggers.isEmpty()) {
      try (Statement st = conn.createStatement()) {
        for (String sql : triggers.values()) {
          st.execute(sql);
        }
      }
      if (triggers.containsKey(MARK_TRIGGERS.get(0))) {
        CustomerFigureUpkeep.markLoaded(conn);
      }
      if (triggers.containsKey(MARK_TRIGGERS.get(1))) {
        SlaFigureUpkeep.markLoaded(conn);
      }
      triggers.clear();
    }
    try (Statement st = conn.createStatement()) {
      for (String sql : dropped.values()) {
        st.execute(sql);
      }
      for (var key : keys.entrySet()) {
        st.execute(
            "ALTER TABLE order_lines ADD CONSTRAINT "
                + quoted(key.getKey())
                + " "
                + key.getValue());
      }
    }
  }
}
