package com.shopops.domain.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class HoursTest {
  @Test
  void oneDecimalHalfUpAwayFromZero() {
    assertEquals(new BigDecimal("1.5"), Hours.of(Duration.ofMinutes(90)));
    assertEquals(new BigDecimal("0.5"), Hours.of(Duration.ofSeconds(1620))); // 0.45 → 0.5
    assertEquals(new BigDecimal("-0.5"), Hours.of(Duration.ofSeconds(-1620)));
    assertEquals(new BigDecimal("0.0"), Hours.of(Duration.ofSeconds(179))); // 0.0497
    assertEquals(new BigDecimal("0.1"), Hours.of(Duration.ofSeconds(180)));
    assertEquals(new BigDecimal("48.0"), Hours.of(Duration.ofHours(48)));
    assertNull(Hours.of(null));
  }
}
