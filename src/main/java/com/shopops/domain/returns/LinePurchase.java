package com.shopops.domain.returns;

/**
 * What the buyer bought and paid on one order line: the limit for returns against it.
 *
 * @param quantity units bought on the line
 * @param amountPaid fen actually paid for the line (the order row's {@code amount}, after discounts
 *     — 办法 Art.16: refunds follow what was actually paid). Shipping is not part of a line; a caller
 *     that refunds shipping (e.g. a whole-order quality return) adds it here.
 */
public record LinePurchase(String orderId, String sku, int quantity, long amountPaid) {

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
}
