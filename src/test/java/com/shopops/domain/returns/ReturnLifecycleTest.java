package com.shopops.domain.returns;

import static com.shopops.domain.returns.ReturnStatus.APPROVED;
import static com.shopops.domain.returns.ReturnStatus.RECEIVED;
import static com.shopops.domain.returns.ReturnStatus.REFUNDED;
import static com.shopops.domain.returns.ReturnStatus.REJECTED;
import static com.shopops.domain.returns.ReturnStatus.REQUESTED;
import static com.shopops.domain.returns.Times.SHANGHAI;
import static com.shopops.domain.returns.Times.sh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReturnLifecycleTest {
  private static final ReturnLifecycle LIFECYCLE = new ReturnLifecycle(SHANGHAI);
  private static final ReturnRecord REQUEST =
      ReturnRecord.requested("R123", "O1", "A", 1, sh("2026-11-11T09:00"), ReturnReason.QUALITY);

  private static ReturnRecord step(ReturnRecord r, ReturnStatus to, String at) {
    ReturnLifecycle.Transition t = LIFECYCLE.move(r, to, sh(at));
    assertTrue(t.ok(), t::error);
    return t.record();
  }

  private static String refusal(ReturnRecord r, ReturnStatus to, String at) {
    ReturnLifecycle.Transition t = LIFECYCLE.move(r, to, sh(at));
    assertFalse(t.ok());
    assertNull(t.record());
    return t.error();
  }

  @Test
  void fullPathRequestedApprovedReceivedRefunded() {
    ReturnRecord approved = step(REQUEST, APPROVED, "2026-11-11T10:00");
    ReturnRecord received = step(approved, RECEIVED, "2026-11-13T15:00");
    ReturnRecord refunded = step(received, REFUNDED, "2026-11-14T09:00");
    assertEquals(REFUNDED, refunded.status());
    assertEquals(sh("2026-11-11T10:00"), refunded.approvedAt());
    assertEquals(sh("2026-11-13T15:00"), refunded.receivedAt());
    assertEquals(sh("2026-11-14T09:00"), refunded.refundedAt());
    assertEquals(REQUESTED, REQUEST.status()); // the original is untouched
  }

  @Test
  void refundOnlyGoesFromApprovedStraightToRefunded() {
    ReturnRecord approved = step(REQUEST, APPROVED, "2026-11-11T10:00");
    ReturnRecord refunded = step(approved, REFUNDED, "2026-11-11T10:05");
    assertEquals(REFUNDED, refunded.status());
    assertNull(refunded.receivedAt());
  }

  @Test
  void requestCanBeRejected() {
    assertEquals(REJECTED, step(REQUEST, REJECTED, "2026-11-12T10:00").status());
  }

  @Test
  void receivingARejectedReturnIsRefusedWithWhen() {
    ReturnRecord rejected = step(REQUEST, REJECTED, "2026-11-12T10:00");
    assertEquals(
        "cannot mark R123 received: it was rejected at 2026-11-12 10:00",
        refusal(rejected, RECEIVED, "2026-11-13T10:00"));
  }

  @Test
  void approvingARejectedReturnIsRefused() {
    ReturnRecord rejected = step(REQUEST, REJECTED, "2026-11-12T10:00");
    assertEquals(
        "cannot mark R123 approved: it was rejected at 2026-11-12 10:00",
        refusal(rejected, APPROVED, "2026-11-13T10:00"));
  }

  @Test
  void rejectingAnApprovedReturnIsRefused() {
    ReturnRecord approved = step(REQUEST, APPROVED, "2026-11-11T10:00");
    assertEquals(
        "cannot mark R123 rejected: it is approved at 2026-11-11 10:00; "
            + "next it can only be received or refunded or withdrawn",
        refusal(approved, REJECTED, "2026-11-12T10:00"));
  }

  @Test
  void receivingBeforeApprovalIsRefused() {
    assertEquals(
        "cannot mark R123 received: it is requested at 2026-11-11 09:00; "
            + "next it can only be approved or rejected or withdrawn",
        refusal(REQUEST, RECEIVED, "2026-11-12T10:00"));
  }

  @Test
  void refundingARequestNotYetApprovedIsRefused() {
    assertTrue(
        refusal(REQUEST, REFUNDED, "2026-11-12T10:00")
            .startsWith("cannot mark R123 refunded: it is requested"));
  }

  @Test
  void nothingFollowsARefund() {
    ReturnRecord refunded =
        step(step(REQUEST, APPROVED, "2026-11-11T10:00"), REFUNDED, "2026-11-11T11:00");
    assertEquals(
        "cannot mark R123 received: it was refunded at 2026-11-11 11:00",
        refusal(refunded, RECEIVED, "2026-11-12T10:00"));
  }

  @Test
  void goingBackAStepIsRefused() {
    ReturnRecord received =
        step(step(REQUEST, APPROVED, "2026-11-11T10:00"), RECEIVED, "2026-11-13T15:00");
    assertEquals(
        "cannot mark R123 approved: it is received at 2026-11-13 15:00; "
            + "next it can only be refunded",
        refusal(received, APPROVED, "2026-11-14T10:00"));
  }

  @Test
  void requestingAgainIsRefused() {
    ReturnRecord approved = step(REQUEST, APPROVED, "2026-11-11T10:00");
    assertEquals(
        "cannot mark R123 requested: it was requested at 2026-11-11 09:00; "
            + "a return is requested once",
        refusal(approved, REQUESTED, "2026-11-12T10:00"));
  }

  @Test
  void markingTheSameStepAtAnotherStatedTimeIsRefused() {
    ReturnRecord approved = step(REQUEST, APPROVED, "2026-11-11T10:00");
    assertEquals(
        "cannot mark R123 approved: it is already approved at 2026-11-11 10:00",
        refusal(approved, APPROVED, "2026-11-11T11:00"));
    assertEquals(
        "cannot mark R123 approved: it is already approved at 2026-11-11 10:00",
        refusal(approved, APPROVED, "2026-11-11T09:59"));
  }

  @Test
  void theSameStepAgainAtItsOwnTimeOrWithoutAStatedTimeChangesNothing() {
    ReturnRecord approved = step(REQUEST, APPROVED, "2026-11-11T10:00");
    ReturnLifecycle.Transition same = LIFECYCLE.move(approved, APPROVED, sh("2026-11-11T10:00"));
    assertTrue(same.ok());
    assertTrue(same.unchanged());
    assertEquals(approved, same.record());
    // the clock's time (no --at): a re-run a day later is the same update
    ReturnLifecycle.Transition rerun =
        LIFECYCLE.move(approved, APPROVED, sh("2026-11-12T10:00"), false);
    assertTrue(rerun.ok());
    assertTrue(rerun.unchanged());
    assertEquals(approved, rerun.record());
    // a real move is not unchanged
    ReturnLifecycle.Transition moved = LIFECYCLE.move(approved, RECEIVED, sh("2026-11-12T10:00"));
    assertFalse(moved.unchanged());
    // a backwards move stays refused whatever the time
    ReturnRecord received = step(approved, RECEIVED, "2026-11-13T15:00");
    ReturnLifecycle.Transition back =
        LIFECYCLE.move(received, APPROVED, sh("2026-11-13T16:00"), false);
    assertEquals(
        "cannot mark R123 approved: it is received at 2026-11-13 15:00; next it can only be"
            + " refunded",
        back.error());
  }

  @Test
  void theSameStepAgainWithAnotherRefundIsRefused() {
    ReturnRecord refunded =
        step(step(REQUEST, APPROVED, "2026-11-11T10:00"), REFUNDED, "2026-11-12T10:00")
            .withRefundAmount(179_80);
    assertNull(LIFECYCLE.refundAgain(refunded, REFUNDED, null));
    assertNull(LIFECYCLE.refundAgain(refunded, REFUNDED, 179_80L));
    assertEquals(
        "cannot mark R123 refunded with a refund of 100.00: it is already refunded at"
            + " 2026-11-12 10:00 with a refund of 179.80",
        LIFECYCLE.refundAgain(refunded, REFUNDED, 100_00L));
  }

  @Test
  void aStepBeforeThePreviousOneIsRefused() {
    ReturnRecord approved = step(REQUEST, APPROVED, "2026-11-12T10:00");
    assertEquals(
        "cannot mark R123 received at 2026-11-12 09:00: "
            + "that is before it was approved at 2026-11-12 10:00",
        refusal(approved, RECEIVED, "2026-11-12T09:00"));
  }

  @Test
  void secondsAreShownWhenTheyMatter() {
    ReturnRecord approved = step(REQUEST, APPROVED, "2026-11-12T10:00:30");
    assertEquals(
        "cannot mark R123 received at 2026-11-12 10:00:29: "
            + "that is before it was approved at 2026-11-12 10:00:30",
        refusal(approved, RECEIVED, "2026-11-12T10:00:29"));
  }

  @Test
  void aStepAtTheSameInstantAsThePreviousIsAllowed() {
    assertEquals(APPROVED, step(REQUEST, APPROVED, "2026-11-11T09:00").status());
  }

  @Test
  void importedReturnWithoutApprovalTimeCanStillBeRefunded() {
    ReturnRecord received =
        ReturnRecord.builder("R9", "O9")
            .sku("A")
            .quantity(1)
            .requestedAt(sh("2026-11-11T09:00"))
            .receivedAt(sh("2026-11-13T09:00"))
            .reason(ReturnReason.NO_REASON)
            .refundAmount(50_00)
            .build();
    assertEquals(RECEIVED, received.status());
    assertEquals(REFUNDED, step(received, REFUNDED, "2026-11-14T09:00").status());
  }

  @Test
  void messagesUseTheStoreZone() {
    ReturnLifecycle ny = new ReturnLifecycle(Times.NEW_YORK);
    ReturnRecord rejected = REQUEST.withStep(REJECTED, sh("2026-11-12T10:00"));
    assertEquals(
        "cannot mark R123 received: it was rejected at 2026-11-11 21:00",
        ny.move(rejected, RECEIVED, sh("2026-11-13T10:00")).error());
  }
}
