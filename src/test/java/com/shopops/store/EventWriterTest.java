package com.shopops.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.shopops.domain.metrics.Event;
import com.shopops.domain.metrics.EventType;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link EventWriter} numbers the visitors on SQLite itself (the numbers it met held in memory, the
 * others looked up in the store, new ones given the next number) and stores what SQLite's own
 * numbering stored: every visitor numbered in the order it first appears across the files, every
 * event with its own visitor. The files mix batches of mostly new visitors, then mostly known ones,
 * then new ones again, and a second file onto the visitors of the first (looked up in the store).
 */
class EventWriterTest {
  @TempDir Path dir;
  static final Instant T = Instant.parse("2026-11-20T02:00:00Z");

  private static long[] importEvents(Store s, List<Event> events) throws Exception {
    try (ImportSession session =
        ImportSession.begin(s, "events", "e.csv", "sha", "generic", "UTF-8", T, 0)) {
      EventWriter w = session.events();
      for (Event e : events) {
        w.add(e);
      }
      long[] c = w.finish();
      session.commit(events.size(), c[0], c[1], c[2], 0, T);
      return c;
    }
  }

  /** n events, one a second from {@code start}, of visitors drawn from [from, from + span). */
  private static List<Event> events(Random rnd, long start, int n, int from, int span) {
    List<Event> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(
          new Event(
              Instant.ofEpochSecond(start + i),
              "V" + (from + rnd.nextInt(span)),
              EventType.VIEW,
              "SKU-" + rnd.nextInt(3),
              null));
    }
    return out;
  }

  @Test
  void visitorsAreNumberedInTheOrderTheyFirstAppearWhicheverWayAChunkIsNumbered() throws Exception {
    Random rnd = new Random(7);
    long t0 = T.getEpochSecond() - 86_400;
    List<Event> first = new ArrayList<>();
    first.addAll(events(rnd, t0, 20_000, 0, 1_000_000)); // chunks of new visitors
    first.addAll(events(rnd, t0 + 20_000, 20_000, 0, 2_000)); // mostly known
    first.addAll(events(rnd, t0 + 40_000, 9_000, 5_000_000, 1_000_000)); // new again
    List<Event> second = new ArrayList<>();
    second.addAll(events(rnd, t0 + 50_000, 10_000, 0, 2_000)); // known
    second.addAll(events(rnd, t0 + 60_000, 10_000, 9_000_000, 1_000_000)); // new
    second.addAll(first.subList(0, 5_000)); // already stored: nothing added
    Map<String, Integer> expected = new LinkedHashMap<>();
    for (List<Event> file : List.of(first, second)) {
      for (Event e : file) {
        expected.putIfAbsent(e.visitorId(), expected.size() + 1);
      }
    }
    try (Store s = Store.create(dir.resolve("s.db"), ZoneId.of("Asia/Shanghai"), T)) {
      assertArrayEquals(new long[] {first.size(), 0, 0}, importEvents(s, first));
      assertArrayEquals(new long[] {20_000, 0, 5_000}, importEvents(s, second));
      try (Statement st = s.connection().createStatement()) {
        Map<String, Integer> stored = new LinkedHashMap<>();
        try (ResultSet rs =
            st.executeQuery("SELECT visitor_id, visitor FROM visitors ORDER BY visitor")) {
          while (rs.next()) {
            stored.put(rs.getString(1), rs.getInt(2));
          }
        }
        assertEquals(expected, stored);
        List<String> rows = new ArrayList<>();
        try (ResultSet rs =
            st.executeQuery(
                "SELECT e.time, v.visitor_id, e.sku FROM events e"
                    + " JOIN visitors v ON v.visitor = e.visitor ORDER BY e.time")) {
          while (rs.next()) {
            rows.add(rs.getLong(1) + " " + rs.getString(2) + " " + rs.getString(3));
          }
        }
        List<String> want = new ArrayList<>();
        for (List<Event> file : List.of(first, second.subList(0, 20_000))) {
          for (Event e : file) {
            want.add(e.time().getEpochSecond() + " " + e.visitorId() + " " + e.sku());
          }
        }
        assertEquals(want, rows);
      }
    }
  }
}
