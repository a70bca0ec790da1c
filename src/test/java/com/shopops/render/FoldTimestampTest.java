package com.shopops.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * A time in the repeated autumn hour is written with its offset in csv/tsv, every other time as a
 * bare local time (review12 L3).
 */
class FoldTimestampTest {
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  @Test
  void onlyATimeThatHappensTwiceCarriesItsOffset() {
    assertEquals(
        "2026-11-01 01:30:00-04:00",
        Cells.timestamp(Instant.parse("2026-11-01T05:30:00Z"), NEW_YORK)); // EDT
    assertEquals(
        "2026-11-01 01:20:00-05:00",
        Cells.timestamp(Instant.parse("2026-11-01T06:20:00Z"), NEW_YORK)); // EST, 50 min later
    assertEquals(
        "2026-11-01 01:00:00-04:00",
        Cells.timestamp(Instant.parse("2026-11-01T05:00:00Z"), NEW_YORK)); // the fold's start
    assertEquals(
        "2026-11-01 01:59:59-05:00",
        Cells.timestamp(Instant.parse("2026-11-01T06:59:59Z"), NEW_YORK)); // its end
    assertEquals(
        "2026-11-01 00:59:59", Cells.timestamp(Instant.parse("2026-11-01T04:59:59Z"), NEW_YORK));
    assertEquals(
        "2026-11-01 02:00:00", Cells.timestamp(Instant.parse("2026-11-01T07:00:00Z"), NEW_YORK));
    // the spring gap has no repeated time; a zone without DST never has one
    assertEquals(
        "2026-03-08 03:30:00", Cells.timestamp(Instant.parse("2026-03-08T07:30:00Z"), NEW_YORK));
    assertEquals(
        "2026-11-01 01:30:00",
        Cells.timestamp(Instant.parse("2026-10-31T17:30:00Z"), ZoneId.of("Asia/Shanghai")));
  }

  @Test
  void whatIsWrittenIsReadBackToTheSameInstant() {
    for (long s = Instant.parse("2026-11-01T03:00:00Z").getEpochSecond();
        s < Instant.parse("2026-11-01T09:00:00Z").getEpochSecond();
        s += 60) {
      Instant t = Instant.ofEpochSecond(s);
      String written = Cells.timestamp(t, NEW_YORK);
      assertEquals(t, com.shopops.parse.Timestamps.timestamp(written, NEW_YORK), written);
    }
  }
}
