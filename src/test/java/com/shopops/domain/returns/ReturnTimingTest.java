package com.shopops.domain.returns;

import static com.shopops.domain.returns.Times.NEW_YORK;
import static com.shopops.domain.returns.Times.SHANGHAI;
import static com.shopops.domain.returns.Times.ny;
import static com.shopops.domain.returns.Times.sh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReturnTimingTest {
  private static final ReturnPolicy SH = ReturnPolicy.defaults(SHANGHAI);
  private static final Instant REQUESTED = sh("2026-11-11T09:00");
  private static final Instant RECEIVED = sh("2026-11-13T15:00");

  private static ReturnRecord ret(
      Instant approved, Instant rejected, Instant received, Instant refunded) {
    return ReturnRecord.builder("R1", "O1")
        .sku("A")
        .quantity(1)
        .requestedAt(REQUESTED)
        .approvedAt(approved)
        .rejectedAt(rejected)
        .receivedAt(received)
        .refundedAt(refunded)
        .reason(ReturnReason.NO_REASON)
        .refundAmount(100_00)
        .build();
  }

  private static ReturnTiming timing(ReturnRecord r, Instant asOf) {
    return ReturnTiming.of(r, SH, asOf).orElseThrow();
  }

  private static ReturnRecord received() {
    return ret(sh("2026-11-11T10:00"), null, RECEIVED, null);
  }

  @Test
  void openRequestWaitsFromItsRequest() {
    ReturnTiming t = timing(ret(null, null, null, null), sh("2026-11-12T12:30"));
    assertEquals(ReturnStatus.REQUESTED, t.step());
    assertTrue(t.open());
    assertEquals(REQUESTED, t.since());
    assertEquals(Duration.ofHours(27).plusMinutes(30), t.waited());
    assertEquals(sh("2026-11-13T09:00"), t.approveBy());
    assertNull(t.refundBy());
    assertFalse(t.overdue());
  }

  @Test
  void approvalExactlyAt48hIsNotOverdueOneSecondLaterIs() {
    ReturnRecord r = ret(null, null, null, null);
    assertFalse(timing(r, sh("2026-11-13T09:00:00")).approvalOverdue());
    ReturnTiming late = timing(r, sh("2026-11-13T09:00:01"));
    assertTrue(late.approvalOverdue());
    assertTrue(late.overdue());
  }

  @Test
  void approvalWindowIsTheShopsSetting() {
    ReturnPolicy quick =
        new ReturnPolicy(SHANGHAI, 7, Duration.ofDays(7), Duration.ofHours(24), Set.of(), Set.of());
    ReturnTiming t =
        ReturnTiming.of(ret(null, null, null, null), quick, sh("2026-11-12T09:00:01"))
            .orElseThrow();
    assertTrue(t.approvalOverdue());
  }

  @Test
  void approvedOrRejectedLateIsRecordedButNotOverdue() {
    ReturnTiming onTime =
        timing(ret(sh("2026-11-13T09:00"), null, null, null), sh("2026-11-14T00:00"));
    assertFalse(onTime.approvedLate());
    ReturnTiming late =
        timing(ret(null, sh("2026-11-13T09:00:01"), null, null), sh("2026-11-14T00:00"));
    assertTrue(late.approvedLate());
    assertFalse(late.approvalOverdue());
    assertFalse(late.open());
  }

  @Test
  void refundDueSevenDaysAfterReceipt() {
    assertEquals(sh("2026-11-20T15:00"), timing(received(), sh("2026-11-14T00:00")).refundBy());
  }

  @Test
  void refundExactlyAtSevenDaysIsNotOverdueOneSecondLaterIs() {
    ReturnTiming atDeadline = timing(received(), sh("2026-11-20T15:00:00"));
    assertFalse(atDeadline.refundOverdue());
    assertEquals(Duration.ofDays(7), atDeadline.waited());
    ReturnTiming after = timing(received(), sh("2026-11-20T15:00:01"));
    assertTrue(after.refundOverdue());
    assertTrue(after.overdue());
    assertEquals(ReturnStatus.RECEIVED, after.step());
  }

  @Test
  void refundedExactlyAtSevenDaysIsOnTimeOneSecondLaterIsLate() {
    ReturnTiming onTime =
        timing(
            received().withStep(ReturnStatus.REFUNDED, sh("2026-11-20T15:00:00")),
            sh("2026-11-25T00:00"));
    assertFalse(onTime.refundedLate());
    assertFalse(onTime.refundOverdue());
    ReturnTiming late =
        timing(
            received().withStep(ReturnStatus.REFUNDED, sh("2026-11-20T15:00:01")),
            sh("2026-11-25T00:00"));
    assertTrue(late.refundedLate());
    assertFalse(late.refundOverdue());
    assertFalse(late.open());
    assertEquals(Duration.ZERO, late.waited());
  }

  @Test
  void refundClockIsElapsedTimeAcrossDst() {
    // received 2026-10-28 12:00 EDT; 7 × 24 h later the clocks have fallen back an hour.
    ReturnPolicy nyPolicy = ReturnPolicy.defaults(NEW_YORK);
    ReturnRecord r =
        ReturnRecord.builder("R1", "O1")
            .sku("A")
            .quantity(1)
            .requestedAt(ny("2026-10-25T09:00"))
            .approvedAt(ny("2026-10-25T10:00"))
            .receivedAt(ny("2026-10-28T12:00"))
            .reason(ReturnReason.NO_REASON)
            .build();
    ReturnTiming t = ReturnTiming.of(r, nyPolicy, ny("2026-11-04T11:00")).orElseThrow();
    assertEquals(ny("2026-11-04T11:00"), t.refundBy());
    assertFalse(t.refundOverdue());
    assertTrue(
        ReturnTiming.of(r, nyPolicy, ny("2026-11-04T11:00:01")).orElseThrow().refundOverdue());
  }

  @Test
  void refundOnlyReturnHasNoRefundClock() {
    ReturnTiming t = timing(ret(sh("2026-11-11T10:00"), null, null, null), sh("2026-12-31T00:00"));
    assertEquals(ReturnStatus.APPROVED, t.step());
    assertNull(t.refundBy());
    assertFalse(t.refundOverdue());
    assertFalse(t.overdue());
    assertEquals(sh("2026-11-11T10:00"), t.since());
  }

  @Test
  void rejectedReturnIsClosed() {
    ReturnTiming t = timing(ret(null, sh("2026-11-11T12:00"), null, null), sh("2026-12-01T00:00"));
    assertEquals(ReturnStatus.REJECTED, t.step());
    assertFalse(t.open());
    assertFalse(t.overdue());
    assertFalse(t.penaltyLine());
    assertEquals(Duration.ZERO, t.waited());
  }

  @Test
  void penaltyLineAfterFifteenDaysWithoutRefund() {
    assertFalse(timing(received(), sh("2026-11-28T15:00:00")).penaltyLine());
    assertTrue(timing(received(), sh("2026-11-28T15:00:01")).penaltyLine());
  }

  @Test
  void penaltyLineAfterFifteenDaysWithoutHandlingTheRequest() {
    ReturnRecord r = ret(null, null, null, null);
    assertFalse(timing(r, sh("2026-11-26T09:00:00")).penaltyLine());
    ReturnTiming t = timing(r, sh("2026-11-26T09:00:01"));
    assertTrue(t.penaltyLine());
    assertTrue(t.approvalOverdue());
  }

  @Test
  void stepsAfterAsOfHaveNotHappenedYet() {
    ReturnRecord r = received().withStep(ReturnStatus.REFUNDED, sh("2026-11-25T10:00"));
    ReturnTiming t = timing(r, sh("2026-11-22T00:00"));
    assertEquals(ReturnStatus.RECEIVED, t.step());
    assertTrue(t.refundOverdue());
    assertFalse(t.refundedLate());
  }

  @Test
  void returnRequestedAfterAsOfHasNoTiming() {
    assertTrue(
        ReturnTiming.of(ret(null, null, null, null), SH, sh("2026-11-11T08:59:59")).isEmpty());
    ReturnRecord noTime = ReturnRecord.builder("R1", "O1").sku("A").quantity(1).build();
    assertTrue(ReturnTiming.of(noTime, SH, sh("2026-11-11T10:00")).isEmpty());
  }

  @Test
  void requestAtAsOfHasWaitedNothing() {
    assertEquals(Duration.ZERO, timing(ret(null, null, null, null), REQUESTED).waited());
  }
}
