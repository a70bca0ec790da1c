package com.shopops.domain.order;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The paid total of an export whose paid total is net of its refund (a Tmall 订单报表, K12). */
class PaidTotalTest {
  private static Long total(Long readAmount, Long statedTotal, Long orderValue, Long refunded) {
    return PaidTotal.of(
            new PaidTotal.StatedMoney(readAmount, 0L, statedTotal, refunded, orderValue, null),
            PaidTotal.NetOfRefund.PAID_TOTAL_AND_GOODS,
            true)
        .total();
  }

  @Test
  void theRefundIsAddedBackToANetPaidTotal() {
    assertEquals(20000L, total(20000L, 15000L, 20000L, 5000L)); // 150 paid + 50 back = 200
    assertEquals(25800L, total(25800L, 0L, 25800L, 25800L)); // closed, all refunded
  }

  @Test
  void neverAboveWhatTheOrderWasWorth() {
    // 实际支付 66.00 beside 退款金额 66.00 on a 66.00 order: not net after all, counted once
    assertEquals(6600L, total(6600L, 6600L, 6600L, 6600L));
    assertEquals(6600L, total(6600L, 6600L, null, 6600L)); // the goods read bound it too
    assertEquals(9000L, total(null, 6000L, 9000L, 5000L)); // capped at 总金额: 30.00 back, not 50.00
    assertEquals(11000L, total(null, 6000L, null, 5000L)); // nothing to bound it: as stated
  }

  private static PaidTotal.Money owing(Long outstanding, boolean paid) {
    // Shopify: goods 54.90, shipping 4.95, Total 59.85
    return PaidTotal.of(
        new PaidTotal.StatedMoney(5490L, 495L, 5985L, 0L, null, null, outstanding),
        PaidTotal.NetOfRefund.NONE,
        paid);
  }

  @Test
  void anOutstandingBalanceIsNotPaid() {
    assertEquals(4995L, owing(990L, true).total()); // partially_paid: 59.85 − 9.90 (review17 R12)
    assertEquals(5490L, owing(990L, true).amount()); // the goods stay what was sold
    assertEquals(5985L, owing(0L, true).total());
    assertEquals(5985L, owing(null, true).total());
    assertEquals(5985L, owing(-500L, true).total()); // the shop owes the buyer: nothing unpaid
    assertEquals(0L, owing(9000L, true).total()); // never below nothing
    assertEquals(5985L, owing(990L, false).total()); // an unpaid order: its stated total as before
  }
}
