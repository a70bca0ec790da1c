package com.shopops.domain.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * A day's refunds go below 0 only by a reversal (tryout24b A2, refunds25): refunds issued and
 * refunds taken back are two non-negative figures, net sales = sales − (issued − reversed).
 */
class RefundReversalFiguresTest {
  private static PeriodFigures day(long sales, long refunds, long reversed) {
    return new PeriodFigures(
        null, null, false, 0, 0, sales, refunds, 0, null, null, null, null, reversed);
  }

  @Test
  void aReversalAddsToNetSales() {
    // 11-08 of the Shopify case: nothing sold, nothing refunded, 3.00 taken back
    PeriodFigures f = day(0, 0, 300);
    assertEquals(-300, f.netRefunds());
    assertEquals(300, Metrics.compute(f).netSales());
    assertEquals(4_500 - 1_000 - 500 + 300, Metrics.compute(day(4_500, 1_500, 300)).netSales());
  }

  @Test
  void neitherFigureMayBeNegative() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> day(0, -300, 0));
    assertEquals("refunds cannot be negative: -300", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> day(0, 0, -300));
    assertEquals("refundsReversed cannot be negative: -300", e.getMessage());
  }
}
