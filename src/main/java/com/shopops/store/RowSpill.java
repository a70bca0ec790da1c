package com.shopops.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a file whose records are scattered (the rows of one order spread through it), put
 * aside in a temporary table of this import's transaction and read back grouped by key, in file
 * order within a key: an external sort, so memory stays flat whatever the file's size. Rows go in
 * {@value #BATCH} per statement.
 */
public final class RowSpill {
  static final int BATCH = 200;

  /** One row put aside: its key, its line in the file, its cells. */
  public record Row(String key, long line, String[] cells) {}

  private final Connection conn;
  private final List<Row> pending = new ArrayList<>(BATCH);
  private PreparedStatement full;
  private long seq;
  private boolean sorted;
  private String lastKey;
  private long lastSeq = -1;

  RowSpill(Connection conn) {
    this.conn = conn;
    try (Statement st = conn.createStatement()) {
      st.execute("DROP TABLE IF EXISTS " + Dialect.of(conn).temp("import_spill"));
      st.execute(
          "CREATE TEMP TABLE import_spill (k TEXT NOT NULL, seq INTEGER NOT NULL,"
              + " line INTEGER NOT NULL, cells TEXT NOT NULL)");
    } catch (SQLException e) {
      throw new StoreException("cannot set rows aside: " + e.getMessage(), e);
    }
  }

  /** Puts a row aside. */
  public void add(Row row) throws SQLException {
    pending.add(row);
    if (pending.size() == BATCH) {
      if (full == null) {
        full = conn.prepareStatement(insert(BATCH));
      }
      write(full);
    }
  }

  private void write(PreparedStatement ps) throws SQLException {
    int p = 1;
    for (Row r : pending) {
      ps.setString(p++, r.key());
      ps.setLong(p++, seq++);
      ps.setLong(p++, r.line());
      ps.setString(p++, encode(r.cells()));
    }
    ps.executeUpdate();
    pending.clear();
  }

  private static String insert(int rows) {
    StringBuilder sb = new StringBuilder("INSERT INTO import_spill (k, seq, line, cells) VALUES ");
    for (int i = 0; i < rows; i++) {
      sb.append(i == 0 ? "(?,?,?,?)" : ",(?,?,?,?)");
    }
    return sb.toString();
  }

  /**
   * The next rows in key order (file order within a key), at most {@code max}; empty at the end.
   * The first call ends the adding.
   */
  public List<Row> next(int max) throws SQLException {
    if (!sorted) {
      if (!pending.isEmpty()) {
        try (PreparedStatement ps = conn.prepareStatement(insert(pending.size()))) {
          write(ps);
        }
      }
      if (full != null) {
        full.close();
      }
      try (Statement st = conn.createStatement()) {
        st.execute(
            "CREATE INDEX "
                + Dialect.of(conn).tempIndex("import_spill_key")
                + " ON import_spill (k, seq)");
      }
      sorted = true;
    }
    List<Row> out = new ArrayList<>();
    String sql =
        "SELECT k, seq, line, cells FROM import_spill"
            + (lastKey == null ? "" : " WHERE (k, seq) > (?, ?)")
            + " ORDER BY k, seq LIMIT ?";
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      int p = 1;
      if (lastKey != null) {
        ps.setString(p++, lastKey);
        ps.setLong(p++, lastSeq);
      }
      ps.setInt(p, max);
      try (var rs = ps.executeQuery()) {
        while (rs.next()) {
          lastKey = rs.getString(1);
          lastSeq = rs.getLong(2);
          out.add(new Row(lastKey, rs.getLong(3), decode(rs.getString(4))));
        }
      }
    }
    return out;
  }

  /** Drops the table (the transaction would anyway). */
  public void close() throws SQLException {
    try (Statement st = conn.createStatement()) {
      st.execute("DROP TABLE IF EXISTS " + Dialect.of(conn).temp("import_spill"));
    }
  }

  /** The cells as one text: each cell's length, a colon, the cell ({@code -1:} for null). */
  static String encode(String[] cells) {
    StringBuilder sb = new StringBuilder();
    for (String c : cells) {
      if (c == null) {
        sb.append("-1:");
      } else {
        sb.append(c.length()).append(':').append(c);
      }
    }
    return sb.toString();
  }

  static String[] decode(String text) {
    List<String> cells = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int colon = text.indexOf(':', i);
      int len = Integer.parseInt(text, i, colon, 10);
      if (len < 0) {
        cells.add(null);
        i = colon + 1;
      } else {
        cells.add(text.substring(colon + 1, colon + 1 + len));
        i = colon + 1 + len;
      }
    }
    return cells.toArray(new String[0]);
  }
}
