package com.shopops.store;

import com.shopops.domain.metrics.Event;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes raw events compactly: visitor ids are interned into {@code visitors} (text → integer) and
 * events are inserted {@value #BATCH} per statement with {@code ON CONFLICT DO NOTHING}, so a
 * re-import of the same events adds nothing. Every line is one event: the n-th line of a file with
 * the same time, visitor, type and SKU gets seq n-1 (two page views in one second are two), among
 * the last {@value #RECENT} keys seen. Memory stays flat whatever the file size: the visitor cache
 * is bounded ({@value #CACHE} ids, least recently used dropped) and a miss is looked up in the
 * store, a batch at a time.
 */
public final class EventWriter {
  static final int BATCH = 200;
  static final int CACHE = 200_000;
  private static final int COLUMNS = 7;

  /** How many recent (time, visitor, type, sku) keys are remembered to number repeated lines. */
  static final int RECENT = 100_000;

  private final Connection conn;
  private final long importId;
  private final List<Event> pending = new ArrayList<>(BATCH);
  private final Map<String, Long> cache =
      new LinkedHashMap<>(1 << 16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> e) {
          return size() > CACHE;
        }
      };

  /** How often each recent key was seen in this file: the next line with it gets that seq. */
  private final Map<String, Integer> recent =
      new LinkedHashMap<>(1 << 12, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Integer> e) {
          return size() > RECENT;
        }
      };

  private final List<Integer> seqs = new ArrayList<>(BATCH);
  private PreparedStatement full;
  private long written;
  private long inserted;

  EventWriter(ImportSession session) {
    this.conn = session.connection();
    this.importId = session.importId();
  }

  public void add(Event e) throws SQLException {
    String key =
        e.time().getEpochSecond()
            + "\u0000"
            + e.visitorId()
            + "\u0000"
            + e.type().code()
            + "\u0000"
            + (e.sku() == null ? "" : e.sku());
    Integer seen = recent.get(key);
    int seq = seen == null ? 0 : seen;
    recent.put(key, seq + 1);
    seqs.add(seq);
    pending.add(e);
    if (pending.size() == BATCH) {
      flush();
    }
  }

  private void flush() throws SQLException {
    if (pending.isEmpty()) {
      return;
    }
    intern();
    PreparedStatement ps;
    if (pending.size() == BATCH) {
      if (full == null) {
        full = conn.prepareStatement(insertSql(BATCH));
      }
      ps = full;
    } else {
      ps = conn.prepareStatement(insertSql(pending.size()));
    }
    try {
      int p = 1;
      int i = 0;
      for (Event e : pending) {
        ps.setLong(p++, e.time().getEpochSecond());
        ps.setLong(p++, cache.get(e.visitorId()));
        ps.setInt(p++, e.type().code());
        ps.setString(p++, e.sku() == null ? "" : e.sku());
        ps.setInt(p++, seqs.get(i++));
        ps.setString(p++, e.session());
        ps.setLong(p++, importId);
      }
      inserted += ps.executeUpdate();
      written += pending.size();
    } finally {
      if (ps != full) {
        ps.close();
      }
    }
    pending.clear();
    seqs.clear();
  }

  /** Makes sure every visitor of the pending batch has its integer in the cache. */
  private void intern() throws SQLException {
    List<String> missing = new ArrayList<>();
    for (Event e : pending) {
      String v = e.visitorId();
      if (cache.get(v) == null && !missing.contains(v)) {
        missing.add(v);
      }
    }
    if (missing.isEmpty()) {
      return;
    }
    String marks = "?,".repeat(missing.size() - 1) + "?";
    try (PreparedStatement ins =
        conn.prepareStatement(
            "INSERT INTO visitors (visitor_id) VALUES ("
                + String.join("),(", java.util.Collections.nCopies(missing.size(), "?"))
                + ") ON CONFLICT (visitor_id) DO NOTHING")) {
      for (int i = 0; i < missing.size(); i++) {
        ins.setString(i + 1, missing.get(i));
      }
      ins.executeUpdate();
    }
    Map<String, Long> found = new HashMap<>();
    try (PreparedStatement sel =
        conn.prepareStatement(
            "SELECT visitor_id, visitor FROM visitors WHERE visitor_id IN (" + marks + ")")) {
      for (int i = 0; i < missing.size(); i++) {
        sel.setString(i + 1, missing.get(i));
      }
      try (ResultSet rs = sel.executeQuery()) {
        while (rs.next()) {
          found.put(rs.getString(1), rs.getLong(2));
        }
      }
    }
    cache.putAll(found);
    // a batch holds at most BATCH visitors, far fewer than CACHE: none was evicted meanwhile
  }

  private static String insertSql(int rows) {
    String one = "(" + "?,".repeat(COLUMNS - 1) + "?)";
    return "INSERT INTO events (time, visitor, type, sku, seq, session, import_id) VALUES "
        + String.join(",", java.util.Collections.nCopies(rows, one))
        + " ON CONFLICT DO NOTHING";
  }

  /** Writes what is left; returns inserted, updated (always 0), unchanged (already stored). */
  public long[] finish() throws SQLException {
    flush();
    if (full != null) {
      full.close();
    }
    return new long[] {inserted, 0, written - inserted};
  }
}
