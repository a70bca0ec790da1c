package com.shopops.config;

import com.shopops.domain.order.Platform;
import com.shopops.domain.sla.DeliveryCutoffs;
import com.shopops.domain.sla.DispatchRules;
import com.shopops.domain.sla.ShippingPolicy;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code sla.*} keys (docs/sla.md): ship-by deadlines, the holiday calendar, the 211 cut-offs
 * and per-carrier / per-province overrides, and the {@link ShippingPolicy} they make.
 */
public final class SlaConfig implements ConfigSection {
  public static final String SHIP_WITHIN = "sla.ship_within";
  public static final String SHIP_MAX = "sla.ship_max";
  public static final String AT_RISK_WITHIN = "sla.at_risk_within";
  public static final String HOLIDAYS = "sla.holidays";
  public static final String SAME_DAY_CUTOFF = "sla.same_day_cutoff";
  public static final String SAME_DAY_DELIVER_BY = "sla.same_day_deliver_by";
  public static final String NEXT_DAY_CUTOFF = "sla.next_day_cutoff";
  public static final String NEXT_DAY_DELIVER_BY = "sla.next_day_deliver_by";
  public static final String BY_CARRIER = "sla.ship_within_by_carrier";
  public static final String BY_PROVINCE = "sla.ship_within_by_province";
  public static final String INFER_PAID_AT = "sla.infer_paid_at";
  public static final String DELIVER_WITHIN_DAYS = "sla.deliver_within_days";
  public static final String SHIP_CUTOFF = "sla.ship_cutoff";

  /** {@code sla.ship_within.taobao}, {@code .jd}: a marketplace's own ship-by hours. */
  public static String shipWithinOf(Platform platform) {
    return SHIP_WITHIN + "." + platform.code();
  }

  /** {@code sla.ship_cutoff.taobao}, {@code .jd}: a marketplace's own same-day cut-off. */
  public static String shipCutoffOf(Platform platform) {
    return SHIP_CUTOFF + "." + platform.code();
  }

  /**
   * The marketplace hours set but not used (tryout18 W5): a marketplace's cut-off wins over its
   * hours (docs/sla.md, "which rule an order is under"), so {@code sla.ship_within.jd 6h} does
   * nothing while {@code sla.ship_cutoff.jd} is set. One sentence per marketplace, naming the rule
   * in force; empty when no key is shadowed.
   */
  public static List<String> shadowedHours(Config c) {
    List<String> said = new java.util.ArrayList<>();
    for (Platform p : Platform.values()) {
      String cutoff = shipCutoffOf(p);
      String within = shipWithinOf(p);
      if (c.isSet(cutoff) && c.isSet(within)) {
        said.add(
            cutoff
                + " ("
                + c.get(cutoff)
                + ") is in force for "
                + p.code()
                + " orders: "
                + within
                + " ("
                + c.get(within)
                + ") is not used while it is set (`shopops config unset "
                + cutoff
                + "` to time them by "
                + c.get(within)
                + ")");
      }
    }
    return said;
  }

  /** {@code sla.deliver_within_days.taobao}, {@code .jd}: a marketplace's delivery promise. */
  public static String deliverWithinDaysOf(Platform platform) {
    return DELIVER_WITHIN_DAYS + "." + platform.code();
  }

  private static final List<ConfigKey> KEYS = keys(base());

  /** The store's keys, each marketplace's delivery promise right after the store's own. */
  private static List<ConfigKey> keys(List<ConfigKey> base) {
    List<ConfigKey> keys = new ArrayList<>();
    for (ConfigKey k : base) {
      keys.add(k);
      if (k.name().equals(SHIP_WITHIN)) {
        for (Platform p : Platform.values()) {
          keys.add(
              new ConfigKey(
                  shipWithinOf(p),
                  "",
                  "Ship-by deadline after payment of the "
                      + p.code()
                      + " orders, where it differs from sla.ship_within (empty: the same)",
                  v -> {
                    if (!v.isBlank()) {
                      positive(ConfigValues.duration(v));
                    }
                  }));
        }
      }
      if (k.name().equals(SHIP_CUTOFF)) {
        for (Platform p : Platform.values()) {
          keys.add(
              new ConfigKey(
                  shipCutoffOf(p),
                  "",
                  "Same-day dispatch cut-off of the "
                      + p.code()
                      + " orders in Beijing time, where it differs from sla.ship_cutoff (empty:"
                      + " the same, unless sla.ship_within."
                      + p.code()
                      + " is set)",
                  SlaConfig::cutoff));
        }
      }
      if (k.name().equals(DELIVER_WITHIN_DAYS)) {
        for (Platform p : Platform.values()) {
          keys.add(
              new ConfigKey(
                  deliverWithinDaysOf(p),
                  "",
                  "Delivery promise in days of the "
                      + p.code()
                      + " orders without an estimated delivery"
                      + (p == Platform.JD ? ", in place of 211 (empty: 211)" : " (empty: none)"),
                  SlaConfig::days));
        }
      }
    }
    return List.copyOf(keys);
  }

  private static List<ConfigKey> base() {
    return List.of(
        new ConfigKey(
            SHIP_WITHIN,
            "24h",
            "Ship-by deadline after payment (发货时效); shipped after it is late",
            v -> positive(ConfigValues.duration(v))),
        new ConfigKey(
            SHIP_MAX,
            "48h",
            "Hard limit after payment; shipped or unshipped past it is a breach",
            v -> positive(ConfigValues.duration(v))),
        new ConfigKey(
            SHIP_CUTOFF,
            "",
            "Same-day dispatch cut-off, e.g. 16:00: paid before it, ship by 24:00 that day;"
                + " after it, by 24:00 the next day (in place of sla.ship_within; empty: none)",
            SlaConfig::cutoff),
        new ConfigKey(
            AT_RISK_WITHIN,
            "4h",
            "An unshipped order whose deadline is this close is at risk (sla at-risk --within)",
            ConfigValues::duration),
        new ConfigKey(
            HOLIDAYS,
            "",
            "Dates the ship-by clock stops on, e.g. 2026-10-01..2026-10-07,2027-01-01",
            ConfigValues::dates),
        new ConfigKey(
            SAME_DAY_CUTOFF,
            "11:00",
            "211: outbound (出库) before this time is delivered the same day",
            ConfigValues::time),
        new ConfigKey(
            SAME_DAY_DELIVER_BY,
            "23:00",
            "211: same-day delivery is due by this time",
            ConfigValues::time),
        new ConfigKey(
            NEXT_DAY_CUTOFF,
            "23:00",
            "211: outbound before this time (after the same-day cut-off) is delivered next day",
            ConfigValues::time),
        new ConfigKey(
            NEXT_DAY_DELIVER_BY,
            "14:00",
            "211: next-day delivery is due by this time",
            ConfigValues::time),
        new ConfigKey(
            DELIVER_WITHIN_DAYS,
            "",
            "Delivery promise in days after outbound (by 24:00 of the last day) of the orders of"
                + " no marketplace without an estimated delivery (empty: 211 in China, none"
                + " elsewhere)",
            SlaConfig::days),
        new ConfigKey(
            BY_CARRIER,
            "",
            "ship_within per carrier, e.g. 顺丰速运=12h,中国邮政=48h (wins over province)",
            SlaConfig::overrides),
        new ConfigKey(
            BY_PROVINCE, "", "ship_within per province, e.g. 西藏=72h,新疆=72h", SlaConfig::overrides),
        new ConfigKey(
            INFER_PAID_AT,
            "false",
            "Start the ship-by clock at an inferred paid time (status says paid, no paid time)",
            SlaConfig::flag));
  }

  /** Empty (none) or a time of day. */
  static LocalTime cutoff(String v) {
    return v.isBlank() ? null : ConfigValues.time(v);
  }

  /** Empty (none) or a whole number of days, at least 1. */
  static Integer days(String v) {
    if (v.isBlank()) {
      return null;
    }
    int d = ConfigValues.integer(v);
    if (d < 1) {
      throw new IllegalArgumentException("must be at least 1 day (\"" + v + "\")");
    }
    return d;
  }

  /** {@code true} or {@code false}. */
  static boolean flag(String v) {
    return switch (v.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "true", "yes", "on", "1" -> true;
      case "false", "no", "off", "0" -> false;
      default -> throw new IllegalArgumentException("not true or false (\"" + v + "\")");
    };
  }

  /** Whether the ship-by clock starts at a paid time inferred from an order's status. */
  public static boolean infersPaidAt(Config c) {
    return flag(c.get(INFER_PAID_AT));
  }

  @Override
  public String name() {
    return "sla";
  }

  @Override
  public List<ConfigKey> keys() {
    return KEYS;
  }

  /**
   * The rules in force for a store in {@code zone}.
   *
   * @throws IllegalArgumentException when the keys disagree with each other (ship_max shorter than
   *     ship_within, cut-offs out of order), with a message naming them
   */
  public static ShippingPolicy policy(Config c, ZoneId zone) {
    Duration within = ConfigValues.duration(c.get(SHIP_WITHIN));
    Duration max = ConfigValues.duration(c.get(SHIP_MAX));
    if (max.compareTo(within) < 0) {
      throw new IllegalArgumentException(
          SHIP_MAX
              + " ("
              + c.get(SHIP_MAX)
              + ") is shorter than "
              + SHIP_WITHIN
              + " ("
              + c.get(SHIP_WITHIN)
              + ")");
    }
    DeliveryCutoffs cutoffs;
    try {
      cutoffs =
          new DeliveryCutoffs(
              ConfigValues.time(c.get(SAME_DAY_CUTOFF)),
              ConfigValues.time(c.get(SAME_DAY_DELIVER_BY)),
              ConfigValues.time(c.get(NEXT_DAY_CUTOFF)),
              ConfigValues.time(c.get(NEXT_DAY_DELIVER_BY)));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "211 cut-offs (sla.*_cutoff, sla.*_deliver_by): " + e.getMessage());
    }
    return new ShippingPolicy(
        within,
        max,
        ConfigValues.duration(c.get(AT_RISK_WITHIN)),
        ConfigValues.dates(c.get(HOLIDAYS)),
        cutoffs,
        overrides(c.get(BY_CARRIER)),
        overrides(c.get(BY_PROVINCE)),
        zone,
        days(c.get(DELIVER_WITHIN_DAYS)),
        deliverWithinDaysByPlatform(c),
        dispatch(c));
  }

  private static DispatchRules dispatch(Config c) {
    Map<Platform, Duration> within = new EnumMap<>(Platform.class);
    Map<Platform, LocalTime> cutoffs = new EnumMap<>(Platform.class);
    for (Platform p : Platform.values()) {
      String w = c.get(shipWithinOf(p));
      if (!w.isBlank()) {
        within.put(p, ConfigValues.duration(w));
      }
      LocalTime t = cutoff(c.get(shipCutoffOf(p)));
      if (t != null) {
        cutoffs.put(p, t);
      }
    }
    return new DispatchRules(within, cutoff(c.get(SHIP_CUTOFF)), cutoffs);
  }

  private static Map<Platform, Integer> deliverWithinDaysByPlatform(Config c) {
    Map<Platform, Integer> out = new EnumMap<>(Platform.class);
    for (Platform p : Platform.values()) {
      Integer d = days(c.get(deliverWithinDaysOf(p)));
      if (d != null) {
        out.put(p, d);
      }
    }
    return out;
  }

  /** {@code name=24h,name2=48h}; empty → none. */
  static Map<String, Duration> overrides(String s) {
    Map<String, Duration> out = new LinkedHashMap<>();
    for (String part : ConfigValues.list(s)) {
      int eq = part.lastIndexOf('=');
      if (eq <= 0 || eq == part.length() - 1) {
        throw new IllegalArgumentException(
            "not name=duration (\"" + part + "\"); use e.g. 顺丰速运=12h,西藏=72h");
      }
      out.put(
          part.substring(0, eq).strip(), positive(ConfigValues.duration(part.substring(eq + 1))));
    }
    return out;
  }

  private static Duration positive(Duration d) {
    if (d.isZero() || d.isNegative()) {
      throw new IllegalArgumentException("must be more than zero");
    }
    return d;
  }
}
