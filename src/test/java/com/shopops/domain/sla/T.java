package com.shopops.domain.sla;

import com.shopops.domain.order.Platform;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;

/** Test helpers: wall times in Asia/Shanghai and the 2026 National Day holiday. */
final class T {
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final ShippingPolicy DEFAULTS = ShippingPolicy.defaults(SHANGHAI);

  private T() {}

  /** "2026-03-02T10:00" or "2026-03-02T10:00:01" read in Asia/Shanghai. */
  static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
  }

  /** 国庆 2026-10-01 .. 2026-10-07. */
  static Set<LocalDate> nationalDay() {
    Set<LocalDate> days = new HashSet<>();
    for (int d = 1; d <= 7; d++) {
      days.add(LocalDate.of(2026, 10, d));
    }
    return days;
  }

  static OrderShipment order(Instant paid, Instant shipped, Instant delivered) {
    return OrderShipment.builder("O1")
        .paidAt(paid)
        .shippedAt(shipped)
        .deliveredAt(delivered)
        .build();
  }

  /** {@link #order} sold on {@code platform}, with an estimated delivery (or null). */
  static OrderShipment order(
      Platform platform, Instant paid, Instant shipped, Instant delivered, Instant estimated) {
    return OrderShipment.builder("O1")
        .paidAt(paid)
        .shippedAt(shipped)
        .deliveredAt(delivered)
        .estimatedDeliveryAt(estimated)
        .platform(platform)
        .build();
  }
}
