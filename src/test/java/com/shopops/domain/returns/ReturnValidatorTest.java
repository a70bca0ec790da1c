package com.shopops.domain.returns;

import static com.shopops.domain.returns.Times.SHANGHAI;
import static com.shopops.domain.returns.Times.sh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReturnValidatorTest {
  private static final ReturnValidator V = new ReturnValidator(SHANGHAI);

  // Order O1 has two lines: 2 × A for 200.00 and 1 × B for 99.00.
  private static final LinePurchase LINE_A = new LinePurchase("O1", "A", 2, 200_00);
  private static final LinePurchase LINE_B = new LinePurchase("O1", "B", 1, 99_00);

  private static ReturnRecord ret(
      Instant requested, Instant approved, Instant rejected, Instant received, Instant refunded) {
    return ReturnRecord.builder("R1", "O1")
        .sku("A")
        .quantity(1)
        .requestedAt(requested)
        .approvedAt(approved)
        .rejectedAt(rejected)
        .receivedAt(received)
        .refundedAt(refunded)
        .reason(ReturnReason.NO_REASON)
        .refundAmount(100_00)
        .build();
  }

  private static ReturnRecord complete() {
    return ret(
        sh("2026-11-12T10:00"),
        sh("2026-11-12T11:00"),
        null,
        sh("2026-11-14T09:00"),
        sh("2026-11-14T15:00"));
  }

  private static List<String> fields(List<ReturnProblem> problems) {
    return problems.stream().map(ReturnProblem::field).toList();
  }

  @Test
  void completeReturnHasNoProblems() {
    assertEquals(List.of(), V.validate(complete(), LINE_A));
  }

  @Test
  void refundOnlyWithoutReceiptHasNoProblems() {
    ReturnRecord r =
        ret(sh("2026-11-12T10:00"), sh("2026-11-12T11:00"), null, null, sh("2026-11-12T12:00"));
    assertEquals(List.of(), V.validate(r, LINE_A));
  }

  @Test
  void stepsAtTheSameInstantAreInOrder() {
    Instant t = sh("2026-11-12T10:00");
    assertEquals(List.of(), V.validate(ret(t, t, null, t, t), LINE_A));
  }

  @Test
  void missingIntermediateTimestampsAreAllowed() {
    ReturnRecord r = ret(sh("2026-11-12T10:00"), null, null, null, sh("2026-11-15T10:00"));
    assertEquals(List.of(), V.validate(r, null));
  }

  @Test
  void missingIdsRequestTimeAndZeroQuantityAreReported() {
    ReturnRecord r = ReturnRecord.builder(" ", null).sku("A").quantity(0).build();
    List<ReturnProblem> problems = V.validate(r, null);
    assertEquals(List.of("return_id", "order_id", "requested_at", "quantity"), fields(problems));
    assertEquals(
        "requested_at: missing: a return needs its request time", problems.get(2).toString());
    assertEquals("must be at least 1, was 0", problems.get(3).message());
  }

  @Test
  void refundedBeforeRequestedIsReported() {
    ReturnRecord r = ret(sh("2026-11-12T10:00"), null, null, null, sh("2026-11-11T09:00"));
    assertEquals(
        List.of(
            new ReturnProblem(
                "refunded_at",
                "refunded at 2026-11-11 09:00, before it was requested at 2026-11-12 10:00")),
        V.validate(r, LINE_A));
  }

  @Test
  void approvedBeforeRequestedIsReported() {
    ReturnRecord r = ret(sh("2026-11-12T10:00"), sh("2026-11-12T09:59:59"), null, null, null);
    assertEquals(
        List.of(
            new ReturnProblem(
                "approved_at",
                "approved at 2026-11-12 09:59:59, before it was requested at 2026-11-12 10:00")),
        V.validate(r, LINE_A));
  }

  @Test
  void rejectedBeforeRequestedIsReported() {
    ReturnRecord r = ret(sh("2026-11-12T10:00"), null, sh("2026-11-12T09:00"), null, null);
    assertEquals(List.of("rejected_at"), fields(V.validate(r, LINE_A)));
  }

  @Test
  void receivedBeforeApprovedIsReported() {
    ReturnRecord r =
        ret(sh("2026-11-12T10:00"), sh("2026-11-13T10:00"), null, sh("2026-11-13T09:00"), null);
    assertEquals(
        List.of(
            new ReturnProblem(
                "received_at",
                "received at 2026-11-13 09:00, before it was approved at 2026-11-13 10:00")),
        V.validate(r, LINE_A));
  }

  @Test
  void receivedBeforeRequestedWithoutApprovalIsReported() {
    ReturnRecord r = ret(sh("2026-11-12T10:00"), null, null, sh("2026-11-11T10:00"), null);
    assertEquals(List.of("received_at"), fields(V.validate(r, LINE_A)));
  }

  /** 闪电退款 / 先退款后收货: the platform refunds once the parcel is handed over (review19 V18). */
  @Test
  void refundedBeforeReceivedIsAFlashRefund() {
    ReturnRecord r =
        ret(
            sh("2026-11-12T10:00"),
            sh("2026-11-12T11:00"),
            null,
            sh("2026-11-14T09:00"),
            sh("2026-11-13T09:00"));
    assertEquals(List.of(), V.validate(r, LINE_A));
    ReturnRecord beforeApproval =
        ret(
            sh("2026-11-12T10:00"),
            sh("2026-11-12T11:00"),
            null,
            sh("2026-11-14T09:00"),
            sh("2026-11-12T10:30"));
    assertEquals(
        List.of(
            new ReturnProblem(
                "refunded_at",
                "refunded at 2026-11-12 10:30, before it was approved at 2026-11-12 11:00")),
        V.validate(beforeApproval, LINE_A));
  }

  @Test
  void refundedBeforeApprovedWithoutReceiptIsReported() {
    ReturnRecord r =
        ret(sh("2026-11-12T10:00"), sh("2026-11-12T11:00"), null, null, sh("2026-11-12T10:30"));
    assertEquals(List.of("refunded_at"), fields(V.validate(r, LINE_A)));
  }

  @Test
  void bothApprovedAndRejectedIsReported() {
    ReturnRecord r =
        ret(sh("2026-11-12T10:00"), sh("2026-11-12T11:00"), sh("2026-11-12T12:00"), null, null);
    assertEquals(
        List.of(
            new ReturnProblem(
                "rejected_at",
                "both approved (2026-11-12 11:00) and rejected (2026-11-12 12:00); "
                    + "a return is one or the other")),
        V.validate(r, LINE_A));
  }

  @Test
  void rejectedButReceivedAndRefundedIsReported() {
    ReturnRecord r =
        ret(
            sh("2026-11-12T10:00"),
            null,
            sh("2026-11-12T12:00"),
            sh("2026-11-14T12:00"),
            sh("2026-11-15T12:00"));
    List<ReturnProblem> problems = V.validate(r, LINE_A);
    assertEquals(List.of("received_at", "refunded_at"), fields(problems));
    assertEquals("received, but it was rejected at 2026-11-12 12:00", problems.get(0).message());
  }

  @Test
  void partialReturnOfOneLineOfAMultiLineOrderWithinWhatWasPaid() {
    // 1 of the 2 units of line A: 100.00 was paid for it; line B is not touched.
    assertEquals(List.of(), V.validate(complete(), LINE_A));
    assertEquals(100_00, LINE_A.paidFor(1));
  }

  @Test
  void refundLargerThanPaidForTheReturnedUnitsIsReported() {
    ReturnRecord r = complete().withRefundAmount(100_01);
    assertEquals(
        List.of(
            new ReturnProblem(
                "refund_amount",
                "refund 100.01 is more than the 100.00 paid for 1 of 2 units of order O1 SKU A")),
        V.validate(r, LINE_A));
  }

  @Test
  void refundOfTheWholeLineForTheWholeQuantityIsAllowed() {
    ReturnRecord r =
        ReturnRecord.builder("R2", "O1")
            .sku("B")
            .quantity(1)
            .requestedAt(sh("2026-11-12T10:00"))
            .reason(ReturnReason.QUALITY)
            .refundAmount(99_00)
            .build();
    assertEquals(List.of(), V.validate(r, LINE_B));
    assertEquals(List.of("refund_amount"), fields(V.validate(r.withRefundAmount(99_01), LINE_B)));
  }

  @Test
  void proRataShareIsRoundedUpToTheFen() {
    LinePurchase three = new LinePurchase("O2", "C", 3, 100_00);
    assertEquals(33_34, three.paidFor(1));
    assertEquals(66_67, three.paidFor(2));
    assertEquals(100_00, three.paidFor(3));
    ReturnRecord r =
        ReturnRecord.builder("R3", "O2")
            .sku("C")
            .quantity(1)
            .requestedAt(sh("2026-11-12T10:00"))
            .reason(ReturnReason.OTHER)
            .refundAmount(33_34)
            .build();
    assertEquals(List.of(), V.validate(r, three));
    assertEquals(List.of("refund_amount"), fields(V.validate(r.withRefundAmount(33_35), three)));
  }

  @Test
  void moreUnitsThanBoughtIsReported() {
    ReturnRecord r =
        ReturnRecord.builder("R1", "O1")
            .sku("A")
            .quantity(3)
            .requestedAt(sh("2026-11-12T10:00"))
            .reason(ReturnReason.NO_REASON)
            .refundAmount(200_00)
            .build();
    assertEquals(
        List.of(
            new ReturnProblem("quantity", "3 units returned, but only 2 bought on order O1 SKU A")),
        V.validate(r, LINE_A));
  }

  @Test
  void negativeRefundIsReported() {
    assertEquals(
        List.of(new ReturnProblem("refund_amount", "must not be negative, was -0.05")),
        V.validate(complete().withRefundAmount(-5), null));
  }

  @Test
  void severalProblemsAreAllReported() {
    ReturnRecord r =
        ReturnRecord.builder("R1", "O1")
            .sku("A")
            .quantity(5)
            .requestedAt(sh("2026-11-12T10:00"))
            .approvedAt(sh("2026-11-12T09:00"))
            .reason(ReturnReason.NO_REASON)
            .refundAmount(999_00)
            .build();
    assertEquals(
        List.of("approved_at", "quantity", "refund_amount"), fields(V.validate(r, LINE_A)));
  }

  @Test
  void twoPartialReturnsOfOneLineAddUp() {
    ReturnRecord first = complete();
    ReturnRecord second =
        ReturnRecord.builder("R2", "O1")
            .sku("A")
            .quantity(1)
            .requestedAt(sh("2026-11-13T10:00"))
            .reason(ReturnReason.NO_REASON)
            .refundAmount(100_00)
            .build();
    assertEquals(List.of(), V.validateLine(LINE_A, List.of(first, second)));
  }

  @Test
  void thirdUnitAndExtraRefundOverTheLineAreReported() {
    ReturnRecord first = complete();
    ReturnRecord second =
        ReturnRecord.builder("R2", "O1")
            .sku("A")
            .quantity(1)
            .requestedAt(sh("2026-11-13T10:00"))
            .reason(ReturnReason.NO_REASON)
            .refundAmount(100_00)
            .build();
    ReturnRecord third =
        ReturnRecord.builder("R3", "O1")
            .sku("A")
            .quantity(1)
            .requestedAt(sh("2026-11-14T10:00"))
            .reason(ReturnReason.NO_REASON)
            .refundAmount(1)
            .build();
    assertEquals(
        List.of(
            new ReturnProblem(
                "quantity", "returns of order O1 SKU A total 3 units, but 2 were bought"),
            new ReturnProblem(
                "refund_amount",
                "refunds of order O1 SKU A total 200.01, more than the 200.00 paid")),
        V.validateLine(LINE_A, List.of(first, second, third)));
  }

  @Test
  void rejectedReturnsDoNotCountAgainstTheLine() {
    ReturnRecord rejected =
        ReturnRecord.builder("R0", "O1")
            .sku("A")
            .quantity(2)
            .requestedAt(sh("2026-11-11T10:00"))
            .rejectedAt(sh("2026-11-11T12:00"))
            .reason(ReturnReason.NO_REASON)
            .refundAmount(200_00)
            .build();
    assertTrue(V.validateLine(LINE_A, List.of(rejected, complete())).isEmpty());
  }
}
