package com.shopops.parse;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Where a local time that does not exist in the zone was read (the clocks moved forward over it:
 * 02:30 on 2026-03-08 in America/New_York). Such a time is read as java.time reads it, moved
 * forward by the gap (03:30); this says so, for the caller to record or print. One instance per
 * reader, not thread-safe. (A time in the autumn's repeated hour takes the earlier offset, as ever,
 * without a word: both readings exist.)
 */
public final class DstGaps {
  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("HH:mm");
  private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");

  private String last;

  /** What the last time read fell into, since the last call; null if it was no gap. */
  public String take() {
    String s = last;
    last = null;
    return s;
  }

  /** Records it when {@code read} is not the local time written (a gap), else nothing. */
  void check(LocalDateTime written, ZoneId zone, ZonedDateTime read) {
    if (!read.toLocalDateTime().equals(written)) {
      last = describe(written, zone, read.toLocalDateTime());
    }
  }

  /** {@code 02:30 does not exist in America/New_York on 2026-03-08; read as 03:30}. */
  static String describe(LocalDateTime written, ZoneId zone, LocalDateTime read) {
    DateTimeFormatter f =
        written.getSecond() == 0 && read.getSecond() == 0 && written.getNano() == 0
            ? MINUTES
            : SECONDS;
    return f.format(written)
        + " does not exist in "
        + zone.getId()
        + " on "
        + written.toLocalDate()
        + "; read as "
        + f.format(read);
  }
}
