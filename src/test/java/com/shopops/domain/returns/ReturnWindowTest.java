package com.shopops.domain.returns;

import static com.shopops.domain.returns.Times.NEW_YORK;
import static com.shopops.domain.returns.Times.SHANGHAI;
import static com.shopops.domain.returns.Times.ny;
import static com.shopops.domain.returns.Times.sh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReturnWindowTest {
  private static final ReturnPolicy SH = ReturnPolicy.defaults(SHANGHAI);
  private static final ReturnPolicy NY = ReturnPolicy.defaults(NEW_YORK);

  private static ReturnWindow window(Instant delivered, ReturnPolicy policy) {
    return ReturnWindow.of(delivered, "SKU-1", "服装", policy);
  }

  private static ZonedDateTime local(String t, java.time.ZoneId zone) {
    return java.time.LocalDateTime.parse(t).atZone(zone);
  }

  @Test
  void deliveredAt2359OnDayDClosesAtMidnightStartingDayDPlus8() {
    ReturnWindow w = window(sh("2026-11-10T23:59"), SH);
    assertEquals(ReturnWindow.State.ELIGIBLE, w.state());
    assertEquals(local("2026-11-18T00:00", SHANGHAI), w.closesAt());
  }

  @Test
  void deliveredAt0001OnDayDPlus1ClosesOneDayLater() {
    assertEquals(
        local("2026-11-19T00:00", SHANGHAI), window(sh("2026-11-11T00:01"), SH).closesAt());
  }

  @Test
  void deliveredExactlyAtMidnightCountsAsThatDay() {
    assertEquals(
        local("2026-11-19T00:00", SHANGHAI), window(sh("2026-11-11T00:00"), SH).closesAt());
  }

  @Test
  void requestAt235959OfSeventhDayIsInsideAndAtMidnightAfterIsOutside() {
    ReturnWindow w = window(sh("2026-11-10T23:59"), SH);
    assertFalse(w.closedBy(sh("2026-11-17T23:59:59")));
    assertTrue(w.isOpenAt(sh("2026-11-17T23:59:59")));
    assertTrue(w.closedBy(sh("2026-11-18T00:00:00")));
    assertFalse(w.isOpenAt(sh("2026-11-18T00:00:00")));
  }

  @Test
  void lastNanosecondBeforeMidnightIsStillInside() {
    ReturnWindow w = window(sh("2026-11-10T23:59"), SH);
    assertFalse(w.closedBy(sh("2026-11-18T00:00").minusNanos(1)));
  }

  @ParameterizedTest(name = "delivered {0} → closes {1}")
  @CsvSource({
    "2026-01-28T10:00, 2026-02-05T00:00", // across January's end
    "2026-02-25T10:00, 2026-03-05T00:00", // February 2026 has 28 days
    "2028-02-25T10:00, 2028-03-04T00:00", // leap year: 29 February counts
    "2026-04-30T23:59, 2026-05-08T00:00", // last minute of a 30-day month
    "2026-12-28T08:00, 2027-01-05T00:00", // across the year end
  })
  void acrossMonthAndYearEndsInShanghai(String delivered, String closes) {
    assertEquals(local(closes, SHANGHAI), window(sh(delivered), SH).closesAt());
  }

  @Test
  void newYorkFallBackInsideWindowClosesAtLocalMidnightAndAddsAnHour() {
    // DST ends 2026-11-01 02:00 EDT → 01:00 EST
    ReturnWindow w = window(ny("2026-10-28T10:00"), NY);
    assertEquals(local("2026-11-05T00:00", NEW_YORK), w.closesAt());
    assertEquals(ZoneOffset.ofHours(-5), w.closesAt().getOffset());
    // From midnight EDT on 31 Oct to midnight EST on 5 Nov: 5 days of 24 h plus the extra hour.
    Instant asOf = ny("2026-10-31T00:00");
    assertEquals(Duration.ofDays(5).plusHours(1), w.remaining(asOf));
    assertEquals(5, w.daysLeft(asOf));
    assertEquals(1, w.hoursLeft(asOf));
  }

  @Test
  void newYorkSpringForwardInsideWindowLosesAnHour() {
    // DST starts 2026-03-08 02:00 EST → 03:00 EDT
    ReturnWindow w = window(ny("2026-03-05T12:00"), NY);
    assertEquals(local("2026-03-13T00:00", NEW_YORK), w.closesAt());
    assertEquals(ZoneOffset.ofHours(-4), w.closesAt().getOffset());
    Instant asOf = ny("2026-03-07T00:00");
    assertEquals(Duration.ofDays(6).minusHours(1), w.remaining(asOf));
    assertEquals(5, w.daysLeft(asOf));
    assertEquals(23, w.hoursLeft(asOf));
  }

  @Test
  void newYorkRequestAt235959OfSeventhDayAfterDstChangeIsInside() {
    ReturnWindow w = window(ny("2026-10-28T23:59"), NY);
    assertFalse(w.closedBy(ny("2026-11-04T23:59:59")));
    assertTrue(w.closedBy(ny("2026-11-05T00:00:00")));
  }

  @Test
  void dayOfDeliveryIsReadInTheStoreZone() {
    Instant delivered = Instant.parse("2026-11-10T16:30:00Z"); // 2026-11-11 00:30 in Shanghai
    assertEquals(
        Instant.parse("2026-11-18T16:00:00Z"), window(delivered, SH).closesAt().toInstant());
    ReturnPolicy utc = ReturnPolicy.defaults(ZoneOffset.UTC);
    assertEquals(
        Instant.parse("2026-11-18T00:00:00Z"), window(delivered, utc).closesAt().toInstant());
  }

  @Test
  void daysAndHoursLeftAreTruncated() {
    ReturnWindow w = window(sh("2026-11-10T23:59"), SH);
    Instant asOf = sh("2026-11-15T20:30");
    assertEquals(Duration.ofDays(2).plusHours(3).plusMinutes(30), w.remaining(asOf));
    assertEquals(2, w.daysLeft(asOf));
    assertEquals(3, w.hoursLeft(asOf));
  }

  @Test
  void underAnHourLeftIsStillOpenWithZeroDaysAndHours() {
    ReturnWindow w = window(sh("2026-11-10T23:59"), SH);
    Instant asOf = sh("2026-11-17T23:30");
    assertTrue(w.isOpenAt(asOf));
    assertEquals(0, w.daysLeft(asOf));
    assertEquals(0, w.hoursLeft(asOf));
    assertEquals(Duration.ofMinutes(30), w.remaining(asOf));
  }

  @Test
  void rightAfterDeliveryTheWholeWindowIsLeft() {
    ReturnWindow w = window(sh("2026-11-10T23:59"), SH);
    Instant asOf = sh("2026-11-10T23:59");
    assertTrue(w.isOpenAt(asOf));
    assertEquals(Duration.ofDays(7).plusMinutes(1), w.remaining(asOf));
  }

  @Test
  void closedWindowHasNothingLeft() {
    ReturnWindow w = window(sh("2026-11-10T23:59"), SH);
    Instant asOf = sh("2026-11-20T12:00");
    assertFalse(w.isOpenAt(asOf));
    assertEquals(Duration.ZERO, w.remaining(asOf));
    assertEquals(0, w.daysLeft(asOf));
  }

  @Test
  void undeliveredHasNoWindowYet() {
    ReturnWindow w = window(null, SH);
    assertEquals(ReturnWindow.State.NOT_DELIVERED, w.state());
    assertNull(w.closesAt());
    assertFalse(w.eligible());
    assertFalse(w.isOpenAt(sh("2026-11-12T00:00")));
    assertFalse(w.closedBy(sh("2030-01-01T00:00")));
    assertEquals(Duration.ZERO, w.remaining(sh("2026-11-12T00:00")));
  }

  @Test
  void deliveryStampedAfterAsOfHasNotHappenedYet() {
    ReturnWindow w = window(sh("2026-11-10T23:59"), SH);
    assertFalse(w.isOpenAt(sh("2026-11-10T23:58")));
  }

  @Test
  void notEligibleSkuHasNoWindowAndSaysWhy() {
    ReturnPolicy p =
        new ReturnPolicy(
            SHANGHAI, 7, Duration.ofDays(7), Duration.ofHours(48), Set.of("CUSTOM-MUG"), Set.of());
    ReturnWindow w = ReturnWindow.of(sh("2026-11-10T10:00"), "CUSTOM-MUG", "家居", p);
    assertEquals(ReturnWindow.State.NOT_ELIGIBLE, w.state());
    assertEquals(
        "SKU CUSTOM-MUG is not eligible for 7-day no-reason returns", w.notEligibleReason());
    assertFalse(w.isOpenAt(sh("2026-11-11T10:00")));
    assertEquals(local("2026-11-18T00:00", SHANGHAI), w.closesAt());
  }

  @Test
  void notEligibleCategoryWinsEvenBeforeDelivery() {
    ReturnPolicy p =
        new ReturnPolicy(
            SHANGHAI, 7, Duration.ofDays(7), Duration.ofHours(48), Set.of(), Set.of("鲜活易腐"));
    ReturnWindow w = ReturnWindow.of(null, "CRAB-1", "鲜活易腐", p);
    assertEquals(ReturnWindow.State.NOT_ELIGIBLE, w.state());
    assertEquals(
        "category 鲜活易腐 is not eligible for 7-day no-reason returns", w.notEligibleReason());
  }

  @Test
  void longerShopWindowIsCountedTheSameWay() {
    ReturnPolicy fifteen =
        new ReturnPolicy(
            SHANGHAI, 15, Duration.ofDays(7), Duration.ofHours(48), Set.of(), Set.of());
    assertEquals(
        local("2026-11-26T00:00", SHANGHAI), window(sh("2026-11-10T23:59"), fifteen).closesAt());
  }
}
