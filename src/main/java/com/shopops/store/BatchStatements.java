package com.shopops.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Multi-row statements of {@value OrderWriter#BATCH} rows, prepared once per combination of bound
 * columns. A file has a few combinations (an unpaid order has no paid time); the least recently
 * used beyond {@value #MAX} is closed. A shorter batch is written in statements of a power of two
 * rows ({@link #chunk}), kept too: a writer flushed often (before each lookup of an export of line
 * items) writes the queued orders a handful at a time, and preparing the upsert (with its triggers)
 * afresh for each cost more than the write itself.
 */
final class BatchStatements {
  private static final int MAX = 64;

  private final Connection conn;
  private final Cache<Long> cache = new Cache<>();

  /** The lookups of {@link #lookup}, by their text. */
  private final Cache<String> lookups = new Cache<>();

  /**
   * The batch whose stored lines {@link #readLines} holds ({@code OrderBatch.lines()}), by
   * identity.
   */
  private Object linesOf;

  /** The stored lines of the batch {@link #linesOf}, by order id ({@link #readLines}). */
  private Map<String, java.util.List<com.shopops.domain.order.OrderLine>> readLines = Map.of();

  /** Per row count of a kept statement, every column a batch of that many rows bound so far. */
  private final Map<Integer, Integer> boundSoFar = new java.util.HashMap<>();

  BatchStatements(Connection conn) {
    this.conn = conn;
  }

  /** The connection the statements are prepared on. */
  Connection connection() {
    return conn;
  }

  /**
   * The statement for a batch: a full batch reuses the statement prepared for its columns, a
   * shorter one (the last of a file) gets its own, closed by the caller (see {@link #release}).
   */
  PreparedStatement statement(int rows, int bound, Supplier<String> sql) throws SQLException {
    if (!kept(rows)) {
      return conn.prepareStatement(sql.get());
    }
    long key = ((long) rows << 32) | (bound & 0xffffffffL);
    PreparedStatement ps = cache.get(key);
    if (ps == null) {
      ps = conn.prepareStatement(sql.get());
      cache.put(key, ps);
    }
    return ps;
  }

  /**
   * A query of a batch's stored orders or lines ({@code sql}: its text, with a placeholder per id
   * of the batch), prepared once per text and kept: do not close it. A re-import of 100,000 orders
   * prepared such queries afresh for each batch of {@value OrderWriter#BATCH} (the stored orders of
   * {@code SnapshotTies}, {@code StoredLineValues}); kept, they take 0.16 s less CPU (1.21 → 1.10
   * and 0.27 → 0.22 s for 500 batches; docs/benchmarks.md, session 30).
   */
  PreparedStatement lookup(String sql) throws SQLException {
    PreparedStatement ps = lookups.get(sql);
    if (ps == null) {
      ps = conn.prepareStatement(sql);
      lookups.put(sql, ps);
    }
    return ps;
  }

  /**
   * Keeps the stored lines of orders read for a batch ({@code batch}: its {@code
   * OrderBatch.lines()}; {@code lines}: every line of each order read, by id, in line order, an
   * order without stored lines mapped to none), so that the batch's other lookups take them instead
   * of reading them again ({@code StoredLineValues.fill}, then {@code SnapshotTies.plan}; issue 15:
   * a re-import of 100,000 orders read its stored lines twice).
   */
  void keepLines(
      Object batch, Map<String, java.util.List<com.shopops.domain.order.OrderLine>> lines) {
    linesOf = batch;
    readLines = lines;
  }

  /** The stored lines {@link #keepLines} kept for this batch, by order id; none for another. */
  Map<String, java.util.List<com.shopops.domain.order.OrderLine>> keptLines(Object batch) {
    return batch == linesOf ? readLines : Map.of();
  }

  /**
   * The columns to bind for a batch of {@code rows} whose values fill {@code bound}: every column a
   * batch of that size bound so far, the batch's empty ones bound NULL — the value the statement of
   * the batch's own columns writes literally ({@link OrderSql}'s placeholders), so the rows written
   * are the same. A file's batches fill different sets of the columns an order rarely has (a
   * cancelled time, a discount code, a refund): each set prepared its own upsert, 200 rows wide
   * with its conflict rules, and on a first load of 100,000 orders preparing took a sixth of the
   * writer thread's samples. Widened, a size prepares at most once per column it meets.
   */
  int widened(int rows, int bound) {
    if (!kept(rows)) {
      return bound;
    }
    int all = boundSoFar.getOrDefault(rows, 0) | bound;
    boundSoFar.put(rows, all);
    return all;
  }

  private static boolean kept(int rows) {
    return rows == OrderWriter.BATCH || Integer.bitCount(rows) == 1;
  }

  /**
   * How many of {@code remaining} rows the next statement writes: a full batch, else the largest
   * power of two that fits, so that a short batch of any size is written by statements that are
   * kept (at most eight sizes below a full batch).
   */
  static int chunk(int remaining) {
    return remaining >= OrderWriter.BATCH ? OrderWriter.BATCH : Integer.highestOneBit(remaining);
  }

  /**
   * How many of {@code remaining} rows the next order upsert writes: a full batch, else 16, else
   * one. The upsert carries the snapshot rules in its conflict clause (about 630 KB of SQL, 63,000
   * SQLite instructions): preparing it costs 0.10-0.13 s of CPU for any row count, in the sqlite3
   * shell too, so a short batch written by {@link #chunk}'s powers of two prepared up to eight
   * statements (a daily export of 319 orders into a store that has orders: 200, 64, 32, 16, 4, 2,
   * 1), where three sizes serve: at most 27 executions more per batch, each a few microseconds.
   */
  static int upsertChunk(int remaining) {
    return remaining >= OrderWriter.BATCH ? OrderWriter.BATCH : remaining >= 16 ? 16 : 1;
  }

  /** Done with the statement of a batch of {@code rows}: one that is not kept is closed. */
  static void release(PreparedStatement ps, int rows) throws SQLException {
    if (!kept(rows)) {
      ps.close();
    }
  }

  /** Binds the bound columns of every row: String, Long or null. */
  static void bindAll(PreparedStatement ps, Object[][] rows, int bound) throws SQLException {
    int p = 1;
    for (Object[] row : rows) {
      for (int c = 0; c < row.length; c++) {
        if ((bound & (1 << c)) == 0) {
          continue;
        }
        Object v = row[c];
        if (v == null) {
          ps.setNull(p++, Types.NULL);
        } else if (v instanceof String text) {
          ps.setString(p++, text);
        } else {
          ps.setLong(p++, (Long) v);
        }
      }
    }
  }

  void closeAll() {
    cache.values().forEach(BatchStatements::closeQuietly);
    cache.clear();
    lookups.values().forEach(BatchStatements::closeQuietly);
    lookups.clear();
  }

  static void closeQuietly(PreparedStatement ps) {
    try {
      ps.close();
    } catch (SQLException ignored) {
      // a statement that cannot be closed is gone with the connection
    }
  }

  /** Prepared statements by row count and bound columns (or by text), least recently used first. */
  private static final class Cache<K> extends LinkedHashMap<K, PreparedStatement> {
    private static final long serialVersionUID = 1L;

    Cache() {
      super(16, 0.75f, true);
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<K, PreparedStatement> eldest) {
      if (size() <= MAX) {
        return false;
      }
      closeQuietly(eldest.getValue());
      return true;
    }
  }
}
