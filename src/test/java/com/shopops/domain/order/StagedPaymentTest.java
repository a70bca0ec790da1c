package com.shopops.domain.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class StagedPaymentTest {
  private static final Instant DEPOSIT = Instant.parse("2026-10-24T12:00:30Z");
  private static final Instant EXPORT = Instant.parse("2026-11-11T02:00:00Z");
  private static final Instant READ = Instant.parse("2026-11-12T01:30:00Z");

  @Test
  void readsTheBalanceOfTmallStages() {
    assertEquals(StagedPayment.DEPOSIT_ONLY, StagedPayment.of("定金：50.00元，已付款；尾款：249.00元，未付款"));
    assertEquals(StagedPayment.PAID_IN_FULL, StagedPayment.of("定金：50.00元，已付款；尾款：249.00元，已付款"));
    assertNull(StagedPayment.of("预售订单"));
    assertNull(StagedPayment.of(""));
    assertNull(StagedPayment.of(null));
  }

  @Test
  void aDepositIsNoPaymentAndTheBalanceIsPaidWhenSeen() {
    assertEquals(
        new StagedPayment.Times(null, DEPOSIT),
        StagedPayment.times(
            StagedPayment.DEPOSIT_ONLY, true, OrderStatus.PENDING, DEPOSIT, EXPORT, READ));
    assertEquals(
        new StagedPayment.Times(EXPORT, DEPOSIT),
        StagedPayment.times(
            StagedPayment.PAID_IN_FULL, true, OrderStatus.PAID, DEPOSIT, EXPORT, READ));
    assertEquals(
        new StagedPayment.Times(READ, DEPOSIT),
        StagedPayment.times(
            StagedPayment.PAID_IN_FULL, true, OrderStatus.PAID, DEPOSIT, null, READ));
    // a presale held unpaid with a paid time (review20 X6), no stages stated: the deposit's
    assertEquals(
        new StagedPayment.Times(null, DEPOSIT),
        StagedPayment.times(null, true, OrderStatus.PENDING, DEPOSIT, EXPORT, READ));
    // any other order keeps its paid time
    assertEquals(
        new StagedPayment.Times(DEPOSIT, null),
        StagedPayment.times(null, false, OrderStatus.PENDING, DEPOSIT, EXPORT, READ));
    assertEquals(
        new StagedPayment.Times(DEPOSIT, null),
        StagedPayment.times(null, true, OrderStatus.PAID, DEPOSIT, EXPORT, READ));
  }
}
