package com.shopops.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * SQLite's merge of a batch of a file's orders into the store (issue 15): the rows are staged in a
 * temporary table ({@link OrderSql#STAGE}), each row's decisions (which snapshot is the newer, the
 * same snapshot, a removed parcel) evaluated once by a join to the stored order ({@link
 * OrderSql#decide}), the merged order worked out on the staged row ({@link OrderSql#merged}), then
 * the stored orders that changed updated and the new ones inserted. The rules are {@link
 * OrderSql#conflict}'s, generated from the same code; that upsert spelled the decisions into every
 * column's value (630,000 characters, 0.1 s to prepare per row count, the rankings evaluated some
 * thirty times per updated row). The statements here are prepared once per import whatever the
 * batch's size.
 */
final class StagedMerge {
  private final Connection conn;
  private final String source;
  private final long importId;
  private final long clock;

  /** The stage's inserts, by row count and bound columns. */
  private final BatchStatements inserts;

  private PreparedStatement decide;
  private PreparedStatement merged;
  private PreparedStatement apply;
  private PreparedStatement insertNew;
  private PreparedStatement clear;

  /** Rows staged and not merged yet. */
  private int staged;

  StagedMerge(Connection conn, String source, long importId, long clock) {
    this.conn = conn;
    this.source = source;
    this.importId = importId;
    this.clock = clock;
    this.inserts = new BatchStatements(conn);
  }

  /** Stages these rows ({@link OrderBatch#COLUMNS} order, {@code bound}: the columns bound). */
  void stage(Object[][] rows, int bound, Long exportedAt) throws SQLException {
    if (decide == null) {
      prepare();
    }
    int size = rows.length;
    int widened = inserts.widened(size, bound);
    PreparedStatement ps =
        inserts.statement(
            size,
            widened,
            () -> OrderSql.insert(OrderSql.STAGE, size, widened, source, importId, exportedAt));
    try {
      BatchStatements.bindAll(ps, rows, widened);
      ps.executeUpdate();
      staged += size;
    } finally {
      BatchStatements.release(ps, size);
    }
  }

  /**
   * Merges the staged rows into the store and empties the stage: the orders inserted or updated (an
   * upsert's count).
   */
  long merge() throws SQLException {
    if (staged == 0) {
      return 0;
    }
    try {
      decide.executeUpdate();
      merged.executeUpdate();
      return apply.executeUpdate() + insertNew.executeUpdate();
    } finally {
      staged = 0;
      clear.executeUpdate();
    }
  }

  private void prepare() throws SQLException {
    java.util.Map<String, String> declared = new java.util.HashMap<>();
    try (Statement st = conn.createStatement()) {
      try (java.sql.ResultSet rs = st.executeQuery("PRAGMA main.table_info(orders)")) {
        while (rs.next()) {
          declared.put(
              rs.getString("name"),
              rs.getString("type") + (rs.getInt("notnull") == 1 ? " NOT NULL" : ""));
        }
      }
      st.executeUpdate(OrderSql.createStage(declared));
    }
    decide = conn.prepareStatement(OrderSql.decide());
    merged = conn.prepareStatement(OrderSql.merged(clock));
    apply = conn.prepareStatement(OrderSql.applyMerged());
    insertNew = conn.prepareStatement(OrderSql.insertNew());
    clear = conn.prepareStatement("DELETE FROM " + OrderSql.STAGE);
  }

  void close() {
    inserts.closeAll();
    for (PreparedStatement ps : new PreparedStatement[] {decide, merged, apply, insertNew, clear}) {
      if (ps != null) {
        try {
          ps.close();
        } catch (SQLException e) {
          // closing: nothing left to do with it
        }
      }
    }
  }
}
