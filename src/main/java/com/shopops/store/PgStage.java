package com.shopops.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;

/**
 * A temporary staging table on PostgreSQL that an importer fills with {@code COPY} ({@link PgCopy})
 * and merges into the store with one set-based statement ({@code INSERT … SELECT … FROM stage ORDER
 * BY seq ON CONFLICT …}), the pattern of {@link PgOrderStage}. It numbers the rows ({@code seq},
 * the file's order) and remembers the keys staged since the last merge, so that the importer merges
 * before a key comes a second time: PostgreSQL refuses to upsert one key twice in a statement, and
 * the counts stay those of the row batches, a change per row. The stage is private to the
 * connection and dropped at commit; the COPY is ended before the connection answers anything else.
 */
final class PgStage {
  /** Below this many staged rows the stage is emptied with DELETE, else with TRUNCATE. */
  private static final int TRUNCATE_ROWS = 10_000;

  /** What a merge with {@code RETURNING} hands back, row by row. */
  interface Returned {
    void row(ResultSet rs) throws SQLException;
  }

  private final Connection conn;
  private final String name;
  private final String create;
  private final String columns;
  private final Set<String> keys = new HashSet<>();
  private PgCopy copy;
  private boolean created;
  private long seq;

  /** Rows staged by the COPYs that ended since the last merge. */
  private long rows;

  /**
   * A stage {@code pg_temp.shopops_NAME_stage} with {@code seq BIGINT} and these columns ({@code
   * definition}: "a TEXT, b BIGINT"; {@code columns}: "a, b", the order {@link #row} writes them).
   */
  static PgStage of(Connection conn, String name, String definition, String columns) {
    return new PgStage(conn, name, columns, " (seq BIGINT, " + definition + ") ON COMMIT DROP");
  }

  private PgStage(Connection conn, String name, String columns, String create) {
    this.conn = conn;
    this.name = "shopops_" + name + "_stage";
    this.columns = columns;
    this.create = create;
  }

  /** A stage whose columns have the types of the same columns of a store table. */
  static PgStage like(Connection conn, String table, String columns) {
    return new PgStage(
        conn,
        table,
        columns,
        " ON COMMIT DROP AS SELECT NULL::BIGINT AS seq, "
            + columns
            + " FROM "
            + table
            + " WITH NO DATA");
  }

  /** The staging table's qualified name, for the merge statement. */
  String table() {
    return "pg_temp." + name;
  }

  /** Whether a row with this key is staged and not merged yet. */
  boolean has(String key) {
    return keys.contains(key);
  }

  /** Whether no row is staged since the last merge. */
  boolean isEmpty() {
    return copy == null && rows == 0;
  }

  /**
   * Starts a staged row under this key (null: none remembered), its {@code seq} written: the caller
   * writes the columns' fields and ends the row. The caller merges first if {@link #has} the key.
   */
  PgCopy row(String key) throws SQLException {
    if (key != null) {
      keys.add(key);
    }
    if (copy == null) {
      create();
      copy = PgCopy.start(conn, table(), "seq, " + columns);
    }
    return copy.field(seq++);
  }

  private void create() throws SQLException {
    if (created) {
      return;
    }
    try (Statement st = conn.createStatement()) {
      st.execute("CREATE TEMP TABLE IF NOT EXISTS " + name + create);
    }
    created = true;
  }

  /** Ends the COPY under way, so that the connection can answer the importer's lookups. */
  void pause() throws SQLException {
    if (copy != null) {
      rows += copy.end();
      copy = null;
    }
  }

  /** Runs the merge ({@code sql} reads {@link #table}) and empties the stage; returns its count. */
  long merge(String sql) throws SQLException {
    pause();
    if (rows == 0) {
      return 0;
    }
    try (Statement st = conn.createStatement()) {
      long changes = st.executeUpdate(sql);
      clear(st);
      return changes;
    }
  }

  /** Runs a merge with {@code RETURNING}, each row returned handed to {@code returned}. */
  void merge(String sql, Returned returned) throws SQLException {
    pause();
    if (rows == 0) {
      return;
    }
    try (Statement st = conn.createStatement()) {
      try (ResultSet rs = st.executeQuery(sql)) {
        while (rs.next()) {
          returned.row(rs);
        }
      }
      clear(st);
    }
  }

  private void clear(Statement st) throws SQLException {
    st.executeUpdate((rows < TRUNCATE_ROWS ? "DELETE FROM " : "TRUNCATE ") + table());
    rows = 0;
    keys.clear();
  }

  /** Abandons a COPY under way (the import is rolled back). */
  void cancel() {
    if (copy != null) {
      copy.cancel();
      copy = null;
    }
  }

  /** Writes one row of a batch into the stage (through {@link #row}). */
  interface RowWriter<T> {
    void write(T row) throws SQLException;
  }

  /**
   * Streams a batch into the stage and ends its COPY, so the connection is free again; a failure
   * part-way cancels the COPY before it is thrown.
   */
  <T> void fill(Iterable<T> batch, RowWriter<T> writer) throws SQLException {
    try {
      for (T row : batch) {
        writer.write(row);
      }
      pause();
    } catch (SQLException | RuntimeException e) {
      cancel();
      throw e;
    }
  }
}
