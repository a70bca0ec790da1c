package com.shopops.domain.order;

import java.util.List;
import java.util.Optional;

/**
 * The marketplace an order was sold on, as the export it came from tells it: an order keeps the
 * preset of the layout that last changed it (its {@code source}), and a marketplace's own order
 * export says the marketplace. Orders of any other layout (Shopify, WooCommerce, Olist, the generic
 * layout, a mapping file) are of no marketplace shopops tells apart: {@link #ofPreset} is empty.
 *
 * <p>Where the marketplace makes a difference: the buyer accounts ({@code
 * domain/customers/BuyerAccounts}: a Taobao/Tmall 买家会员名 and a JD 下单帐号 are two people) and the
 * delivery promise ({@code domain/sla/DeliveryPromise}: JD's 211 is not a Taobao/Tmall rule).
 */
public enum Platform {
  /** Taobao and Tmall: one seller centre, one order export (订单列表 and its 宝贝 detail file). */
  TAOBAO(
      "taobao",
      List.of("taobao-orders", "taobao-suborders"),
      List.of("taobao", "tmall", "淘宝", "天猫")),
  /** JD (京东): the 商家后台 order export. */
  JD("jd", List.of("jd-orders"), List.of("jd", "京东"));

  private final String code;
  private final List<String> presets;
  private final List<String> channels;

  Platform(String code, List<String> presets, List<String> channels) {
    this.code = code;
    this.presets = presets;
    this.channels = channels;
  }

  /**
   * The marketplace a traffic channel ({@code import traffic --channel tmall}) is the storefront
   * of: {@code taobao}/{@code tmall}/淘宝/天猫 and {@code jd}/京东, in any case; empty for a channel that
   * is not a marketplace (搜索, a campaign), whose orders shopops cannot tell apart.
   */
  public static Optional<Platform> ofChannel(String channel) {
    if (channel != null) {
      String c = channel.strip().toLowerCase(java.util.Locale.ROOT);
      for (Platform p : values()) {
        if (p.channels.contains(c)) {
          return Optional.of(p);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The zone of the marketplace's own clock: Taobao, Tmall and JD write and count in Beijing time,
   * so their no-reason window ends at 24:00 Beijing time, whatever the store's zone (review
   * tryout17 U3).
   */
  public java.time.ZoneId zone() {
    return java.time.ZoneId.of("Asia/Shanghai");
  }

  /** {@code taobao}, {@code jd}: the name the store and the scoped buyer ids use. */
  public String code() {
    return code;
  }

  /** The order presets whose rows are this marketplace's orders, in alphabetical order. */
  public List<String> presets() {
    return presets;
  }

  /** The marketplace of an order imported through {@code preset}; empty for any other layout. */
  public static Optional<Platform> ofPreset(String preset) {
    if (preset != null) {
      for (Platform p : values()) {
        if (p.presets.contains(preset)) {
          return Optional.of(p);
        }
      }
    }
    return Optional.empty();
  }
}
