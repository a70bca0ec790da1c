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
        "02:30 does not exist in America/New_York on 2026-03-08; read as 03:30", gaps.take());
    assertNull(gaps.take());
    assertEquals(
        Instant.parse("2026-03-08T07:15:20Z"), Timestamps.timestamp("2026/3/8 2:15:20", NY, gaps));
    assertEquals(
        "02:15:20 does not exist in America/New_York on 2026-03-08; read as 03:15:20", gaps.take());
    DateTimeFormatter us = DateTimeFormatter.ofPattern("M/d/yyyy H:mm", Locale.ROOT);
    assertEquals(
        Instant.parse("2026-03-08T07:05:00Z"), Timestamps.timestamp("3/8/2026 2:05", NY, us, gaps));
    assertEquals(
        "02:05 does not exist in America/New_York on 2026-03-08; read as 03:05", gaps.take());
  }

  @Test
  void existingTimesAndTheRepeatedHourAreNotSaid() {
    DstGaps gaps = new DstGaps();
    Timestamps.timestamp("2026-03-08 01:59:59", NY, gaps);
    Timestamps.timestamp("2026-03-08 03:30:00", NY, gaps);
    Timestamps.timestamp("2026-03-08 02:30:00-05:00", NY, gaps); // an offset: no local time
    assertNull(gaps.take());
    // the autumn's repeated hour: the earlier offset (EDT), as ever, without a word
    assertEquals(
        Instant.parse("2026-11-01T05:30:00Z"),
        Timestamps.timestamp("2026-11-01 01:30:00", NY, gaps));
    assertNull(gaps.take());
  }
}
