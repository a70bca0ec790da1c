package com.shopops.cli;

import com.shopops.app.ExitCodes;
import com.shopops.app.UserException;
import com.shopops.app.lists.PromotionList;
import com.shopops.app.lists.PromotionQuery;
import com.shopops.config.ConfigValues;
import com.shopops.domain.customers.LifecycleStage;
import com.shopops.domain.customers.Regions;
import com.shopops.domain.customers.SegmentTable;
import com.shopops.domain.customers.Tier;
import com.shopops.domain.customers.TierPolicy;
import com.shopops.domain.lists.Candidate;
import com.shopops.domain.lists.Keys;
import com.shopops.domain.lists.ListKind;
import com.shopops.domain.lists.PromotionRow;
import com.shopops.parse.Amounts;
import com.shopops.parse.ValueException;
import com.shopops.render.Column;
import com.shopops.render.Table;
import com.shopops.store.Store;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

@Command(
    name = "promotion",
    description = {
      "Who gets today's promotion, most valuable (highest spend) first, with why and which "
          + "offer.",
      "No filter: every customer who may be contacted. Filters combine (AND); a filter given "
          + "twice or with commas takes alternatives (OR). Always left out: no marketing consent "
          + "(unknown counts as no), an open return or complaint, contacted within the cool-down.",
      "Columns: customer_id, name, phone (masked unless --unmasked), email, region, segment, "
          + "tier, reason, offer, offer_code. The summary on stderr counts who was left out and "
          + "why."
    },
    sortOptions = false,
    footerHeading = "%nExamples:%n",
    footer = {
      "  shopops export promotion --segment Champions --segment 'Loyal Customers' --limit 500",
      "  shopops export promotion --tier 金牌,白金 --region 华东 --out promo.csv --excel",
      "  shopops export promotion --bought TEA-LJ-250 --since 2026-01-01 --dry-run",
      "  shopops export promotion --min-spend 1000 --cooldown 30d --unmasked --raw | send-sms"
    })
final class ExportPromotionCommand extends BaseCommand {
  @Option(
      names = "--segment",
      paramLabel = "NAME",
      split = ",",
      completionCandidates = Segments.class,
      description = "RFM segment (Champions, At Risk…; case and punctuation ignored).")
  List<String> segments = new ArrayList<>();

  private static final List<String> SEGMENTS = SegmentTable.defaults().names();

  @Option(
      names = "--tier",
      paramLabel = "NAME",
      split = ",",
      completionCandidates = Tiers.class,
      description = "Member tier (普通, 银牌, 金牌, 白金, 钻石, Regular…Diamond, or the configured names).")
  List<String> tiers = new ArrayList<>();

  @Option(
      names = "--lifecycle",
      paramLabel = "STAGE",
      split = ",",
      converter = Stage.class,
      completionCandidates = Stage.class,
      description = "Lifecycle stage: prospect, first purchase, repeat, loyal, lapsing, churned.")
  List<LifecycleStage> lifecycles = new ArrayList<>();

  @Option(
      names = "--region",
      paramLabel = "NAME",
      split = ",",
      completionCandidates = RegionNames.class,
      description = "Region (华东…) or province (浙江…).")
  List<String> regions = new ArrayList<>();

  @Option(
      names = "--bought",
      paramLabel = "SKU|CATEGORY",
      split = ",",
      description = "Bought this SKU, or this category (when products are imported).")
  List<String> bought = new ArrayList<>();

  @Option(
      names = "--min-spend",
      paramLabel = "AMOUNT",
      description = "Spent at least this much in all (net of refunds), e.g. 1000 or ¥1,000.")
  String minSpend;

  @Option(names = "--since", paramLabel = "DATE", description = "Last order on or after this day.")
  LocalDate since;

  @Option(
      names = "--cooldown",
      paramLabel = "DAYS",
      converter = WholeDays.class,
      description =
          "Leave out customers contacted within this many calendar days, e.g. 14d;"
              + " 0 turns it off (default: config lists.cooldown, 14d).")
  Integer cooldownDays;

  @Mixin ExportListOptions list;

  @Mixin OutputOptions output;

  @Override
  public Integer call() throws SQLException {
    ExportListOptions.check(output);
    Long spend = spend();
    try (Store store = openStore()) {
      ZoneId zone = store.zone();
      ZonedDateTime asOf = asOf(zone).atZone(zone);
      String lang = list.lang(this);
      List<String> tierCodes = TierNames.codes("--tier", tiers, store, messages()); // U5
      list.write(
          this,
          store,
          ListKind.PROMOTION,
          output,
          lists -> {
            PromotionList p =
                lists.promotion(
                    new PromotionQuery(
                        asOf,
                        new LinkedHashSet<>(ZhCodes.codes("segment", segments, SEGMENTS)),
                        new LinkedHashSet<>(tierCodes),
                        new LinkedHashSet<>(lifecycles),
                        new LinkedHashSet<>(regions),
                        new LinkedHashSet<>(bought),
                        spend,
                        since,
                        cooldownDays,
                        output.limit));
            Table t =
                new Table(
                        Column.text("customer_id"),
                        Column.text("name"),
                        Column.text("phone"),
                        Column.text("email"),
                        Column.text("region"),
                        Column.text("segment"),
                        Column.text("tier"),
                        Column.text("reason"),
                        Column.text("offer"),
                        Column.text("offer_code"))
                    .defaultColumns("customer_id", "name", "phone", "segment", "offer_code");
            for (PromotionRow r : p.selection().rows()) {
              Candidate c = r.customer();
              t.addRow(
                  c.customerId(),
                  c.name(),
                  list.phone(c.phone()),
                  c.email(),
                  c.region(),
                  c.segment(),
                  c.tier(),
                  ListReasons.text(r.reason(), c, lang),
                  r.offer().text().in(lang),
                  r.offer().code());
            }
            p.notes().forEach(t::addNote);
            boolean zh = lang.equals("zh");
            String summary =
                p.selection().summary(lang)
                    + (zh ? "；冷却期 " : "; cool-down ")
                    + p.cooldownDays()
                    + (zh ? " 天" : " days");
            return new ExportListOptions.Listed(t, p.selection().rows(), summary);
          });
    }
    return ExitCodes.OK;
  }

  private Long spend() {
    try {
      return minSpend == null ? null : Amounts.amount(minSpend);
    } catch (ValueException e) {
      throw new UserException(
          ExitCodes.USAGE,
          "--min-spend: " + e.getMessage(),
          "use an amount in yuan, e.g. 1000 or 1,000.00");
    }
  }

  /** The default segment names (a store may configure others). */
  static final class Segments extends ArrayList<String> {
    Segments() {
      super(SegmentTable.defaults().names());
    }
  }

  /** The default tier names (a store may configure others). */
  static final class Tiers extends ArrayList<String> {
    Tiers() {
      super(TierPolicy.defaults().tiers().stream().map(Tier::name).toList());
    }
  }

  static final class RegionNames extends ArrayList<String> {
    RegionNames() {
      super(Regions.NAMES);
    }
  }

  /** A lifecycle stage by its label, case and punctuation ignored ({@code first-purchase}). */
  static final class Stage extends ArrayList<String> implements ITypeConverter<LifecycleStage> {
    Stage() {
      super(Arrays.stream(LifecycleStage.values()).map(LifecycleStage::label).toList());
    }

    @Override
    public LifecycleStage convert(String value) {
      String label =
          Keys.find(this, ZhCodes.code("lifecycle", value, this))
              .orElseThrow(
                  () ->
                      new TypeConversionException(
                          "no lifecycle stage \""
                              + value
                              + "\"; use one of "
                              + String.join(", ", this)));
      return Arrays.stream(LifecycleStage.values())
          .filter(s -> s.label().equals(label))
          .findFirst()
          .orElseThrow();
    }
  }

  /**
   * Whole calendar days: {@code 14d}, {@code 14} or {@code 336h}, 0 to 36500 (a hundred years, as
   * every duration); anything else is a usage error.
   */
  static final class WholeDays implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      String s = value.strip();
      Duration d;
      try {
        d =
            !s.isEmpty() && s.chars().allMatch(Character::isDigit)
                ? ConfigValues.duration(s + "d")
                : ConfigValues.duration(s);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
      if (d.isNegative() || d.toSeconds() % 86_400 != 0) {
        throw new TypeConversionException("must be whole days (\"" + value + "\"), e.g. 14d");
      }
      return (int) d.toDays();
    }
  }
}
