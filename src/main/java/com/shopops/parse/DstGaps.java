package com.shopops.parse;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Where a local time the zone's clock changes make doubtful was read, for the caller to record as
 * an anomaly of the import or print as a note. One instance per reader, not thread-safe.
 *
 * <ul>
 *   <li>A time that does not exist (the clocks moved forward over it: 02:30 on 2026-03-08 in
 *       America/New_York) is read as java.time reads it, moved forward by the gap (03:30): {@code
 *       time-in-dst-gap}.
 *   <li>A time that happens twice (the clocks went back over it: 02:30 on 2026-10-25 in
 *       Europe/Madrid) is read with the earlier offset, the first time the clock showed it
 *       (02:30+02:00, summer time), as java.time reads it: {@code time-in-dst-overlap}. Both
 *       readings exist, an hour apart; the file does not say which it meant (written with its
 *       offset, as shopops' own csv writes such a time, it is read as written and not said).
 * </ul>
 */
public final class DstGaps {
  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("HH:mm");
  private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");
  private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("xxx");

  /** The anomaly kind of a time in the spring gap. */
  public static final String GAP = "time-in-dst-gap";

  /** The anomaly kind of a time in the autumn's repeated hour. */
  public static final String OVERLAP = "time-in-dst-overlap";

  /**
   * What a time read fell into: {@code kind} {@link #GAP} or {@link #OVERLAP} (the anomaly an
   * import records), {@code text} what happened to it, in English.
   */
  public record Said(String kind, String text) {}

  private Said last;

  /** What the last time read fell into, since the last call; null if neither gap nor overlap. */
  public Said take() {
    Said s = last;
    last = null;
    return s;
  }

  /**
   * Records it when {@code read} is not the local time written (a gap) or the local time written
   * has two offsets in the zone (an overlap), else nothing.
   */
  void check(LocalDateTime written, ZoneId zone, ZonedDateTime read) {
    if (!read.toLocalDateTime().equals(written)) {
      last = new Said(GAP, describe(written, zone, read.toLocalDateTime()));
    } else if (zone.getRules().getValidOffsets(written).size() > 1) {
      last = new Said(OVERLAP, describeOverlap(written, zone, read));
    }
  }

  /** {@code 02:30 does not exist in America/New_York on 2026-03-08; read as 03:30}. */
  static String describe(LocalDateTime written, ZoneId zone, LocalDateTime read) {
    DateTimeFormatter f = format(written, read);
    return f.format(written)
        + " does not exist in "
        + zone.getId()
        + " on "
        + written.toLocalDate()
        + "; read as "
        + f.format(read);
  }

  /**
   * {@code 02:30 happens twice in Europe/Madrid on 2026-10-25; read as the earlier, 02:30+02:00}.
   */
  static String describeOverlap(LocalDateTime written, ZoneId zone, ZonedDateTime read) {
    DateTimeFormatter f = format(written, read.toLocalDateTime());
    return f.format(written)
        + " happens twice in "
        + zone.getId()
        + " on "
        + written.toLocalDate()
        + "; read as the earlier, "
        + f.format(read)
        + OFFSET.format(read);
  }

  private static DateTimeFormatter format(LocalDateTime written, LocalDateTime read) {
    return written.getSecond() == 0 && read.getSecond() == 0 && written.getNano() == 0
        ? MINUTES
        : SECONDS;
  }
}
