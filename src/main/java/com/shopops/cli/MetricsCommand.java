package com.shopops.cli;

import com.shopops.app.ExitCodes;

import com.shopops.app.UserException;

import com.shopops.domain.metrics.Comparison;
import com.shopops.domain.metrics.DateRange;
import com.shopops.domain.metrics.Funnel;
import com.shopops.domain.metrics.Granularity;
import com.shopops.domain.metrics.Metric;
import com.shopops.domain.metrics.Metrics;
import com.shopops.domain.metrics.MetricsRow;
import com.shopops.domain.metrics.PeriodMetrics;
import com.shopops.domain.metrics.Sparkline;
import com.shopops.render.Column;
import com.shopops.render.Table;
import com.shopops.store.MetricsQueries;
import com.shopops.store.MetricsQueries.Figures;
import com.shopops.store.MetricsQueries.Span;
import com.shopops.store.MetricsQueries.TrafficSource;
import com.shopops.store.Store;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "metrics",
    description = {
      "Store metrics per day, ISO week or month: PV, UV, paid orders, buyers, sales (paid incl.",
      "shipping, refunds not deducted) and net sales, conversion (buyers/UV), order conversion",
      "(orders/UV), 客单价 (sales/buyers), AOV (sales/orders), repeat, return and on-time ship",
      "rates. Rates are fractions (0.0312 = 3.12%%); a zero denominator is an empty cell.",
      "Periods are calendar days in the store zone; UV over a week or month is the number of",
      "distinct visitors when events were imported, else a sum of daily UV (said on stderr)."
    },
    sortOptions = false,
    subcommands = {MetricsCommand.Compare.class, MetricsCommand.FunnelCommand.class},
    footerHeading = "%nExamples:%n",
    footer = {
      "  shopops metrics --by week --from 2026-09-01 --to 2026-11-19",
      "  shopops metrics --by month --format json",
      "  shopops metrics --channel 搜索",
      "  shopops metrics compare --from 2026-11-13 --to 2026-11-19",
      "  shopops metrics funnel --from 2026-11-01"
    })
final class MetricsCommand extends BaseCommand {
  @Option(names = "--by", paramLabel = "SIZE", defaultValue = "day",
      description = "day, week (ISO, Monday to Sunday) or month (default: day).")
  String by;

  @Option(names = "--from", paramLabel = "DATE",
      description = "First day (default: 30 days, 12 weeks or 12 months back).")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Last day, included (default: today).")
  String to;

  @Option(names = "--channel", paramLabel = "NAME",
      description = "PV/UV of one traffic channel (daily traffic figures only). Orders carry no"
          + " channel, so the conversion rates are left empty.")
  String channel;

  @Mixin OutputOptions output;

  @Override
  public Integer call() throws SQLException {
    Granularity g = granularity(by);
    try (Store store = openStore()) {
      ZoneId zone = store.zone();
      DateRange range = range(from, to, asOf(zone).atZone(zone).toLocalDate(), g);
      MetricsQueries q = new MetricsQueries(store);
      checkChannel(q, channel);
      List<Span> spans = MetricsQueries.spans(g, range, zone);
      Figures f = q.figures(spans, channel);
      List<MetricsRow> rows = rows(spans, f);
      Table t = new Table(columns());
      for (MetricsRow r : rows) {
        t.addRow(cells(r.period().label(), r.metrics(), f, channel));
      }
      notes(t, f, channel, rows, g);
      render(t, output, zone);
    }
    return ExitCodes.OK;
  }

  // ------------------------------------------------------------------ shared with compare/report

  static Granularity granularity(String by) {
    try {
      return Granularity.parse(by);
    } catch (IllegalArgumentException e) {
      throw new UserException(ExitCodes.USAGE, "--by: " + e.getMessage(), null);
    }
  }

  /**
   * --from/--to, inclusive dates in the store zone. Defaults: --to today; --from 30 days, 12 ISO
   * weeks or 12 months before, aligned to the start of a period.
   */
  static DateRange range(String from, String to, LocalDate today, Granularity g) {
    LocalDate t = to == null ? today : date("--to", to);
    LocalDate f;
    if (from != null) {
      f = date("--from", from);
    } else {
      f = switch (g) {
        case DAY -> t.minusDays(29);
        case WEEK -> g.periodStart(t).minusWeeks(11);
        case MONTH -> g.periodStart(t).minusMonths(11);
      };
    }
    try {
      return new DateRange(f, t);
    } catch (IllegalArgumentException e) {
      throw new UserException(ExitCodes.USAGE, e.getMessage(), null);
    }
  }

  static void checkChannel(MetricsQueries q, String channel) throws SQLException {
    if (channel == null) {
      return;
    }
    List<String> known = q.channels();
    if (!known.contains(channel)) {
      throw new UserException(ExitCodes.USAGE, "--channel: no traffic imported for channel \""
          + channel + "\"",
          known.isEmpty() || known.equals(List.of(""))
              ? "import daily traffic with a channel column first (`shopops import traffic`)"
              : "channels: " + String.join(", ", known.stream().filter(c -> !c.isEmpty()).toList()));
    }
  }

  static List<MetricsRow> rows(List<Span> spans, Figures f) {
    List<MetricsRow> rows = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      Span s = spans.get(i);
      rows.add(new MetricsRow(s.period(), s.dates(),
          s.period() != null && s.period().isPartial(s.dates()),
          Metrics.compute(f.bySpan().get(i))));
    }
    return rows;
  }

  static List<Column> columns() {
    List<Column> cols = new ArrayList<>();
    cols.add(Column.text("period"));
    for (Metric m : Metric.values()) {
      cols.add(switch (m.kind()) {
        case COUNT -> Column.integer(m.column());
        case MONEY -> Column.money(m.column());
        case RATE -> Column.rate(m.column());
      });
    }
    return cols;
  }

  /** The cells of one row; figures that could not be computed are empty. */
  static Object[] cells(String label, PeriodMetrics m, Figures f, String channel) {
    Object[] row = new Object[Metric.values().length + 1];
    row[0] = label;
    for (Metric metric : Metric.values()) {
      row[metric.ordinal() + 1] = known(metric, f, channel) ? m.value(metric) : null;
    }
    return row;
  }

  /** Whether a metric is computed at all (its source exists, and --channel does not void it). */
  static boolean known(Metric metric, Figures f, String channel) {
    return switch (metric) {
      case NET_SALES -> f.refundsKnown();
      case CONVERSION_RATE, ORDER_CONVERSION_RATE -> channel == null;
      default -> true;
    };
  }

  static void notes(Table t, Figures f, String channel, List<MetricsRow> rows, Granularity g) {
    long fromEvents = f.sources().stream().filter(x -> x == TrafficSource.EVENTS).count();
    long fromDaily = f.sources().stream().filter(x -> x == TrafficSource.DAILY).count();
    long none = f.sources().size() - fromEvents - fromDaily;
    if (fromEvents > 0 && fromDaily > 0) {
      t.addNote("pv and uv come from raw events in " + fromEvents + " periods and from daily"
          + " traffic figures in " + fromDaily + " (periods the events do not fully cover)");
    } else if (fromEvents > 0) {
      t.addNote("pv and uv are counted from raw events: uv is the number of distinct visitors"
          + " in each period");
    }
    if (f.uvSummed()) {
      t.addNote("uv is a sum of daily UV" + (channel == null ? " (summed over channels where"
          + " a day has no store total)" : "") + " where only daily traffic figures were"
          + " imported, so a visitor who came on two days or through two channels is counted"
          + " twice; import events for distinct visitors");
    }
    if (none > 0) {
      t.addNote("pv and uv: not computed in " + none + " period" + (none == 1 ? "" : "s")
          + ": no traffic or events imported for those dates (`shopops import traffic|events`)");
    }
    if (channel != null) {
      t.addNote("pv and uv of channel " + channel + "; orders, buyers and sales are the whole"
          + " store's (orders carry no channel), so conversion rates are left empty");
    }
    if (!f.refundsKnown()) {
      t.addNote("net_sales: not computed: no returns imported");
    }
    if (!f.returnsKnown()) {
      t.addNote("return_rate: not computed: no returns imported");
    }
    if (!f.shippingKnown()) {
      t.addNote("on_time_ship_rate: not computed: no ship times imported");
    } else {
      t.addNote("on_time_ship_rate: shipped within 24 h of payment / shipped, by day of shipping");
    }
    for (MetricsRow r : rows) {
      if (r.partial() && g != Granularity.DAY) {
        t.addNote(r.period().label() + " covers " + r.dates() + " only (cut by --from/--to)");
      }
    }
  }

  /** Whether the output is a terminal table (sparklines are drawn only there). */
  static boolean tableOutput(BaseCommand cmd, OutputOptions o) {
    return o.format == null
        ? o.out == null && cmd.ctx().stdoutIsTerminal()
        : o.format.equalsIgnoreCase("table");
  }

  /** A metric value in its display unit: money in yuan (2 decimals), counts and rates as they are. */
  static BigDecimal display(Metric m, BigDecimal v) {
    if (v == null) {
      return null;
    }
    return m.kind() == Metric.Kind.MONEY ? v.movePointLeft(2).setScale(2) : v;
  }

  // ------------------------------------------------------------------ compare

  @Command(
      name = "compare",
      description = {
        "A period against the one before it of the same length (or --against): each metric's",
        "value, previous value, change, relative change and direction (↑ ↓ →; a relative change",
        "under 0.5% is flat). On a terminal a sparkline shows the daily series of the period.",
        "Whole calendar months are compared with the same number of months before."
      },
      sortOptions = false,
      footerHeading = "%nExamples:%n",
      footer = {
        "  shopops metrics compare                       # the last 7 days vs the 7 before",
        "  shopops metrics compare --from 2026-11-01 --to 2026-11-19",
        "  shopops metrics compare --from 2026-11-01 --to 2026-11-19 --against 2025-11-01..2025-11-19"
      })
  static final class Compare extends BaseCommand {
    @Option(names = "--from", paramLabel = "DATE",
        description = "First day (default: 7 days before --to).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day (default: yesterday).")
    String to;

    @Option(names = "--against", paramLabel = "FROM..TO",
        description = "The period to compare with (default: the one just before, same length).")
    String against;

    @Mixin OutputOptions output;

    @Override
    public Integer call() throws SQLException {
      try (Store store = openStore()) {
        ZoneId zone = store.zone();
        LocalDate yesterday = asOf(zone).atZone(zone).toLocalDate().minusDays(1);
        LocalDate t = to == null ? yesterday : date("--to", to);
        DateRange cur = range(from == null ? t.minusDays(6).toString() : from, t.toString(), t,
            Granularity.DAY);
        DateRange prev = against == null ? cur.previous() : parseRange(against);
        MetricsQueries q = new MetricsQueries(store);
        Figures f = q.figures(
            List.of(MetricsQueries.span(cur, zone), MetricsQueries.span(prev, zone)), null);
        PeriodMetrics now = Metrics.compute(f.bySpan().get(0));
        PeriodMetrics before = Metrics.compute(f.bySpan().get(1));
        Map<Metric, Comparison> cmp = Metrics.compare(now, before);
        boolean spark = tableOutput(this, output);
        List<MetricsRow> daily = List.of();
        if (spark) {
          List<Span> days = MetricsQueries.spans(Granularity.DAY, cur, zone);
          daily = rows(days, q.figures(days, null));
        }
        List<Column> cols = new ArrayList<>(List.of(Column.text("metric"), Column.decimal("value"),
            Column.decimal("previous"), Column.decimal("change"), Column.rate("relative_change"),
            Column.text("direction")));
        if (spark) {
          cols.add(Column.text("trend"));
        }
        Table table = new Table(cols);
        for (Metric m : Metric.values()) {
          Comparison c = cmp.get(m);
          boolean known = known(m, f, null);
          List<Object> row = new ArrayList<>();
          row.add(m.column());
          row.add(known ? display(m, c.current()) : null);
          row.add(known ? display(m, c.previous()) : null);
          row.add(known ? display(m, c.change()) : null);
          row.add(known ? c.relativeChange() : null);
          row.add(known ? c.arrow() : "");
          if (spark) {
            row.add(known ? Sparkline.of(Metrics.seriesOf(daily, m)) : "");
          }
          table.addRow(row.toArray());
        }
        table.addNote(cur + " against " + prev + "; money in yuan, rates as fractions, change of"
            + " a rate in fraction points");
        notes(table, f, null, List.of(), Granularity.DAY);
        render(table, output, zone);
      }
      return ExitCodes.OK;
    }

    static DateRange parseRange(String text) {
      int dots = text.indexOf("..");
      if (dots < 0) {
        throw new UserException(ExitCodes.USAGE, "--against: expected FROM..TO, e.g."
            + " 2026-10-01..2026-10-31 (\"" + text + "\")", null);
      }
      LocalDate f = date("--against", text.substring(0, dots).strip());
      LocalDate t = date("--against", text.substring(dots + 2).strip());
      try {
        return new DateRange(f, t);
      } catch (IllegalArgumentException e) {
        throw new UserException(ExitCodes.USAGE, "--against: ends before it starts (\"" + text
            + "\")", null);
      }
    }
  }

  // ------------------------------------------------------------------ funnel

  @Command(
      name = "funnel",
      description = {
        "The purchase funnel from raw events: distinct visitors → viewed a SKU → added to cart",
        "→ ordered → paid, with the conversion from the step before and from the first step."
      },
      sortOptions = false,
      footerHeading = "%nExamples:%n",
      footer = {"  shopops metrics funnel", "  shopops metrics funnel --from 2026-11-01 --to 2026-11-19"})
  static final class FunnelCommand extends BaseCommand {
    @Option(names = "--from", paramLabel = "DATE", description = "First day (default: 30 days back).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day (default: today).")
    String to;

    @Mixin OutputOptions output;

    @Override
    public Integer call() throws SQLException {
      try (Store store = openStore()) {
        ZoneId zone = store.zone();
        DateRange r = range(from, to, asOf(zone).atZone(zone).toLocalDate(), Granularity.DAY);
        long[] c = new MetricsQueries(store).funnel(r.start(zone), r.end(zone));
        Table t = new Table(Column.text("stage"), Column.integer("visitors"),
            Column.rate("step_conversion"), Column.rate("overall_conversion"));
        for (Funnel.Step s : Funnel.compute(c[0], c[1], c[2], c[3], c[4])) {
          t.addRow(s.name(), s.count(), s.stepConversion(), s.overallConversion());
        }
        t.addNote(r + ": distinct visitors reaching each stage");
        if (c[0] == 0) {
          t.addNote("no events in these dates: import clickstream or access logs with"
              + " `shopops import events`");
        } else if (c[3] == 0 && c[4] > 0) {
          t.addNote("the events have no order step (e.g. Taobao UserBehavior): order is 0, so"
              + " paid has no step conversion");
        }
        render(t, output, zone);
      }
      return ExitCodes.OK;
    }
  }
}
