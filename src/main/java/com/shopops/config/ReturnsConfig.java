package com.shopops.config;

import com.shopops.domain.order.Platform;
import com.shopops.domain.returns.ReturnPolicy;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** The {@code returns.*} keys (docs/returns.md) and the {@link ReturnPolicy} they make. */
public final class ReturnsConfig implements ConfigSection {
  public static final String WINDOW_DAYS = "returns.window_days";
  public static final String REFUND_WITHIN = "returns.refund_within";
  public static final String APPROVE_WITHIN = "returns.approve_within";
  public static final String NOT_ELIGIBLE_SKUS = "returns.not_eligible_skus";
  public static final String NOT_ELIGIBLE_CATEGORIES = "returns.not_eligible_categories";

  /**
   * {@code returns.window_days.other}: the window of orders of no marketplace (Shopify,
   * WooCommerce, the generic layout), where it differs from the store's (review19 V23).
   */
  public static final String OTHER_WINDOW_DAYS = WINDOW_DAYS + ".other";

  @Override
  public String name() {
    return "returns";
  }

  /** {@code returns.window_days.taobao}, {@code returns.window_days.jd}: a marketplace's own. */
  public static String windowDaysOf(Platform platform) {
    return WINDOW_DAYS + "." + platform.code();
  }

  @Override
  public List<ConfigKey> keys() {
    List<ConfigKey> keys = new ArrayList<>(base()); // a marketplace's window after the store's
    int at = 1;
    for (Platform p : Platform.values()) {
      keys.add(
          at++,
          new ConfigKey(
              windowDaysOf(p),
              "",
              "No-reason return window in days of the "
                  + p.code()
                  + " orders, where it differs from returns.window_days (empty: the same)",
              v -> {
                if (!v.isBlank() && ConfigValues.integer(v) < 1) {
                  throw new IllegalArgumentException("must be at least 1 day (\"" + v + "\")");
                }
              }));
    }
    keys.add(
        at,
        new ConfigKey(
            OTHER_WINDOW_DAYS,
            "",
            "No-reason return window in days of the orders of no marketplace (Shopify, WooCommerce,"
                + " the generic layout), where it differs from returns.window_days (empty: the"
                + " same)",
            v -> {
              if (!v.isBlank() && ConfigValues.integer(v) < 1) {
                throw new IllegalArgumentException("must be at least 1 day (\"" + v + "\")");
              }
            }));
    return List.copyOf(keys);
  }

  private static List<ConfigKey> base() {
    return List.of(
        new ConfigKey(
            WINDOW_DAYS,
            "7",
            "No-reason return window in days, counted from the day after delivery, ending at"
                + " 24:00 of the last day (消保法 Art.25, 办法 Art.10)",
            v -> {
              if (ConfigValues.integer(v) < 1) {
                throw new IllegalArgumentException("must be at least 1 day (\"" + v + "\")");
              }
            }),
        new ConfigKey(
            REFUND_WITHIN,
            "7d",
            "Refund due this long after the returned goods are received (办法 Art.13)",
            ReturnsConfig::checkDuration),
        new ConfigKey(
            APPROVE_WITHIN,
            "48h",
            "Approve or reject a return request within this time (shop policy, not law)",
            ReturnsConfig::checkDuration),
        new ConfigKey(
            NOT_ELIGIBLE_SKUS,
            "",
            "SKUs without no-reason returns, comma-separated (办法 Art.6/7: customised, fresh,"
                + " opened digital goods…)",
            ConfigValues::list),
        new ConfigKey(
            NOT_ELIGIBLE_CATEGORIES,
            "",
            "Product categories without no-reason returns, comma-separated (needs imported"
                + " products)",
            ConfigValues::list));
  }

  private static void checkDuration(String v) {
    if (ConfigValues.duration(v).isZero()) {
      throw new IllegalArgumentException("must be longer than zero (\"" + v + "\")");
    }
  }

  /** The return rules in force in a store of {@code zone}. */
  public static ReturnPolicy policy(Config config, ZoneId zone) {
    Duration refund = ConfigValues.duration(config.get(REFUND_WITHIN));
    Duration approve = ConfigValues.duration(config.get(APPROVE_WITHIN));
    Map<Platform, Integer> own = new EnumMap<>(Platform.class);
    for (Platform p : Platform.values()) {
      String v = config.get(windowDaysOf(p));
      if (!v.isBlank()) {
        own.put(p, ConfigValues.integer(v));
      }
    }
    String other = config.get(OTHER_WINDOW_DAYS);
    return new ReturnPolicy(
        zone,
        ConfigValues.integer(config.get(WINDOW_DAYS)),
        refund,
        approve,
        new LinkedHashSet<>(ConfigValues.list(config.get(NOT_ELIGIBLE_SKUS))),
        new LinkedHashSet<>(ConfigValues.list(config.get(NOT_ELIGIBLE_CATEGORIES))),
        own,
        other.isBlank() ? null : ConfigValues.integer(other));
  }
}
