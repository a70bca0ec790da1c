package com.shopops.domain.returns;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Where a return stands as of {@code asOf}: its step, how long it has waited there, and its
 * deadlines (what {@code returns open} and {@code returns overdue} show).
 *
 * <ul>
 *   <li>Approval is due {@code requested_at + approveWithin} (shop policy, default 48 h). Overdue
 *       while still REQUESTED after that instant; exactly at it is still on time.
 *   <li>Refund is due {@code received_at + refundWithin} (办法 Art.13, default 7 days). Overdue while
 *       RECEIVED and not refunded after that instant; exactly 7 days is on time, one second more is
 *       overdue. Refund-only returns (APPROVED → REFUNDED) have no receipt, so no legal refund
 *       clock.
 *   <li>{@code penaltyLine} (办法 Art.31): a request not handled (neither approved nor rejected) for
 *       more than 15 days, or goods received and not refunded for more than 15 days — the point
 *       where a regulator may fine the shop under 消保法 Art.56.
 *   <li>{@code approvedLate} / {@code refundedLate}: the step did happen, but after its deadline
 *       (for on-time rates in the store score).
 * </ul>
 *
 * Steps stamped after {@code asOf} have not happened yet ({@link ReturnRecord#asOf}).
 *
 * @param since when the return reached {@code step}
 * @param waited time at {@code step} until {@code asOf}; zero for final steps
 * @param approveBy approval deadline
 * @param refundBy refund deadline, null until the goods are received
 */
public record ReturnTiming(
    ReturnStatus step,
    Instant since,
    Duration waited,
    Instant approveBy,
    Instant refundBy,
    boolean approvalOverdue,
    boolean refundOverdue,
    boolean approvedLate,
    boolean refundedLate,
    boolean penaltyLine) {

  /** 办法 Art.31: "超过十五日" — fixed by law, not a shop setting. */
  public static final Duration PENALTY_AFTER = Duration.ofDays(15);

  /**
   * The timing of {@code record} as of {@code asOf}; empty when it had not been requested by then
   * (or has no request time).
   */
  public static Optional<ReturnTiming> of(ReturnRecord record, ReturnPolicy policy, Instant asOf) {
    if (record.requestedAt() == null || record.requestedAt().isAfter(asOf)) {
      return Optional.empty();
    }
    ReturnRecord r = record.asOf(asOf);
    ReturnStatus step = r.status();
    Instant since = r.at(step);
    Duration waited = step.isOpen() ? Duration.between(since, asOf) : Duration.ZERO;

    Instant approveBy = r.requestedAt().plus(policy.approveWithin());
    boolean pending = step == ReturnStatus.REQUESTED;
    boolean approvalOverdue = pending && asOf.isAfter(approveBy);
    Instant decidedAt = r.approvedAt() != null ? r.approvedAt() : r.rejectedAt();
    boolean approvedLate = decidedAt != null && decidedAt.isAfter(approveBy);

    // an exchange (换货 / 维修) owes no refund: no refund clock, never refund-overdue (review19 V7)
    Instant refundBy =
        r.receivedAt() == null || r.exchange() ? null : r.receivedAt().plus(policy.refundWithin());
    boolean awaitingRefund = step == ReturnStatus.RECEIVED && !r.exchange();
    boolean refundOverdue = awaitingRefund && asOf.isAfter(refundBy);
    boolean refundedLate =
        refundBy != null && r.refundedAt() != null && r.refundedAt().isAfter(refundBy);

    boolean penaltyLine =
        (pending && asOf.isAfter(r.requestedAt().plus(PENALTY_AFTER)))
            || (awaitingRefund && asOf.isAfter(r.receivedAt().plus(PENALTY_AFTER)));

    return Optional.of(
        new ReturnTiming(
            step,
            since,
            waited,
            approveBy,
            refundBy,
            approvalOverdue,
            refundOverdue,
            approvedLate,
            refundedLate,
            penaltyLine));
  }

  public boolean open() {
    return step.isOpen();
  }

  /** Waiting on the shop past a deadline: what {@code returns overdue} lists. */
  public boolean overdue() {
    return approvalOverdue || refundOverdue;
  }

  /**
   * When the shop must act next: approval while requested, refund once the goods are received; null
   * at the other steps (the buyer is sending the goods back, or the return is closed).
   */
  public Instant dueAt() {
    return switch (step) {
      case REQUESTED -> approveBy;
      case RECEIVED -> refundBy; // null for an exchange: no refund owed
      default -> null;
    };
  }
}
