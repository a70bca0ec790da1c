package com.shopops.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows streamed to a PostgreSQL {@code COPY … FROM STDIN} in its text format: fields separated by a
 * tab, {@code \N} for NULL, a backslash, tab, newline or carriage return inside a value escaped.
 * Rows are sent {@value #CHUNK} bytes at a time, so a file never sits in memory whole.
 */
final class PgCopy {
  private static final int CHUNK = 1 << 16;

  private final CopyIn in;
  private final Rows buf = new Rows(CHUNK + 1024);
  private long rows;

  private PgCopy(CopyIn in) {
    this.in = in;
  }

  /** Starts {@code COPY table (columns) FROM STDIN}; no other statement runs until {@link #end}. */
  static PgCopy start(Connection conn, String table, String columns) throws SQLException {
    String sql = "COPY " + table + " (" + columns + ") FROM STDIN";
    return new PgCopy(conn.unwrap(PGConnection.class).getCopyAPI().copyIn(sql));
  }

  /**
   * Adds a field to the row being written: a String, a number, a Boolean (1 or 0), a byte[] (a
   * bytea) or null.
   */
  PgCopy field(Object v) {
    buf.field(v);
    return this;
  }

  /** Adds {@code n} NULL fields to the row being written (a wide stage's unused columns). */
  PgCopy nulls(int n) {
    buf.nulls(n);
    return this;
  }

  /** Ends the row; sends what is buffered once it is a chunk. */
  void endRow() throws SQLException {
    buf.endRow();
    rows++;
    if (buf.length() >= CHUNK) {
      send();
    }
  }

  /**
   * Adds {@code n} whole rows held in {@code held} (written elsewhere while another COPY was under
   * way) and empties it.
   */
  void rows(Rows held, long n) throws SQLException {
    send();
    if (held.length() > 0) {
      in.writeToCopy(held.bytes(), 0, held.length());
      held.clear();
    }
    rows += n;
  }

  /** The row being written, for a writer that shares its layout with rows held elsewhere. */
  Rows row() {
    return buf;
  }

  private void send() throws SQLException {
    if (buf.length() > 0) {
      in.writeToCopy(buf.bytes(), 0, buf.length());
      buf.clear();
    }
  }

  /**
   * Rows in COPY's text format, written straight into UTF-8 bytes: no StringBuilder to copy into a
   * String and then encode (a tenth of a PostgreSQL import's time), no String per number. The bytes
   * are those of {@code String.getBytes(UTF_8)} of the text (a lone surrogate becomes {@code ?}).
   */
  static final class Rows {
    private byte[] out;
    private int len;
    private boolean first = true;

    Rows(int capacity) {
      out = new byte[capacity];
    }

    void field(Object v) {
      if (!first) {
        put((byte) '\t');
      }
      first = false;
      if (v == null) {
        room(2);
        out[len++] = '\\';
        out[len++] = 'N';
      } else if (v instanceof String s) {
        escape(s);
      } else if (v instanceof Long l) {
        number(l);
      } else if (v instanceof Integer i) {
        number(i);
      } else if (v instanceof Boolean b) {
        put((byte) (b ? '1' : '0'));
      } else if (v instanceof byte[] b) {
        bytea(b);
      } else {
        text(v.toString());
      }
    }

    /** {@code n} NULL fields, three bytes each ({@code \t\N}, no tab before a row's first). */
    void nulls(int n) {
      if (n <= 0) {
        return;
      }
      room(n * 3);
      if (first) {
        out[len++] = '\\';
        out[len++] = 'N';
        first = false;
        n--;
      }
      for (int i = 0; i < n; i++) {
        out[len++] = '\t';
        out[len++] = '\\';
        out[len++] = 'N';
      }
    }

    void endRow() {
      put((byte) '\n');
      first = true;
    }

    int length() {
      return len;
    }

    byte[] bytes() {
      return out;
    }

    void clear() {
      len = 0;
    }

    private void put(byte b) {
      room(1);
      out[len++] = b;
    }

    private void room(int n) {
      if (len + n > out.length) {
        out = java.util.Arrays.copyOf(out, Math.max(out.length * 2, len + n));
      }
    }

    private void number(long v) {
      if (v == Long.MIN_VALUE) {
        text(Long.toString(v));
        return;
      }
      room(20);
      if (v < 0) {
        out[len++] = '-';
        v = -v;
      }
      int digits = 1;
      for (long t = v; t >= 10; t /= 10) {
        digits++;
      }
      for (int i = len + digits - 1; i >= len; i--) {
        out[i] = (byte) ('0' + v % 10);
        v /= 10;
      }
      len += digits;
    }

    /**
     * A bytea field in PostgreSQL's hex form, {@code \\x} and two lower-case hex digits a byte, its
     * backslash doubled as COPY's text format wants ({@code {1, 255}} is {@code \\\\x01ff}).
     */
    private void bytea(byte[] b) {
      room(3 + 2 * b.length);
      out[len++] = '\\';
      out[len++] = '\\';
      out[len++] = 'x';
      for (byte x : b) {
        out[len++] = HEX[(x >> 4) & 0xF];
        out[len++] = HEX[x & 0xF];
      }
    }

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    /** A String field: backslash, tab, newline and carriage return escaped. */
    private void escape(String s) {
      int n = s.length();
      room(n * 3 + 1);
      for (int i = 0; i < n; i++) {
        char c = s.charAt(i);
        if (c < 0x80) {
          switch (c) {
            case '\\' -> twoBytes('\\');
            case '\t' -> twoBytes('t');
            case '\n' -> twoBytes('n');
            case '\r' -> twoBytes('r');
            default -> out[len++] = (byte) c;
          }
        } else {
          i = encode(s, i, c);
        }
      }
    }

    /** Text written as it is (a number's or another value's toString). */
    private void text(String s) {
      int n = s.length();
      room(n * 3);
      for (int i = 0; i < n; i++) {
        char c = s.charAt(i);
        if (c < 0x80) {
          out[len++] = (byte) c;
        } else {
          i = encode(s, i, c);
        }
      }
    }

    /** A backslash and {@code c}; the room was made for three bytes per char. */
    private void twoBytes(char c) {
      room(2);
      out[len++] = '\\';
      out[len++] = (byte) c;
    }

    /** UTF-8 of the non-ASCII char at {@code i}; returns the index of the last char used. */
    private int encode(String s, int i, char c) {
      room(4);
      if (c < 0x800) {
        out[len++] = (byte) (0xC0 | (c >> 6));
        out[len++] = (byte) (0x80 | (c & 0x3F));
      } else if (!Character.isSurrogate(c)) {
        out[len++] = (byte) (0xE0 | (c >> 12));
        out[len++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        out[len++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, s.charAt(i + 1));
        out[len++] = (byte) (0xF0 | (cp >> 18));
        out[len++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        out[len++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        out[len++] = (byte) (0x80 | (cp & 0x3F));
        return i + 1;
      } else {
        out[len++] = '?'; // as String.getBytes writes a lone surrogate
      }
      return i;
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
