package com.shopops.app;

import static com.shopops.text.Grouping.money;

import com.shopops.store.ReturnFigures.Reversal;
import com.shopops.text.Problem;

/**
 * The words of a refund taken back (退款冲回, tryout24b A2), in one place for the import that booked it
 * and for {@code metrics}/{@code report} that count it: whether hand refunds paid since the figure
 * before are named decides the wording (closing note 25, "two places choose").
 */
public final class RefundReversalNote {
  private RefundReversalNote() {}

  /**
   * The note of reversal {@code r}: as the import of {@code file} says it (the file first, the day
   * last), or as a note of figures when {@code file} is null (the day first).
   */
  public static Problem of(Reversal r, String file) {
    boolean byHand = r.refundedSince() > 0;
    String key;
    if (file == null) {
      key = byHand ? "note.refund_reversed" : "note.refund_reversed_lowered";
    } else {
      key = byHand ? "note.import_refund_reversed" : "note.import_refund_reversed_lowered";
    }
    java.util.List<Object> args = new java.util.ArrayList<>();
    args.add(file == null ? r.day() : file);
    args.add(r.orderId());
    args.add(money(r.stated()));
    args.add(money(r.statedBefore()));
    if (byHand) {
      args.add(money(r.refundedSince()));
    }
    args.add(money(r.refunded()));
    args.add(money(r.reversed()));
    if (file != null) {
      args.add(r.day().toString());
    }
    return Problem.of(key, args.toArray());
  }
}
