package com.shopops.domain.returns;

/**
 * What the buyer bought and paid on one order line: the limit for returns against it.
 *
 * @param quantity units bought on the line
 * @param amountPaid fen actually paid for the line (the order row's {@code amount}, after discounts
 *     — 办法 Art.16: refunds follow what was actually paid). Shipping is not part of a line; a caller
 *     that refunds shipping (e.g. a whole-order quality return) adds it here.
 * @param shipping fen of the order's shipping fee that a refund on this line may include on top of
 *     what was paid for its units (办法 Art.18: a refund may include the shipping, e.g. a Tmall order
 *     refunded in full before shipping); 0 when none. The order cap still guards the sum over
 *     lines.
 */
public record LinePurchase(
    String orderId, String sku, int quantity, long amountPaid, long shipping) {

  /** A line whose refunds may not include shipping. */
  public LinePurchase(String orderId, String sku, int quantity, long amountPaid) {
    this(orderId, sku, quantity, amountPaid, 0L);
  }

  /**
   * This line, its refunds allowed to include {@code shippingFee} (fen; null or negative: none).
   */
  public LinePurchase withShipping(Long shippingFee) {
    long s = shippingFee == null ? 0L : Math.max(0L, shippingFee);
    return new LinePurchase(orderId, sku, quantity, amountPaid, s);
  }

  /**
   * What was paid for {@code units} of this line: the line amount pro rata, rounded up to the fen
   * so that a refund split evenly over several partial returns is never reported as too large.
   */
  public long paidFor(int units) {
    if (quantity <= 0 || units >= quantity) {
      return amountPaid;
    }
    long share = Math.multiplyExact(amountPaid, (long) units);
    return Math.floorDiv(share + quantity - 1, quantity);
  }

  /**
   * The most a refund of {@code units} of this line may be: {@link #paidFor} plus the shipping; of
   * the whole line ({@link #quantity} units), what the line's refunds may total.
   */
  public long refundCap(int units) {
    return Math.addExact(paidFor(units), shipping);
  }
}
