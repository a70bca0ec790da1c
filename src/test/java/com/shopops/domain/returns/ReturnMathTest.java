package com.shopops.domain.returns;

import static com.shopops.domain.returns.Times.sh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReturnMathTest {

  @ParameterizedTest(name = "{0}/{1} → {2}")
  @CsvSource({
    "1, 3, 0.3333",
    "2, 3, 0.6667",
    "0, 10, 0.0000",
    "10, 10, 1.0000",
    "3, 2, 1.5000",
    "1, 20000, 0.0001",
    "1, 20001, 0.0000",
  })
  void returnRateIsAFractionWithFourDecimals(long returned, long delivered, String expected) {
    assertEquals(new BigDecimal(expected), ReturnMath.returnRate(returned, delivered));
  }

  @Test
  void returnRateIsNullWhenNothingWasDelivered() {
    assertNull(ReturnMath.returnRate(0, 0));
    assertNull(ReturnMath.returnRate(5, 0));
  }

  @Test
  void negativeUnitsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> ReturnMath.returnRate(-1, 10));
  }

  @Test
  void medianOfAnOddCountIsTheMiddleValue() {
    assertEquals(
        new BigDecimal("2.00"),
        ReturnMath.medianHours(
            List.of(Duration.ofHours(3), Duration.ofHours(1), Duration.ofHours(2))));
  }

  @Test
  void medianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
    assertEquals(
        new BigDecimal("3.00"),
        ReturnMath.medianHours(
            List.of(
                Duration.ofHours(10),
                Duration.ofHours(1),
                Duration.ofHours(4),
                Duration.ofHours(2))));
    assertEquals(
        new BigDecimal("1.50"),
        ReturnMath.medianHours(List.of(Duration.ofHours(1), Duration.ofHours(2))));
  }

  @Test
  void medianIsRoundedHalfUpToTwoDecimals() {
    // 1 h 0 min 18 s = 1.005 h
    assertEquals(new BigDecimal("1.01"), ReturnMath.medianHours(List.of(Duration.ofSeconds(3618))));
  }

  @Test
  void medianOfNothingIsNull() {
    assertNull(ReturnMath.medianHours(List.of()));
    assertNull(ReturnMath.medianRequestToRefundHours(List.of()));
  }

  private static ReturnRecord ret(
      String id, Instant requested, Instant rejected, Instant refunded, int quantity, long amount) {
    return ReturnRecord.builder(id, "O1")
        .sku("A")
        .quantity(quantity)
        .requestedAt(requested)
        .rejectedAt(rejected)
        .refundedAt(refunded)
        .reason(ReturnReason.NO_REASON)
        .refundAmount(amount)
        .build();
  }

  @Test
  void medianRequestToRefundCountsOnlyRefundedReturns() {
    Instant req = sh("2026-11-11T09:00");
    List<ReturnRecord> returns =
        List.of(
            ret("R1", req, null, req.plus(Duration.ofHours(24)), 1, 100_00),
            ret("R2", req, null, req.plus(Duration.ofHours(48)), 1, 50_00),
            ret("R3", req, null, null, 1, 70_00), // open: no refund yet
            ret("R4", req, sh("2026-11-11T10:00"), null, 2, 0)); // rejected
    assertEquals(new BigDecimal("36.00"), ReturnMath.medianRequestToRefundHours(returns));
    assertEquals(150_00, ReturnMath.refundTotal(returns));
    assertEquals(3, ReturnMath.returnedUnits(returns));
  }

  @Test
  void refundBeforeRequestIsNotADuration() {
    Instant req = sh("2026-11-11T09:00");
    assertTrue(
        ReturnMath.requestToRefund(ret("R1", req, null, req.minusSeconds(1), 1, 0)).isEmpty());
    assertEquals(
        Duration.ZERO, ReturnMath.requestToRefund(ret("R1", req, null, req, 1, 0)).orElseThrow());
  }
}
