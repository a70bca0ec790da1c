package com.shopops.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * A multi-row {@code INSERT … ON CONFLICT} for the small import kinds (traffic, reviews, products):
 * {@value OrderWriter#BATCH} rows per statement, a stored value never erased by a missing one
 * ({@code coalesce(excluded.c, t.c)}), and an update only when something changed, so that the
 * counts of new / updated / unchanged rows are exact.
 */
final class Upserter {
  private final Connection conn;
  private final String table;
  private final String[] columns;
  private final int keyColumns;
  private final List<Object[]> pending = new ArrayList<>(OrderWriter.BATCH);
  private PreparedStatement full;
  private long before = -1;
  private long written;
  private long changes;

  /** On PostgreSQL the batches go with COPY into a stage, merged when a key comes again. */
  private final PgStage pgStage;

  /** The first {@code keyColumns} columns are the primary key; the last one is import_id. */
  Upserter(Connection conn, String table, int keyColumns, String... columns) {
    this.conn = conn;
    this.table = table;
    this.columns = columns;
    this.keyColumns = keyColumns;
    this.pgStage =
        Dialect.of(conn) == Dialect.POSTGRESQL
            ? PgStage.like(conn, table, String.join(", ", columns))
            : null;
  }

  void add(Object... row) throws SQLException {
    if (before < 0) {
      before = count();
    }
    pending.add(row);
    if (pending.size() == OrderWriter.BATCH) {
      flush();
    }
  }

  private long count() throws SQLException {
    try (Statement st = conn.createStatement();
        var rs = st.executeQuery("SELECT count(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private void flush() throws SQLException {
    if (pending.isEmpty()) {
      return;
    }
    List<Object[]> batch = dedupe(pending);
    if (pgStage != null) {
      stage(batch);
      return;
    }
    PreparedStatement ps;
    if (batch.size() == OrderWriter.BATCH) {
      if (full == null) {
        full = conn.prepareStatement(sql(OrderWriter.BATCH));
      }
      ps = full;
    } else {
      ps = conn.prepareStatement(sql(batch.size()));
    }
    try {
      int p = 1;
      for (Object[] row : batch) {
        for (Object v : row) {
          if (v == null) {
            ps.setNull(p++, Types.NULL);
          } else {
            ps.setObject(p++, v);
          }
        }
      }
      changes += ps.executeUpdate();
      written += batch.size();
    } finally {
      if (ps != full) {
        ps.close();
      }
    }
    pending.clear();
  }

  /**
   * PostgreSQL: the batch (deduplicated as a row batch is) staged with COPY; a key staged already
   * merges the stage first, so that each batch's rows meet the store as the row batches would.
   */
  private void stage(List<Object[]> batch) throws SQLException {
    pgStage.fill(
        batch,
        row -> {
          StringBuilder key = new StringBuilder();
          for (int i = 0; i < keyColumns; i++) {
            key.append(row[i]).append('\u0000');
          }
          if (pgStage.has(key.toString())) {
            merge();
          }
          PgCopy copy = pgStage.row(key.toString());
          for (Object v : row) {
            copy.field(v);
          }
          copy.endRow();
        });
    written += batch.size();
    pending.clear();
  }

  private void merge() throws SQLException {
    String cols = String.join(", ", columns);
    String upsert = sql(1);
    changes +=
        pgStage.merge(
            "INSERT INTO "
                + table
                + " AS t ("
                + cols
                + ") SELECT "
                + cols
                + " FROM "
                + pgStage.table()
                + " ORDER BY seq"
                + upsert.substring(upsert.indexOf(" ON CONFLICT")));
  }

  /** One key twice in a batch would make the statement fail: the later row wins. */
  private List<Object[]> dedupe(List<Object[]> rows) {
    java.util.LinkedHashMap<List<Object>, Object[]> byKey = new java.util.LinkedHashMap<>();
    for (Object[] r : rows) {
      List<Object> key = java.util.Arrays.asList(r).subList(0, keyColumns);
      byKey.remove(key);
      byKey.put(key, r);
    }
    return new ArrayList<>(byKey.values());
  }

  private String sql(int rows) {
    StringBuilder sb = new StringBuilder("INSERT INTO ").append(table).append(" AS t (");
    sb.append(String.join(", ", columns)).append(") VALUES ");
    String one = "(" + "?,".repeat(columns.length - 1) + "?)";
    for (int i = 0; i < rows; i++) {
      sb.append(i == 0 ? "" : ",").append(one);
    }
    StringJoiner key = new StringJoiner(", ");
    for (int i = 0; i < keyColumns; i++) {
      key.add(columns[i]);
    }
    sb.append(" ON CONFLICT (").append(key).append(") DO UPDATE SET ");
    StringJoiner set = new StringJoiner(", ");
    StringJoiner changed = new StringJoiner(" OR ");
    for (int i = keyColumns; i < columns.length - 1; i++) {
      String c = columns[i];
      String merged = "coalesce(excluded." + c + ", t." + c + ")";
      set.add(c + " = " + merged);
      changed.add("t." + c + " IS DISTINCT FROM " + merged);
    }
    set.add("import_id = excluded.import_id");
    return sb.append(set).append(" WHERE ").append(changed).toString();
  }

  /** Writes what is left; returns inserted, updated, unchanged. */
  long[] finish() throws SQLException {
    flush();
    if (pgStage != null) {
      merge();
    }
    if (full != null) {
      full.close();
    }
    if (before < 0) {
      return new long[] {0, 0, 0};
    }
    long inserted = count() - before;
    return new long[] {inserted, changes - inserted, written - changes};
  }
}
