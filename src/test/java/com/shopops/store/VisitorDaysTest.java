package com.shopops.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopops.domain.metrics.DateRange;
import com.shopops.domain.metrics.Event;
import com.shopops.domain.metrics.EventType;
import com.shopops.store.TrafficFigures.Visits;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * UV and PV of whole days read from the per-day visitor sets ({@link VisitorDays}) are the figures
 * counted from the events, on random data: a visitor on two days counts once over both, days are
 * cut in the store zone (a zone with daylight saving: 23- and 25-hour days), a re-import adds
 * nothing, and after an import's events are deleted (an undo) a rebuild gives the scan's figures.
 */
class VisitorDaysTest {
  @TempDir Path dir;
  static final Instant T = Instant.parse("2026-11-20T02:00:00Z");

  private static long importEvents(Store s, List<Event> events) throws Exception {
    try (ImportSession session =
        ImportSession.begin(s, "events", "e.csv", "sha", "generic", "UTF-8", T, 0)) {
      EventWriter w = session.events();
      for (Event e : events) {
        w.add(e);
      }
      long[] c = w.finish();
      session.commit(events.size(), c[0], c[1], c[2], 0, T);
      return session.importId();
    }
  }

  /** Events over [first, first + days) local days, some right at a local midnight. */
  private static List<Event> randomEvents(
      Random rnd, ZoneId zone, LocalDate first, int days, int n, int visitors) {
    List<Event> out = new ArrayList<>();
    EventType[] types = EventType.values();
    for (int i = 0; i < n; i++) {
      LocalDate d = first.plusDays(rnd.nextInt(days));
      Instant start = d.atStartOfDay(zone).toInstant();
      Instant end = d.plusDays(1).atStartOfDay(zone).toInstant();
      long span = end.getEpochSecond() - start.getEpochSecond();
      long offset =
          switch (rnd.nextInt(10)) {
            case 0 -> 0; // the first second of the day
            case 1 -> span - 1; // the last one
            default -> (long) (rnd.nextDouble() * span);
          };
      out.add(
          new Event(
              start.plusSeconds(offset),
              "V" + rnd.nextInt(visitors),
              types[rnd.nextInt(types.length)],
              rnd.nextBoolean() ? "SKU-" + rnd.nextInt(5) : null,
              null));
    }
    return out;
  }

  /** Every span of whole days within the range, against the count over the events. */
  private static void assertSameAsScan(Store s, LocalDate first, int days) throws Exception {
    TrafficFigures f = new TrafficFigures(s);
    ZoneId zone = s.zone();
    List<DateRange> spans = new ArrayList<>();
    List<Visits> scans = new ArrayList<>();
    for (int a = 0; a <= days; a++) {
      for (int b = a + 1; b <= days + 1; b++) {
        Instant from = first.plusDays(a - 1).atStartOfDay(zone).toInstant();
        Instant to = first.plusDays(b - 1).atStartOfDay(zone).toInstant();
        Visits scan = f.eventScan(from, to);
        assertEquals(scan, f.events(from, to), "days " + (a - 1) + ".." + (b - 1));
        spans.add(new DateRange(first.plusDays(a - 1), first.plusDays(b - 2)));
        scans.add(scan);
      }
    }
    // all the spans at once (overlapping, repeated over more than one statement): the same figures
    while (spans.size() <= DayCounts.SPANS_PER_STATEMENT) {
      spans.addAll(List.copyOf(spans));
      scans.addAll(List.copyOf(scans));
    }
    assertEquals(scans, f.events(spans));
    assertEquals(scans, f.eventScan(spans));
    if (VisitorDays.current(s.connection())) {
      assertEquals(scans, VisitorDays.visits(s.connection(), spans));
    }
  }

  @Test
  void wholeDaysFromTheSetsAreTheScanOverRandomImports() throws Exception {
    for (String zoneId : List.of("Europe/Berlin", "Asia/Shanghai", "America/New_York")) {
      ZoneId zone = ZoneId.of(zoneId);
      Store s = Store.create(dir.resolve(zone.getId().replace('/', '-') + ".db"), zone, T);
      Random rnd = new Random(zoneId.hashCode());
      LocalDate first = LocalDate.of(2026, 3, 25); // over the spring change in Europe
      if (zoneId.startsWith("America")) {
        first = LocalDate.of(2026, 10, 28); // over the autumn change in the US
      }
      List<Event> one = randomEvents(rnd, zone, first, 10, 3000, 400);
      importEvents(s, one);
      importEvents(s, randomEvents(rnd, zone, first.plusDays(3), 8, 2000, 600));
      assertSameAsScan(s, first, 12);
      long before = count(s, "SELECT sum(uv) FROM visitor_days");
      importEvents(s, one); // the same file again adds nothing
      assertEquals(before, count(s, "SELECT sum(uv) FROM visitor_days"));
      assertSameAsScan(s, first, 12);
      s.close();
    }
  }

  @Test
  void aVisitorOnTwoDaysCountsOnceOverBoth() throws Exception {
    ZoneId zone = ZoneId.of("Asia/Shanghai");
    Store s = Store.create(dir.resolve("s.db"), zone, T);
    Instant lateOnFirst = LocalDateTime.of(2026, 11, 1, 23, 59, 59).atZone(zone).toInstant();
    Instant earlyOnSecond = LocalDateTime.of(2026, 11, 2, 0, 0, 0).atZone(zone).toInstant();
    importEvents(
        s,
        List.of(
            new Event(lateOnFirst, "A", EventType.VIEW, "S1", null),
            new Event(earlyOnSecond, "A", EventType.VIEW, "S1", null),
            new Event(earlyOnSecond, "B", EventType.CART, "S1", null)));
    TrafficFigures f = new TrafficFigures(s);
    Instant d1 = LocalDate.of(2026, 11, 1).atStartOfDay(zone).toInstant();
    Instant d2 = LocalDate.of(2026, 11, 2).atStartOfDay(zone).toInstant();
    Instant d3 = LocalDate.of(2026, 11, 3).atStartOfDay(zone).toInstant();
    assertEquals(new Visits(1L, 1L), f.events(d1, d2));
    assertEquals(new Visits(1L, 2L), f.events(d2, d3));
    assertEquals(new Visits(2L, 2L), f.events(d1, d3));
    s.close();
  }

  @Test
  void afterAnImportsEventsAreDeletedARebuildGivesTheScan() throws Exception {
    ZoneId zone = ZoneId.of("Europe/Berlin");
    Store s = Store.create(dir.resolve("s.db"), zone, T);
    Random rnd = new Random(7);
    LocalDate first = LocalDate.of(2026, 3, 26);
    importEvents(s, randomEvents(rnd, zone, first, 6, 1500, 300));
    long second = importEvents(s, randomEvents(rnd, zone, first.plusDays(2), 6, 1500, 300));
    try (Statement st = s.connection().createStatement()) {
      st.execute("DELETE FROM events WHERE import_id = " + second); // an undone import
    }
    VisitorDays.rebuild(s);
    assertSameAsScan(s, first, 8);
    s.close();
  }

  @Test
  void aStoreWithEventsFromBeforeTheSetsCountsThemUntilTheNextImportBuildsThem() throws Exception {
    ZoneId zone = ZoneId.of("Asia/Shanghai");
    Store s = Store.create(dir.resolve("s.db"), zone, T);
    Random rnd = new Random(3);
    LocalDate first = LocalDate.of(2026, 11, 1);
    importEvents(s, randomEvents(rnd, zone, first, 5, 1000, 200));
    try (Statement st = s.connection().createStatement()) { // as V010 leaves an older store
      st.execute("DELETE FROM visitor_days");
      st.execute("INSERT INTO settings (key, value) VALUES ('visitor_days_stale', '1')");
    }
    assertFalse(VisitorDays.current(s.connection()));
    assertSameAsScan(s, first, 6); // counted from the events
    importEvents(s, randomEvents(rnd, zone, first.plusDays(3), 5, 1000, 200));
    assertTrue(VisitorDays.current(s.connection()));
    assertTrue(count(s, "SELECT count(*) FROM visitor_days") > 0);
    assertSameAsScan(s, first, 9);
    s.close();
  }

  /**
   * An import larger than one set-based write ({@link EventWriter#APPLY} staged events): every
   * event lands once with its visitor (foreign keys are not checked by SQLite during an events
   * import, and are on again after it), the repeated lines of one key keep their numbers across the
   * writes, and the day sets are the scan's figures; a re-import adds nothing.
   */
  @Test
  void anImportOfManyWritesLandsEveryEventOnceAndTheDaySetsAreTheScan() throws Exception {
    ZoneId zone = ZoneId.of("Asia/Shanghai");
    Store s = Store.create(dir.resolve("many.db"), zone, T);
    Random rnd = new Random(11);
    LocalDate first = LocalDate.of(2026, 11, 1);
    List<Event> events = randomEvents(rnd, zone, first, 6, 2 * EventWriter.APPLY + 700, 5000);
    Event twice = events.get(0); // the same key again in the last write: a second event, seq 1
    events.add(twice);
    long keys =
        events.stream()
            .map(e -> e.time() + " " + e.visitorId() + " " + e.type() + " " + e.sku())
            .distinct()
            .count();
    importEvents(s, events);
    assertEquals(events.size(), count(s, "SELECT count(*) FROM events"));
    assertEquals(events.size() - keys, count(s, "SELECT count(*) FROM events WHERE seq > 0"));
    assertEquals(
        events.stream().map(Event::visitorId).distinct().count(),
        count(s, "SELECT count(*) FROM visitors"));
    assertEquals(
        0,
        count(
            s,
            "SELECT count(*) FROM events e"
                + " WHERE NOT EXISTS (SELECT 1 FROM visitors v WHERE v.visitor = e.visitor)"));
    assertEquals(1, count(s, "PRAGMA foreign_keys"));
    assertSameAsScan(s, first, 7);
    long uv = count(s, "SELECT sum(uv) FROM visitor_days");
    importEvents(s, events);
    assertEquals(events.size(), count(s, "SELECT count(*) FROM events"));
    assertEquals(uv, count(s, "SELECT sum(uv) FROM visitor_days"));
    assertSameAsScan(s, first, 7);
    s.close();
  }

  private static long count(Store s, String sql) throws Exception {
    try (Statement st = s.connection().createStatement();
        var rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
