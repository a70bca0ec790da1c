package com.shopops.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Issue I3: a local time in the zone's spring-forward gap is read an hour later, and said so. */
class DstGapsTest {
  private static final ZoneId NY = ZoneId.of("America/New_York");

  @Test
  void aTimeInTheGapIsReadLaterAndSaid() {
    DstGaps gaps = new DstGaps();
    // the fast path (yyyy-MM-dd HH:mm:ss), the general parser and a mapping's pattern
    assertEquals(
        Instant.parse("2026-03-08T07:30:00Z"),
        Timestamps.timestamp("2026-03-08 02:30:00", NY, gaps));
    assertEquals(
        "02:30 does not exist in America/New_York on 2026-03-08; read as 03:30",
        gaps.take().text());
    assertNull(gaps.take());
    assertEquals(
        Instant.parse("2026-03-08T07:15:20Z"), Timestamps.timestamp("2026/3/8 2:15:20", NY, gaps));
    assertEquals(
        "02:15:20 does not exist in America/New_York on 2026-03-08; read as 03:15:20",
        gaps.take().text());
    DateTimeFormatter us = DateTimeFormatter.ofPattern("M/d/yyyy H:mm", Locale.ROOT);
    assertEquals(
        Instant.parse("2026-03-08T07:05:00Z"), Timestamps.timestamp("3/8/2026 2:05", NY, us, gaps));
    assertEquals(
        "02:05 does not exist in America/New_York on 2026-03-08; read as 03:05",
        gaps.take().text());
  }

  @Test
  void existingTimesAreNotSaid() {
    DstGaps gaps = new DstGaps();
    Timestamps.timestamp("2026-03-08 01:59:59", NY, gaps);
    Timestamps.timestamp("2026-03-08 03:30:00", NY, gaps);
    Timestamps.timestamp("2026-03-08 02:30:00-05:00", NY, gaps); // an offset: no local time
    Timestamps.timestamp("2026-11-01 01:30:00-05:00", NY, gaps); // the repeated hour, with offset
    Timestamps.timestamp("2026-11-01 00:59:59", NY, gaps);
    Timestamps.timestamp("2026-11-01 02:00:00", NY, gaps);
    assertNull(gaps.take());
  }

  /**
   * The autumn's repeated hour (R10): 02:30 on 2026-10-25 in Europe/Madrid happens at 00:30Z (CEST)
   * and again at 01:30Z (CET); read as the earlier, as before, and now said — on the fast path, the
   * general parser and a mapping's pattern.
   */
  @Test
  void aTimeInTheRepeatedHourIsReadAsTheEarlierAndSaid() {
    ZoneId madrid = ZoneId.of("Europe/Madrid");
    DstGaps gaps = new DstGaps();
    assertEquals(
        Instant.parse("2026-10-25T00:30:00Z"),
        Timestamps.timestamp("2026-10-25 02:30:00", madrid, gaps));
    DstGaps.Said said = gaps.take();
    assertEquals("time-in-dst-overlap", said.kind());
    assertEquals(
        "02:30 happens twice in Europe/Madrid on 2026-10-25; read as the earlier, 02:30+02:00",
        said.text());
    assertNull(gaps.take());
    assertEquals(
        Instant.parse("2026-10-25T00:15:20Z"),
        Timestamps.timestamp("2026/10/25 2:15:20", madrid, gaps));
    assertEquals(
        "02:15:20 happens twice in Europe/Madrid on 2026-10-25; read as the earlier,"
            + " 02:15:20+02:00",
        gaps.take().text());
    DateTimeFormatter eu = DateTimeFormatter.ofPattern("d/M/yyyy H:mm", Locale.ROOT);
    assertEquals(
        Instant.parse("2026-10-25T00:05:00Z"),
        Timestamps.timestamp("25/10/2026 2:05", madrid, eu, gaps));
    assertEquals("time-in-dst-overlap", gaps.take().kind());
    // New York's repeated hour too (01:30 EDT), and the gap keeps its own kind
    assertEquals(
        Instant.parse("2026-11-01T05:30:00Z"),
        Timestamps.timestamp("2026-11-01 01:30:00", NY, gaps));
    assertEquals(
        "01:30 happens twice in America/New_York on 2026-11-01; read as the earlier, 01:30-04:00",
        gaps.take().text());
    Timestamps.timestamp("2026-03-08 02:30:00", NY, gaps);
    assertEquals("time-in-dst-gap", gaps.take().kind());
  }
}
