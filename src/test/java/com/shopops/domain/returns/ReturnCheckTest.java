package com.shopops.domain.returns;

import static com.shopops.domain.returns.Times.SHANGHAI;
import static com.shopops.domain.returns.Times.sh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The units-across-returns cap: a line's units are returned at most as often as bought. */
class ReturnCheckTest {
  private static final ReturnCheck CHECK = new ReturnCheck(new ReturnValidator(SHANGHAI));
  private static final ReturnPolicy POLICY = ReturnPolicy.defaults(SHANGHAI);
  private static final Instant DELIVERED = sh("2026-11-10T12:00");
  private static final Instant ASKED = sh("2026-11-12T10:00");

  // 3 × A for 300.00 and 1 × B for 99.00
  private static final OrderFacts ORDER =
      OrderFacts.builder("O1")
          .customerId("C1")
          .deliveredAt(DELIVERED)
          .amount(399_00L)
          .total(409_00L)
          .status("delivered")
          .lines(
              List.of(
                  new OrderFacts.Line("A", 3, 300_00L, null),
                  new OrderFacts.Line("B", 1, 99_00L, null)))
          .build();
  // no lines: only the goods amount is known
  private static final OrderFacts LINELESS =
      OrderFacts.builder("O2")
          .customerId("C1")
          .deliveredAt(DELIVERED)
          .amount(100_00L)
          .total(110_00L)
          .status("delivered")
          .build();

  private static ReturnRecord ret(String id, String sku, int units) {
    return ReturnRecord.requested(id, "O1", sku, units, ASKED, ReturnReason.QUALITY);
  }

  private static ReturnRecord rejected(ReturnRecord r) {
    return r.withStep(ReturnStatus.REJECTED, ASKED.plusSeconds(60));
  }

  private static List<String> problems(ReturnCheck.Result r) {
    return r.problems().stream().map(ReturnProblem::toString).toList();
  }

  @Test
  void unitsUpToWhatWasBoughtAcrossReturnsPass() {
    var result =
        CHECK.check(
            ret("R3", "A", 1), ORDER, List.of(ret("R1", "A", 1), ret("R2", "A", 1)), POLICY);
    assertTrue(result.ok(), problems(result).toString());
  }

  @Test
  void oneUnitMoreThanBoughtAcrossReturnsIsRefused() {
    var result =
        CHECK.check(
            ret("R3", "A", 2), ORDER, List.of(ret("R1", "A", 1), ret("R2", "A", 1)), POLICY);
    assertEquals(
        List.of("quantity: returns of order O1 SKU A total 4 units, but 3 were bought"),
        problems(result));
  }

  @Test
  void aSingleReturnAboveTheLineIsRefusedOnItsOwn() {
    var result = CHECK.check(ret("R1", "A", 4), ORDER, List.of(), POLICY);
    assertEquals(
        List.of("quantity: 4 units returned, but only 3 bought on order O1 SKU A"),
        problems(result));
  }

  @Test
  void rejectedReturnsDoNotCount() {
    var result =
        CHECK.check(ret("R2", "A", 3), ORDER, List.of(rejected(ret("R1", "A", 3))), POLICY);
    assertTrue(result.ok(), problems(result).toString());
  }

  @Test
  void theStoredVersionOfTheSameReturnCountsOnce() {
    // updating R1 (stored with 3 units) must not count its 3 units twice
    var result = CHECK.check(ret("R1", "A", 3), ORDER, List.of(ret("R1", "A", 3)), POLICY);
    assertTrue(result.ok(), problems(result).toString());
  }

  @Test
  void returnsOfOtherSkusOfTheOrderDoNotCount() {
    var result = CHECK.check(ret("R2", "B", 1), ORDER, List.of(ret("R1", "A", 3)), POLICY);
    assertTrue(result.ok(), problems(result).toString());
  }

  @Test
  void unitsClaimedSumsTheLineSkippingRejectedAndItself() {
    ReturnRecord r = ret("R1", "A", 2);
    assertEquals(2, ReturnCheck.unitsClaimed(r, List.of()));
    assertEquals(
        5,
        ReturnCheck.unitsClaimed(
            r, List.of(ret("R1", "A", 9), ret("R2", "A", 3), rejected(ret("R3", "A", 7)))));
  }

  @Test
  void unitsClaimedDoesNotOverflow() {
    ReturnRecord r = ret("R1", "A", Integer.MAX_VALUE);
    assertEquals(
        Integer.MAX_VALUE, ReturnCheck.unitsClaimed(r, List.of(ret("R2", "A", Integer.MAX_VALUE))));
  }

  @Test
  void aLinelessOrderCapsMoneyNotUnits() {
    // units are unknown without lines: any count passes, the refunds together may not exceed
    // the goods amount
    ReturnRecord first =
        ReturnRecord.builder("R1", "O2")
            .quantity(5)
            .requestedAt(ASKED)
            .refundedAt(ASKED.plusSeconds(3600))
            .reason(ReturnReason.QUALITY)
            .refundAmount(60_00)
            .build();
    ReturnRecord second =
        ReturnRecord.builder("R2", "O2")
            .quantity(5)
            .requestedAt(ASKED)
            .refundedAt(ASKED.plusSeconds(3600))
            .reason(ReturnReason.QUALITY)
            .refundAmount(50_00)
            .build();
    // whole order (no SKU): capped at goods plus shipping, 110.00
    assertTrue(CHECK.check(second, LINELESS, List.of(first), POLICY).ok());
    ReturnRecord third = second.withRefundAmount(50_01);
    assertEquals(
        List.of("refund_amount: refunds of order O2 total 110.01, more than the 110.00" + " paid"),
        problems(CHECK.check(third, LINELESS, List.of(first), POLICY)));
  }

  @Test
  void flagsComeFromTheItemsWindowUnderThePolicy() {
    ReturnRecord late =
        ReturnRecord.requested("R1", "O1", "A", 1, sh("2026-11-18T00:00"), ReturnReason.NO_REASON);
    assertTrue(CHECK.check(late, ORDER, List.of(), POLICY).flags().outsideWindow());
    ReturnRecord inTime =
        ReturnRecord.requested(
            "R1", "O1", "A", 1, sh("2026-11-17T23:59:59"), ReturnReason.NO_REASON);
    assertFalse(CHECK.check(inTime, ORDER, List.of(), POLICY).flags().any());
  }

  /**
   * review19 V27: case 39.90 + 2 × cable 19.90, shipping 6.00, total 85.70. A cable refunded 25.90
   * (19.90 + the shipping) leaves no shipping for the case: 45.90 is refused, 39.90 passes.
   */
  @Test
  void theShippingFeeIsRefundedOnceOverTheOrdersLines() {
    OrderFacts order =
        OrderFacts.builder("O21")
            .customerId("C1")
            .deliveredAt(DELIVERED)
            .amount(79_70L)
            .total(85_70L)
            .status("delivered")
            .lines(
                List.of(
                    new OrderFacts.Line("CASE", 1, 39_90L, null),
                    new OrderFacts.Line("CBL", 2, 39_80L, null)))
            .shipping(6_00L)
            .build();
    ReturnRecord cable =
        ReturnRecord.requested("Q1", "O21", "CBL", 1, ASKED, ReturnReason.QUALITY)
            .withStep(ReturnStatus.APPROVED, ASKED.plusSeconds(60))
            .withStep(ReturnStatus.REFUNDED, ASKED.plusSeconds(120))
            .withRefundAmount(25_90L);
    assertTrue(CHECK.check(cable, order, List.of(), POLICY).ok());
    ReturnRecord caseBack =
        ReturnRecord.requested("Q2", "O21", "CASE", 1, ASKED, ReturnReason.QUALITY)
            .withStep(ReturnStatus.APPROVED, ASKED.plusSeconds(60))
            .withStep(ReturnStatus.REFUNDED, ASKED.plusSeconds(120));
    assertEquals(
        List.of(
            "refund_amount: refunds of order O21 include 12.00 of shipping, more than the 6.00"
                + " shipping paid"),
        problems(CHECK.check(caseBack.withRefundAmount(45_90L), order, List.of(cable), POLICY)));
    assertTrue(CHECK.check(caseBack.withRefundAmount(39_90L), order, List.of(cable), POLICY).ok());
  }
}
