package com.shopops.app.imports;

import com.shopops.parse.DstGaps;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The parsed rows of a file whose records are scattered (the rows of one order spread through it),
 * sorted by key in bounded memory and read back grouped by key, in file order within a key: an
 * external merge sort. Each row is kept as it was parsed (cells, typed values, errors, line), so it
 * is parsed once; the rows are serialized into runs of at most {@value #RUN_BYTES} bytes, each
 * sorted in memory and written to one temporary file, then merged. Memory stays flat whatever the
 * file's size (a run, and a small buffer per run while merging), and the store's connection is not
 * used, so the writer's thread writes while the rows are read back.
 *
 * <p>Keys are ordered by code point (as SQLite orders text, byte by byte of UTF-8): they are kept
 * and compared as their UTF-8 bytes, which order so. A row is encoded once, straight into the run
 * as it will be written (key, then row), and copied once more, in key order, into the file. The
 * temporary file (in {@code $TMPDIR}, else {@code java.io.tmpdir}; readable by its owner only) is
 * unlinked as soon as it is open where the system allows it, so that nothing of the file's rows is
 * left behind by a process that is killed; {@link #close} closes it.
 */
final class RowSort implements AutoCloseable {
  /** Bytes of serialized rows per run: 16 MB is ~40,000 rows of a 16-column export. */
  static final int RUN_BYTES = 16 << 20;

  /** Bytes read from the file at a time per run while merging. */
  private static final int READ_BUFFER = 64 << 10;

  private final int fields;
  private final int runBytes;
  private RandomAccessFile file;
  private Path path;

  /**
   * The current run: each row as it is written to the file (its key's length and UTF-8 bytes, the
   * row's length and bytes), one after another in arrival order.
   */
  private final Bytes run = new Bytes(1 << 16);

  /** Per row of the current run, in arrival order: where it starts in {@link #run}. */
  private int[] starts = new int[1 << 10];

  private int rows;

  /** Start and end offsets of each written run in the file. */
  private final List<long[]> runs = new ArrayList<>();

  private long end;
  private PriorityQueue<RunReader> merge;
  private final Bytes out = new Bytes(1 << 16);

  RowSort(int fields) {
    this(fields, RUN_BYTES);
  }

  RowSort(int fields, int runBytes) {
    this.fields = fields;
    this.runBytes = runBytes;
  }

  /** Puts a row aside under its key. */
  void add(String key, ParsedRow row) {
    if (merge != null) {
      throw new IllegalStateException("rows are being read back");
    }
    int from = run.size;
    run.putString(key);
    int lengthAt = run.size;
    run.putInt(0); // the row's length, set once it is written
    write(run, row);
    run.setInt(lengthAt, run.size - lengthAt - 4);
    if (rows == starts.length) {
      starts = java.util.Arrays.copyOf(starts, rows * 2);
    }
    starts[rows++] = from;
    if (run.size >= runBytes - (runBytes >> 6)) { // before the next row would grow the array
      writeRun();
    }
  }

  /** The next row in key order (file order within a key); null at the end. */
  ParsedRow next() {
    if (merge == null) {
      startMerge();
    }
    RunReader r = merge.poll();
    if (r == null) {
      return null;
    }
    ParsedRow row = r.row();
    if (r.advance()) {
      merge.add(r);
    }
    return row;
  }

  private void startMerge() {
    if (rows > 0) {
      writeRun();
    }
    merge =
        new PriorityQueue<>(
            Math.max(1, runs.size()),
            (a, b) -> {
              int c =
                  java.util.Arrays.compareUnsigned(a.key, 0, a.keyLength, b.key, 0, b.keyLength);
              return c != 0 ? c : Integer.compare(a.index, b.index);
            });
    for (int i = 0; i < runs.size(); i++) {
      RunReader r = new RunReader(i, runs.get(i)[0], runs.get(i)[1]);
      if (r.advance()) {
        merge.add(r);
      }
    }
  }

  /**
   * Sorts the current run by key, comparing the keys' bytes where they lie in the run (stable: file
   * order within a key), and appends it to the file, each row copied once, whole.
   */
  private void writeRun() {
    int n = rows;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    byte[] b = run.bytes;
    java.util.Arrays.sort(
        order,
        (x, y) -> {
          int p = starts[x];
          int q = starts[y];
          return java.util.Arrays.compareUnsigned(
              b, p + 4, p + 4 + run.getInt(p), b, q + 4, q + 4 + run.getInt(q));
        });
    out.size = 0;
    long start = end;
    try {
      RandomAccessFile f = file();
      f.seek(end);
      for (int i : order) {
        int from = starts[i];
        int keyEnd = from + 4 + run.getInt(from);
        int to = keyEnd + 4 + run.getInt(keyEnd);
        out.put(b, from, to - from);
        if (out.size >= READ_BUFFER) {
          f.write(out.bytes, 0, out.size);
          end += out.size;
          out.size = 0;
        }
      }
      f.write(out.bytes, 0, out.size);
      end += out.size;
      out.size = 0;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot set rows aside in a temporary file: " + e, e);
    }
    runs.add(new long[] {start, end});
    rows = 0;
    run.size = 0;
  }

  private RandomAccessFile file() throws IOException {
    if (file == null) {
      String tmp = System.getenv("TMPDIR");
      Path dir =
          tmp != null && !tmp.isBlank() && Files.isDirectory(Path.of(tmp))
              ? Path.of(tmp)
              : Path.of(System.getProperty("java.io.tmpdir"));
      path = Files.createTempFile(dir, "shopops-rows-", ".tmp"); // 0600 on POSIX
      file = new RandomAccessFile(path.toFile(), "rw");
      try {
        Files.delete(path); // open files stay readable on POSIX; nothing is left if killed
        path = null;
      } catch (IOException e) {
        // a system that keeps open files from being deleted: deleted at close
      }
    }
    return file;
  }

  /** Closes (and deletes) the temporary file; the rows are gone. */
  @Override
  public void close() {
    try {
      if (file != null) {
        file.close();
      }
      if (path != null) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      // a temporary file left behind is not the import's failure
    } finally {
      file = null;
      path = null;
    }
  }

  /** One written run, read a buffer at a time. */
  private final class RunReader {
    final int index;
    private long pos;
    private final long stop;
    private final byte[] buf;
    private int at;
    private int len;

    /** The current row's key: its UTF-8 bytes, the first {@link #keyLength} of this array. */
    byte[] key = new byte[64];

    int keyLength;

    private byte[] record = new byte[256];
    private final byte[] four = new byte[4];

    RunReader(int index, long start, long stop) {
      this.index = index;
      this.pos = start;
      this.stop = stop;
      this.buf = new byte[(int) Math.min(READ_BUFFER, Math.max(1, stop - start))];
    }

    /** Reads the next row's key and bytes; false at the run's end. */
    boolean advance() {
      if (pos == stop && at == len) {
        return false;
      }
      keyLength = readInt();
      if (key.length < keyLength) {
        key = new byte[Math.max(keyLength, key.length * 2)];
      }
      read(key, keyLength);
      int recordLength = readInt();
      if (record.length < recordLength) {
        record = new byte[Math.max(recordLength, record.length * 2)];
      }
      read(record, recordLength);
      return true;
    }

    ParsedRow row() {
      return RowSort.this.read(record);
    }

    private int readInt() {
      byte[] b = buf;
      int i = at;
      if (len - at < 4) {
        b = four;
        read(b, 4);
        i = 0;
      } else {
        at += 4;
      }
      return ((b[i] & 0xff) << 24)
          | ((b[i + 1] & 0xff) << 16)
          | ((b[i + 2] & 0xff) << 8)
          | (b[i + 3] & 0xff);
    }

    private void read(byte[] into, int n) {
      int done = 0;
      while (done < n) {
        if (at == len) {
          fill();
        }
        int k = Math.min(n - done, len - at);
        System.arraycopy(buf, at, into, done, k);
        at += k;
        done += k;
      }
    }

    private void fill() {
      int n = (int) Math.min(buf.length, stop - pos);
      if (n <= 0) {
        throw new IllegalStateException("a run of set-aside rows ends early");
      }
      try {
        file.seek(pos);
        file.readFully(buf, 0, n);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read rows set aside: " + e, e);
      }
      pos += n;
      at = 0;
      len = n;
    }
  }

  // value tags
  private static final byte NULL = 0;
  private static final byte TEXT = 1;
  private static final byte CELL = 2; // the text is the row's cell (the same string)
  private static final byte LONG = 3;
  private static final byte INSTANT = 4;
  private static final byte TRUE = 5;
  private static final byte FALSE = 6;
  private static final byte DATE = 7;

  /** A row as bytes: line, cells, values by field, errors, times in a DST gap. */
  private void write(Bytes b, ParsedRow row) {
    b.putLong(row.line());
    String[] cells = row.cells();
    b.putInt(cells.length);
    for (String c : cells) {
      b.putString(c);
    }
    for (int f = 0; f < fields; f++) {
      Object v = row.get(f);
      if (v == null) {
        b.put(NULL);
      } else if (v instanceof String s) {
        int cell = -1;
        for (int i = 0; i < cells.length; i++) {
          if (cells[i] == s) {
            cell = i;
            break;
          }
        }
        if (cell >= 0) {
          b.put(CELL);
          b.putInt(cell);
        } else {
          b.put(TEXT);
          b.putString(s);
        }
      } else if (v instanceof Long l) {
        b.put(LONG);
        b.putLong(l);
      } else if (v instanceof Instant t) {
        b.put(INSTANT);
        b.putLong(t.getEpochSecond());
        b.putInt(t.getNano());
      } else if (v instanceof Boolean x) {
        b.put(x ? TRUE : FALSE);
      } else if (v instanceof LocalDate d) {
        b.put(DATE);
        b.putLong(d.toEpochDay());
      } else {
        throw new IllegalStateException("cannot set aside a value of " + v.getClass());
      }
    }
    List<RowError> errors = row.errors();
    b.putInt(errors.size());
    for (RowError e : errors) {
      b.putString(e.file());
      b.putLong(e.line());
      b.putString(e.column());
      b.putString(e.message());
    }
    List<DstGaps.Said> gaps = row.timesInGap();
    b.putInt(gaps.size());
    for (DstGaps.Said g : gaps) {
      b.putString(g.kind());
      b.putString(g.text());
    }
  }

  private ParsedRow read(byte[] bytes) {
    Reader r = new Reader(bytes);
    long line = r.getLong();
    String[] cells = new String[r.getInt()];
    for (int i = 0; i < cells.length; i++) {
      cells[i] = r.getString();
    }
    ParsedRow row = new ParsedRow(line, cells, fields);
    for (int f = 0; f < fields; f++) {
      byte tag = r.get();
      switch (tag) {
        case NULL -> {}
        case TEXT -> row.set(f, r.getString());
        case CELL -> row.set(f, cells[r.getInt()]);
        case LONG -> row.set(f, r.getLong());
        case INSTANT -> row.set(f, Instant.ofEpochSecond(r.getLong(), r.getInt()));
        case TRUE -> row.set(f, Boolean.TRUE);
        case FALSE -> row.set(f, Boolean.FALSE);
        case DATE -> row.set(f, LocalDate.ofEpochDay(r.getLong()));
        default -> throw new IllegalStateException("a set-aside row is damaged (tag " + tag + ")");
      }
    }
    for (int i = r.getInt(); i > 0; i--) {
      row.addError(new RowError(r.getString(), r.getLong(), r.getString(), r.getString()));
    }
    for (int i = r.getInt(); i > 0; i--) {
      row.addTimeInGap(new DstGaps.Said(r.getString(), r.getString()));
    }
    return row;
  }

  /** A growable byte array. */
  private static final class Bytes {
    byte[] bytes;
    int size;

    Bytes(int capacity) {
      bytes = new byte[capacity];
    }

    private void room(int n) {
      if (size + n > bytes.length) {
        bytes = java.util.Arrays.copyOf(bytes, Math.max(size + n, bytes.length * 2));
      }
    }

    void put(byte b) {
      room(1);
      bytes[size++] = b;
    }

    void put(byte[] b, int from, int n) {
      room(n);
      System.arraycopy(b, from, bytes, size, n);
      size += n;
    }

    void putInt(int v) {
      room(4);
      bytes[size++] = (byte) (v >>> 24);
      bytes[size++] = (byte) (v >>> 16);
      bytes[size++] = (byte) (v >>> 8);
      bytes[size++] = (byte) v;
    }

    void putLong(long v) {
      putInt((int) (v >>> 32));
      putInt((int) v);
    }

    void setInt(int at, int v) {
      bytes[at] = (byte) (v >>> 24);
      bytes[at + 1] = (byte) (v >>> 16);
      bytes[at + 2] = (byte) (v >>> 8);
      bytes[at + 3] = (byte) v;
    }

    int getInt(int at) {
      return ((bytes[at] & 0xff) << 24)
          | ((bytes[at + 1] & 0xff) << 16)
          | ((bytes[at + 2] & 0xff) << 8)
          | (bytes[at + 3] & 0xff);
    }

    /**
     * A string as its UTF-8 length and bytes; -1 for null. Encoded here, straight into the array
     * (no byte array of its own): the bytes {@link String#getBytes} gives, a lone surrogate as '?'.
     */
    void putString(String s) {
      if (s == null) {
        putInt(-1);
        return;
      }
      int n = s.length();
      room(4 + 3 * n); // at most 3 bytes per UTF-16 unit (a pair: 4 bytes for 2 units)
      int at = size + 4;
      byte[] b = bytes;
      for (int i = 0; i < n; i++) {
        char c = s.charAt(i);
        if (c < 0x80) {
          b[at++] = (byte) c;
        } else if (c < 0x800) {
          b[at++] = (byte) (0xc0 | c >> 6);
          b[at++] = (byte) (0x80 | c & 0x3f);
        } else if (Character.isSurrogate(c)) {
          char d = i + 1 < n ? s.charAt(i + 1) : 0;
          if (Character.isHighSurrogate(c) && Character.isLowSurrogate(d)) {
            int cp = Character.toCodePoint(c, d);
            i++;
            b[at++] = (byte) (0xf0 | cp >> 18);
            b[at++] = (byte) (0x80 | cp >> 12 & 0x3f);
            b[at++] = (byte) (0x80 | cp >> 6 & 0x3f);
            b[at++] = (byte) (0x80 | cp & 0x3f);
          } else {
            b[at++] = '?';
          }
        } else {
          b[at++] = (byte) (0xe0 | c >> 12);
          b[at++] = (byte) (0x80 | c >> 6 & 0x3f);
          b[at++] = (byte) (0x80 | c & 0x3f);
        }
      }
      setInt(size, at - size - 4);
      size = at;
    }
  }

  /** Reads what {@link Bytes} wrote. */
  private static final class Reader {
    private final byte[] b;
    private int at;

    Reader(byte[] b) {
      this.b = b;
    }

    byte get() {
      return b[at++];
    }

    int getInt() {
      int v =
          ((b[at] & 0xff) << 24)
              | ((b[at + 1] & 0xff) << 16)
              | ((b[at + 2] & 0xff) << 8)
              | (b[at + 3] & 0xff);
      at += 4;
      return v;
    }

    long getLong() {
      long hi = getInt();
      return (hi << 32) | (getInt() & 0xffffffffL);
    }

    String getString() {
      int n = getInt();
      if (n < 0) {
        return null;
      }
      String s = new String(b, at, n, StandardCharsets.UTF_8);
      at += n;
      return s;
    }
  }
}
