package com.shopops.domain.order;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A traffic channel whose orders the store can tell apart by the export they came from ({@code
 * orders.source}): a marketplace's storefront ({@link Platform#ofChannel}: tmall, jd, …) and a
 * storefront with its own order export (shopify, woocommerce; tryout20 Y6). {@code metrics
 * --channel} counts only such a channel's orders beside its visitors; any other channel (搜索, a
 * campaign) has no orders of its own.
 *
 * @param code the name the output uses ({@code taobao}, {@code jd}, {@code shopify}, …).
 * @param presets the order presets whose rows are the channel's orders.
 */
public record OrderChannel(String code, List<String> presets) {
  public OrderChannel {
    presets = List.copyOf(presets);
  }

  /** The storefronts that are no marketplace but have their own order export. */
  private static final List<OrderChannel> STOREFRONTS =
      List.of(
          new OrderChannel("shopify", List.of("shopify-orders")),
          new OrderChannel("woocommerce", List.of("woocommerce-orders")));

  /**
   * The channel of {@code channel} (any case), if its orders can be told apart: a marketplace's
   * storefront, or a storefront with its own order export; empty otherwise.
   */
  public static Optional<OrderChannel> ofChannel(String channel) {
    Optional<Platform> platform = Platform.ofChannel(channel);
    if (platform.isPresent()) {
      return Optional.of(new OrderChannel(platform.get().code(), platform.get().presets()));
    }
    if (channel != null) {
      String c = channel.strip().toLowerCase(Locale.ROOT);
      for (OrderChannel s : STOREFRONTS) {
        if (s.code.equals(c)) {
          return Optional.of(s);
        }
      }
    }
    return Optional.empty();
  }
}
