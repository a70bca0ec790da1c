package com.shopops.cli;

import com.shopops.app.ExitCodes;

import com.shopops.app.UserException;

import com.shopops.domain.customers.Regions;
import com.shopops.domain.customers.CustomerSpend;
import com.shopops.domain.customers.Lifecycle;
import com.shopops.domain.customers.LifecycleStage;
import com.shopops.domain.customers.LifecycleStanding;
import com.shopops.domain.customers.MemberTiers;
import com.shopops.domain.customers.PyramidLayerSummary;
import com.shopops.domain.customers.PyramidMember;
import com.shopops.domain.customers.PyramidPolicy;
import com.shopops.domain.customers.PyramidResult;
import com.shopops.domain.customers.RfmInput;
import com.shopops.domain.customers.RfmPolicy;
import com.shopops.domain.customers.RfmResult;
import com.shopops.domain.customers.RfmScore;
import com.shopops.domain.customers.RfmScorer;
import com.shopops.domain.customers.ScoreBin;
import com.shopops.domain.customers.SegmentSummary;
import com.shopops.domain.customers.SegmentSummaryRow;
import com.shopops.domain.customers.Tier;
import com.shopops.domain.customers.TierInput;
import com.shopops.domain.customers.TierPolicy;
import com.shopops.domain.customers.TierStanding;
import com.shopops.domain.customers.ValuePyramid;
import com.shopops.config.Config;
import com.shopops.config.CustomersConfig;
import com.shopops.render.Column;
import com.shopops.render.Table;
import com.shopops.store.CustomerFigures;
import com.shopops.store.CustomerFigures.Buyer;
import com.shopops.store.Store;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "segment",
    description = {
      "Customers scored and grouped as of --now: RFM segments (default), member tiers,",
      "lifecycle stages or the value pyramid. Buyers are customers with a paid, not cancelled",
      "order; money is net of refunds when the store has returns.",
      "rfm: customer_id, recency_days, orders, monetary, r, f, m, segment.",
      "tier: growth value (成长值), tier, next tier and the growth still needed.",
      "lifecycle: stage, orders, last order, days silent, median gap (prospects included).",
      "pyramid: layer (top 1% / next 4% / next 15% / rest by spend), spend, rank."
    },
    sortOptions = false,
    footerHeading = "%nExamples:%n",
    footer = {
      "  shopops customers segment --now '2026-11-20 10:00'",
      "  shopops customers segment --summary --format table",
      "  shopops customers segment --segment 'At Risk' --region 华东",
      "  shopops customers segment --method tier --segment 金牌",
      "  shopops customers segment --method lifecycle --segment lapsing",
      "  shopops customers segment --method pyramid --summary --window 365"
    })
final class CustomersSegmentCommand extends BaseCommand {
  @Option(names = "--method", paramLabel = "METHOD", defaultValue = "rfm",
      description = "rfm (default), tier, lifecycle or pyramid.")
  String method;

  @Option(names = "--window", paramLabel = "DAYS|all", defaultValue = "all",
      description = "rfm and pyramid: only orders paid in the last DAYS days (the as-of day and"
          + " the DAYS-1 before it); default all history.")
  String window;

  @Option(names = "--binning", paramLabel = "MODE",
      description = "rfm: quantile (R rfm package, ties kept together) or ntile (equal-count,"
          + " ties broken by customer id). Default: config customers.rfm_binning (quantile).")
  String binning;

  @Option(names = "--summary",
      description = "One row per segment (tier, stage, layer) instead of one per customer; rfm"
          + " also prints the value range of every score on stderr.")
  boolean summary;

  @Option(names = "--region", paramLabel = "REGION",
      description = "Only customers of this region (华东, 华南, 华北, 华中, 西南, 西北, 东北, 港澳台);"
          + " scores are still computed over all customers.")
  String region;

  @Option(names = "--segment", paramLabel = "NAME",
      description = "Only this segment, tier, stage or layer (case-insensitive).")
  String segment;

  @Mixin OutputOptions output;

  @Override
  public Integer call() throws SQLException {
    if (region != null && !Regions.NAMES.contains(region)) {
      throw new UserException(ExitCodes.USAGE, "--region: unknown region \"" + region + "\"",
          "use one of " + String.join(", ", Regions.NAMES));
    }
    try (Store store = openStore()) {
      ZoneId zone = store.zone();
      Instant asOf = asOf(zone);
      Config config = ConfigCommand.load(store);
      CustomerFigures figures = new CustomerFigures(store);
      Table table = switch (method.toLowerCase(Locale.ROOT)) {
        case "rfm" -> rfm(figures, config, asOf, zone);
        case "tier", "tiers" -> tiers(figures, config, asOf);
        case "lifecycle" -> lifecycle(figures, config, asOf, zone);
        case "pyramid" -> pyramid(figures, asOf, zone);
        default -> throw new UserException(ExitCodes.USAGE,
            "--method: unknown method \"" + method + "\"", "use rfm, tier, lifecycle or pyramid");
      };
      render(table, output, zone);
    }
    return ExitCodes.OK;
  }

  // ------------------------------------------------------------ rfm

  private Table rfm(CustomerFigures figures, Config config, Instant asOf, ZoneId zone)
      throws SQLException {
    RfmPolicy policy = CustomersConfig.rfmPolicy(config);
    if (binning != null) {
      try {
        policy = policy.withBinning(CustomersConfig.binning(binning));
      } catch (IllegalArgumentException e) {
        throw new UserException(ExitCodes.USAGE, "--binning: " + e.getMessage(), null);
      }
    }
    List<Buyer> buyers = figures.buyers(asOf, since(asOf, zone));
    Map<String, String> regions = new LinkedHashMap<>();
    List<RfmInput> inputs = new ArrayList<>(buyers.size());
    for (Buyer b : buyers) {
      regions.put(b.customerId(), b.region());
      inputs.add(new RfmInput(b.customerId(), RfmInput.recencyDays(b.lastPaidAt(), asOf, zone),
          b.orders(), b.monetary()));
    }
    RfmResult result = RfmScorer.score(inputs, policy);
    String wanted = pick(policy.segments().names(), "segment");
    List<RfmScore> shown = new ArrayList<>();
    for (RfmScore s : result.scores()) {
      if (keep(regions.get(s.customerId()), s.segment(), wanted)) {
        shown.add(s);
      }
    }
    Table t;
    if (summary) {
      t = new Table(Column.text("segment"), Column.integer("customers"), Column.rate("share"),
          Column.integer("orders"), Column.money("revenue"), Column.rate("revenue_share"),
          Column.money("average_order_value"), Column.decimal("avg_r"), Column.decimal("avg_f"),
          Column.decimal("avg_m"));
      for (SegmentSummaryRow r : SegmentSummary.summarize(shown, policy.segments())) {
        t.addRow(r.segment(), r.customers(), r.share(), r.orders(), r.revenue(),
            r.revenueShare(), r.averageOrderValue(), r.averageR(), r.averageF(), r.averageM());
      }
      thresholds(result, policy);
    } else {
      t = new Table(Column.text("customer_id"), Column.integer("recency_days"),
          Column.integer("orders"), Column.money("monetary"), Column.integer("r"),
          Column.integer("f"), Column.integer("m"), Column.text("segment"));
      for (RfmScore s : shown) {
        t.addRow(s.customerId(), s.recencyDays(), s.orders(), s.monetary(), s.r(), s.f(), s.m(),
            s.segment());
      }
    }
    List<String> unreachable = policy.segments().unreachable(policy.bins());
    if (!unreachable.isEmpty()) {
      t.addNote("the segment table in force never reaches " + String.join(", ", unreachable)
          + " (earlier rows take all its scores; first match wins). Reorder it with"
          + " `shopops config set customers.segments ...`");
    }
    if (buyers.isEmpty()) {
      t.addNote("no paid orders up to " + asOf + "; nothing to score");
    }
    return t;
  }

  /** The range of every score, on stderr: what --summary adds for RFM. */
  private void thresholds(RfmResult result, RfmPolicy policy) {
    boolean ntile = result.thresholds().binning() == com.shopops.domain.customers.RfmBinning.NTILE;
    info("thresholds (" + result.thresholds().binning().name().toLowerCase(Locale.ROOT)
        + (ntile ? ": smallest and largest value in each score)"
            : ": lower <= value < upper; an empty range is a skipped score)"));
    info(line("R recency_days", result.thresholds().recency(), ntile, false));
    info(line("F orders", result.thresholds().frequency(), ntile, false));
    info(line("M monetary", result.thresholds().monetary(), ntile, true));
  }

  private static String line(String name, List<ScoreBin> bins, boolean ntile, boolean money) {
    StringBuilder sb = new StringBuilder("  ").append(name).append(':');
    for (int i = bins.size() - 1; i >= 0; i--) {
      ScoreBin b = bins.get(i);
      sb.append("  ").append(b.score()).append(' ');
      if (b.lower() == null) {
        sb.append("(none)");
      } else if (ntile) {
        sb.append('[').append(num(b.lower(), money)).append(", ").append(num(b.upper(), money))
            .append(']');
      } else {
        sb.append('[').append(num(b.lower(), money)).append(", ").append(num(b.upper(), money))
            .append(')');
      }
      sb.append(" n=").append(b.customers());
    }
    return sb.toString();
  }

  /** Money bounds are in fen: shown in yuan, exact. */
  private static String num(BigDecimal v, boolean money) {
    if (!money) {
      return v.toPlainString();
    }
    BigDecimal y = v.movePointLeft(2);
    return y.setScale(Math.max(2, y.stripTrailingZeros().scale()), RoundingMode.UNNECESSARY)
        .toPlainString();
  }

  // ------------------------------------------------------------ tiers

  private Table tiers(CustomerFigures figures, Config config, Instant asOf) throws SQLException {
    TierPolicy policy = CustomersConfig.tierPolicy(config);
    Map<String, Integer> reviews = figures.reviewsPerCustomer(asOf);
    Map<String, Buyer> buyers = new LinkedHashMap<>();
    for (Buyer b : figures.buyers(asOf, null)) {
      buyers.put(b.customerId(), b);
    }
    List<TierInput> inputs = new ArrayList<>();
    for (String id : figures.customerIds(buyers.keySet())) {
      Buyer b = buyers.get(id);
      inputs.add(new TierInput(id, b == null ? 0 : b.monetary(), b == null ? 0 : b.orders(),
          reviews.getOrDefault(id, 0)));
    }
    Map<String, String> regions = region == null ? Map.of() : figures.regions();
    String wanted = pick(policy.tiers().stream().map(Tier::name).toList(), "tier");
    List<TierStanding> standings = MemberTiers.assign(inputs, policy);
    if (summary) {
      Table t = new Table(Column.text("tier"), Column.integer("from_growth"),
          Column.integer("customers"), Column.rate("share"));
      Map<String, Integer> counts = new LinkedHashMap<>();
      policy.tiers().forEach(tr -> counts.put(tr.name(), 0));
      int total = 0;
      for (TierStanding s : standings) {
        if (keep(regions.get(s.customerId()), s.tier(), wanted)) {
          counts.merge(s.tier(), 1, Integer::sum);
          total++;
        }
      }
      for (Tier tr : policy.tiers()) {
        if (wanted == null || wanted.equals(tr.name())) {
          int n = counts.get(tr.name());
          t.addRow(tr.name(), tr.threshold(), n, share(n, total));
        }
      }
      return t;
    }
    Table t = new Table(Column.text("customer_id"), Column.money("spend"),
        Column.integer("orders"), Column.integer("reviews"), Column.integer("growth"),
        Column.text("tier"), Column.text("next_tier"), Column.integer("growth_to_next"));
    for (int i = 0; i < standings.size(); i++) {
      TierStanding s = standings.get(i);
      TierInput in = inputs.get(i);
      if (keep(regions.get(s.customerId()), s.tier(), wanted)) {
        t.addRow(s.customerId(), in.spend(), in.orders(), in.reviews(), s.growth(), s.tier(),
            s.nextTier(), s.nextTier() == null ? null : s.growthToNext());
      }
    }
    return t;
  }

  // ------------------------------------------------------------ lifecycle

  private Table lifecycle(CustomerFigures figures, Config config, Instant asOf, ZoneId zone)
      throws SQLException {
    var policy = CustomersConfig.lifecyclePolicy(config);
    List<LifecycleStanding> standings =
        Lifecycle.classifyAll(figures.purchases(asOf, true), policy, asOf, zone);
    Map<String, String> regions = region == null ? Map.of() : figures.regions();
    List<String> labels = new ArrayList<>();
    for (LifecycleStage st : LifecycleStage.values()) {
      labels.add(st.label());
    }
    String wanted = pick(labels, "stage");
    if (summary) {
      Table t = new Table(Column.text("stage"), Column.integer("customers"), Column.rate("share"));
      Map<String, Integer> counts = new LinkedHashMap<>();
      labels.forEach(l -> counts.put(l, 0));
      int total = 0;
      for (LifecycleStanding s : standings) {
        if (keep(regions.get(s.customerId()), s.stage().label(), wanted)) {
          counts.merge(s.stage().label(), 1, Integer::sum);
          total++;
        }
      }
      for (String l : labels) {
        if (wanted == null || wanted.equals(l)) {
          t.addRow(l, counts.get(l), share(counts.get(l), total));
        }
      }
      return t;
    }
    Table t = new Table(Column.text("customer_id"), Column.text("stage"),
        Column.integer("orders"), Column.date("last_order"), Column.integer("days_silent"),
        Column.decimal("median_gap_days"), Column.decimal("lapsing_after_days"));
    for (LifecycleStanding s : standings) {
      if (keep(regions.get(s.customerId()), s.stage().label(), wanted)) {
        t.addRow(s.customerId(), s.stage().label(), s.orders(), s.lastPurchaseDay(),
            s.daysSilent(), s.medianGapDays(), s.lapseAfterDays());
      }
    }
    t.addNote("lifecycle: churned after " + policy.churnAfterDays() + " days silent; lapsing"
        + " after " + policy.lapseFactor().toPlainString() + "× the median gap (at least "
        + policy.lapseMinDays() + " days; " + policy.singleDayLapseDays()
        + " for one-day buyers)");
    return t;
  }

  // ------------------------------------------------------------ pyramid

  private Table pyramid(CustomerFigures figures, Instant asOf, ZoneId zone) throws SQLException {
    PyramidPolicy policy = PyramidPolicy.defaults();
    Map<String, String> regions = new LinkedHashMap<>();
    List<CustomerSpend> spend = new ArrayList<>();
    for (Buyer b : figures.buyers(asOf, since(asOf, zone))) {
      regions.put(b.customerId(), b.region());
      spend.add(new CustomerSpend(b.customerId(), b.monetary()));
    }
    PyramidResult result = ValuePyramid.build(spend, policy);
    List<String> names = new ArrayList<>();
    policy.layers().forEach(l -> names.add(l.name()));
    names.add(policy.restName());
    String wanted = pick(names, "layer");
    if (summary) {
      Table t = new Table(Column.text("layer"), Column.integer("customers"),
          Column.money("spend"), Column.rate("spend_share"), Column.money("min_spend"),
          Column.money("max_spend"));
      for (PyramidLayerSummary l : result.layers()) {
        if (wanted == null || wanted.equals(l.layer())) {
          t.addRow(l.layer(), l.customers(), l.spend(), l.spendShare(), l.minSpend(),
              l.maxSpend());
        }
      }
      if (region != null) {
        t.addNote("--region does not apply to the pyramid summary (layers are shop-wide)");
      }
      return t;
    }
    Table t = new Table(Column.text("customer_id"), Column.text("layer"), Column.money("spend"),
        Column.integer("rank"));
    for (PyramidMember m : result.members()) {
      if (keep(regions.get(m.customerId()), m.layer(), wanted)) {
        t.addRow(m.customerId(), m.layer(), m.spend(), m.rank());
      }
    }
    return t;
  }

  // ------------------------------------------------------------ shared

  /** --window: the first instant counted, or null for all history. */
  private Instant since(Instant asOf, ZoneId zone) {
    String w = window.strip().toLowerCase(Locale.ROOT);
    if (w.equals("all")) {
      return null;
    }
    if (w.endsWith("d")) {
      w = w.substring(0, w.length() - 1);
    }
    int days;
    try {
      days = Integer.parseInt(w);
    } catch (NumberFormatException e) {
      days = 0;
    }
    if (days < 1) {
      throw new UserException(ExitCodes.USAGE, "--window: \"" + window + "\" is not a number of"
          + " days", "use e.g. --window 365, or --window all");
    }
    return asOf.atZone(zone).toLocalDate().minusDays(days - 1L).atStartOfDay(zone).toInstant();
  }

  /** --segment resolved to the spelling of one of {@code names}; null when not given. */
  private String pick(List<String> names, String what) {
    if (segment == null) {
      return null;
    }
    Function<String, String> key = s -> s.toLowerCase(Locale.ROOT).replace('_', ' ').strip();
    for (String n : names) {
      if (key.apply(n).equals(key.apply(segment))) {
        return n;
      }
    }
    throw new UserException(ExitCodes.USAGE, "--segment: no " + what + " \"" + segment + "\"",
        "use one of " + String.join(", ", names));
  }

  private boolean keep(String customerRegion, String name, String wanted) {
    return (region == null || region.equals(customerRegion))
        && (wanted == null || wanted.equals(name));
  }

  private static BigDecimal share(int n, int total) {
    return total == 0
        ? BigDecimal.ZERO.setScale(4)
        : BigDecimal.valueOf(n).divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_UP);
  }
}
