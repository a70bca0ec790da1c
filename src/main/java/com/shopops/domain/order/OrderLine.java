package com.shopops.domain.order;

/**
 * One line item of an order. {@code lineNo} identifies the line within its order; {@code amount} is
 * what was paid for the line in minor units. {@code sku} is the merchant's code for the item where
 * the export has one (JD 货号, Tmall 商家编码); {@code itemId} the platform's own product number beside
 * it (JD 商品ID/商品编号, Tmall 商品ID), null where the export has none (Shopify): a return export that
 * names the product by the platform's number finds its line by it.
 */
public record OrderLine(
    int lineNo,
    String sku,
    String title,
    Long quantity,
    Long unitPrice,
    Long amount,
    String itemId) {

  /** A line without a platform item id. */
  public OrderLine(
      int lineNo, String sku, String title, Long quantity, Long unitPrice, Long amount) {
    this(lineNo, sku, title, quantity, unitPrice, amount, null);
  }
}
