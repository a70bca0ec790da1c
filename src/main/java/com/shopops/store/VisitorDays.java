package com.shopops.store;

import com.shopops.domain.metrics.DateRange;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.roaringbitmap.RoaringBitmap;

/**
 * The visitors of each calendar day (store zone) as a compressed exact set ({@code visitor_days}: a
 * RoaringBitmap of visitor numbers, its size, and the day's views), so that UV over a week, a month
 * or a year is the size of the union of its days' sets instead of a count of distinct visitors over
 * millions of events. The events import adds to them in its own transaction ({@link Additions});
 * {@link #rebuild} makes them again from the events (after events were deleted, or for a store
 * whose events came before the sets existed, which is marked stale until then).
 */
public final class VisitorDays {
  /** Set (to "1") while the day sets do not cover the stored events: UV is then counted. */
  static final String STALE = "visitor_days_stale";

  private VisitorDays() {}

  /** PV and UV of the local days in [from, to): empty when the sets cannot answer it. */
  static Optional<TrafficFigures.Visits> visits(
      Connection conn, ZoneId zone, Instant from, Instant to) throws SQLException {
    LocalDate first = LocalDate.ofInstant(from, zone);
    LocalDate end = LocalDate.ofInstant(to, zone);
    if (!first.atStartOfDay(zone).toInstant().equals(from)
        || !end.atStartOfDay(zone).toInstant().equals(to)) {
      return Optional.empty(); // not whole days: only the events can say
    }
    long pv = 0;
    long uv = 0;
    RoaringBitmap union = null;
    int days = 0;
    try (PreparedStatement ps =
        conn.prepareStatement(
            "SELECT visitors, uv, pv FROM visitor_days WHERE date >= ? AND date < ?")) {
      ps.setString(1, first.toString());
      ps.setString(2, end.toString());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          days++;
          pv += rs.getLong(3);
          if (days == 1) {
            uv = rs.getLong(2);
            union = read(rs.getBytes(1)); // kept in case another day follows
          } else {
            union.or(read(rs.getBytes(1)));
          }
        }
      }
    }
    return Optional.of(new TrafficFigures.Visits(pv, days <= 1 ? uv : union.getLongCardinality()));
  }

  /**
   * PV and UV of each date range from the sets of its days, in one statement per {@value
   * DayCounts#SPANS_PER_STATEMENT} ranges; a single day's UV is its stored size (no set is read
   * into memory), a longer range's the size of the union of its days' sets.
   */
  static List<TrafficFigures.Visits> visits(Connection conn, List<DateRange> spans)
      throws SQLException {
    List<Object[]> bounds = new ArrayList<>(spans.size());
    for (DateRange d : spans) {
      bounds.add(new Object[] {d.from().toString(), d.to().plusDays(1).toString()});
    }
    long[] pv = new long[spans.size()];
    long[] uv = new long[spans.size()];
    int[] days = new int[spans.size()];
    byte[][] firstSet = new byte[spans.size()][];
    RoaringBitmap[] union = new RoaringBitmap[spans.size()];
    DayCounts.perSpan(
        conn,
        "TEXT",
        bounds,
        "SELECT sp.i, v.visitors, v.uv, v.pv FROM spans sp"
            + " JOIN visitor_days v ON v.date >= sp.s AND v.date < sp.e",
        (i, rs) -> {
          days[i]++;
          pv[i] += rs.getLong(4);
          if (days[i] == 1) {
            uv[i] = rs.getLong(3);
            if (!spans.get(i).from().equals(spans.get(i).to())) {
              firstSet[i] = rs.getBytes(2); // made a set only if another day follows
            }
          } else {
            if (union[i] == null) {
              union[i] = read(firstSet[i]);
              firstSet[i] = null;
            }
            union[i].or(read(rs.getBytes(2)));
          }
        });
    List<TrafficFigures.Visits> out = new ArrayList<>(spans.size());
    for (int i = 0; i < spans.size(); i++) {
      out.add(
          new TrafficFigures.Visits(pv[i], days[i] <= 1 ? uv[i] : union[i].getLongCardinality()));
    }
    return out;
  }

  /** Whether the day sets cover every stored event. */
  static boolean current(Connection conn) throws SQLException {
    return Settings.get(conn, STALE).isEmpty();
  }

  /**
   * Makes the day sets again from the stored events, in the caller's transaction: for a store whose
   * events were imported before the sets existed, or after events were deleted (an undone import).
   */
  public static void rebuild(Store store) throws SQLException {
    store.inTransaction(
        c -> {
          rebuild(c, store.zone());
          return null;
        });
  }

  static void rebuild(Connection conn, ZoneId zone) throws SQLException {
    try (Statement st = conn.createStatement()) {
      st.execute("DELETE FROM visitor_days");
    }
    Additions all = new Additions(zone);
    try (PreparedStatement ps =
            conn.prepareStatement("SELECT time, visitor, type FROM events ORDER BY time");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        all.add(rs.getLong(1), rs.getLong(2), rs.getInt(3));
        all.writeIfLarge(conn);
      }
    }
    all.writeTo(conn);
    try (PreparedStatement ps = conn.prepareStatement("DELETE FROM settings WHERE key = ?")) {
      ps.setString(1, STALE);
      ps.executeUpdate();
    }
  }

  private static RoaringBitmap read(byte[] bytes) throws SQLException {
    RoaringBitmap b = new RoaringBitmap();
    try {
      b.deserialize(ByteBuffer.wrap(bytes));
    } catch (java.io.IOException | RuntimeException e) {
      throw new SQLException("visitor_days holds a damaged visitor set: " + e.getMessage(), e);
    }
    return b;
  }

  /**
   * Events added by an import, as day sets to be merged into the stored ones. Held in memory up to
   * about {@value #MAX_BYTES} bytes of sets, then merged into the store (and again at the end).
   */
  static final class Additions {
    static final long MAX_BYTES = 32L << 20;
    private static final int CHECK_EVERY = 1 << 16;

    private final ZoneId zone;
    private final Map<Long, RoaringBitmap> visitors = new HashMap<>();
    private final Map<Long, long[]> views = new HashMap<>();
    private long dayStart = Long.MAX_VALUE;
    private long dayEnd = Long.MIN_VALUE;
    private long day;
    private RoaringBitmap daySet;
    private long[] dayViews;
    private int sinceCheck;

    Additions(ZoneId zone) {
      this.zone = zone;
    }

    /** One stored event: its time (epoch seconds), visitor number and type code. */
    void add(long time, long visitor, int type) {
      if (time < dayStart || time >= dayEnd) {
        LocalDate d = LocalDate.ofInstant(Instant.ofEpochSecond(time), zone);
        day = d.toEpochDay();
        dayStart = d.atStartOfDay(zone).toEpochSecond();
        dayEnd = d.plusDays(1).atStartOfDay(zone).toEpochSecond();
        daySet = visitors.computeIfAbsent(day, k -> new RoaringBitmap());
        dayViews = views.computeIfAbsent(day, k -> new long[1]);
      }
      if (visitor < 0 || visitor > 0xFFFF_FFFFL) {
        throw new IllegalStateException("visitor number out of range: " + visitor);
      }
      daySet.add((int) visitor);
      if (type == com.shopops.domain.metrics.EventType.VIEW.code()) {
        dayViews[0]++;
      }
      sinceCheck++;
    }

    /** Merges the sets into the store when they have grown large. */
    void writeIfLarge(Connection conn) throws SQLException {
      if (sinceCheck < CHECK_EVERY) {
        return;
      }
      sinceCheck = 0;
      long bytes = 0;
      for (RoaringBitmap b : visitors.values()) {
        bytes += b.getLongSizeInBytes();
      }
      if (bytes > MAX_BYTES) {
        writeTo(conn);
      }
    }

    /** Merges every held day into {@code visitor_days} and forgets it. */
    void writeTo(Connection conn) throws SQLException {
      if (visitors.isEmpty()) {
        return;
      }
      try (PreparedStatement get =
              conn.prepareStatement("SELECT visitors FROM visitor_days WHERE date = ?");
          PreparedStatement put =
              conn.prepareStatement(
                  "INSERT INTO visitor_days (date, visitors, uv, pv) VALUES (?, ?, ?, ?)"
                      + " ON CONFLICT (date) DO UPDATE SET visitors = excluded.visitors,"
                      + " uv = excluded.uv, pv = visitor_days.pv + excluded.pv")) {
        for (Map.Entry<Long, RoaringBitmap> e : visitors.entrySet()) {
          String date = LocalDate.ofEpochDay(e.getKey()).toString();
          RoaringBitmap set = e.getValue();
          get.setString(1, date);
          try (ResultSet rs = get.executeQuery()) {
            if (rs.next()) {
              set.or(read(rs.getBytes(1)));
            }
          }
          set.runOptimize();
          ByteBuffer buf = ByteBuffer.allocate(set.serializedSizeInBytes());
          set.serialize(buf);
          put.setString(1, date);
          put.setBytes(2, buf.array());
          put.setLong(3, set.getLongCardinality());
          put.setLong(4, views.get(e.getKey())[0]);
          put.executeUpdate();
        }
      }
      visitors.clear();
      views.clear();
      dayStart = Long.MAX_VALUE;
      dayEnd = Long.MIN_VALUE;
    }
  }
}
