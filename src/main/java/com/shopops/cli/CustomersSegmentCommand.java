package com.shopops.cli;

import com.shopops.app.ExitCodes;
import com.shopops.app.Rules;
import com.shopops.app.UserException;
import com.shopops.app.customers.CustomerService;
import com.shopops.app.customers.SegmentMethod;
import com.shopops.app.customers.SegmentQuery;
import com.shopops.app.customers.Segmentation;
import com.shopops.domain.customers.Regions;
import com.shopops.domain.customers.RfmBinning;
import com.shopops.render.Table;
import com.shopops.store.Store;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

@Command(
    name = "segment",
    header = "Customers scored and grouped: RFM, tiers, lifecycle or value pyramid.",
    description = {
      "Customers scored and grouped as of --now: RFM segments (default), member tiers, "
          + "lifecycle stages or the value pyramid. Buyers are customers with a paid, not cancelled "
          + "order; money is net of refunds when the store has returns.",
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
  @Option(
      names = "--method",
      paramLabel = "METHOD",
      defaultValue = "rfm",
      description = "rfm (default), tier, lifecycle or pyramid.")
  SegmentMethod method;

  @Option(
      names = "--window",
      paramLabel = "DAYS|all",
      defaultValue = "all",
      converter = WindowConverter.class,
      description =
          "rfm and pyramid: only orders paid in the last DAYS days (the as-of day and"
              + " the DAYS-1 before it); default all history.")
  Integer windowDays;

  @Option(
      names = "--binning",
      paramLabel = "MODE",
      description =
          "rfm: quantile (R rfm package, ties kept together) or ntile (equal-count,"
              + " ties broken by customer id). Default: config customers.rfm_binning (quantile).")
  RfmBinning binning;

  @Option(
      names = "--summary",
      description =
          "One row per segment (tier, stage, layer) instead of one per customer; rfm"
              + " also prints the value range of every score on stderr.")
  boolean summary;

  @Option(
      names = "--region",
      paramLabel = "REGION",
      completionCandidates = CustomersRegionNames.class,
      description =
          "Only customers of this region (华东, 华南, 华北, 华中, 西南, 西北, 东北, 港澳台);"
              + " scores are still computed over all customers.")
  String region;

  @Option(
      names = "--segment",
      paramLabel = "NAME",
      completionCandidates = SegmentNames.class,
      description = "Only this segment, tier, stage or layer (case-insensitive).")
  String segment;

  @Mixin OutputOptions output;

  @Override
  public Integer call() throws SQLException {
    if (region != null && !Regions.NAMES.contains(region)) {
      throw new UserException(
          ExitCodes.USAGE,
          "--region: unknown region \"" + region + "\"",
          "use one of " + String.join(", ", Regions.NAMES));
    }
    try (Store store = openStore()) {
      ZoneId zone = store.zone();
      if (method == SegmentMethod.TIER && segment != null) { // either language (tryout17 U5)
        segment =
            TierNames.code(
                "--segment",
                segment,
                Rules.of(store).tiers().tiers().stream()
                    .map(com.shopops.domain.customers.Tier::name)
                    .toList(),
                messages());
      }
      SegmentQuery query =
          new SegmentQuery(method, asOf(zone), windowDays, binning, region, segment, summary);
      CustomerService customers = new CustomerService(store, Rules.of(store));
      Segmentation result = customers.segment(query);
      Table table =
          result instanceof Segmentation.Rfm r
              ? CustomersSegmentTables.rfm(r, query.asOf(), summary, messages(), this::info)
              : result instanceof Segmentation.Tiers t
                  ? CustomersSegmentTables.tiers(t, summary)
                  : result instanceof Segmentation.Lifecycle l
                      ? CustomersSegmentTables.lifecycle(l, summary)
                      : CustomersSegmentTables.pyramid((Segmentation.Pyramid) result, summary);
      (method == SegmentMethod.TIER
              ? customers.tierNotes(query.asOf())
              : customers.moneyNotes(query.asOf(), "amounts ranked"))
          .forEach(table::addNote);
      if (method == SegmentMethod.RFM) {
        customers.otherCurrencyOnlyNotes(query.asOf()).forEach(table::addNote);
        customers.historyNotes(query.asOf()).forEach(table::addNote);
      }
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
        throw new TypeConversionException(
            "\""
                + window
                + "\" is not a number of days; use e.g."
                + " --window 365, or --window all");
      }
      return days;
    }
  }
}
