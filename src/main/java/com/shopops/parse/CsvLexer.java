package com.shopops.parse;

import java.io.IOException;
import java.io.Reader;

/**
 * Splits RFC 4180 text into records of cells, as fast as the file can be read: one pass over a char
 * buffer, no per-character method calls, cells cut straight out of the buffer. Quoted cells may
 * hold the delimiter, doubled quotes and line breaks; CRLF, LF and a lone CR end a record; blank
 * lines are skipped. It counts physical lines so that every record knows the line it starts on.
 * (Commons CSV, which writes the rejects file, was a third of the import's time here.)
 */
final class CsvLexer {
  private static final int BUFFER = 1 << 16;

  private final Reader in;
  private final char delimiter;
  private final char[] buf = new char[BUFFER];
  private int pos;
  private int limit;
  private boolean eof;
  private long line = 1; // the physical line the next character is on
  private long recordLine;
  private final StringBuilder cell = new StringBuilder(64);

  /** The cells of the record being read: {@code cellCount} of them, the array grows as needed. */
  private String[] cells = new String[32];

  private int cellCount;

  CsvLexer(Reader in, char delimiter) {
    this.in = in;
    this.delimiter = delimiter;
  }

  /** The line the last record returned by {@link #next()} starts on. */
  long recordLine() {
    return recordLine;
  }

  /** Thrown when a quoted cell is still open at the end of the file. */
  static final class UnterminatedQuote extends IOException {
    final long line;

    UnterminatedQuote(long line) {
      super("a quoted field opened on line " + line + " is never closed");
      this.line = line;
    }
  }

  /** The next record's cells, or null at the end of the file. */
  String[] next() throws IOException {
    // skip blank lines
    while (true) {
      if (pos >= limit && !fill()) {
        return null;
      }
      char c = buf[pos];
      if (c == '\n') {
        pos++;
        line++;
      } else if (c == '\r') {
        pos++;
        if ((pos < limit || fill()) && buf[pos] == '\n') {
          pos++;
        }
        line++;
      } else {
        break;
      }
    }
    recordLine = line;
    cellCount = 0;
    while (true) {
      boolean endOfRecord = readCell();
      if (endOfRecord) {
        // copied by hand: ArrayList.toArray and Arrays.copyOf check the array's class, a check the
        // JIT compiles on what it has seen and throws away when another caller passes another
        String[] record = new String[cellCount];
        System.arraycopy(cells, 0, record, 0, cellCount);
        return record;
      }
    }
  }

  private void addCell(String cell) {
    if (cellCount == cells.length) {
      String[] grown = new String[cellCount * 2];
      System.arraycopy(cells, 0, grown, 0, cellCount);
      cells = grown;
    }
    cells[cellCount++] = cell;
  }

  /** Reads one cell into {@link #cells}; true when it ended the record. */
  private boolean readCell() throws IOException {
    if (pos >= limit && !fill()) {
      addCell("");
      return true;
    }
    if (buf[pos] == '"') {
      return readQuoted();
    }
    // unquoted: scan the buffer for the end of the cell
    int start = pos;
    cell.setLength(0);
    while (true) {
      while (pos < limit) {
        char c = buf[pos];
        if (c == delimiter) {
          add(start, pos);
          pos++;
          return false;
        }
        if (c == '\n' || c == '\r') {
          add(start, pos);
          endLine(c);
          return true;
        }
        pos++;
      }
      cell.append(buf, start, pos - start);
      if (!fill()) {
        addCell(cell.toString());
        return true;
      }
      start = pos;
    }
  }

  private void add(int start, int end) {
    if (cell.length() == 0) {
      addCell(new String(buf, start, end - start));
    } else {
      cell.append(buf, start, end - start);
      addCell(cell.toString());
    }
  }

  private void endLine(char c) throws IOException {
    pos++;
    if (c == '\r' && (pos < limit || fill()) && buf[pos] == '\n') {
      pos++;
    }
    line++;
  }

  private boolean readQuoted() throws IOException {
    long opened = line;
    pos++; // the opening quote
    cell.setLength(0);
    while (true) {
      if (pos >= limit && !fill()) {
        throw new UnterminatedQuote(opened);
      }
      char c = buf[pos++];
      if (c == '"') {
        if ((pos < limit || fill()) && buf[pos] == '"') {
          cell.append('"');
          pos++;
          continue;
        }
        break; // closing quote
      }
      if (c == '\n') {
        line++;
      } else if (c == '\r') {
        if (!((pos < limit || fill()) && buf[pos] == '\n')) {
          line++;
        }
      }
      cell.append(c);
    }
    // after the closing quote: the delimiter, the end of the line, or stray text kept as is
    while (true) {
      if (pos >= limit && !fill()) {
        addCell(cell.toString());
        return true;
      }
      char c = buf[pos];
      if (c == delimiter) {
        pos++;
        addCell(cell.toString());
        return false;
      }
      if (c == '\n' || c == '\r') {
        addCell(cell.toString());
        endLine(c);
        return true;
      }
      cell.append(c);
      pos++;
    }
  }

  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    int n = in.read(buf, 0, buf.length);
    if (n <= 0) {
      eof = true;
      pos = limit = 0;
      return false;
    }
    pos = 0;
    limit = n;
    return true;
  }
}
