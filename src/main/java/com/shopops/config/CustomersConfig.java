package com.shopops.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.shopops.domain.customers.GrowthWeights;
import com.shopops.domain.customers.LifecyclePolicy;
import com.shopops.domain.customers.RfmBinning;
import com.shopops.domain.customers.RfmPolicy;
import com.shopops.domain.customers.SegmentRule;
import com.shopops.domain.customers.SegmentTable;
import com.shopops.domain.customers.Tier;
import com.shopops.domain.customers.TierPolicy;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code customers} section: RFM binning and the segment table, member tiers and growth
 * weights, lifecycle thresholds. Each policy method builds the domain record from a {@link Config}.
 */
public final class CustomersConfig implements ConfigSection {
  public static final CustomersConfig SECTION = new CustomersConfig();

  public static final String CHURN_AFTER = "customers.churn_after";
  public static final String LAPSE_FACTOR = "customers.lapse_factor";
  public static final String LAPSE_MIN = "customers.lapse_min";
  public static final String SINGLE_LAPSE = "customers.single_purchase_lapse";
  public static final String LOYAL_ORDERS = "customers.loyal_orders";
  public static final String LOYAL_RECENT = "customers.loyal_recent_orders";
  public static final String RFM_BINNING = "customers.rfm_binning";
  public static final String MONETARY_SHIFT = "customers.rfm_monetary_shift";
  public static final String SEGMENTS = "customers.segments";
  public static final String TIERS = "customers.tiers";
  public static final String PER_YUAN = "customers.growth_per_yuan";
  public static final String PER_ORDER = "customers.growth_per_order";
  public static final String PER_REVIEW = "customers.growth_per_review";

  private CustomersConfig() {}

  @Override
  public String name() {
    return "customers";
  }

  @Override
  public List<ConfigKey> keys() {
    return List.of(
        new ConfigKey(
            CHURN_AFTER,
            "180d",
            "Lifecycle: churned after this much silence since the last paid order (whole days;"
                + " 180d: 180 days silent is not churned, 181 is)",
            CustomersConfig::days),
        new ConfigKey(
            LAPSE_FACTOR,
            "2",
            "Lifecycle: lapsing when silent longer than this × the customer's median gap",
            v -> positive(ConfigValues.decimal(v))),
        new ConfigKey(
            LAPSE_MIN, "30d", "Lifecycle: ... and longer than this", CustomersConfig::days),
        new ConfigKey(
            SINGLE_LAPSE,
            "90d",
            "Lifecycle: a customer who bought on one day only is lapsing after this",
            CustomersConfig::days),
        new ConfigKey(
            LOYAL_ORDERS,
            "4",
            "Lifecycle: loyal with this many paid orders in all ...",
            v -> atLeast(v, 2)),
        new ConfigKey(
            LOYAL_RECENT, "3", "... or this many in the last 365 days", v -> atLeast(v, 2)),
        new ConfigKey(
            RFM_BINNING,
            "quantile",
            "RFM scores: quantile (R rfm package: type-7 quantile breaks + 1, ties kept together)"
                + " or ntile (equal-count groups, ties broken by customer id)",
            CustomersConfig::binning),
        new ConfigKey(
            MONETARY_SHIFT,
            "1",
            "RFM quantile: the R package's +1 on monetary breaks, in fen (100 = R run on yuan)",
            v -> atLeast(v, 1)),
        new ConfigKey(
            SEGMENTS,
            "",
            "RFM segment table: empty = the R rfm vignette table in SPEC order; r-vignette = the"
                + " same rows in the vignette's order; else a JSON/YAML file or inline JSON list of"
                + " {\"name\",\"r\":\"4-5\",\"f\",\"m\"} rows, first match wins",
            v -> segmentTable(v)),
        new ConfigKey(
            TIERS,
            "普通:0,银牌:500,金牌:2000,白金:8000,钻石:20000",
            "Member tiers: name:growth value from which it holds, ascending, the first at 0",
            v -> tiers(v)),
        new ConfigKey(
            PER_YUAN,
            "1",
            "Growth value per yuan spent (net of refunds)",
            v -> nonNegative(ConfigValues.decimal(v))),
        new ConfigKey(
            PER_ORDER,
            "10",
            "Growth value per paid order",
            v -> nonNegative(ConfigValues.decimal(v))),
        new ConfigKey(
            PER_REVIEW,
            "5",
            "Growth value per review written",
            v -> nonNegative(ConfigValues.decimal(v))));
  }

  // ------------------------------------------------------------ policies

  public static RfmPolicy rfmPolicy(Config c) {
    return new RfmPolicy(
        binning(c.get(RFM_BINNING)),
        RfmPolicy.DEFAULT_BINS,
        ConfigValues.integer(c.get(MONETARY_SHIFT)),
        segmentTable(c.get(SEGMENTS)));
  }

  public static TierPolicy tierPolicy(Config c) {
    return new TierPolicy(
        new GrowthWeights(
            ConfigValues.decimal(c.get(PER_YUAN)),
            ConfigValues.decimal(c.get(PER_ORDER)),
            ConfigValues.decimal(c.get(PER_REVIEW))),
        tiers(c.get(TIERS)));
  }

  public static LifecyclePolicy lifecyclePolicy(Config c) {
    LifecyclePolicy d = LifecyclePolicy.defaults();
    return new LifecyclePolicy(
        days(c.get(CHURN_AFTER)),
        ConfigValues.decimal(c.get(LAPSE_FACTOR)),
        days(c.get(LAPSE_MIN)),
        days(c.get(SINGLE_LAPSE)),
        ConfigValues.integer(c.get(LOYAL_ORDERS)),
        ConfigValues.integer(c.get(LOYAL_RECENT)),
        d.loyalWindowDays());
  }

  // ------------------------------------------------------------ readers

  /** {@code quantile} or {@code ntile}. */
  public static RfmBinning binning(String v) {
    try {
      return RfmBinning.valueOf(v.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a binning (\"" + v + "\"); use quantile or ntile");
    }
  }

  /** A duration in whole days: {@code 180d}, {@code 180} (days) or {@code 4320h}. */
  static int days(String v) {
    String s = v.strip();
    Duration d =
        s.chars().allMatch(Character::isDigit) && !s.isEmpty()
            ? Duration.ofDays(Long.parseLong(s))
            : ConfigValues.duration(s);
    if (d.isNegative() || d.toSeconds() % 86_400 != 0) {
      throw new IllegalArgumentException("must be whole days (\"" + v + "\"), e.g. 180d");
    }
    return Math.toIntExact(d.toDays());
  }

  /** {@code 普通:0,银牌:500,…}. */
  static List<Tier> tiersList(String v) {
    List<Tier> out = new ArrayList<>();
    for (String part : ConfigValues.list(v)) {
      int colon = Math.max(part.lastIndexOf(':'), part.lastIndexOf('：'));
      if (colon <= 0) {
        throw new IllegalArgumentException(
            "tier \"" + part + "\" needs name:threshold, e.g. 银牌:500");
      }
      String name = part.substring(0, colon).strip();
      long threshold;
      try {
        threshold = Long.parseLong(part.substring(colon + 1).strip().replace("_", ""));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("tier " + name + ": threshold is not a whole number");
      }
      out.add(new Tier(name, threshold));
    }
    return out;
  }

  static List<Tier> tiers(String v) {
    List<Tier> list = tiersList(v);
    new TierPolicy(GrowthWeights.defaults(), list); // checks order, first at 0, unique names
    return list;
  }

  /**
   * The segment table: empty = default; {@code r-vignette}; inline JSON (starts with {@code [}
   * or {@code {}) or a JSON/YAML file: a list of rows, or {@code {"segments": [...], "other":
   * "Others"}}; each row {@code name}, optional {@code description}, {@code r}, {@code f},
   * {@code m} as {@code "4-5"}, {@code "5"} or a number.
   */
  public static SegmentTable segmentTable(String v) {
    String s = v == null ? "" : v.strip();
    if (s.isEmpty() || s.equalsIgnoreCase("default")) {
      return SegmentTable.defaults();
    }
    if (s.equalsIgnoreCase("r-vignette")) {
      return SegmentTable.rVignette();
    }
    JsonNode root;
    try {
      if (s.startsWith("[") || s.startsWith("{")) {
        root = Mappers.JSON.readTree(s);
      } else {
        Path file = Path.of(s);
        if (!Files.isRegularFile(file)) {
          throw new IllegalArgumentException("no segment table file " + s);
        }
        String lower = s.toLowerCase(Locale.ROOT);
        root =
            (lower.endsWith(".yml") || lower.endsWith(".yaml") ? Mappers.YAML : Mappers.JSON)
                .readTree(Files.readAllBytes(file));
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read the segment table: " + e.getMessage());
    }
    String other = SegmentTable.OTHERS;
    JsonNode rows = root;
    if (root.isObject()) {
      rows = root.path("segments");
      if (root.hasNonNull("other")) {
        other = root.get("other").asText();
      }
    }
    if (!rows.isArray() || rows.isEmpty()) {
      throw new IllegalArgumentException("the segment table must be a non-empty list of rows");
    }
    List<SegmentRule> rules = new ArrayList<>();
    for (JsonNode row : rows) {
      String name = row.path("name").asText("");
      int[] r = range(row, "r", name);
      int[] f = range(row, "f", name);
      int[] m = range(row, "m", name);
      rules.add(
          new SegmentRule(
              name, row.path("description").asText(""), r[0], r[1], f[0], f[1], m[0], m[1]));
    }
    return new SegmentTable(rules, other);
  }

  private static int[] range(JsonNode row, String dim, String name) {
    JsonNode n = row.get(dim);
    if (n == null || n.isNull()) {
      return new int[] {1, RfmPolicy.DEFAULT_BINS};
    }
    String t = n.asText().strip().replace('–', '-');
    try {
      int dash = t.indexOf('-');
      if (dash < 0) {
        int v = Integer.parseInt(t);
        return new int[] {v, v};
      }
      return new int[] {
        Integer.parseInt(t.substring(0, dash).strip()),
        Integer.parseInt(t.substring(dash + 1).strip())
      };
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "segment " + name + ": " + dim + " must be a score or a range like 4-5, got " + t);
    }
  }

  private static void positive(BigDecimal d) {
    if (d.signum() <= 0) {
      throw new IllegalArgumentException("must be positive");
    }
  }

  private static void nonNegative(BigDecimal d) {
    if (d.signum() < 0) {
      throw new IllegalArgumentException("must not be negative");
    }
  }

  private static void atLeast(String v, int min) {
    if (ConfigValues.integer(v) < min) {
      throw new IllegalArgumentException("must be at least " + min);
    }
  }
}
