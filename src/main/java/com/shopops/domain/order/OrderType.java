package com.shopops.domain.order;

import java.util.Locale;

/**
 * The kind of sale an order export states (JD 订单类型): a presale (预售订单, paid ahead for goods shipped
 * on a promised later date) or an ordinary order. A presale order has no ship-by of paid + the
 * promise: its clock is its promised presale ship date (docs/sla.md), and without one it is not
 * rated (review19 V25). A Tmall 订单报表's 分阶段订单信息 ("定金：50.00元，已付款；尾款：249.00元，未付款") names a presale
 * paid in stages: the same rule (review20 X6). An export without the column says nothing (null).
 */
public enum OrderType {
  /** 预售: shipped from a promised presale date, not within the promise after payment. */
  PRESALE("presale"),
  /** Any other type the export names (JD 普通订单, …). */
  REGULAR("regular");

  private final String code;

  OrderType(String code) {
    this.code = code;
  }

  /** The stored value (orders.order_type). */
  public String code() {
    return code;
  }

  /** The type an export's cell states; null for a blank cell (nothing said). */
  public static OrderType of(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.strip().toLowerCase(Locale.ROOT);
    boolean staged = t.contains("定金") || t.contains("尾款"); // Tmall 分阶段订单信息
    return staged || t.contains("预售") || t.equals("presale") || t.equals("pre-sale")
        ? PRESALE
        : REGULAR;
  }

  /** The stored value read back; null when none was stored. */
  public static OrderType ofCode(String code) {
    for (OrderType t : values()) {
      if (t.code.equals(code)) {
        return t;
      }
    }
    return null;
  }
}
