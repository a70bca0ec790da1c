package com.shopops.domain.returns;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a return against the lifecycle (docs/returns.md) and against what was bought:
 *
 * <ul>
 *   <li>ids and the request time are present; quantity is at least 1;
 *   <li>no step before its predecessor: approved/rejected after requested, received after approved
 *       (or requested), refunded after approved (or requested) — before or after the goods are
 *       received (闪电退款, review19 V18);
 *   <li>approved and rejected exclude each other; a rejected return is neither received nor
 *       refunded;
 *   <li>refund ≥ 0 and ≤ what was paid for the returned units plus the order's shipping ({@link
 *       LinePurchase#refundCap}); all refunds of an order together ≤ what was paid for the order
 *       ({@link #validateOrder}); quantity ≤ quantity bought.
 * </ul>
 *
 * Missing intermediate timestamps are not problems (exports often omit them). Each problem names
 * its column and says what is wrong in plain words; times are shown in the store zone.
 */
public final class ReturnValidator {
  private final ZoneId zone;

  public ReturnValidator(ZoneId zone) {
    this.zone = zone;
  }

  /** Problems with {@code r} alone; {@code bought} may be null when the order line is unknown. */
  public List<ReturnProblem> validate(ReturnRecord r, LinePurchase bought) {
    List<ReturnProblem> problems = new ArrayList<>();
    required(problems, "return_id", r.returnId());
    required(problems, "order_id", r.orderId());
    if (r.requestedAt() == null) {
      problems.add(new ReturnProblem("requested_at", "missing: a return needs its request time"));
    }
    if (r.quantity() < 0 || (r.quantity() == 0 && r.refundAmount() <= 0)) {
      // 0 units only for a refund without goods back (仅退款, review16 Q8)
      problems.add(new ReturnProblem("quantity", "must be at least 1, was " + r.quantity()));
    }
    checkOrder(problems, r);
    if (r.refundAmount() < 0) {
      problems.add(
          new ReturnProblem(
              "refund_amount", "must not be negative, was " + Money.format(r.refundAmount())));
    }
    if (bought != null) {
      checkAgainstPurchase(problems, r, bought);
    }
    return problems;
  }

  /**
   * Problems with all returns of one order line together: the units returned and the money refunded
   * over several partial returns must not exceed what was bought. Rejected returns do not count.
   */
  public List<ReturnProblem> validateLine(LinePurchase bought, List<ReturnRecord> returns) {
    long units = 0;
    for (ReturnRecord r : returns) {
      if (r.counts()) {
        units += r.quantity();
      }
    }
    long refunded = refundedBy(returns);
    List<ReturnProblem> problems = new ArrayList<>();
    if (units > bought.quantity()) {
      problems.add(
          new ReturnProblem(
              "quantity",
              "returns of "
                  + line(bought)
                  + " total "
                  + units
                  + " units, but "
                  + bought.quantity()
                  + " were bought"));
    }
    if (refunded > bought.refundCap(bought.quantity())) {
      problems.add(
          new ReturnProblem(
              "refund_amount",
              "refunds of "
                  + line(bought)
                  + " total "
                  + Money.format(refunded)
                  + ", more than the "
                  + Money.format(bought.refundCap(bought.quantity()))
                  + " paid"));
    }
    return problems;
  }

  /**
   * Problems with all returns of one order together, whatever their SKU: the money refunded must
   * not exceed what was paid for the order ({@code paid}: its total, goods plus shipping). A line's
   * list amount can be above that share when the order had a coupon or shop discount (买家实际支付金额
   * below 价格 × 数量), so the line cap alone lets a refund at list price through. Rejected returns do
   * not count.
   */
  public List<ReturnProblem> validateOrder(String orderId, long paid, List<ReturnRecord> returns) {
    return refundAbovePaid(orderId, paid, refundedBy(returns));
  }

  /**
   * {@link #validateOrder(String, long, List)} when the order's export also states a refund: {@code
   * stated} is what it gives back beyond the returns' refunds ({@link OrderFacts#statedBeyond}), so
   * the cap counts what net sales and customers' spent count (tryout23b A3: 89.00 stated, a 价保
   * 10.00 and a further 210.00 by hand refunded 309.00 of 308.00). Refused, it names what was
   * refunded already (the stated refund and the other returns, not {@code candidate}) and what is
   * left.
   */
  public List<ReturnProblem> validateOrder(
      String orderId, long paid, List<ReturnRecord> returns, long stated, ReturnRecord candidate) {
    if (stated <= 0) {
      return validateOrder(orderId, paid, returns);
    }
    long total = Math.addExact(refundedBy(returns), stated);
    if (total <= paid) {
      return List.of();
    }
    long already = total - (candidate.counts() ? candidate.refundAmount() : 0L);
    long pending = pendingBy(returns, candidate);
    String head =
        "refunds of order "
            + orderId
            + " would total "
            + Money.format(total)
            + ", more than the "
            + Money.format(paid)
            + " paid for the order: ";
    String left = Money.format(Math.max(0L, paid - already)) + " is left";
    return List.of(
        new ReturnProblem(
            "refund_amount",
            pending == 0
                ? head
                    + Money.format(already)
                    + " is refunded already ("
                    + Money.format(stated)
                    + " stated by its order export), "
                    + left
                // tryout24b A7: a pending request holds its amount, said apart from the refunded
                : head
                    + Money.format(already - pending)
                    + " is refunded already, "
                    + Money.format(pending)
                    + " is requested ("
                    + Money.format(stated)
                    + " stated by its order export), "
                    + left));
  }

  /**
   * What the counting returns of an order other than {@code candidate} hold without being refunded
   * yet (asked, agreed or received): the cap holds it as it holds a refund.
   */
  private static long pendingBy(List<ReturnRecord> returns, ReturnRecord candidate) {
    long pending = 0;
    for (ReturnRecord r : returns) {
      if (r.counts()
          && r.status() != ReturnStatus.REFUNDED
          && !r.returnId().equals(candidate.returnId())) {
        pending = Math.addExact(pending, r.refundAmount());
      }
    }
    return pending;
  }

  /**
   * The one rule for money refunded of an order, whoever states it: what {@code import returns}
   * adds up over the order's returns ({@link #validateOrder}) and what an order export states as
   * refunded of the order (退款金额, Refunded Amount: {@code import orders}, tryout20 Y9) must not be
   * more than the {@code paid} for the order (its total, goods plus shipping).
   */
  public static List<ReturnProblem> refundAbovePaid(String orderId, long paid, long refunded) {
    if (refunded <= paid) {
      return List.of();
    }
    return List.of(
        new ReturnProblem(
            "refund_amount",
            "refunds of order "
                + orderId
                + " total "
                + Money.format(refunded)
                + ", more than the "
                + Money.format(paid)
                + " paid for the order"));
  }

  /**
   * Problems with the units of all returns of one order together, whatever their SKU: a whole-order
   * return (no SKU) claims units of the order as a line return does, so the units returned over
   * every return of the order never exceed the order's units ({@code order}: the order's {@link
   * OrderFacts#purchase purchase} of no SKU). Rejected and withdrawn returns do not count; a
   * whole-order return's units are counted against the order, a line's against its line too ({@link
   * #validateLine}).
   */
  public List<ReturnProblem> validateOrderUnits(LinePurchase order, List<ReturnRecord> returns) {
    long units = 0;
    boolean wholeOrder = false;
    for (ReturnRecord r : returns) {
      if (r.counts()) {
        units += r.quantity();
        wholeOrder |= r.sku() == null;
      }
    }
    if (!wholeOrder || units <= order.quantity()) {
      return List.of(); // line returns alone are held to their lines
    }
    return List.of(
        new ReturnProblem(
            "quantity",
            "returns of "
                + line(order)
                + " total "
                + units
                + " units, but "
                + order.quantity()
                + " were bought"));
  }

  /**
   * The shipping an order's line refunds take back together ({@code refunded}: what they refund
   * beyond the goods of their returned units) against the order's one shipping fee ({@code fee}).
   */
  public List<ReturnProblem> validateShipping(String orderId, long fee, long refunded) {
    if (refunded <= fee) {
      return List.of();
    }
    return List.of(
        new ReturnProblem(
            "refund_amount",
            "refunds of order "
                + orderId
                + " include "
                + Money.format(refunded)
                + " of shipping, more than the "
                + Money.format(fee)
                + " shipping paid"));
  }

  /** The money {@code returns} refund together; rejected returns do not count. */
  public static long refundedBy(List<ReturnRecord> returns) {
    long refunded = 0;
    for (ReturnRecord r : returns) {
      if (r.counts()) {
        refunded = Math.addExact(refunded, r.refundAmount());
      }
    }
    return refunded;
  }

  private void checkOrder(List<ReturnProblem> problems, ReturnRecord r) {
    Instant requested = r.requestedAt();
    notBefore(problems, "approved_at", "approved", r.approvedAt(), "requested", requested);
    notBefore(problems, "rejected_at", "rejected", r.rejectedAt(), "requested", requested);
    if (r.approvedAt() != null && r.rejectedAt() != null) {
      problems.add(
          new ReturnProblem(
              "rejected_at",
              "both approved ("
                  + time(r.approvedAt())
                  + ") and rejected ("
                  + time(r.rejectedAt())
                  + "); a return is one or the other"));
    }
    if (r.rejectedAt() != null && r.receivedAt() != null) {
      problems.add(
          new ReturnProblem(
              "received_at", "received, but it was rejected at " + time(r.rejectedAt())));
    }
    if (r.rejectedAt() != null && r.refundedAt() != null) {
      problems.add(
          new ReturnProblem(
              "refunded_at", "refunded, but it was rejected at " + time(r.rejectedAt())));
    }
    notBefore(problems, "withdrawn_at", "withdrawn", r.withdrawnAt(), "requested", requested);
    if (r.withdrawnAt() != null) {
      ReturnStatus other =
          r.rejectedAt() != null
              ? ReturnStatus.REJECTED
              : r.refundedAt() != null ? ReturnStatus.REFUNDED : null;
      if (other != null) {
        problems.add(
            new ReturnProblem(
                "withdrawn_at",
                "withdrawn, but it was "
                    + other.code()
                    + " at "
                    + time(r.at(other))
                    + "; a withdrawn return was not refused or refunded"));
      }
    }
    // Compare each step with the latest earlier step that has a time.
    if (r.approvedAt() != null) {
      notBefore(problems, "received_at", "received", r.receivedAt(), "approved", r.approvedAt());
    } else {
      notBefore(problems, "received_at", "received", r.receivedAt(), "requested", requested);
    }
    // a refund may come before the goods are back: JD 闪电退款 / 先退款后收货, Taobao 极速退款 refund
    // when the buyer hands the parcel to the courier (review19 V18); it follows the approval
    if (r.approvedAt() != null) {
      notBefore(problems, "refunded_at", "refunded", r.refundedAt(), "approved", r.approvedAt());
    } else {
      notBefore(problems, "refunded_at", "refunded", r.refundedAt(), "requested", requested);
    }
  }

  private void checkAgainstPurchase(List<ReturnProblem> problems, ReturnRecord r, LinePurchase b) {
    if (r.quantity() > b.quantity()) {
      problems.add(
          new ReturnProblem(
              "quantity",
              r.quantity()
                  + " units returned, but only "
                  + b.quantity()
                  + " bought on "
                  + line(b)));
    }
    // a refund without goods back (0 units) is capped by the whole line
    int units = r.quantity() == 0 ? b.quantity() : r.quantity();
    long paid = b.refundCap(units);
    if (r.refundAmount() > paid) {
      problems.add(
          new ReturnProblem(
              "refund_amount",
              "refund "
                  + Money.format(r.refundAmount())
                  + " is more than the "
                  + Money.format(b.paidFor(units))
                  // the cap is paid + shipping (LinePurchase#refundCap): said as its two parts, the
                  // shipping apart, so the figure reads as the default refund does (tryout22b B3)
                  + (b.shipping() > 0
                      ? " paid plus " + Money.format(b.shipping()) + " shipping"
                      : " paid")
                  + " for "
                  + units
                  + " of "
                  + b.quantity()
                  + " units of "
                  + line(b)));
    }
  }

  private void notBefore(
      List<ReturnProblem> problems,
      String field,
      String step,
      Instant t,
      String earlierStep,
      Instant earlier) {
    if (t != null && earlier != null && t.isBefore(earlier)) {
      problems.add(
          new ReturnProblem(
              field,
              step + " at " + time(t) + ", before it was " + earlierStep + " at " + time(earlier)));
    }
  }

  private static void required(List<ReturnProblem> problems, String field, String value) {
    if (value == null || value.isBlank()) {
      problems.add(new ReturnProblem(field, "missing"));
    }
  }

  private static String line(LinePurchase b) {
    return "order " + b.orderId() + (b.sku() == null ? "" : " SKU " + b.sku());
  }

  private String time(Instant t) {
    return ReturnTimes.format(t, zone);
  }
}
