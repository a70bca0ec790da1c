package com.shopops.domain.order;

/**
 * The discount on a whole order that its line items do not show (a Tmall 满减 or shop coupon, a
 * Shopify {@code Discount Amount}, JD 促销优惠), the one rule for what it does to the order's goods and
 * to each line (review20 X5). Money in minor units.
 *
 * <ul>
 *   <li>One meaning of an order's {@code amount} for every source (tryout21 Z12): the goods before
 *       the order's discount (what its lines list), the discount stored beside it, so that total =
 *       amount − discount + shipping (+ a Shopify total's taxes). The goods paid are the amount
 *       less the discount ({@link #goodsPaid}): the one expression every reader of the goods paid
 *       uses. A Taobao/Tmall 订单报表 states the goods paid (买家应付货款): the store adds the discount its
 *       宝贝报表 showed ({@link #ofLines}, {@code store/OrderWriter}); V041 put older stores so.
 *   <li>A discount read from a Taobao/Tmall order's lines: when the 宝贝报表 first meets the order's
 *       goods (or comes with its 订单报表 in one command), the lines less the goods paid, if not
 *       negative. After that, a 宝贝报表 imported alone whose lines are not the goods before the
 *       discount (the order edited between the two exports) is said, not read as a new discount
 *       (tryout18 W3).
 *   <li>What was paid for each line ({@link #spread}): its amount less its share of the discount,
 *       the share being the discount × the line's amount ÷ the lines' amount, to the minor unit by
 *       largest remainder (the units left over go to the lines with the largest fractions, the
 *       first such line first), so that the lines paid add up to the goods paid exactly. A refund
 *       of a line is judged against it (办法 Art.16: a refund follows what was actually paid).
 * </ul>
 */
public final class OrderDiscount {
  private OrderDiscount() {}

  /**
   * Whether the discount of an order imported through {@code source} (its preset) is read from its
   * line items against the goods paid its order export states: a Taobao/Tmall order ({@link
   * Platform#TAOBAO}); every other export states its discount in a column.
   */
  public static boolean readFromLines(String source) {
    return Platform.ofPreset(source).orElse(null) == Platform.TAOBAO;
  }

  /** The goods paid: the amount (the goods before the discount) less the discount. */
  public static Long goodsPaid(Long amount, Long discount) {
    if (amount == null) {
      return null;
    }
    return discount == null ? amount : amount - discount;
  }

  /**
   * A Taobao/Tmall 订单报表 whose goods paid (买家应付货款) are not the stored order's: the seller changed
   * the price (改价) after the order's 宝贝报表 (tryout22b B2). The lines did not change, so the amount
   * stays what they list and the discount takes the difference.
   *
   * @param amount the amount to hold: the lines
   * @param discount the discount to store
   * @param goodsBefore the goods paid the store held
   * @param discountBefore the discount the store held
   */
  public record Repriced(long amount, long discount, long goodsBefore, long discountBefore) {}

  /**
   * What a 订单报表's goods paid do to a stored Taobao/Tmall order whose discount was read from its
   * lines. The lines did not change, so the amount stays what they list and the discount is what
   * makes the goods paid: {@code lines − goods}. A price cut grows it (tryout22b B2); a price raise
   * (改价加价, tryout23b A14) makes it less, below zero when the raise is more than the discount: a
   * negative discount is the raise, total = amount − discount + shipping still holds, and the
   * lines' paid shares ({@link #spread}) carry the raise as they carry a discount.
   *
   * <p>Null when the goods paid are the stored ones and the amount is the lines, or the stored
   * lines are not the goods before the stored discount (an edit already said, {@link #ofLines}).
   * Except (tryout23b A9) a store written before this rule: it put a cut into the amount (318.00
   * over lines of 328.00); when the lines were written before the order's stored goods paid ({@code
   * linesEarlier}: no edit said after them), the file states those goods paid again and the lines
   * are not below them, the amount is put back to the lines and the discount takes the rest.
   *
   * @param goods the goods paid the file states
   * @param amount the stored amount (the goods before the discount)
   * @param discount the stored discount
   * @param lines what the stored lines come to (null: a line without an amount, or none)
   * @param linesEarlier the stored lines were written by an import before the one that wrote the
   *     order's goods paid
   */
  public static Repriced repriced(
      long goods, long amount, long discount, Long lines, boolean linesEarlier) {
    long before = amount - discount;
    if (lines == null) {
      return null;
    }
    if (lines == amount) {
      return goods == before ? null : new Repriced(lines, lines - goods, before, discount);
    }
    if (linesEarlier && goods == before && lines >= goods) {
      return new Repriced(lines, lines - goods, before, discount);
    }
    return null;
  }

  /**
   * What a Taobao/Tmall order's line items (the 宝贝报表) say of its discount.
   *
   * @param discount the discount to store (null: keep the stored one)
   * @param off whether the lines do not fit the goods: below the goods paid when read as the
   *     discount's source ({@code below}), else not the goods before the stored discount
   * @param below the lines are below the goods paid (a line missing), not a later edit
   */
  public record Reading(Long discount, boolean off, boolean below) {}

  /**
   * @param lines what the order's line items come to (every line with an amount)
   * @param goodsPaid the order's goods paid (买家应付货款)
   * @param stored the discount stored before (null: none read yet)
   * @param paired the lines come with the order's own 订单报表 (the same command): the two are one
   *     export, the discount is read again
   */
  public static Reading ofLines(long lines, long goodsPaid, Long stored, boolean paired) {
    if (stored == null || paired) {
      return lines >= goodsPaid
          ? new Reading(lines - goodsPaid, false, false)
          : new Reading(null, true, true);
    }
    return new Reading(null, lines != goodsPaid + stored, false);
  }

  /**
   * What was paid for each line: {@code amounts} less their shares of {@code discount} (largest
   * remainder, see the class). The amounts as they are when the discount is none or more than they
   * come to, or they come to nothing.
   */
  public static long[] spread(long[] amounts, long discount) {
    long sum = 0;
    for (long a : amounts) {
      if (a < 0) {
        return amounts.clone();
      }
      sum = Math.addExact(sum, a);
    }
    if (discount == 0 || sum <= 0 || discount > sum) {
      return amounts.clone();
    }
    if (discount < 0) {
      // a price raise (tryout23b A14): each line carries its share of it, by the same rule
      long[] raised = spread(amounts, Math.negateExact(discount));
      long[] paid = new long[amounts.length];
      for (int i = 0; i < amounts.length; i++) {
        paid[i] = 2 * amounts[i] - raised[i];
      }
      return paid;
    }
    long[] share = new long[amounts.length];
    long[] rest = new long[amounts.length];
    long given = 0;
    for (int i = 0; i < amounts.length; i++) {
      java.math.BigInteger[] qr =
          java.math.BigInteger.valueOf(discount)
              .multiply(java.math.BigInteger.valueOf(amounts[i]))
              .divideAndRemainder(java.math.BigInteger.valueOf(sum));
      share[i] = qr[0].longValueExact();
      rest[i] = qr[1].longValueExact();
      given += share[i];
    }
    for (long left = discount - given; left > 0; left--) {
      int best = -1;
      for (int i = 0; i < amounts.length; i++) {
        if (best < 0 || rest[i] > rest[best]) {
          best = i;
        }
      }
      share[best]++;
      rest[best] = -1;
    }
    long[] paid = new long[amounts.length];
    for (int i = 0; i < amounts.length; i++) {
      paid[i] = amounts[i] - share[i];
    }
    return paid;
  }
}
