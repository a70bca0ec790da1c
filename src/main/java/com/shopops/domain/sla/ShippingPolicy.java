package com.shopops.domain.sla;

import com.shopops.domain.order.Platform;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The shipping rules in force (发货时效 and 211), as configured for the store.
 *
 * <p>Source: docs/sla.md; defaults from SPEC (ship within 24 h, hard limit 48 h, at risk within 4
 * h, 211 cut-offs 11:00/23:00). DOMAIN.md §3.2 marks the platform rules UNVERIFIED, so every value
 * is configuration:
 *
 * <ul>
 *   <li>{@code shipWithin} — ship-by deadline after payment (发货时效);
 *   <li>{@code shipMax} — hard limit after payment; shipped or unshipped past it is a breach;
 *   <li>{@code atRiskWithin} — an unshipped order whose deadline is this close is at risk ({@code
 *       --within});
 *   <li>{@code holidays} — dates on which the ship-by clock stops (see {@link HolidayClock}); the
 *       211 delivery promise is a carrier promise and runs every day;
 *   <li>{@code cutoffs} — the 211 delivery promise (see {@link DeliveryCutoffs});
 *   <li>{@code shipWithinByCarrier}, {@code shipWithinByProvince} — optional overrides of {@code
 *       shipWithin}; keys match ignoring case and surrounding spaces; a carrier override wins over
 *       a province override. The hard limit for an overridden order is the longer of {@code
 *       shipMax} and the override, so a longer promise (e.g. 72 h to 西藏) never starts breached;
 *   <li>{@code zone} — the store zone: holiday dates, presale dates and 211 days are read in it;
 *   <li>{@code deliverWithinDays} — the shop's own delivery promise in days for the orders of no
 *       marketplace (Shopify, the generic layout…), null when it has none ({@link
 *       DeliveryPromise});
 *   <li>{@code deliverWithinDaysByPlatform} — a marketplace's delivery promise in days where the
 *       shop sets one, in place of the marketplace's own (JD: 211; Taobao/Tmall: none);
 *   <li>{@code dispatch} — a marketplace's own ship-by hours and the same-day dispatch cut-offs
 *       ({@link DispatchRules}; {@link #shipRuleFor} says which rule an order is under).
 * </ul>
 */
public record ShippingPolicy(
    Duration shipWithin,
    Duration shipMax,
    Duration atRiskWithin,
    Set<LocalDate> holidays,
    DeliveryCutoffs cutoffs,
    Map<String, Duration> shipWithinByCarrier,
    Map<String, Duration> shipWithinByProvince,
    ZoneId zone,
    Integer deliverWithinDays,
    Map<Platform, Integer> deliverWithinDaysByPlatform,
    DispatchRules dispatch) {

  public static final Duration DEFAULT_SHIP_WITHIN = Duration.ofHours(24);
  public static final Duration DEFAULT_SHIP_MAX = Duration.ofHours(48);
  public static final Duration DEFAULT_AT_RISK_WITHIN = Duration.ofHours(4);

  public ShippingPolicy {
    requirePositive(shipWithin, "shipWithin");
    requirePositive(shipMax, "shipMax");
    Objects.requireNonNull(atRiskWithin, "atRiskWithin");
    if (atRiskWithin.isNegative()) {
      throw new IllegalArgumentException("atRiskWithin is negative: " + atRiskWithin);
    }
    if (shipMax.compareTo(shipWithin) < 0) {
      throw new IllegalArgumentException(
          "shipMax " + shipMax + " is shorter than shipWithin " + shipWithin);
    }
    holidays = Set.copyOf(Objects.requireNonNull(holidays, "holidays"));
    Objects.requireNonNull(cutoffs, "cutoffs");
    shipWithinByCarrier = normalised(shipWithinByCarrier, "shipWithinByCarrier");
    shipWithinByProvince = normalised(shipWithinByProvince, "shipWithinByProvince");
    Objects.requireNonNull(zone, "zone");
    if (deliverWithinDays != null && deliverWithinDays < 1) {
      throw new IllegalArgumentException(
          "deliverWithinDays must be at least 1: " + deliverWithinDays);
    }
    Objects.requireNonNull(dispatch, "dispatch");
    deliverWithinDaysByPlatform =
        Map.copyOf(
            Objects.requireNonNull(deliverWithinDaysByPlatform, "deliverWithinDaysByPlatform"));
    deliverWithinDaysByPlatform.forEach(
        (p, d) -> {
          if (d < 1) {
            throw new IllegalArgumentException(
                "deliverWithinDays of " + p.code() + " must be at least 1: " + d);
          }
        });
  }

  /** Without a delivery promise in days (211 or none, as the order's marketplace has it). */
  public ShippingPolicy(
      Duration shipWithin,
      Duration shipMax,
      Duration atRiskWithin,
      Set<LocalDate> holidays,
      DeliveryCutoffs cutoffs,
      Map<String, Duration> shipWithinByCarrier,
      Map<String, Duration> shipWithinByProvince,
      ZoneId zone) {
    this(
        shipWithin,
        shipMax,
        atRiskWithin,
        holidays,
        cutoffs,
        shipWithinByCarrier,
        shipWithinByProvince,
        zone,
        null,
        Map.of(),
        DispatchRules.NONE);
  }

  /**
   * The promise in days the shop set for the orders of {@code platform} (null: of no marketplace),
   * or null when it set none: a marketplace's orders take only its own key, never the store's (a
   * Madrid shop's 3 days is not JD's 211).
   */
  public Integer deliverWithinDaysFor(Platform platform) {
    return platform == null ? deliverWithinDays : deliverWithinDaysByPlatform.get(platform);
  }

  /** A copy with the delivery promises in days. */
  public ShippingPolicy withDeliverWithinDays(Integer days, Map<Platform, Integer> byPlatform) {
    return new ShippingPolicy(
        shipWithin,
        shipMax,
        atRiskWithin,
        holidays,
        cutoffs,
        shipWithinByCarrier,
        shipWithinByProvince,
        zone,
        days,
        byPlatform,
        dispatch);
  }

  /** 24 h / 48 h / at risk within 4 h, no holidays, 211 at 11:00 and 23:00, no overrides. */
  public static ShippingPolicy defaults(ZoneId zone) {
    return new ShippingPolicy(
        DEFAULT_SHIP_WITHIN,
        DEFAULT_SHIP_MAX,
        DEFAULT_AT_RISK_WITHIN,
        Set.of(),
        DeliveryCutoffs.DEFAULT_211,
        Map.of(),
        Map.of(),
        zone);
  }

  public ShippingPolicy withHolidays(Set<LocalDate> newHolidays) {
    return new ShippingPolicy(
        shipWithin,
        shipMax,
        atRiskWithin,
        newHolidays,
        cutoffs,
        shipWithinByCarrier,
        shipWithinByProvince,
        zone,
        deliverWithinDays,
        deliverWithinDaysByPlatform,
        dispatch);
  }

  public ShippingPolicy withAtRiskWithin(Duration within) {
    return new ShippingPolicy(
        shipWithin,
        shipMax,
        within,
        holidays,
        cutoffs,
        shipWithinByCarrier,
        shipWithinByProvince,
        zone,
        deliverWithinDays,
        deliverWithinDaysByPlatform,
        dispatch);
  }

  /** The clock deadlines are counted on: stops on {@link #holidays()} in {@link #zone()}. */
  public HolidayClock clock() {
    return new HolidayClock(holidays, zone);
  }

  /** A copy with the marketplaces' ship-by hours and the cut-offs. */
  public ShippingPolicy withDispatch(DispatchRules rules) {
    return new ShippingPolicy(
        shipWithin,
        shipMax,
        atRiskWithin,
        holidays,
        cutoffs,
        shipWithinByCarrier,
        shipWithinByProvince,
        zone,
        deliverWithinDays,
        deliverWithinDaysByPlatform,
        rules);
  }

  /**
   * The ship-by rule of an order: hours after payment, or a same-day cut-off ({@code cutoff} non
   * null: paid before it, ship by 24:00 that day, else by 24:00 the next, read in {@code zone}).
   * {@code within} is the hours (for a cut-off, the hours its scope would otherwise have: the grace
   * to the hard limit is counted from them).
   */
  public record ShipRule(Duration within, LocalTime cutoff, ZoneId zone) {}

  /**
   * The rule for an order of {@code platform} (null: of no marketplace): a carrier, then a province
   * override; else the marketplace's cut-off, then its hours; else the store's cut-off, then its
   * hours ({@link DispatchRules}).
   */
  public ShipRule shipRuleFor(String carrier, String province, Platform platform) {
    Duration place = placeOverride(carrier, province);
    if (place != null) {
      return new ShipRule(place, null, zone);
    }
    if (platform != null) {
      LocalTime own = dispatch.cutoffByPlatform().get(platform);
      Duration ownWithin = dispatch.shipWithinByPlatform().get(platform);
      if (own != null) {
        return new ShipRule(ownWithin != null ? ownWithin : shipWithin, own, platform.zone());
      }
      if (ownWithin != null) {
        return new ShipRule(ownWithin, null, zone);
      }
    }
    if (dispatch.cutoff() != null) {
      return new ShipRule(shipWithin, dispatch.cutoff(), platform == null ? zone : platform.zone());
    }
    return new ShipRule(shipWithin, null, zone);
  }

  /** {@code shipWithin} for an order, after the carrier then province override. */
  public Duration shipWithinFor(String carrier, String province) {
    Duration place = placeOverride(carrier, province);
    return place != null ? place : shipWithin;
  }

  private Duration placeOverride(String carrier, String province) {
    Duration byCarrier =
        carrier == null || shipWithinByCarrier.isEmpty()
            ? null
            : shipWithinByCarrier.get(key(carrier));
    if (byCarrier != null) {
      return byCarrier;
    }
    return province == null || shipWithinByProvince.isEmpty()
        ? null
        : shipWithinByProvince.get(key(province));
  }

  /**
   * True when an order's carrier or province can change its deadline (an override is configured);
   * false: every order's deadline is told by its times (and marketplace) alone.
   */
  public boolean dependsOnPlace() {
    return !shipWithinByCarrier.isEmpty() || !shipWithinByProvince.isEmpty();
  }

  /** The hard limit for an order: the longer of {@code shipMax} and its {@code shipWithin}. */
  public Duration shipMaxFor(String carrier, String province) {
    return longerOfMax(shipWithinFor(carrier, province));
  }

  /** The longer of {@code shipMax} and {@code within}. */
  public Duration longerOfMax(Duration within) {
    return within.compareTo(shipMax) > 0 ? within : shipMax;
  }

  private static Map<String, Duration> normalised(Map<String, Duration> overrides, String what) {
    Map<String, Duration> out = new HashMap<>();
    Objects.requireNonNull(overrides, what)
        .forEach(
            (k, v) -> {
              requirePositive(v, what + "[" + k + "]");
              out.put(key(k), v);
            });
    return Map.copyOf(out);
  }

  private static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }

  private static void requirePositive(Duration d, String what) {
    Objects.requireNonNull(d, what);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(what + " must be positive: " + d);
    }
  }
}
