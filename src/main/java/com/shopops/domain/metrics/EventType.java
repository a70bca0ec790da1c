package com.shopops.domain.metrics;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a visitor did in one raw event, as stored (a small integer per event keeps millions of
 * events compact). The funnel reads {@link #VIEW} (with a SKU), {@link #CART}, {@link #ORDER} and
 * {@link #PAY}; PV counts {@link #VIEW}s.
 */
public enum EventType {
  OTHER(0),
  /** A page or product view (pv, page_view, 浏览). Every view is one PV. */
  VIEW(1),
  /** Add to cart (cart, add_to_cart, 加购). */
  CART(2),
  /** An order placed (order, checkout, 下单). */
  ORDER(3),
  /** A payment (pay, purchase, buy, 支付). */
  PAY(4),
  /** A favourite / wishlist (fav, 收藏). */
  FAV(5);

  private static final Map<String, EventType> ALIASES =
      Map.ofEntries(
          Map.entry("view", VIEW),
          Map.entry("pv", VIEW),
          Map.entry("page_view", VIEW),
          Map.entry("pageview", VIEW),
          Map.entry("detail", VIEW),
          Map.entry("浏览", VIEW),
          Map.entry("cart", CART),
          Map.entry("add_to_cart", CART),
          Map.entry("addtocart", CART),
          Map.entry("加购", CART),
          Map.entry("加入购物车", CART),
          Map.entry("order", ORDER),
          Map.entry("checkout", ORDER),
          Map.entry("下单", ORDER),
          Map.entry("pay", PAY),
          Map.entry("paid", PAY),
          Map.entry("purchase", PAY),
          Map.entry("buy", PAY),
          Map.entry("transaction", PAY),
          Map.entry("支付", PAY),
          Map.entry("付款", PAY),
          Map.entry("fav", FAV),
          Map.entry("favorite", FAV),
          Map.entry("favourite", FAV),
          Map.entry("收藏", FAV),
          Map.entry("other", OTHER),
          Map.entry("remove_from_cart", OTHER));

  private final int code;

  EventType(int code) {
    this.code = code;
  }

  /** The stored code. */
  public int code() {
    return code;
  }

  public static EventType ofCode(int code) {
    for (EventType t : values()) {
      if (t.code == code) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown event code " + code);
  }

  /** The type an export names (any case); empty for a name shopops does not know. */
  public static Optional<EventType> parse(String name) {
    return Optional.ofNullable(ALIASES.get(name.strip().toLowerCase(Locale.ROOT)));
  }

  /** The names {@link #parse} accepts, for messages. */
  public static String accepted() {
    return "view/pv, cart, order, pay/purchase/buy, fav, other";
  }
}
