package com.shopops.domain.returns;

import static com.shopops.domain.returns.Times.sh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What refund_amount is when a return is marked refunded without one. */
class RefundDefaultTest {
  private static final Instant ASKED = sh("2026-11-12T10:00");
  private static final Instant REFUNDED = sh("2026-11-14T10:00");

  // 3 × A for 100.00 (33.333… each), 1 × B with no amount; goods 100.00, with shipping 110.00
  private static final OrderFacts ORDER =
      OrderFacts.builder("O1")
          .customerId("C1")
          .amount(100_00L)
          .total(110_00L)
          .status("delivered")
          .lines(
              List.of(
                  new OrderFacts.Line("A", 3, 100_00L, null),
                  new OrderFacts.Line("B", 1, null, null)))
          .build();

  private static ReturnRecord refunded(String sku, int units, long amount) {
    return ReturnRecord.builder("R1", "O1")
        .sku(sku)
        .quantity(units)
        .requestedAt(ASKED)
        .refundedAt(REFUNDED)
        .reason(ReturnReason.QUALITY)
        .refundAmount(amount)
        .build();
  }

  @Test
  void refundedWithoutAnAmountRefundsWhatWasPaidForItsUnitsRoundedUp() {
    assertEquals(33_34, RefundDefault.apply(refunded("A", 1, 0), ORDER, List.of()).refundAmount());
    assertEquals(66_67, RefundDefault.apply(refunded("A", 2, 0), ORDER, List.of()).refundAmount());
    assertEquals(100_00, RefundDefault.apply(refunded("A", 3, 0), ORDER, List.of()).refundAmount());
  }

  @Test
  void anAmountAlreadySetIsKept() {
    ReturnRecord r = refunded("A", 1, 10_00);
    assertSame(r, RefundDefault.apply(r, ORDER, List.of()));
  }

  @Test
  void aReturnNotRefundedKeepsZero() {
    ReturnRecord r =
        ReturnRecord.requested("R1", "O1", "A", 1, ASKED, ReturnReason.QUALITY)
            .withStep(ReturnStatus.RECEIVED, REFUNDED);
    assertSame(r, RefundDefault.apply(r, ORDER, List.of()));
  }

  @Test
  void aLineWithoutAnAmountKeepsZero() {
    assertEquals(0, RefundDefault.apply(refunded("B", 1, 0), ORDER, List.of()).refundAmount());
  }

  @Test
  void aWholeOrderReturnRefundsGoodsAndShippingProRataOverAllUnits() {
    assertEquals(
        110_00, RefundDefault.apply(refunded(null, 4, 0), ORDER, List.of()).refundAmount());
    assertEquals(27_50, RefundDefault.apply(refunded(null, 1, 0), ORDER, List.of()).refundAmount());
  }

  @Test
  void anOrderWithoutLinesRefundsTheGoodsAmount() {
    OrderFacts lineless =
        OrderFacts.builder("O2")
            .customerId("C1")
            .amount(100_00L)
            .total(110_00L)
            .status("delivered")
            .build();
    assertEquals(
        100_00, RefundDefault.apply(refunded("A", 2, 0), lineless, List.of()).refundAmount());
  }
}
