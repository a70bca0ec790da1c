package com.shopops.cli;

import com.shopops.app.ExitCodes;
import com.shopops.app.Rules;
import com.shopops.app.metrics.MetricsQuery;
import com.shopops.app.metrics.MetricsSeries;
import com.shopops.app.metrics.MetricsService;
import com.shopops.domain.metrics.Granularity;
import com.shopops.domain.metrics.Metric;
import com.shopops.domain.metrics.MetricsRow;
import com.shopops.render.Column;
import com.shopops.render.Table;
import com.shopops.store.Store;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "metrics",
    description = {
      "Store metrics per day, week or month: PV, UV, orders, sales and rates.",
      "Store metrics per day, ISO week or month: PV, UV, paid orders, buyers, sales (paid "
          + "incl.",
      "shipping, refunds not deducted) and net sales, conversion (buyers/UV), order "
          + "conversion (orders/UV), 客单价 (sales/buyers), AOV (sales/orders, shipping and taxes "
          + "included: not Shopify's AOV), repeat, return and "
          + "on-time ship rates. Rates are fractions (0.0312 = 3.12%%); a zero denominator is an "
          + "empty cell.",
      "Periods are calendar days in the store zone; UV over a week or month is the number of "
          + "distinct visitors when events were imported, else a sum of daily UV (said on stderr).",
      "Default period: the last 30 days, 12 ISO weeks or 12 months up to --to (default: "
          + "today).",
      "An order is shipped on time by its ship-by deadline, as `sla report` counts it."
    },
    sortOptions = false,
    subcommands = {MetricsCompareCommand.class, MetricsFunnelCommand.class},
    footerHeading = "%nExamples:%n",
    footer = {
      "  shopops metrics --by week --from 2026-09-01 --to 2026-11-19",
      "  shopops metrics --by month --format json",
      "  shopops metrics --channel 搜索",
      "  shopops metrics --by month --currency USD",
      "  shopops metrics compare --from 2026-11-13 --to 2026-11-19",
      "  shopops metrics funnel --from 2026-11-01"
    })
final class MetricsCommand extends BaseCommand {
  @Option(
      names = "--by",
      paramLabel = "SIZE",
      defaultValue = "day",
      description = "day, week (ISO, Monday to Sunday) or month (default: day).")
  Granularity by;

  @Mixin PeriodOptions period;

  @Option(
      names = "--channel",
      paramLabel = "NAME",
      description =
          "PV/UV of one traffic channel (daily traffic figures only). For a storefront's"
              + " channel (tmall, taobao, jd, shopify, woocommerce) the orders, buyers, sales,"
              + " refunds and conversion rates are those of its orders (its order export); other"
              + " channels' orders are not told apart, so their conversion rates are left empty.")
  String channel;

  @Mixin CurrencyOption currency;

  @Mixin OutputOptions output;

  @Override
  public Integer call() throws SQLException {
    period.check();
    try (Store store = openStore()) {
      ZoneId zone = store.zone();
      MetricsSeries series =
          new MetricsService(store, Rules.of(store), currency.code)
              .metrics(new MetricsQuery(by, period.from(), period.to(), channel, asOf(zone)));
      Table t = table(series, store.defaultCurrency(), ctx().terminalWidth());
      boolean chosen = output.columns != null || output.wide;
      if (format(output) == com.shopops.render.OutputFormat.TABLE && !chosen) {
        List<String> spoken = new ArrayList<>(fit(t, series, store.defaultCurrency(), zone));
        spoken.addAll(t.defaultColumns());
        if (!t.defaultColumns().contains(Metric.NET_SALES.column()) && netMoves(series)) {
          // tryout25b B6: the notes speak of a column not shown
          t.addNote(messages().get("note.metrics_net_sales_hidden"));
          spoken.add(Metric.NET_SALES.column());
        }
        ShownColumnNotes.keep(t, spoken, messages()); // tryout27b B8
      } else { // --wide, csv, json, xlsx: every column (the currency note names net_sales too)
        ShownColumnNotes.keep(
            t, output.columns != null ? output.columns : t.columnNames(), messages());
      }
      render(t, output, zone);
    }
    return ExitCodes.OK;
  }

  /**
   * The terminal's columns: what 京东商智 and 生意参谋 lead with (浏览量, 访客数, 买家数, 销售额, 客单价 = per buyer, 转化率
   * = buyers / UV) for a CNY store; orders and AOV (per order, shipping and taxes included: not
   * Shopify's AOV) for another; both, and orders, from {@value #WIDE} columns on (review13 M11).
   */
  static final int WIDE = 100;

  /**
   * The terminal table's columns (tryout26b B2): a column empty in every period (pv and uv without
   * traffic, a rate without data) is left out first, with a note naming it; then the first of the
   * {@link #WIDE} columns, the 80-column ones with net_sales and the 80-column ones that fits
   * {@code width}, so that a wide sales figure no longer costs orders, AOV or net_sales their
   * place. None fits: the 80-column ones, printed one record after the other. Returns the columns
   * left out for being empty (the note names them).
   */
  private List<String> fit(Table t, MetricsSeries series, String currency, ZoneId zone) {
    int width = ctx().terminalWidth();
    List<String> empty = new ArrayList<>();
    for (Metric m : Metric.values()) {
      int c = m.ordinal() + 1;
      if (!t.rows().isEmpty() && t.rows().stream().allMatch(r -> r.get(c) == null)) {
        empty.add(m.column());
      }
    }
    boolean net = netMoves(series);
    List<List<String>> choices =
        List.of(
            shown(currency, true, net), shown(currency, false, net), shown(currency, false, false));
    var ro = com.shopops.render.RenderOptions.defaults(zone).withMessages(messages());
    List<String> cols = null;
    for (List<String> choice : choices) {
      cols = new ArrayList<>(choice);
      cols.removeAll(empty);
      if (width <= 0 || com.shopops.render.Renderer.tableWidth(t.select(cols), ro) <= width) {
        break;
      }
    }
    List<String> left = choices.get(0).stream().filter(empty::contains).toList();
    t.defaultColumns(cols.toArray(String[]::new));
    if (!left.isEmpty()) {
      List<String> named = left.stream().map(messages()::column).toList();
      t.addNote(
          messages()
              .get(
                  "note.metrics_empty_columns",
                  named.size(),
                  String.join(messages().get("error.code_separator"), named)));
    }
    return left;
  }

  /** One row per period; a metric not computed (a channel's conversion rates) is empty. */
  static Table table(MetricsSeries series, String currency, int width) {
    List<Column> cols = new ArrayList<>();
    cols.add(Column.text("period"));
    for (Metric m : Metric.values()) {
      cols.add(
          switch (m.kind()) {
            case COUNT -> Column.integer(m.column());
            case MONEY -> Column.money(m.column());
            case RATE -> Column.rate(m.column());
          });
    }
    Table t =
        new Table(cols)
            .key("period")
            .defaultColumns(
                shown(currency, width >= WIDE, width >= WIDE && netMoves(series))
                    .toArray(String[]::new));
    for (MetricsRow r : series.rows()) {
      Object[] row = new Object[Metric.values().length + 1];
      row[0] = r.period().label();
      for (Metric m : Metric.values()) {
        row[m.ordinal() + 1] = series.notComputed().contains(m) ? null : r.metrics().value(m);
      }
      t.addRow(row);
    }
    series.notes().forEach(t::addNote);
    return t;
  }

  /**
   * The columns a terminal table shows for a store in {@code currency}: those of {@link #WIDE}
   * columns ({@code wide}) or of 80; {@code net}: net_sales beside sales (when refunds move it in
   * some period, tryout25b B6; without it a note names the options that show it).
   */
  private static List<String> shown(String currency, boolean wide, boolean net) {
    boolean cny = "CNY".equals(currency);
    List<String> shown =
        new ArrayList<>(
            wide
                ? List.of(
                    "period",
                    "pv",
                    "uv",
                    "orders",
                    "buyers",
                    "sales",
                    "sales_per_buyer",
                    "aov",
                    "conversion_rate",
                    "return_rate")
                : List.of(
                    "period",
                    "pv",
                    "uv",
                    cny ? "buyers" : "orders",
                    "sales",
                    cny ? "sales_per_buyer" : "aov",
                    "conversion_rate",
                    "return_rate"));
    if (net) {
      shown.add(shown.indexOf("sales") + 1, Metric.NET_SALES.column());
    }
    return shown;
  }

  /** Whether refunds (or refunds taken back) make net_sales differ from sales in some period. */
  static boolean netMoves(MetricsSeries series) {
    if (series.notComputed().contains(Metric.NET_SALES)) {
      return false;
    }
    for (MetricsRow r : series.rows()) {
      Object sales = r.metrics().value(Metric.SALES);
      Object net = r.metrics().value(Metric.NET_SALES);
      if (sales != null && net != null && !sales.equals(net)) {
        return true;
      }
    }
    return false;
  }
}
