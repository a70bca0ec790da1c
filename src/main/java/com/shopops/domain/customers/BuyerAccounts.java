package com.shopops.domain.customers;

import com.shopops.domain.order.Platform;
import java.util.List;
import java.util.Optional;

/**
 * Buyers named by their account on a platform (review13 M15): a Taobao/Tmall 买家会员名 and a JD 下单帐号
 * are chosen independently on each platform, so the same text on two platforms is two people ("ids
 * are never merged", SPEC §3). The order exports of these presets name buyers so.
 *
 * <p>One rule, whatever order the exports come in (review14 N5): the Taobao/Tmall buyer keeps the
 * plain text, and a JD buyer whose text is also a Taobao/Tmall buyer's in the store is {@code
 * jd:<text>} ({@code jd:小明tm}). A JD buyer stored under the plain text before a Taobao buyer of the
 * same text came is moved to {@code jd:<text>} when it comes. A store of one platform keeps its ids
 * as the exports write them. Other exports (Shopify, WooCommerce, generic files, phone pseudonyms)
 * name buyers by ids that are not per platform and are never scoped.
 */
public final class BuyerAccounts {
  private BuyerAccounts() {}

  /** The platform whose buyers keep the plain text when two platforms' buyers share it. */
  public static final String PLAIN = Platform.TAOBAO.code();

  /** The platform whose buyers are scoped when a buyer of {@link #PLAIN} has the same text. */
  public static final String SCOPED = Platform.JD.code();

  /**
   * The platform whose accounts name the buyers of an order preset ({@link Platform#ofPreset}: the
   * marketplaces' own order exports); empty for any other.
   */
  public static Optional<String> platformOf(String preset) {
    return Platform.ofPreset(preset).map(Platform::code);
  }

  /** The order presets of a platform's accounts, in alphabetical order. */
  public static List<String> presetsOf(String platform) {
    return java.util.Arrays.stream(Platform.values())
        .filter(p -> p.code().equals(platform))
        .flatMap(p -> p.presets().stream())
        .sorted()
        .toList();
  }

  /**
   * {@code jd:}: the prefix of a platform's scoped buyer ids, its one home (SQL that tests it takes
   * its length from here, not a count of characters).
   */
  public static String prefix(String platform) {
    return platform + ":";
  }

  /** {@code jd:小明tm}: a platform's buyer id kept apart from the same text of another platform. */
  public static String scoped(String platform, String id) {
    return prefix(platform) + id;
  }

  /** The text of a scoped id ({@code 小明tm} of {@code jd:小明tm}); empty for a plain one. */
  public static Optional<String> unscoped(String id) {
    String prefix = prefix(SCOPED);
    return id != null && id.startsWith(prefix)
        ? Optional.of(id.substring(prefix.length()))
        : Optional.empty();
  }
}
