package com.shopops.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * A moment as shopops writes it in notes and messages: {@code 2026-11-20 10:00:00}, in the store
 * zone. One formatter for cli, app and domain.
 */
public final class ShownTime {
  /** {@code yyyy-MM-dd HH:mm:ss}. */
  public static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private ShownTime() {}

  /** {@code t} in {@code zone} as {@code yyyy-MM-dd HH:mm:ss}. */
  public static String of(Instant t, ZoneId zone) {
    return SECONDS.format(t.atZone(zone));
  }
}
