package com.shopops.domain.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ThresholdTest {
  static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @Test
  void higherIsBetterLinearAndClamped() {
    Threshold t = Threshold.of("0.80", "0.98");
    assertTrue(t.higherIsBetter());
    assertEquals(d("0.0"), t.score(d("0.80")));
    assertEquals(d("100.0"), t.score(d("0.98")));
    assertEquals(d("50.0"), t.score(d("0.89")));
    assertEquals(d("0.0"), t.score(d("0.10")));
    assertEquals(d("100.0"), t.score(d("1.00")));
    assertEquals(d("33.3"), t.score(d("0.86")));
    assertEquals(d("66.7"), t.score(d("0.92")));
  }

  @Test
  void lowerIsBetter() {
    Threshold t = Threshold.of("48", "12");
    assertFalse(t.higherIsBetter());
    assertEquals(d("100.0"), t.score(d("12")));
    assertEquals(d("100.0"), t.score(d("2")));
    assertEquals(d("0.0"), t.score(d("48")));
    assertEquals(d("0.0"), t.score(d("100")));
    assertEquals(d("50.0"), t.score(d("30")));
  }

  @Test
  void poorEqualGoodIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> Threshold.of("4.0", "4.00"));
  }
}
