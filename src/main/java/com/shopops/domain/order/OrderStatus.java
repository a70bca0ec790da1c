package com.shopops.domain.order;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where an order stands, normalised from each platform's wording (the raw text is kept beside it).
 * The rank orders the happy path so that re-importing an older export never moves an order back: a
 * later status wins only when its rank is not lower.
 */
public enum OrderStatus {
  PENDING(0), // 等待买家付款: placed, not paid
  PAID(1), // 买家已付款，等待卖家发货 / 等待出库
  SHIPPED(2), // 卖家已发货，等待买家确认 / 等待确认收货
  DELIVERED(3), // signed for (签收)
  COMPLETED(4), // 交易成功 / 完成: buyer confirmed
  CANCELLED(5), // 交易关闭 / 已取消
  REFUNDED(5); // refunded in full

  private static final Map<String, OrderStatus> ALIASES = new HashMap<>();
  private static final Map<String, OrderStatus> CODES = new HashMap<>();

  static {
    for (OrderStatus s : values()) {
      CODES.put(s.code, s);
    }
    alias(
        PENDING,
        "pending",
        "unpaid",
        "待付款",
        "等待买家付款",
        "wait_buyer_pay",
        "on-hold",
        "wc-pending",
        "wc-on-hold",
        "authorized",
        "partially_paid",
        "未付款",
        "等待付款", // JD
        // Taobao TOP TRADE_NO_CREATE_PAY, as ERP / 千牛 plug-in exports print it (review18 T15)
        "trade_no_create_pay",
        "没有创建支付宝交易");
    alias(
        PAID,
        "paid",
        "待发货",
        "买家已付款，等待卖家发货",
        "买家已付款,等待卖家发货",
        "买家已付款｜｜｜等待卖家发货",
        "等待卖家发货",
        "等待出库",
        "正在出库", // JD: being picked, not yet with the carrier
        "等待厂商处理", // JD: paid, the maker ships it (厂直), not yet shipped
        "等待厂商确认", // JD: paid, the maker (厂直) has yet to confirm it
        "等待发货", // JD: paid, waiting to ship
        "付款成功", // JD: paid
        // JD holds a paid order (a cancellation request or a risk check pending): still paid, still
        // to ship, on the ship-by clock; never cancelled until JD says 已取消 (review13 M17).
        // (删除)锁定, a deleted order, stays cancelled below.
        "锁定",
        "已锁定",
        "暂停",
        "POP暂停",
        "processing",
        "wc-processing",
        "wait_seller_send_goods",
        // the TOP descriptions of the same states, as ERP exports print them (review18 T15)
        "等待卖家发货,即:买家已付款",
        "等待卖家发货，即：买家已付款",
        "已付款",
        "unfulfilled",
        "partially_refunded");
    alias(
        SHIPPED,
        "shipped",
        "已发货",
        "卖家已发货，等待买家确认",
        "卖家已发货,等待买家确认",
        "卖家已发货｜｜｜等待买家确认",
        "卖家已发货，等待买家确认收货",
        "卖家已发货,等待买家确认收货",
        "卖家已发货｜｜｜等待买家确认收货",
        "等待买家确认收货",
        "部分发货", // some items have left: the ship-by clock has stopped
        "卖家部分发货",
        "等待确认收货",
        "等待收货", // JD
        "wait_buyer_confirm_goods",
        "等待买家确认收货,即:卖家已发货",
        "等待买家确认收货，即：卖家已发货",
        "seller_consigned_part",
        "in_transit",
        "in transit",
        "fulfilled",
        "partial",
        "配送中");
    alias(
        DELIVERED,
        "delivered",
        "已签收",
        "签收",
        "已收货",
        "trade_buyer_signed", // TOP: signed for (cash on delivery)
        "买家已签收,货到付款专用",
        "买家已签收，货到付款专用");
    alias(
        COMPLETED, "completed", "complete", "交易成功", "完成", "已完成", "trade_finished", "wc-completed");
    alias(
        CANCELLED,
        "cancelled",
        "canceled",
        "交易关闭",
        "已取消",
        "取消",
        "trade_closed",
        // TOP's descriptions of its two closed states, as ERP / 千牛 plug-in exports print them
        // (review18 T15): TRADE_CLOSED, refunded in full after payment, closes the trade as 交易关闭
        // does (the refund is the order's, below); TRADE_CLOSED_BY_TAOBAO, closed before payment
        "付款以后用户退款成功，交易自动关闭",
        "付款以后用户退款成功,交易自动关闭",
        "trade_closed_by_taobao",
        "付款以前，卖家或买家主动关闭交易",
        "付款以前,卖家或买家主动关闭交易",
        "voided",
        "wc-cancelled",
        "failed",
        "wc-failed",
        "(删除)锁定",
        "(删除)已取消",
        "（删除）已取消",
        "（删除）锁定",
        "已拒收", // JD: the buyer refused the parcel, it goes back: the trade is closed
        "配送退货"); // JD: the parcel is on its way back to the shop
    alias(REFUNDED, "refunded", "已退款", "退款成功", "wc-refunded");
  }

  private final int rank;
  private final String code;

  OrderStatus(int rank) {
    this.rank = rank;
    this.code = name().toLowerCase(Locale.ROOT);
  }

  private static void alias(OrderStatus status, String... names) {
    for (String n : names) {
      ALIASES.put(key(n), status);
    }
  }

  private static String key(String s) {
    return s.strip().toLowerCase(Locale.ROOT);
  }

  public int rank() {
    return rank;
  }

  /** The word written in the store and in output: {@code paid}, {@code shipped}, … */
  public String code() {
    return code;
  }

  /** The status a stored code names ({@link #code()}, exactly); null when none does. */
  public static OrderStatus ofCode(String code) {
    return code == null ? null : CODES.get(code);
  }

  /** Placed or paid, not yet shipped: what the ship-by clock still runs for. */
  public boolean isBeforeShipping() {
    return this == PENDING || this == PAID;
  }

  /** Shipped, delivered or completed: it has left the warehouse. */
  public boolean hasShipped() {
    return this == SHIPPED || this == DELIVERED || this == COMPLETED;
  }

  /** Cancelled or refunded: the trade is closed (交易关闭). */
  public boolean isClosed() {
    return this == CANCELLED || this == REFUNDED;
  }

  /** A platform's status text, in English or Chinese; empty when it is not one we know. */
  public static Optional<OrderStatus> parse(String raw) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(ALIASES.get(key(raw)));
  }

  /**
   * The status an order is in when the export gives no status we know: the furthest step its
   * timestamps prove.
   */
  public static OrderStatus fromTimes(
      boolean cancelled, boolean completed, boolean delivered, boolean shipped, boolean paid) {
    if (cancelled) {
      return CANCELLED;
    }
    if (completed) {
      return COMPLETED;
    }
    if (delivered) {
      return DELIVERED;
    }
    if (shipped) {
      return SHIPPED;
    }
    return paid ? PAID : PENDING;
  }
}
