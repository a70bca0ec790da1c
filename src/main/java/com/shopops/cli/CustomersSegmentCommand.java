package com.shopops.cli;

import com.shopops.app.ExitCodes;
import com.shopops.app.Rules;
import com.shopops.app.UserException;
import com.shopops.app.customers.CustomerService;
import com.shopops.app.customers.SegmentMethod;
import com.shopops.app.customers.SegmentQuery;
import com.shopops.app.customers.Segmentation;
import com.shopops.domain.customers.LifecyclePolicy;
import com.shopops.domain.customers.LifecycleStanding;
import com.shopops.domain.customers.PyramidLayerSummary;
import com.shopops.domain.customers.Regions;
import com.shopops.domain.customers.RfmBinning;
import com.shopops.domain.customers.RfmScore;
import com.shopops.domain.customers.SegmentSummaryRow;
import com.shopops.domain.customers.TierStanding;
import com.shopops.render.Column;
import com.shopops.render.Table;
import com.shopops.store.Store;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

@Command(
    name = "segment",
    description = {
      "Customers scored and grouped as of --now: RFM segments (default), member tiers,",
      "lifecycle stages or the value pyramid. Buyers are customers with a paid, not cancelled",
      "order; money is net of refunds when the store has returns.",
      "rfm: customer_id, recency_days, orders, monetary, r, f, m, segment.",
      "tier: growth value (成长值), tier, next tier and the growth still needed.",
      "lifecycle: stage, orders, last order, days silent, median gap (prospects included).",
      "pyramid: layer (top 1%% / next 4%% / next 15%% / rest by spend), spend, rank."
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
  SegmentMethod method;

  @Option(names = "--window", paramLabel = "DAYS|all", defaultValue = "all",
      converter = WindowConverter.class, description = "rfm and pyramid: only orders paid in the last DAYS days (the as-of day and"
          + " the DAYS-1 before it); default all history.")
  Integer windowDays;

  @Option(names = "--binning", paramLabel = "MODE",
      description = "rfm: quantile (R rfm package, ties kept together) or ntile (equal-count,"
          + " ties broken by customer id). Default: config customers.rfm_binning (quantile).")
  RfmBinning binning;

  @Option(names = "--summary",
      description = "One row per segment (tier, stage, layer) instead of one per customer; rfm"
          + " also prints the value range of every score on stderr.")
  boolean summary;

  @Option(names = "--region", paramLabel = "REGION",
      completionCandidates = CustomersRegionNames.class,
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
      SegmentQuery query =
          new SegmentQuery(method, asOf(zone), windowDays, binning, region, segment, summary);
      Segmentation result = new CustomerService(store, Rules.of(store)).segment(query);
      Table table = result instanceof Segmentation.Rfm r ? rfm(r, query.asOf())
          : result instanceof Segmentation.Tiers t ? tiers(t)
          : result instanceof Segmentation.Lifecycle l ? lifecycle(l)
          : pyramid((Segmentation.Pyramid) result);
      render(table, output, zone);
    }
    return ExitCodes.OK;
  }

  /** --window: a number of days (365, 365d), or all (null). */
  static final class WindowConverter implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String window) {
      String w = window.strip().toLowerCase(Locale.ROOT);
      if (w.equals("all")) {
        return null;
      }
      w = w.endsWith("d") ? w.substring(0, w.length() - 1) : w;
      int days;
      try {
        days = Integer.parseInt(w);
      } catch (NumberFormatException e) {
        days = 0;
      }
      if (days < 1) {
        throw new TypeConversionException("\"" + window + "\" is not a number of days; use e.g."
            + " --window 365, or --window all");
      }
      return days;
    }
  }

  private Table rfm(Segmentation.Rfm r, Instant asOf) {
    Table t;
    if (summary) {
      t = new Table(Column.text("segment"), Column.integer("customers"), Column.rate("share"),
          Column.integer("orders"), Column.money("revenue"), Column.rate("revenue_share"),
          Column.money("average_order_value"), Column.decimal("avg_r"), Column.decimal("avg_f"),
          Column.decimal("avg_m"))
          .defaultColumns("segment", "customers", "share", "orders", "revenue", "revenue_share");
      for (SegmentSummaryRow s : r.summary()) {
        t.addRow(s.segment(), s.customers(), s.share(), s.orders(), s.revenue(),
            s.revenueShare(), s.averageOrderValue(), s.averageR(), s.averageF(), s.averageM());
      }
      CustomersSegmentThresholds.lines(r.thresholds()).forEach(this::info);
    } else {
      t = new Table(Column.text("customer_id"), Column.integer("recency_days"),
          Column.integer("orders"), Column.money("monetary"), Column.integer("r"),
          Column.integer("f"), Column.integer("m"), Column.text("segment"));
      for (RfmScore s : r.scores()) {
        t.addRow(s.customerId(), s.recencyDays(), s.orders(), s.monetary(), s.r(), s.f(), s.m(),
            s.segment());
      }
    }
    if (!r.unreachable().isEmpty()) {
      t.addNote("the segment table in force never reaches " + String.join(", ", r.unreachable())
          + " (earlier rows take all its scores; first match wins). Reorder it with"
          + " `shopops config set customers.segments ...`");
    }
    if (r.noBuyers()) {
      t.addNote("no paid orders up to " + asOf + "; nothing to score");
    }
    return t;
  }

  private Table tiers(Segmentation.Tiers r) {
    if (summary) {
      Table t = new Table(Column.text("tier"), Column.integer("from_growth"),
          Column.integer("customers"), Column.rate("share"));
      r.summary().forEach(c -> t.addRow(c.name(), c.from(), c.customers(), c.share()));
      return t;
    }
    Table t = new Table(Column.text("customer_id"), Column.money("spend"),
        Column.integer("orders"), Column.integer("reviews"), Column.integer("growth"),
        Column.text("tier"), Column.text("next_tier"), Column.integer("growth_to_next"));
    for (Segmentation.TierRow row : r.rows()) {
      TierStanding s = row.standing();
      t.addRow(s.customerId(), row.spend(), row.orders(), row.reviews(), s.growth(), s.tier(),
          s.nextTier(), s.nextTier() == null ? null : s.growthToNext());
    }
    return t;
  }

  private Table lifecycle(Segmentation.Lifecycle r) {
    if (summary) {
      Table t = new Table(Column.text("stage"), Column.integer("customers"), Column.rate("share"));
      r.summary().forEach(c -> t.addRow(c.name(), c.customers(), c.share()));
      return t;
    }
    Table t = new Table(Column.text("customer_id"), Column.text("stage"),
        Column.integer("orders"), Column.date("last_order"), Column.integer("days_silent"),
        Column.decimal("median_gap_days"), Column.decimal("lapsing_after_days"));
    for (LifecycleStanding s : r.rows()) {
      t.addRow(s.customerId(), s.stage().label(), s.orders(), s.lastPurchaseDay(),
          s.daysSilent(), s.medianGapDays(), s.lapseAfterDays());
    }
    LifecyclePolicy policy = r.policy();
    t.addNote("lifecycle: churned after " + policy.churnAfterDays() + " days silent; lapsing"
        + " after " + policy.lapseFactor().toPlainString() + "× the median gap (at least "
        + policy.lapseMinDays() + " days; " + policy.singleDayLapseDays()
        + " for one-day buyers)");
    return t;
  }

  private Table pyramid(Segmentation.Pyramid r) {
    if (summary) {
      Table t = new Table(Column.text("layer"), Column.integer("customers"),
          Column.money("spend"), Column.rate("spend_share"), Column.money("min_spend"),
          Column.money("max_spend"));
      for (PyramidLayerSummary l : r.summary()) {
        t.addRow(l.layer(), l.customers(), l.spend(), l.spendShare(), l.minSpend(),
            l.maxSpend());
      }
      if (r.regionIgnored()) {
        t.addNote("--region does not apply to the pyramid summary (layers are shop-wide)");
      }
      return t;
    }
    Table t = new Table(Column.text("customer_id"), Column.text("layer"), Column.money("spend"),
        Column.integer("rank"));
    r.members().forEach(m -> t.addRow(m.customerId(), m.layer(), m.spend(), m.rank()));
    return t;
  }
}
