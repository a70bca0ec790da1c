package com.shopops.store;

/**
 * THE SQL for what a buyer paid for an order (on an {@code orders} row aliased {@code o}): the
 * export's total, else the goods plus shipping, a missing part counting as nothing. Every report
 * that adds up orders' money uses it; the customer figures' triggers (V010) spell it out the same,
 * which {@code OrderMoneyTest} checks.
 */
final class OrderMoney {
  private OrderMoney() {}

  static final String TOTAL = total("o.total", "o.amount", "o.shipping_fee");

  /**
   * The same rule on any three expressions: the total an order with this total, goods amount and
   * shipping fee has. An import compares orders by it ({@link OrderSql}), so that a total the file
   * states which is what the store derives anyway (shopops' own `orders list` read back) is no
   * change.
   */
  static String total(String total, String amount, String shippingFee) {
    return "coalesce("
        + total
        + ", coalesce("
        + amount
        + ", 0) + coalesce("
        + shippingFee
        + ", 0))";
  }

  /**
   * The condition that order {@code alias} is in {@code currency} (an order without one is in the
   * store's {@code defaultCurrency}); an empty string when {@code currency} is null (every order).
   * The codes are ISO 4217 codes the caller checked, quoted as SQL literals all the same.
   */
  static String inCurrency(String alias, String defaultCurrency, String currency) {
    if (currency == null) {
      return "";
    }
    return " AND coalesce("
        + alias
        + ".currency, '"
        + defaultCurrency.replace("'", "''")
        + "') = '"
        + currency.replace("'", "''")
        + "'";
  }
}
