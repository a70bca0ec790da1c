package com.shopops.store;

/**
 * Which order is a purchase: the one rule every figure of buyers and customers counts by (review13
 * M9), the same SQL on SQLite and PostgreSQL. A purchase is an order with a payment time — paid,
 * whatever came after. An order closed or refunded after payment (Tmall 交易关闭 and JD 已取消 with a paid
 * time, a Shopify or WooCommerce {@code refunded} order) is still a purchase: it counts in metrics'
 * orders and buyers, in a customer's orders (RFM's F), recency and lifecycle; its money nets to
 * 0.00 ({@link ReturnFigures#STATED_REFUND_OF} takes its whole total back). An order cancelled
 * before payment has no payment time ({@link OrderSql} takes back one a newer snapshot denies), so
 * it is none.
 *
 * <p>Every query of purchases spells the rule through this class, never by hand ({@code
 * PurchaseRuleTest} lists them and fails on a hand copy): metrics ({@link SalesFigures}), customers
 * list and show ({@link CustomerQueries}), RFM, lifecycle, lifetimes, CLV ({@link
 * CustomerFigures}), the maintained figures and their triggers ({@link CustomerFigureUpkeep},
 * migration V024), winback, promotion and follow-up lists ({@link ListStore}), returns' stated
 * refunds ({@link ReturnFigures}) and the SLA clock ({@link SlaQueries}).
 */
public final class Purchases {
  private Purchases() {}

  /** {@code o.paid_at IS NOT NULL}: order {@code o} (an alias) is a purchase. */
  static String of(String o) {
    return o + ".paid_at IS NOT NULL";
  }

  /** A purchase of {@code o} paid by as-of (one parameter: as-of, epoch seconds). */
  static String upToAsOf(String o) {
    return of(o) + " AND " + o + ".paid_at <= ?";
  }

  /** A purchase of {@code o} by a known buyer, paid by as-of (one parameter: as-of). */
  static String ofBuyerUpToAsOf(String o) {
    return o + ".customer_id IS NOT NULL AND " + upToAsOf(o);
  }

  /** A purchase of {@code o} by a known buyer, whenever paid (the maintained figures' rule). */
  static String ofBuyer(String o) {
    return of(o) + " AND " + o + ".customer_id IS NOT NULL";
  }

  /**
   * A purchase of {@code o} paid in {@code [from, to)} (SQL expressions; a NULL paid time is in no
   * period). {@code o} null: the column of the only table.
   */
  static String paidIn(String o, String from, String to) {
    String paid = o == null ? "paid_at" : o + ".paid_at";
    return paid + " >= " + from + " AND " + paid + " < " + to;
  }
}
