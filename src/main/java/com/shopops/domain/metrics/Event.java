package com.shopops.domain.metrics;

import java.time.Instant;
import java.util.Objects;

/** One raw event: who did what when (a clickstream row or a page request from an access log). */
public record Event(Instant time, String visitorId, EventType type, String sku, String session) {
  public Event {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(visitorId, "visitorId");
    Objects.requireNonNull(type, "type");
  }
}
