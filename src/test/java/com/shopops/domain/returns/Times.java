package com.shopops.domain.returns;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** Test helpers: local wall-clock times in a zone. */
final class Times {
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  private Times() {}

  /** {@code "2026-11-10T23:59"} in Asia/Shanghai. */
  static Instant sh(String local) {
    return at(local, SHANGHAI);
  }

  static Instant ny(String local) {
    return at(local, NEW_YORK);
  }

  static Instant at(String local, ZoneId zone) {
    return LocalDateTime.parse(local).atZone(zone).toInstant();
  }
}
