package com.shopops.domain.order;

import java.time.Instant;

/**
 * A presale (预售) paid in stages: a deposit (定金) first, the balance (尾款) later. Such an order is a
 * purchase only once the balance is paid, and counts on the day it was paid in full (DOMAIN.md
 * §1.4: 支付金额 "预售分阶段付款付清当天才计入"; tryout21 Z2). The one place that decides an order's paid time (what
 * every figure of purchases counts by, {@code store.Purchases}) and its deposit time:
 *
 * <ul>
 *   <li>only the deposit paid (Tmall 分阶段订单信息 "尾款：249.00元，未付款", or a presale held 等待买家付款 with a paid
 *       time): no paid time — not a purchase, not on the ship-by clock — and the export's paid time
 *       (the deposit's) kept as the deposit time;
 *   <li>paid in full ("尾款：249.00元，已付款"): the export states no time for the balance (订单付款时间 is the
 *       deposit's), so the order counts as paid when the export was made (its download name or
 *       {@code --exported-at}), else when the import read it; the store keeps the earliest time an
 *       import saw it paid in full, so a later export does not move it; never later than the
 *       order's own shipped, received or closed time (the balance is paid before: tryout22a A1).
 * </ul>
 */
public enum StagedPayment {
  /** The deposit paid, the balance not. */
  DEPOSIT_ONLY,
  /** The deposit and the balance paid. */
  PAID_IN_FULL;

  /**
   * An order's paid time (null: not a purchase yet) and its deposit time (null: none known); {@code
   * seenAt}: when the balance was seen paid (the export's time, else the import's) when the paid
   * time is the order's own earliest later event (shipped, received, closed) before it (tryout22a
   * A1), null when not capped — what the store keeps ({@code orders.paid_seen_at}) so that removing
   * the parcel that capped it makes the paid time again (paid25).
   */
  public record Times(Instant paidAt, Instant depositPaidAt, Instant seenAt) {
    public Times(Instant paidAt, Instant depositPaidAt) {
      this(paidAt, depositPaidAt, null);
    }

    /** Whether the paid time is an earlier event of the order's, not when it was seen paid. */
    public boolean capped() {
      return seenAt != null;
    }
  }

  /**
   * As {@link #times(StagedPayment, boolean, OrderStatus, Instant, Instant, Instant, Instant)} with
   * no later event known.
   */
  public static Times times(
      StagedPayment stage,
      boolean presale,
      OrderStatus status,
      Instant statedPaid,
      Instant exportedAt,
      Instant read) {
    return times(stage, presale, status, statedPaid, exportedAt, read, null);
  }

  /**
   * The paid time of a presale paid in stages, never later than the order's own earliest later
   * event the store knows ({@code later}: shipped, delivered/received, closed; null: none): the
   * balance (尾款) is paid before the goods leave, so a time seen after (an export's, an import's)
   * gives way to it — at order import (the row's own times) and when a shipment arrives after
   * (tryout22a A1). A later event before the deposit ({@code deposit}) is no evidence and changes
   * nothing; so does an order with no paid time (deposit only). Asked only of a presale paid in
   * stages (a deposit time stored, or the row's stage says so). The one rule; {@code
   * store.StagedPaidSql} is its SQL twin for orders already stored.
   *
   * @return {@code paid} itself when it stands (compare by identity to know it was capped)
   */
  public static Instant paidBy(Instant paid, Instant deposit, Instant later) {
    if (paid != null
        && later != null
        && later.isBefore(paid)
        && (deposit == null || !later.isBefore(deposit))) {
      return later;
    }
    return paid;
  }

  private static final java.util.regex.Pattern DEPOSIT =
      java.util.regex.Pattern.compile("定金[：:]\\s*([0-9]+(?:\\.[0-9]{1,2})?)\\s*元");

  /**
   * The deposit (定金) an export's cell states, in minor units ("定金：50.00元，已付款；…" → 5000); null when
   * it names none.
   */
  public static Long deposit(String text) {
    if (text == null) {
      return null;
    }
    java.util.regex.Matcher m = DEPOSIT.matcher(text);
    if (!m.find()) {
      return null;
    }
    return new java.math.BigDecimal(m.group(1)).movePointRight(2).longValueExact();
  }

  /**
   * The stage an export's cell states (Tmall 分阶段订单信息 "定金：50.00元，已付款；尾款：249.00元，未付款"); null when it
   * names no balance (blank, or a JD 订单类型 such as 预售订单).
   */
  public static StagedPayment of(String text) {
    if (text == null) {
      return null;
    }
    int balance = text.indexOf("尾款");
    if (balance < 0) {
      return null;
    }
    String part = text.substring(balance);
    for (char stop : new char[] {'；', ';'}) {
      int end = part.indexOf(stop); // the next stage, if any
      part = end < 0 ? part : part.substring(0, end);
    }
    if (part.contains("未付款") || part.contains("未付")) {
      return DEPOSIT_ONLY;
    }
    if (part.contains("已付款") || part.contains("已付")) {
      return PAID_IN_FULL;
    }
    return null;
  }

  /**
   * The paid and deposit times of an order. {@code stage}: what the export states ({@link #of}),
   * null when nothing; {@code presale}: the order is a presale ({@link OrderType#PRESALE}); {@code
   * statedPaid}: the export's paid time (for a staged presale, the deposit's); {@code exportedAt}:
   * when the export was made (null: not known); {@code read}: the import's clock; {@code later}:
   * the earliest time the order's row states after payment (shipped, delivered/received, closed),
   * null when none: the balance was paid before it, so a paid-in-full time never comes after it (an
   * export of last quarter's history read weeks later, tryout22a A1).
   */
  public static Times times(
      StagedPayment stage,
      boolean presale,
      OrderStatus status,
      Instant statedPaid,
      Instant exportedAt,
      Instant read,
      Instant later) {
    if (stage == null && presale && status == OrderStatus.PENDING && statedPaid != null) {
      stage = DEPOSIT_ONLY; // held unpaid with a paid time: the deposit's (review20 X6)
    }
    if (stage == DEPOSIT_ONLY) {
      return new Times(null, statedPaid);
    }
    if (stage == PAID_IN_FULL && status != OrderStatus.PENDING) {
      Instant balance = exportedAt != null ? exportedAt : read;
      if (balance == null || (statedPaid != null && balance.isBefore(statedPaid))) {
        balance = statedPaid;
      }
      Instant capped = paidBy(balance, statedPaid, later);
      return new Times(capped, statedPaid, capped != balance ? balance : null);
    }
    return new Times(statedPaid, null);
  }
}
