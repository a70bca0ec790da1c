package com.shopops.domain.returns;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything checked before a return is written, whether it comes from {@code import returns},
 * {@code returns add} or {@code returns update}: the return on its own and against what was bought
 * ({@link ReturnValidator#validate}), all returns of the same line together ({@link
 * ReturnValidator#validateLine}: partial returns must not add up to more units or money than were
 * bought), all returns of the order together ({@link ReturnValidator#validateOrder}: refunds never
 * above what was paid for the order, which a coupon makes less than its lines' list amounts), and
 * the flags it is recorded with ({@link ReturnFlags}).
 *
 * <p>The units-across-returns cap: the units of a line may not be returned more often than they
 * were bought, summed over every return of the line that was not rejected ({@link #unitsClaimed}).
 * A return that is stored already counts once (its stored version is replaced by the new one).
 */
public final class ReturnCheck {
  private final ReturnValidator validator;

  public ReturnCheck(ReturnValidator validator) {
    this.validator = Objects.requireNonNull(validator, "validator");
  }

  /** The problems (none when it may be written) and the flags of a return. */
  public record Result(List<ReturnProblem> problems, ReturnFlags flags) {
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  /**
   * @param r the return as it would be written
   * @param bought what was bought on its line (null when the store cannot say)
   * @param others the other returns of the same line already recorded (a stored version of {@code
   *     r} itself is skipped by id)
   * @param window the no-reason window of the returned item
   */
  public Result check(
      ReturnRecord r, LinePurchase bought, List<ReturnRecord> others, ReturnWindow window) {
    List<ReturnProblem> problems = new ArrayList<>(validator.validate(r, bought));
    if (problems.isEmpty() && bought != null) {
      List<ReturnRecord> line = new ArrayList<>();
      for (ReturnRecord o : others) {
        if (!o.returnId().equals(r.returnId())) {
          line.add(o);
        }
      }
      if (!line.isEmpty()) {
        line.add(r);
        problems.addAll(validator.validateLine(bought, line));
      }
    }
    return new Result(List.copyOf(problems), ReturnFlags.of(r, window));
  }

  /**
   * {@link #check(ReturnRecord, LinePurchase, List, ReturnWindow)} against the order the return
   * belongs to: what was bought on its line, the other returns of the same SKU, and the item's
   * window under {@code policy}.
   *
   * @param orderReturns every return of the order already recorded (any SKU; a stored version of
   *     {@code r} is skipped by id)
   */
  public Result check(
      ReturnRecord r, OrderFacts order, List<ReturnRecord> orderReturns, ReturnPolicy policy) {
    List<ReturnRecord> others =
        orderReturns.stream().filter(o -> Objects.equals(o.sku(), r.sku())).toList();
    LinePurchase bought = order.purchase(r.sku(), unitsClaimed(r, others));
    if (bought != null) {
      // a refund may include the order's shipping (办法 Art.18); validateOrder guards the sum
      bought = bought.withShipping(order.shipping());
    }
    Result result = check(r, bought, others, window(r, order, policy));
    LinePurchase whole = order.purchase(null, 1);
    if (!result.ok() || whole == null) {
      return result;
    }
    List<ReturnRecord> all = new ArrayList<>();
    for (ReturnRecord o : orderReturns) {
      if (!o.returnId().equals(r.returnId())) {
        all.add(o);
      }
    }
    all.add(r);
    List<ReturnProblem> problems =
        new ArrayList<>(
            r.refundAmount() == 0
                ? List.of() // a request that refunds nothing adds no money (tryout21 Z3)
                : validator.validateOrder(
                    order.orderId(), whole.amountPaid(), all, order.statedBeyond(all), r));
    if (!order.skus().isEmpty()) {
      // a whole-order return (no SKU) and the line returns share the order's units (review19 V10)
      problems.addAll(validator.validateOrderUnits(whole, all));
    }
    if (problems.isEmpty() && r.refundAmount() != 0) {
      // a request that refunds nothing adds no money: never refused on money (tryout21 Z3)
      problems.addAll(shippingOnce(order, all));
    }
    return problems.isEmpty() ? result : new Result(List.copyOf(problems), result.flags());
  }

  /**
   * The no-reason window of the item {@code r} returns: from the order's delivery, under the rules
   * of the order's marketplace. One rule for a return checked before it is written and for a stored
   * return judged again when its order's delivery time or the rules change (review19 V13/V23).
   */
  public static ReturnWindow window(ReturnRecord r, OrderFacts order, ReturnPolicy policy) {
    return ReturnWindow.of(
        order.deliveredAt(),
        r.sku(),
        order.category(r.sku()),
        policy.forPlatform(order.platform()));
  }

  /**
   * The order's shipping fee is refunded once, whatever the number of lines (review19 V27): a
   * line's refunds may exceed what was paid for its returned units only by shipping, and those
   * excesses over every line of the order together stay ≤ the order's shipping fee; a line's
   * refunds up to its list price are the platform's allocation of the order's discount, not
   * shipping, the order's total guarding the sum ({@link ReturnValidator#validateOrder}).
   * Whole-order returns are held to the order total ({@link ReturnValidator#validateOrder}).
   */
  private List<ReturnProblem> shippingOnce(OrderFacts order, List<ReturnRecord> all) {
    long fee = order.shipping() == null ? 0L : Math.max(0L, order.shipping());
    java.util.Map<String, List<ReturnRecord>> bySku = new java.util.LinkedHashMap<>();
    for (ReturnRecord o : all) {
      if (o.sku() != null && o.counts()) {
        bySku.computeIfAbsent(o.sku(), k -> new ArrayList<>()).add(o);
      }
    }
    long shippingRefunded = 0;
    for (var e : bySku.entrySet()) {
      long units = 0;
      for (ReturnRecord o : e.getValue()) {
        units += o.quantity();
      }
      int claimed = (int) Math.min(Integer.MAX_VALUE, units);
      LinePurchase line = order.purchase(e.getKey(), claimed);
      if (line == null) {
        continue;
      }
      // a refund without goods back (0 units) may refund up to the whole line (review16 Q8)
      long goods = units == 0 ? line.amountPaid() : line.paidFor(Math.max(1, claimed));
      long refunded = ReturnValidator.refundedBy(e.getValue());
      // beyond what the units were paid, the platform's own allocation of the order's discount
      // (a Tmall 满减 line refunded at its list price) is not shipping (tryout21 Z3)
      long discount = order.discountShare(e.getKey(), Math.max(1, claimed));
      shippingRefunded += Math.max(0L, refunded - goods - discount);
    }
    return validator.validateShipping(order.orderId(), fee, shippingRefunded);
  }

  /**
   * The units of a line that {@code r} and the line's other returns claim together: {@code r}'s,
   * plus those of every other return that was not rejected ({@code r}'s stored version, same id, is
   * not counted twice). Capped at {@link Integer#MAX_VALUE}.
   */
  public static int unitsClaimed(ReturnRecord r, List<ReturnRecord> lineReturns) {
    long units = r.quantity();
    for (ReturnRecord o : lineReturns) {
      if (!o.returnId().equals(r.returnId()) && o.counts()) {
        units += o.quantity();
      }
    }
    return (int) Math.min(Integer.MAX_VALUE, units);
  }
}
