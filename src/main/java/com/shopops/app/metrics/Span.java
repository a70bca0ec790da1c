package com.shopops.app.metrics;

import com.shopops.domain.metrics.DateRange;
import com.shopops.domain.metrics.Granularity;
import com.shopops.domain.metrics.Period;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * One reporting period as counted: the period (null for a free date range), the dates it covers
 * (the period clipped to the range asked for) and their instants in the store zone.
 */
record Span(Period period, DateRange dates, Instant start, Instant end) {
  /** A whole date range as one span (for {@code compare}, {@code score}, the report); no period. */
  static Span of(DateRange range, ZoneId zone) {
    return new Span(null, range, range.start(zone), range.end(zone));
  }

  /** The periods of size {@code g} over {@code range}, each clipped to it. */
  static List<Span> periods(Granularity g, DateRange range, ZoneId zone) {
    List<Span> out = new ArrayList<>();
    for (Period p : Period.between(g, range)) {
      DateRange d = p.within(range).orElseThrow();
      out.add(new Span(p, d, d.start(zone), d.end(zone)));
    }
    return out;
  }

  /** Whether --from/--to cut the period short. */
  boolean partial() {
    return period != null && period.isPartial(dates);
  }
}
