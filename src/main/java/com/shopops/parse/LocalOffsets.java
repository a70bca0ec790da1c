package com.shopops.parse;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;

/**
 * Local times to instants in a zone, with a one-entry, immutable cache of the offset that applies
 * around the last time converted, so that a million-row import does not pay for a zone-rule lookup
 * per cell. Safe to call from any thread.
 */
final class LocalOffsets {
  private LocalOffsets() {}

  /**
   * The offset of a zone over a span of local time in which it does not change and no local time is
   * ambiguous: {@code [fromLocal, toLocal)} in local epoch seconds.
   */
  private record OffsetWindow(ZoneId zone, long fromLocal, long toLocal, int offsetSeconds) {
    boolean covers(ZoneId z, long local) {
      return (zone == z || zone.equals(z)) && local >= fromLocal && local < toLocal;
    }
  }

  // One entry is enough: an import reads one zone, and the timestamps of a file are mostly
  // between the same two DST changes (Asia/Shanghai has had none since 1991). The record is
  // immutable, so a racing thread at worst recomputes it.
  private static volatile OffsetWindow lastWindow;

  static Instant inZone(long local, int nanos, ZoneId zone) {
    return inZone(local, nanos, zone, null);
  }

  /** The same, and a time in a gap or an overlap is said to {@code gaps} (when not null). */
  static Instant inZone(long local, int nanos, ZoneId zone, DstGaps gaps) {
    OffsetWindow w = lastWindow;
    if (w == null || !w.covers(zone, local)) {
      w = window(local, zone);
      if (w == null) { // in a gap or an overlap: let java.time apply its rule
        LocalDateTime ldt = LocalDateTime.ofEpochSecond(local, nanos, ZoneOffset.UTC);
        ZonedDateTime read = ZonedDateTime.ofLocal(ldt, zone, null);
        if (gaps != null) {
          gaps.check(ldt, zone, read);
        }
        return read.toInstant();
      }
      lastWindow = w;
    }
    return Instant.ofEpochSecond(local - w.offsetSeconds, nanos);
  }

  private static OffsetWindow window(long local, ZoneId zone) {
    if (zone instanceof ZoneOffset) {
      return new OffsetWindow(
          zone, Long.MIN_VALUE, Long.MAX_VALUE, ((ZoneOffset) zone).getTotalSeconds());
    }
    ZoneRules rules = zone.getRules();
    List<ZoneOffset> valid =
        rules.getValidOffsets(LocalDateTime.ofEpochSecond(local, 0, ZoneOffset.UTC));
    if (valid.size() != 1) {
      return null;
    }
    int offset = valid.get(0).getTotalSeconds();
    Instant instant = Instant.ofEpochSecond(local - offset);
    // The latest transition at or before the instant, and the first one after it.
    ZoneOffsetTransition prev = rules.previousTransition(instant.plusSeconds(1));
    ZoneOffsetTransition next = rules.nextTransition(instant);
    long from =
        prev == null
            ? Long.MIN_VALUE
            : prev.toEpochSecond()
                + Math.max(
                    prev.getOffsetBefore().getTotalSeconds(),
                    prev.getOffsetAfter().getTotalSeconds());
    long to =
        next == null
            ? Long.MAX_VALUE
            : next.toEpochSecond()
                + Math.min(
                    next.getOffsetBefore().getTotalSeconds(),
                    next.getOffsetAfter().getTotalSeconds());
    if (local < from || local >= to) {
      return null; // cannot happen for a unique offset; be safe rather than cache a wrong window
    }
    return new OffsetWindow(zone, from, to, offset);
  }
}
