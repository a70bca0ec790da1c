package com.shopops.domain.lists;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * "Contacted within N days", counted in calendar days of the store zone, not in 24-hour steps: a
 * customer contacted on day C is cooling down through day C+N-1 and may be contacted again from day
 * C+N at 00:00. So contacted exactly 14 days before (same date, any time of day) is eligible again.
 * Calendar days make a daily cron job stable: a job run at 09:00 that recorded its contacts at
 * 09:00:05 would otherwise miss those customers on day 14 by five seconds. A contact recorded after
 * {@code asOf} (a clock set back with {@code --now}) counts as recent.
 */
public final class Cooldown {
  private Cooldown() {}

  /**
   * Whether a customer last contacted at {@code lastContactAt} (null: never) is still cooling down
   * on {@code asOf}'s date; {@code days} 0 turns the cool-down off.
   */
  public static boolean within(Instant lastContactAt, int days, ZonedDateTime asOf) {
    if (lastContactAt == null || days <= 0) {
      return false;
    }
    LocalDate contacted = lastContactAt.atZone(asOf.getZone()).toLocalDate();
    return asOf.toLocalDate().isBefore(contacted.plusDays(days));
  }
}
