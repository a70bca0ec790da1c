package com.shopops.store;

/**
 * THE SQL for what a buyer paid for an order (on an {@code orders} row aliased {@code o}): the
 * export's total, else the goods plus shipping, a missing part counting as nothing. Every report
 * that adds up orders' money uses it; the customer figures' triggers (V010) spell it out the same,
 * which {@code OrderMoneyTest} checks.
 */
final class OrderMoney {
  private OrderMoney() {}

  static final String TOTAL =
      "coalesce(o.total, coalesce(o.amount, 0) + coalesce(o.shipping_fee, 0))";
}
