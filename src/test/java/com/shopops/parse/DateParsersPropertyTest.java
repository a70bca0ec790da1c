package com.shopops.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The date and timestamp parsers against java.time: any local time in any of the forms platforms
 * write, in zones with and without DST (and half-hour offsets), reads back as the instant java.time
 * gives for it; any calendar day reads back as itself; an impossible day or any other text ends in
 * a {@link ValueException} (a message naming the value), never another exception.
 */
class DateParsersPropertyTest {
  private static final String[] ZONES = {
    "Asia/Shanghai",
    "UTC",
    "America/New_York",
    "Europe/London",
    "Asia/Kolkata",
    "Australia/Lord_Howe"
  };

  @Provide
  Arbitrary<LocalDateTime> times() {
    return Arbitraries.longs()
        .between(
            LocalDateTime.of(1971, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC),
            LocalDateTime.of(2099, 12, 31, 23, 59, 59).toEpochSecond(ZoneOffset.UTC))
        .map(s -> LocalDateTime.ofEpochSecond(s, 0, ZoneOffset.UTC));
  }

  @Provide
  Arbitrary<ZoneId> zones() {
    return Arbitraries.of(ZONES).map(ZoneId::of);
  }

  private static Instant expected(LocalDateTime t, ZoneId zone) {
    return ZonedDateTime.ofLocal(t, zone, null).toInstant();
  }

  @Property(tries = 500)
  void everyLocalFormReadsAsJavaTimeReadsIt(
      @ForAll("times") LocalDateTime t, @ForAll("zones") ZoneId zone) {
    Instant exact = expected(t, zone);
    for (String form :
        new String[] {
          "yyyy-MM-dd HH:mm:ss",
          "yyyy-MM-dd'T'HH:mm:ss",
          "yyyy/M/d H:mm:ss",
          "yyyy-M-d H:mm:ss",
          "yyyy-MM-dd HH:mm:ss'.0'",
          "yyyy年M月d日 HH:mm:ss",
          "yyyy.MM.dd HH:mm:ss"
        }) {
      String text = DateTimeFormatter.ofPattern(form).format(t);
      assertEquals(exact, Timestamps.timestamp(text, zone), text + " in " + zone);
    }
    Instant minute = expected(t.withSecond(0), zone);
    for (String form : new String[] {"yyyy-MM-dd HH:mm", "yyyy/M/d H:mm"}) {
      String text = DateTimeFormatter.ofPattern(form).format(t);
      assertEquals(minute, Timestamps.timestamp(text, zone), text + " in " + zone);
    }
    String day = DateTimeFormatter.ISO_LOCAL_DATE.format(t);
    assertEquals(
        t.toLocalDate().atStartOfDay(zone).toInstant(), Timestamps.timestamp(day, zone), day);
  }

  @Property(tries = 500)
  void anOffsetWinsOverTheStoreZone(
      @ForAll("times") LocalDateTime t,
      @ForAll @IntRange(min = -12 * 4, max = 14 * 4) int quarterHours,
      @ForAll("zones") ZoneId zone,
      @ForAll @IntRange(min = 0, max = 999) int millis) {
    ZoneOffset offset = ZoneOffset.ofTotalSeconds(quarterHours * 15 * 60);
    Instant exact = t.toInstant(offset);
    String iso = t.atOffset(offset).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    assertEquals(exact, Timestamps.timestamp(iso, zone), iso);
    String shopify =
        t.atOffset(offset).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xx"));
    assertEquals(exact, Timestamps.timestamp(shopify, zone), shopify);
    String fraction = String.format("%sT%s.%03dZ", t.toLocalDate(), t.toLocalTime(), millis);
    if (t.getSecond() == 0) {
      fraction = String.format("%sT%s:00.%03dZ", t.toLocalDate(), t.toLocalTime(), millis);
    }
    assertEquals(
        t.toInstant(ZoneOffset.UTC).plusMillis(millis),
        Timestamps.timestamp(fraction, zone),
        fraction);
  }

  @Property(tries = 500)
  void everyDayFormReadsAsTheDayWritten(@ForAll("times") LocalDateTime t) {
    LocalDate d = t.toLocalDate();
    for (String form :
        new String[] {
          "yyyy-MM-dd",
          "yyyy/M/d",
          "yyyyMMdd",
          "yyyy年M月d日",
          "yyyy-MM-dd HH:mm:ss",
          "yyyy-MM-dd'T'HH:mm"
        }) {
      String text = DateTimeFormatter.ofPattern(form).format(t);
      assertEquals(d, Dates.date(text), text);
    }
  }

  @Property(tries = 300)
  void anImpossibleDayIsRefusedWithItsValue(
      @ForAll @IntRange(min = 1971, max = 2099) int year,
      @ForAll @IntRange(min = 1, max = 12) int month,
      @ForAll @IntRange(min = 1, max = 9) int past) {
    int day = LocalDate.of(year, month, 1).lengthOfMonth() + past;
    String text = String.format("%d-%02d-%02d 10:00:00", year, month, day);
    ValueException e =
        assertThrows(ValueException.class, () -> Timestamps.timestamp(text, ZoneOffset.UTC));
    assertEquals(true, e.getMessage().contains(text), e.getMessage());
    assertThrows(ValueException.class, () -> Dates.date(text));
  }

  @Provide
  Arbitrary<String> junk() {
    return Arbitraries.strings().withChars("0123456789-/:. T年月日Z+zUTCGMa").ofMaxLength(30);
  }

  @Property(tries = 2000)
  void anyTextIsReadOrRefusedWithAValueException(@ForAll("junk") String text) {
    for (ZoneId zone : new ZoneId[] {ZoneOffset.UTC, ZoneId.of("America/New_York")}) {
      try {
        Timestamps.timestamp(text, zone);
      } catch (ValueException expected) {
        // a message for the operator: what the import reports with file, line and column
      }
    }
    try {
      Dates.date(text);
    } catch (ValueException expected) {
      // likewise
    }
  }
}
