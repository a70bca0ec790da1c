package com.shopops.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows streamed to a PostgreSQL {@code COPY … FROM STDIN} in its text format: fields separated by a
 * tab, {@code \N} for NULL, a backslash, tab, newline or carriage return inside a value escaped.
 * Rows are sent {@value #CHUNK} characters at a time, so a file never sits in memory whole.
 */
final class PgCopy {
  private static final int CHUNK = 1 << 16;

  private final CopyIn in;
  private final StringBuilder buf = new StringBuilder(CHUNK + 1024);
  private boolean first = true;
  private long rows;

  private PgCopy(CopyIn in) {
    this.in = in;
  }

  /** Starts {@code COPY table (columns) FROM STDIN}; no other statement runs until {@link #end}. */
  static PgCopy start(Connection conn, String table, String columns) throws SQLException {
    String sql = "COPY " + table + " (" + columns + ") FROM STDIN";
    return new PgCopy(conn.unwrap(PGConnection.class).getCopyAPI().copyIn(sql));
  }

  /** Adds a field to the row being written: a String, a number, a Boolean (1 or 0) or null. */
  PgCopy field(Object v) {
    if (!first) {
      buf.append('\t');
    }
    first = false;
    if (v == null) {
      buf.append("\\N");
    } else if (v instanceof String s) {
      escape(s);
    } else if (v instanceof Boolean b) {
      buf.append(b ? '1' : '0');
    } else {
      buf.append(v);
    }
    return this;
  }

  private void escape(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> buf.append("\\\\");
        case '\t' -> buf.append("\\t");
        case '\n' -> buf.append("\\n");
        case '\r' -> buf.append("\\r");
        default -> buf.append(c);
      }
    }
  }

  /** Ends the row; sends what is buffered once it is a chunk. */
  void endRow() throws SQLException {
    buf.append('\n');
    first = true;
    rows++;
    if (buf.length() >= CHUNK) {
      send();
    }
  }

  private void send() throws SQLException {
    if (buf.length() > 0) {
      byte[] b = buf.toString().getBytes(StandardCharsets.UTF_8);
      in.writeToCopy(b, 0, b.length);
      buf.setLength(0);
    }
  }

  /** Sends the rest and ends the COPY; returns the rows written. */
  long end() throws SQLException {
    send();
    in.endCopy();
    return rows;
  }

  /** Abandons the COPY (the import is rolled back), so that the connection can be used again. */
  void cancel() {
    try {
      if (in.isActive()) {
        in.cancelCopy();
      }
    } catch (SQLException ignored) {
      // the connection is rolled back next; a COPY that cannot be cancelled is gone with it
    }
  }
}
