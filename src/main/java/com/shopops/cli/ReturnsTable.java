package com.shopops.cli;

import com.shopops.domain.returns.ReturnKind;
import com.shopops.domain.returns.ReturnRecord;
import com.shopops.render.Column;
import com.shopops.render.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/**
 * The columns of a return as every command shows it ({@code returns add/update}, {@code orders
 * show}, {@code customers show}): the generic import layout, plus its step and flags.
 */
final class ReturnsTable {
  private ReturnsTable() {}

  static Table of() {
    return new Table(
        Column.text("return_id"),
        Column.text("order_id"),
        Column.text("sku"),
        Column.integer("quantity"),
        Column.text("step"),
        Column.timestamp("requested_at"),
        Column.timestamp("approved_at"),
        Column.timestamp("rejected_at"),
        Column.timestamp("received_at"),
        Column.timestamp("refunded_at"),
        Column.text("reason"),
        Column.money("refund_amount"),
        Column.bool("outside_window"),
        Column.bool("not_eligible"),
        Column.timestamp("withdrawn_at"),
        Column.money("requested_amount"),
        Column.text("kind"));
  }

  static void add(Table t, ReturnRecord r, boolean outside, boolean notEligible) {
    t.addRow(
        r.returnId(),
        r.orderId(),
        r.sku(),
        (long) r.quantity(),
        r.status().code(),
        r.requestedAt(),
        r.approvedAt(),
        r.rejectedAt(),
        r.receivedAt(),
        r.refundedAt(),
        r.reason() == null ? null : r.reason().code(),
        refunded(r),
        outside,
        notEligible,
        r.withdrawnAt(),
        requested(r),
        kind(r));
  }

  /**
   * kind: {@code return} (退货), {@code exchange} (换货 / 维修), or {@code refund-only} (仅退款 / 价保: a
   * return of no units, tryout21 Z8), which is stored as a return of quantity 0.
   */
  static String kind(ReturnRecord r) {
    return r.kind() == ReturnKind.RETURN && r.quantity() == 0 ? "refund-only" : r.kind().code();
  }

  /**
   * refund_amount (退款金额): the money refunded, only when the return was refunded; empty for a return
   * rejected, withdrawn (退款关闭, JD 完成 without a refund) or still open, whose stored amount is what
   * the buyer asked, not what was paid back (review16 Q9).
   */
  static Long refunded(ReturnRecord r) {
    return r.refundedAt() != null ? r.refundAmount() : null;
  }

  /**
   * requested_amount (申请金额): the amount asked of a return not refunded (the export's 退款金额 of a
   * request, refused or closed), empty when none is known or once it was refunded.
   */
  static Long requested(ReturnRecord r) {
    return r.refundedAt() == null && r.refundAmount() > 0 ? r.refundAmount() : null;
  }

  /** Hours with one decimal, half-up: the waited and overdue columns. */
  static BigDecimal hours(Duration d) {
    return BigDecimal.valueOf(d.toSeconds())
        .divide(BigDecimal.valueOf(3600), 1, RoundingMode.HALF_UP);
  }
}
