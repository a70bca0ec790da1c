package com.shopops.domain.sla;

import com.shopops.domain.order.Platform;
import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The ship-by rules that differ by marketplace, and the same-day dispatch cut-off (review18 T11: a
 * Tmall + JD shop promises different things on each storefront, or "16:00 前付款当天发货").
 *
 * <ul>
 *   <li>{@code shipWithinByPlatform} — a marketplace's own ship-by time after payment ({@code
 *       sla.ship_within.taobao}, {@code .jd}), in place of the store's {@code sla.ship_within};
 *   <li>{@code cutoff} — the store's same-day dispatch cut-off ({@code sla.ship_cutoff}), null for
 *       none: paid before it, ship by 24:00 that day; at or after it, by 24:00 the next day ({@link
 *       ShipByDeadline});
 *   <li>{@code cutoffByPlatform} — a marketplace's own cut-off ({@code sla.ship_cutoff.taobao},
 *       {@code .jd}), read on the marketplace's clock (Beijing time).
 * </ul>
 *
 * <p>Which one rules an order ({@link ShippingPolicy#shipRuleFor}): a carrier, then a province
 * override (sla.ship_within_by_carrier / _by_province: they are hours); else the marketplace's
 * cut-off, then its hours; else the store's cut-off, then its hours. Each scope's cut-off wins over
 * its hours, and a marketplace's own rule over the store's.
 */
public record DispatchRules(
    Map<Platform, Duration> shipWithinByPlatform,
    LocalTime cutoff,
    Map<Platform, LocalTime> cutoffByPlatform) {

  /** No marketplace rule and no cut-off: every order by the store's hours. */
  public static final DispatchRules NONE = new DispatchRules(Map.of(), null, Map.of());

  public DispatchRules {
    Map<Platform, Duration> within = new EnumMap<>(Platform.class);
    Objects.requireNonNull(shipWithinByPlatform, "shipWithinByPlatform")
        .forEach(
            (p, d) -> {
              if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(
                    "shipWithin of " + p.code() + " must be positive: " + d);
              }
              within.put(p, d);
            });
    shipWithinByPlatform = Map.copyOf(within);
    cutoffByPlatform = Map.copyOf(Objects.requireNonNull(cutoffByPlatform, "cutoffByPlatform"));
  }

  /** Whether any order's deadline is told by a cut-off or a marketplace's own hours. */
  public boolean isEmpty() {
    return shipWithinByPlatform.isEmpty() && cutoff == null && cutoffByPlatform.isEmpty();
  }
}
