package com.shopops.domain.returns;

import java.util.Locale;
import java.util.Optional;

/**
 * What the buyer asked for (docs/returns.md, review19 V7): money back for goods sent back ({@code
 * return}, 退货), or a replacement or repair ({@code exchange}: JD 服务类型 换货 / 维修, customerExpect 20 /
 * 30). An exchange owes no refund: it has no refund deadline, is never in a refund-owed list, and
 * adds no returned unit (the sale stands: the buyer keeps a unit of it). A refund without goods
 * back (仅退款, 价保) is a return of quantity 0.
 */
public enum ReturnKind {
  RETURN,
  EXCHANGE;

  /** The code stored and written: {@code return}, {@code exchange}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The kind a 服务类型 text names: 退货 (退货退款) → return; 换货, 维修 (and their English codes) → exchange;
   * empty for anything else. 仅退款 / 价保 are returns (of no units: {@link #noGoods}).
   */
  public static Optional<ReturnKind> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String t = text.strip().toLowerCase(Locale.ROOT);
    return switch (t) {
      case "return", "退货", "退货退款", "退款退货" -> Optional.of(RETURN);
      case "exchange", "repair", "换货", "维修", "换新", "返修" -> Optional.of(EXCHANGE);
      default -> noGoods(t) ? Optional.of(RETURN) : Optional.empty();
    };
  }

  /**
   * Whether a 服务类型 text names a refund without goods back: 仅退款, 退款不退货, 价保 (JD price protection),
   * {@code refund-only}, {@code price-protection}.
   */
  public static boolean noGoods(String text) {
    if (text == null) {
      return false;
    }
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "仅退款",
          "退款不退货",
          "价保",
          "价格保护",
          "refund-only",
          "refund_only",
          "price-protection",
          "price_protection" ->
          true;
      default -> false;
    };
  }

  /** The kind its stored code names; a store written before kinds holds returns only. */
  public static ReturnKind ofCode(String code) {
    return "exchange".equals(code) ? EXCHANGE : RETURN;
  }
}
