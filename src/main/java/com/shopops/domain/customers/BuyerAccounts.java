package com.shopops.domain.customers;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Buyers named by their account on a platform (review13 M15): a Taobao/Tmall 买家会员名 and a JD 下单帐号
 * are chosen independently on each platform, so the same text on two platforms is two people ("ids
 * are never merged", SPEC §3). The order exports of these presets name buyers so; an order export
 * of one platform whose buyer's text already belongs to a buyer of another platform in the store
 * gets the id {@code <platform>:<text>} ({@code jd:小明tm}). A store of one platform keeps its ids as
 * the exports write them; on two, only the colliding buyers of the platform imported second are
 * scoped. Other exports (Shopify, WooCommerce, generic files, phone pseudonyms) name buyers by ids
 * that are not per platform and are never scoped.
 */
public final class BuyerAccounts {
  private BuyerAccounts() {}

  /** Order presets whose customer id is the buyer's account on the platform named. */
  private static final Map<String, String> PLATFORM_OF_PRESET =
      Map.of("taobao-orders", "taobao", "jd-orders", "jd");

  /** The platform whose accounts name the buyers of an order preset; empty for any other. */
  public static Optional<String> platformOf(String preset) {
    return Optional.ofNullable(preset == null ? null : PLATFORM_OF_PRESET.get(preset));
  }

  /** The order presets of the account platforms other than {@code platform}. */
  public static List<String> presetsOfOtherPlatforms(String platform) {
    return PLATFORM_OF_PRESET.entrySet().stream()
        .filter(e -> !e.getValue().equals(platform))
        .map(Map.Entry::getKey)
        .sorted()
        .toList();
  }

  /** {@code jd:小明tm}: a platform's buyer id kept apart from the same text of another platform. */
  public static String scoped(String platform, String id) {
    return platform + ":" + id;
  }
}
