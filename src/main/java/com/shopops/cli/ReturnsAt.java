package com.shopops.cli;

import java.time.Instant;
import java.time.ZoneId;

/**
 * {@code --at TIME} of {@code returns add/update}: a time without an offset is read in the store
 * zone, which is known only once the store is open (so this is not a registered converter).
 */
final class ReturnsAt {
  private ReturnsAt() {}

  /**
   * {@code value} read in {@code zone} by {@code command} (a time in the zone's DST gap with a
   * note, as --now); {@code asOf} when the option was not given.
   */
  static Instant orAsOf(BaseCommand command, String value, Instant asOf, ZoneId zone) {
    if (value == null) {
      return asOf;
    }
    return command.timeOption(
        "--at",
        value,
        zone,
        "use e.g. '2026-11-20 10:00' (store zone) or 2026-11-20T10:00:00+08:00");
  }
}
