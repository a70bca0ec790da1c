package com.shopops.domain.returns;

import com.shopops.domain.ShownTime;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Store-zone time for messages: {@code 2026-11-12 10:00}, with seconds only when not zero. */
final class ReturnTimes {
  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private ReturnTimes() {}

  static String format(Instant t, ZoneId zone) {
    var local = t.atZone(zone);
    return (local.getSecond() == 0 ? MINUTES : ShownTime.SECONDS).format(local);
  }
}
