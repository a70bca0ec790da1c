package com.shopops.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Points in time, the fast path and the general forms, in the store zone. */
class TimestampsTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  private static String reason(Runnable r) {
    return assertThrows(ValueException.class, r::run).getMessage();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "2025-06-17 19:03:29|2025-06-17T11:03:29Z",
        "2025-06-17 19:03|2025-06-17T11:03:00Z",
        "2025-06-17|2025-06-16T16:00:00Z",
        "2025/6/17 19:03|2025-06-17T11:03:00Z",
        "2025/06/17 19:03:29|2025-06-17T11:03:29Z",
        "2025-6-7 9:03:29|2025-06-07T01:03:29Z",
        "2025-06-17T19:03:29|2025-06-17T11:03:29Z",
        "2025-06-17T19:03:29+08:00|2025-06-17T11:03:29Z",
        "2025-06-17T19:03:29Z|2025-06-17T19:03:29Z",
        "2025-06-17T19:03:29.123Z|2025-06-17T19:03:29.123Z",
        "2025-06-17T19:03:29.123+08:00|2025-06-17T11:03:29.123Z",
        "2025-06-17T19:03:29.123456789-05:00|2025-06-18T00:03:29.123456789Z",
        "2025-06-17 19:03:29 +0800|2025-06-17T11:03:29Z",
        "2025-06-17 19:03:29 +08:00|2025-06-17T11:03:29Z",
        "2025-10-07 09:50:26 +0200|2025-10-07T07:50:26Z",
        "2025-06-17 19:03:29 -0530|2025-06-18T00:33:29Z",
        "2025-06-17 19:03:29 UTC|2025-06-17T19:03:29Z",
        "2025-06-17 19:03:29.0|2025-06-17T11:03:29Z",
        "2025-06-17 19:03:29.5|2025-06-17T11:03:29.500Z",
        "2025年6月17日 19:03:29|2025-06-17T11:03:29Z",
        "2025年6月17日19:03|2025-06-17T11:03:00Z",
        "2025年6月17日|2025-06-16T16:00:00Z",
        "2025.06.17 19:03:29|2025-06-17T11:03:29Z",
        "'2025-06-17 19:03:29|2025-06-17T11:03:29Z",
        "2024-02-29 23:59:59|2024-02-29T15:59:59Z",
        "2000-02-29 00:00:00|2000-02-28T16:00:00Z",
        "1970-01-01 08:00:00|1970-01-01T00:00:00Z",
        "1988-06-01 12:00:00|1988-06-01T03:00:00Z",
        "2026-11-10 24:00:00|2026-11-10T16:00:00Z",
        "2026-11-10 24:00|2026-11-10T16:00:00Z",
        "2026/11/10 24:00|2026-11-10T16:00:00Z",
        "2026-11-10T24:00:00+08:00|2026-11-10T16:00:00Z",
        "2026年11月10日 24:00:00|2026-11-10T16:00:00Z",
        "2026-11-10 24:00:00.0|2026-11-10T16:00:00Z",
        "2025-12-31 24:00:00|2025-12-31T16:00:00Z",
        "2024-02-28 24:00:00|2024-02-28T16:00:00Z",
      })
  void shanghai(String raw, String expected) {
    assertEquals(Instant.parse(expected), Timestamps.timestamp(raw, SHANGHAI));
  }

  /** Review20 X3: 24:00:00 is the end of its day, the same instant as 00:00:00 of the next. */
  @Test
  void theEndOfADayIsMidnightOfTheNext() {
    assertEquals(
        Timestamps.timestamp("2026-11-11 00:00:00", SHANGHAI),
        Timestamps.timestamp("2026-11-10 24:00:00", SHANGHAI));
    assertEquals(
        Timestamps.timestamp("2026-01-01 00:00:00", SHANGHAI),
        Timestamps.timestamp("2025-12-31 24:00", SHANGHAI));
    assertEquals(java.time.LocalDate.of(2026, 11, 10), Dates.date("2026-11-10 24:00:00"));
  }

  @Test
  void surroundingSpacesAndTabs() {
    assertEquals(
        Instant.parse("2025-06-17T11:03:29Z"),
        Timestamps.timestamp(" 2025-06-17 19:03:29\t", SHANGHAI));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        // spring forward: 02:00 EST becomes 03:00 EDT on 2025-03-09
        "2025-03-09 01:59:59|2025-03-09T06:59:59Z",
        "2025-03-09 02:00:00|2025-03-09T07:00:00Z", // in the gap: moved forward to 03:00 EDT
        "2025-03-09 02:30:00|2025-03-09T07:30:00Z", // in the gap: 03:30 EDT
        "2025-03-09 03:00:00|2025-03-09T07:00:00Z",
        "2025-03-09 03:00:01|2025-03-09T07:00:01Z",
        "2025-03-09|2025-03-09T05:00:00Z",
        "2025-03-10|2025-03-10T04:00:00Z",
        // fall back: 02:00 EDT becomes 01:00 EST on 2025-11-02
        "2025-11-02 00:59:59|2025-11-02T04:59:59Z",
        "2025-11-02 01:00:00|2025-11-02T05:00:00Z", // overlap: the earlier offset (EDT)
        "2025-11-02 01:30:00|2025-11-02T05:30:00Z",
        "2025-11-02 01:59:59|2025-11-02T05:59:59Z",
        "2025-11-02 02:00:00|2025-11-02T07:00:00Z",
        "2025-07-04 12:00:00|2025-07-04T16:00:00Z",
        "2025-12-25 12:00:00|2025-12-25T17:00:00Z",
        "2025-11-02 01:30:00 -0500|2025-11-02T06:30:00Z", // explicit offset wins
        "2025/3/9 2:30|2025-03-09T07:30:00Z",
        "2025-03-09 02:30:00.250|2025-03-09T07:30:00.250Z",
      })
  void newYorkAcrossDst(String raw, String expected) {
    assertEquals(Instant.parse(expected), Timestamps.timestamp(raw, NEW_YORK));
  }

  @Test
  void fixedOffsetZones() {
    assertEquals(
        Instant.parse("2025-06-17T19:03:29Z"),
        Timestamps.timestamp("2025-06-17 19:03:29", ZoneOffset.UTC));
    assertEquals(
        Instant.parse("2025-06-17T13:33:29Z"),
        Timestamps.timestamp("2025-06-17 19:03:29", ZoneOffset.ofHoursMinutes(5, 30)));
    assertEquals(
        Instant.parse("2025-06-17T11:03:29Z"),
        Timestamps.timestamp("2025-06-17 19:03:29", ZoneId.of("Etc/GMT-8")));
  }

  @Test
  void alternatingZonesDoNotShareACachedOffset() {
    for (int i = 0; i < 3; i++) {
      assertEquals(
          Instant.parse("2025-06-17T11:03:29Z"),
          Timestamps.timestamp("2025-06-17 19:03:29", SHANGHAI));
      assertEquals(
          Instant.parse("2025-06-17T23:03:29Z"),
          Timestamps.timestamp("2025-06-17 19:03:29", NEW_YORK));
      assertEquals(
          Instant.parse("2025-01-17T00:03:29Z"),
          Timestamps.timestamp("2025-01-16 19:03:29", NEW_YORK));
    }
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        " ",
        "0000-00-00",
        "0000-00-00 00:00:00",
        "0000-00-00T00:00:00",
        "null",
        "NULL",
        "-",
        "'"
      })
  void missingIsNull(String raw) {
    assertNull(Timestamps.timestamp(raw, SHANGHAI));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2025-13-01",
        "2025-02-30",
        "2025-00-10",
        "2025-06-00",
        "2025-04-31",
        "2025-02-29 00:00:00",
        "2025-13-01 00:00:00",
        "2025-06-31 10:00:00",
        "2025-06-17 24:00:01",
        "2025-06-17 24:01:00",
        "2025-06-17 24:01",
        "2025-06-17 24:00:00.5",
        "2025-06-17 25:00:00",
        "2025-06-31 24:00:00",
        "2025-06-17 19:60:00",
        "2025-06-17 19:03:60",
        "0000-01-01 00:00:00",
        "2025-06-17 19:03:29 +1900",
        "2025-06-17 19:03:29 +0860",
        "garbage",
        "45384.3479",
        "2025-06-1719:03",
        "2025-06-17 19",
        "2025-06-17 19:3",
        "17/06/2025",
        "2025-06/17",
        "2025-06-17 19:03:29 PST",
        "2025-0a-17 19:03:29",
        "20250617",
        "2025年13月1日",
        "2025-06-17T19:03:29.1234567890Z"
      })
  void rejects(String raw) {
    assertEquals("not a date (\"" + raw + "\")", reason(() -> Timestamps.timestamp(raw, SHANGHAI)));
  }

  /** The fixed-position fast path and the general parser agree everywhere, gaps included. */
  @Test
  void fastAndSlowPathsAgreeWithJavaTime() {
    ZoneId[] zones = {
      NEW_YORK,
      SHANGHAI,
      ZoneId.of("Europe/London"),
      ZoneId.of("Australia/Lord_Howe"),
      ZoneId.of("America/Sao_Paulo"),
      ZoneOffset.UTC,
      ZoneOffset.ofHours(-3)
    };
    Random random = new Random(42);
    long from = LocalDateTime.of(1900, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
    long to = LocalDateTime.of(2100, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
    DateTimeFormatter iso = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
    for (int i = 0; i < 20_000; i++) {
      ZoneId zone = zones[random.nextInt(zones.length)];
      // Half the samples within a day of a transition, where mistakes would hide.
      long local = from + (long) (random.nextDouble() * (to - from));
      if (i % 2 == 0) {
        var t = zone.getRules().nextTransition(Instant.ofEpochSecond(local));
        if (t != null) {
          local =
              t.getDateTimeBefore().toEpochSecond(ZoneOffset.UTC) - 43_200 + random.nextInt(86_400);
        }
      }
      LocalDateTime ldt = LocalDateTime.ofEpochSecond(local, 0, ZoneOffset.UTC);
      Instant expected = ZonedDateTime.ofLocal(ldt, zone, null).toInstant();
      String fast = ldt.format(iso);
      assertEquals(expected, Timestamps.timestamp(fast, zone), fast + " " + zone);
      assertEquals(expected, Timestamps.timestamp(fast + ".0", zone), fast + ".0 " + zone);
      assertEquals(expected, Timestamps.timestamp(fast.replace('-', '/'), zone), fast + " " + zone);
    }
  }

  @Test
  void explicitPattern() {
    DateTimeFormatter woo = DateTimeFormatter.ofPattern("M/d/yyyy H:mm");
    assertEquals(
        Instant.parse("2016-05-31T04:37:00Z"),
        Timestamps.timestamp("5/31/2016 0:37", NEW_YORK, woo));
    DateTimeFormatter eu = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    assertEquals(
        Instant.parse("2025-06-17T11:03:00Z"),
        Timestamps.timestamp(" 17/06/2025 19:03 ", SHANGHAI, eu));
    DateTimeFormatter dateOnly = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    assertEquals(
        Instant.parse("2025-06-16T16:00:00Z"),
        Timestamps.timestamp("17/06/2025", SHANGHAI, dateOnly));
    assertEquals(
        Instant.parse("2025-03-09T05:00:00Z"),
        Timestamps.timestamp("09/03/2025", NEW_YORK, dateOnly));
    DateTimeFormatter withOffset = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z");
    assertEquals(
        Instant.parse("2025-06-17T17:03:29Z"),
        Timestamps.timestamp("2025-06-17 19:03:29 +0200", SHANGHAI, withOffset));
    // in the New York gap: moved forward like the built-in forms
    assertEquals(
        Instant.parse("2025-03-09T07:30:00Z"),
        Timestamps.timestamp("3/9/2025 2:30", NEW_YORK, woo));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  "})
  void explicitPatternBlankIsNull(String raw) {
    assertNull(Timestamps.timestamp(raw, SHANGHAI, DateTimeFormatter.ofPattern("M/d/yyyy H:mm")));
  }

  @Test
  void explicitPatternRejects() {
    DateTimeFormatter woo = DateTimeFormatter.ofPattern("M/d/yyyy H:mm");
    assertEquals(
        "not a date in format M/d/yyyy H:mm (\"2025-06-17 19:03\")",
        reason(() -> Timestamps.timestamp("2025-06-17 19:03", SHANGHAI, woo)));
    assertEquals(
        "not a date in format M/d/yyyy H:mm (\"2/30/2025 10:00\")",
        reason(() -> Timestamps.timestamp("2/30/2025 10:00", SHANGHAI, woo)));
    assertEquals(
        "not a date in format M/d/yyyy H:mm (\"13/1/2025 10:00\")",
        reason(() -> Timestamps.timestamp("13/1/2025 10:00", SHANGHAI, woo)));
    DateTimeFormatter eu = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    assertEquals(
        "not a date in format dd/MM/yyyy HH:mm (\"6/17/2025 19:03\")",
        reason(() -> Timestamps.timestamp("6/17/2025 19:03", SHANGHAI, eu)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "M/d/yyyy H:mm",
        "dd/MM/yyyy HH:mm:ss",
        "yyyy-MM-dd'T'HH:mm:ss.SSSXXX",
        "uuuu.MM.dd HH:mm Z",
        "d MMM yyyy h:mm a",
        "yyyyMMdd",
        "yy-MM-dd HH:mm:ss Z",
        "yyyy-MM-dd 'at' HH:mm",
        "yyyy年M月d日 HH:mm"
      })
  void patternTextIsRecoveredForMessages(String pattern) {
    assertEquals(pattern, PatternText.of(DateTimeFormatter.ofPattern(pattern)));
  }
}
