package com.shopops.render.report;

import com.shopops.domain.metrics.CapabilityScore;
import com.shopops.domain.metrics.DateRange;
import com.shopops.domain.metrics.FigureScore;
import com.shopops.domain.metrics.Metric;
import com.shopops.domain.metrics.MetricsRow;
import com.shopops.domain.metrics.PeriodMetrics;
import com.shopops.domain.metrics.ReturnsSummary;
import com.shopops.domain.metrics.Scorecard;
import com.shopops.domain.metrics.ShippingSummary;
import com.shopops.render.Numbers;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The store report as one self-contained HTML page: no scripts, fonts or images from the network,
 * charts as inline SVG. It can be opened from disk or mailed from cron as it is.
 *
 * @param title the page title.
 * @param period the dates covered.
 * @param asOf when the report was made, as text in the store zone.
 * @param total the metrics of the whole period.
 * @param daily one row per day, for the charts.
 * @param card the scorecard.
 * @param shipping the shipping summary, null when the store has no ship times.
 * @param returns the returns summary.
 * @param notes notes about how figures were counted.
 * @param previousTotal the metrics of the period before, for the changes on the key figures.
 * @param previousDaily the days of the period before, overlaid on the charts (dashed).
 * @param actions today's lists of things to do, shown after the key figures.
 * @param messages the language of the headings, labels and figure names.
 * @param currency the currency of the money figures, whose name the captions give (CNY: yuan).
 * @param nothingInPeriod what an empty page says instead of "no data yet" when the store holds
 *     orders on other days (tryout26b B4), in the page's language; null: "no data yet".
 */
public record HtmlReport(
    String title,
    DateRange period,
    String asOf,
    PeriodMetrics total,
    List<MetricsRow> daily,
    Scorecard card,
    ShippingSummary shipping,
    ReturnsSummary returns,
    List<String> notes,
    PeriodMetrics previousTotal,
    List<MetricsRow> previousDaily,
    List<ActionTable> actions,
    com.shopops.render.Messages messages,
    String currency,
    String nothingInPeriod) {

  private static final int W = 640;
  private static final int H = 200;
  private static final int LEFT = 64; // room for the y-axis labels
  private static final int RIGHT = 12;
  private static final int TOP = 12;
  private static final int BOTTOM = 28; // room for the x-axis labels
  private static final int GRID_LINES = 4;

  /** The key figures, in card order. */
  public static final List<Metric> KPIS =
      List.of(
          Metric.SALES,
          Metric.NET_SALES, // beside sales, for the bookkeeper (review16 Q15)
          Metric.ORDERS,
          Metric.BUYERS,
          Metric.UV,
          Metric.CONVERSION_RATE,
          Metric.AOV,
          Metric.REPEAT_RATE,
          Metric.PV,
          Metric.SALES_PER_BUYER);

  /** The charted figures. */
  static final List<Metric> CHARTS =
      List.of(Metric.SALES, Metric.ORDERS, Metric.UV, Metric.CONVERSION_RATE);

  /**
   * Every text of the page that is not data, by key: one place, so that a translation replaces the
   * values and nothing else.
   */
  static final java.util.Map<String, String> LABELS =
      java.util.Map.ofEntries(
          java.util.Map.entry("as_of", "as of"),
          java.util.Map.entry("key_figures", "Key figures"),
          java.util.Map.entry("vs_previous", "vs previous period"),
          java.util.Map.entry("no_previous", "no previous period"),
          java.util.Map.entry("daily_trends", "Daily trends"),
          java.util.Map.entry("this_period", "this period"),
          java.util.Map.entry("previous_period", "previous period"),
          java.util.Map.entry(
              "no_data",
              "No data yet: import orders (shopops import orders FILE) and"
                  + " traffic, then make the report again."),
          java.util.Map.entry("metric.pv", "Page views"),
          java.util.Map.entry("metric.uv", "Visitors"),
          java.util.Map.entry("metric.orders", "Orders"),
          java.util.Map.entry("metric.buyers", "Buyers"),
          java.util.Map.entry("metric.sales", "Sales"),
          java.util.Map.entry("metric.net_sales", "Net sales"),
          java.util.Map.entry("metric.conversion_rate", "Conversion rate"),
          java.util.Map.entry("metric.order_conversion_rate", "Order conversion rate"),
          java.util.Map.entry("metric.sales_per_buyer", "Sales per buyer"),
          java.util.Map.entry("metric.aov", "Average order value"),
          java.util.Map.entry("metric.repeat_rate", "Repeat buyer rate"),
          java.util.Map.entry("metric.return_rate", "Return rate"),
          java.util.Map.entry("metric.on_time_ship_rate", "On-time ship rate"),
          java.util.Map.entry("unit.money", "yuan"));

  /** The text for a key of {@link #LABELS}; the key itself when there is none. */
  static String label(String key) {
    return LABELS.getOrDefault(key, key);
  }

  static String label(Metric m) {
    return label("metric." + m.column());
  }

  /**
   * A page text in the report's language: the message bundle's {@code report.KEY} (or the column's
   * label for a figure) when not English, else {@link #LABELS}, else the English bundle's.
   */
  String text(String key) {
    if (messages.language() != com.shopops.domain.lists.Language.EN) {
      String t =
          key.startsWith("metric.")
              ? messages.column(key.substring(7))
              : messages.get("report." + key);
      if (!t.equals(key)
          && !t.equals("report." + key)
          && !t.equals(key.substring(key.startsWith("metric.") ? 7 : 0))) {
        return t;
      }
    }
    return LABELS.containsKey(key) ? LABELS.get(key) : messages.get("report." + key);
  }

  String text(Metric m) {
    return text("metric." + m.column());
  }

  /** Whether the period has no data at all: no orders and no traffic. */
  boolean empty() {
    return total.holdsNothing();
  }

  /** The empty page's sentence. */
  String emptyText() {
    return nothingInPeriod != null ? nothingInPeriod : text("no_data");
  }

  public void write(Writer out) throws IOException {
    StringBuilder sb = new StringBuilder(32_768);
    sb.append(
            "<!DOCTYPE html>\n<html lang=\""
                + messages.language().code()
                + "\">\n<head>\n"
                + "<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(esc(title))
        .append("</title>\n<style>\n")
        .append("*{box-sizing:border-box}body{font-family:-apple-system,'Segoe UI',")
        .append("'PingFang SC','Microsoft YaHei','Noto Sans CJK SC',sans-serif;margin:16px auto;")
        .append("max-width:760px;padding:0 12px;color:#222}\n")
        .append(
            "h1{font-size:22px}h2{font-size:17px;margin-top:28px;border-bottom:1px solid #ddd}\n")
        .append("table{border-collapse:collapse;font-size:13px;max-width:100%}td,th{padding:3px")
        .append(" 8px;border-bottom:1px solid #eee;text-align:left}td.n,th.n{text-align:right}\n")
        .append(".kpis{display:grid;grid-template-columns:repeat(auto-fill,minmax(150px,1fr));")
        .append("gap:10px}.kpi{border:1px solid #e5e5e5;border-radius:6px;padding:8px 10px}")
        .append(".kpi b{display:block;font-size:20px}.kpi .l{font-size:13px;color:#555}")
        .append(".up{color:#2b8a3e}.down{color:#c92a2a}.flat{color:#777}\n")
        .append(".muted{color:#777;font-size:12px}figure{margin:0 0 18px;break-inside:avoid;")
        .append("page-break-inside:avoid}figcaption{font-size:14px;font-weight:600}")
        .append("svg{display:block;width:100%;height:auto}.legend{font-size:12px;color:#555}")
        .append(".legend i{display:inline-block;width:18px;border-top:2px solid #d9480f;")
        .append("vertical-align:middle;margin:0 4px}.legend i.prev{border-top:2px dashed #999}\n")
        .append("h3{font-size:15px;margin:14px 0 4px}h3 .c{display:inline-block;min-width:22px;")
        .append("padding:0 6px;border-radius:10px;background:#eee;text-align:center}")
        .append("h3 .c.hot{background:#c92a2a;color:#fff}.act{width:100%}")
        .append(".act td{overflow-wrap:anywhere}code{font-size:12px;background:#f3f3f3;")
        .append("padding:0 3px;border-radius:3px}\n")
        .append("@page{size:A4;margin:15mm}@media print{body{max-width:none}h2{break-after:")
        .append("avoid}}\n</style>\n</head>\n<body>\n");
    sb.append("<h1>")
        .append(esc(title))
        .append("</h1>\n<p class=\"muted\">")
        .append(esc(period.toString()))
        .append(" · ")
        .append(esc(text("as_of")))
        .append(' ')
        .append(esc(asOf))
        .append("</p>\n");
    if (empty()) {
      sb.append("<p><b>")
          .append(esc(emptyText()))
          .append("</b></p>\n")
          .append("</body>\n</html>\n");
      out.write(sb.toString());
      return;
    }

    sb.append("<h2>").append(esc(text("key_figures"))).append("</h2>\n<div class=\"kpis\">");
    for (Metric m : KPIS) {
      sb.append(kpi(m));
    }
    sb.append("</div>\n");
    actions(sb);

    sb.append("<h2>")
        .append(esc(text("daily_trends")))
        .append("</h2>\n")
        .append("<p class=\"legend\"><i></i>")
        .append(esc(text("this_period")))
        .append(" <i class=\"prev\"></i>")
        .append(esc(text("previous_period")))
        .append("</p>\n");
    for (Metric m : CHARTS) {
      String unit = unit(m);
      sb.append("<figure><figcaption>")
          .append(esc(text(m)))
          .append(unit.isEmpty() ? "" : " (" + esc(unit) + ")")
          .append("</figcaption>\n")
          .append(drawn(m) ? chart(m) : "<p class=\"note\">" + esc(text("not_computed")) + "</p>\n")
          .append("</figure>\n");
    }

    sb.append("<h2>").append(messages.get("report.scorecard")).append("</h2>\n");
    sb.append("<p><b>")
        .append(messages.get("report.overall"))
        .append(" ")
        .append(esc(score(card.overall())))
        .append("</b>")
        .append(
            card.overallFromMinority()
                ? " "
                    + esc(
                        messages.get(
                            "report.overall_of",
                            card.figuresScored(),
                            com.shopops.domain.metrics.ScoreFigure.values().length))
                : "")
        .append(
            card.previousOverall() == null
                ? ""
                : " ("
                    + messages.get("report.previous")
                    + " "
                    + esc(score(card.previousOverall()))
                    + ")")
        .append("</p>\n");
    sb.append("<table>\n<tr><th>")
        .append(messages.get("report.capability_figure"))
        .append("</th><th class=\"n\">")
        .append(messages.get("report.value"))
        .append("</th><th class=\"n\">")
        .append(messages.get("report.score"))
        .append("</th><th class=\"n\">")
        .append(messages.get("report.previous"))
        .append("</th></tr>\n");
    for (CapabilityScore c : card.capabilities()) {
      sb.append("<tr><td><b>")
          .append(esc(DiagnosisText.capabilityName(c.capability(), messages)))
          .append("</b></td><td></td>")
          .append("<td class=\"n\"><b>")
          .append(esc(score(c.score())))
          .append("</b></td>")
          .append("<td class=\"n\">")
          .append(esc(score(c.previousScore())))
          .append("</td></tr>\n");
      for (FigureScore f : c.figures()) {
        sb.append("<tr><td>&nbsp;&nbsp;")
            .append(esc(DiagnosisText.figureName(f.figure(), messages)))
            .append("</td>")
            .append("<td class=\"n\">")
            .append(esc(figure(f.figure(), f.value())))
            .append("</td>")
            .append("<td class=\"n\">")
            .append(esc(score(f.score())))
            .append("</td>")
            .append("<td class=\"n\">")
            .append(esc(figure(f.figure(), f.previousValue())))
            .append("</td></tr>\n");
      }
    }
    sb.append("</table>\n");
    if (!card.diagnosis().isEmpty()) {
      sb.append("<h2>").append(messages.get("report.diagnosis")).append("</h2>\n<ul>\n");
      for (String d : DiagnosisText.sentences(card.diagnosis(), messages)) {
        sb.append("<li>").append(DiagnosisText.html(d)).append("</li>\n");
      }
      sb.append("</ul>\n");
    }
    section(
        sb, messages.get("report.shipping"), shippingLines(), messages.get("report.no_shipping"));
    section(sb, messages.get("report.returns"), returnsLines(), messages.get("report.no_returns"));
    if (!notes.isEmpty()) {
      sb.append("<h2>")
          .append(messages.get("report.notes"))
          .append("</h2>\n<ul class=\"muted\">\n");
      for (String n : notes) {
        sb.append("<li>").append(code(esc(n))).append("</li>\n");
      }
      sb.append("</ul>\n");
    }
    sb.append("<p class=\"muted\">")
        .append(messages.get("report.generated"))
        .append("</p>\n")
        .append("</body>\n</html>\n");
    out.write(sb.toString());
  }

  /**
   * Today's lists: a heading with the count (red when there is something to do), the first items
   * and how many more, with the command that lists them all.
   */
  private void actions(StringBuilder sb) {
    if (actions.isEmpty()) {
      return;
    }
    sb.append("<h2>").append(esc(text("actions"))).append("</h2>\n");
    for (ActionTable a : actions) {
      sb.append("<h3>")
          .append(esc(a.title()))
          .append(" <span class=\"c")
          .append(a.total() > 0 ? " hot" : "")
          .append("\">")
          .append(a.total())
          .append("</span></h3>\n");
      if (a.rows().isEmpty()) {
        sb.append("<p class=\"muted\">").append(esc(text("action.none"))).append("</p>\n");
        continue;
      }
      sb.append("<table class=\"act\">\n<tr>");
      for (int i = 0; i < a.headers().size(); i++) {
        sb.append(i == a.headers().size() - 1 ? "<th class=\"n\">" : "<th>")
            .append(esc(a.headers().get(i)))
            .append("</th>");
      }
      sb.append("</tr>\n");
      for (List<String> r : a.rows()) {
        sb.append("<tr>");
        for (int i = 0; i < r.size(); i++) {
          sb.append(i == r.size() - 1 ? "<td class=\"n\">" : "<td>")
              .append(esc(r.get(i)))
              .append("</td>");
        }
        sb.append("</tr>\n");
      }
      sb.append("</table>\n");
      if (a.more() != null) {
        sb.append("<p class=\"muted\">").append(esc(a.more())).append("</p>\n");
      }
    }
  }

  private List<String[]> shippingLines() {
    List<String[]> out = new ArrayList<>();
    if (shipping == null) {
      return out;
    }
    out.add(
        new String[] {messages.get("report.orders_shipped"), Long.toString(shipping.shipped())});
    out.add(
        new String[] {
          messages.get("report.shipped_by_deadline"), Long.toString(shipping.shippedOnTime())
        });
    out.add(new String[] {messages.get("report.on_time_ship_rate"), pct(shipping.onTimeRate())});
    out.add(
        new String[] {messages.get("report.median_ship_hours"), plain(shipping.medianShipHours())});
    if (shipping.onTimeDeliveryRate() != null) {
      out.add(
          new String[] {
            messages.get("report.on_time_delivery_rate"), pct(shipping.onTimeDeliveryRate())
          });
    }
    return out;
  }

  private List<String[]> returnsLines() {
    List<String[]> out = new ArrayList<>();
    if (returns == null) {
      return out;
    }
    out.add(
        new String[] {messages.get("report.return_requests"), Long.toString(returns.requests())});
    out.add(new String[] {messages.get("report.units_returned"), Long.toString(returns.units())});
    out.add(
        new String[] {
          messages.get("report.refunded"),
          Numbers.grouped(BigDecimal.valueOf(returns.refunded(), 2)) + " " + moneyUnit()
        });
    out.add(new String[] {messages.get("report.return_rate"), pct(returns.returnRate())});
    return out;
  }

  private static String pct(BigDecimal v) {
    return v == null ? "–" : Numbers.percent(v);
  }

  private static void section(StringBuilder sb, String title, List<String[]> rows, String none) {
    sb.append("<h2>").append(esc(title)).append("</h2>\n");
    if (rows.isEmpty()) {
      sb.append("<p class=\"muted\">").append(esc(none)).append("</p>\n");
      return;
    }
    sb.append("<table>\n");
    for (String[] r : rows) {
      sb.append("<tr><td>")
          .append(esc(r[0]))
          .append("</td><td class=\"n\">")
          .append(esc(r[1]))
          .append("</td></tr>\n");
    }
    sb.append("</table>\n");
  }

  /** A key figure's card: its value and its change against the previous period. */
  String kpi(Metric m) {
    BigDecimal now = total.decimal(m);
    String[] c = change(m);
    String change = c[0];
    String cls = c[1];
    return "<div class=\"kpi\"><span class=\"l\">"
        + esc(text(m))
        + "</span><b>"
        + esc(format(m, now))
        + (now == null || unit(m).equals("%") || unit(m).isEmpty()
            ? ""
            : " <small>" + esc(unit(m)) + "</small>")
        + "</b><span class=\""
        + cls
        + "\">"
        + esc(change)
        + "</span></div>";
  }

  /**
   * A key figure's change against the previous period and its tone: {text, up|down|flat}. A rate
   * changes in percentage points (3.10% → 3.40% reads +0.30 pp), the others in percent.
   */
  String[] change(Metric m) {
    BigDecimal now = total.decimal(m);
    BigDecimal before = previousTotal == null ? null : previousTotal.decimal(m);
    if (now == null) {
      return new String[] {text("not_computed"), "flat"};
    }
    if (before == null || before.signum() == 0) {
      return new String[] {text("no_previous"), "flat"};
    }
    boolean rate = m.kind() == Metric.Kind.RATE;
    BigDecimal d =
        rate
            ? Numbers.points(now.subtract(before))
            : now.subtract(before).movePointRight(2).divide(before, 1, RoundingMode.HALF_UP);
    String sign = d.signum() > 0 ? "+" : d.signum() < 0 ? "−" : "±";
    return new String[] {
      (rate
              ? messages.get("table.points", sign + d.abs().toPlainString()) // 个百分点 in zh
              : sign + d.abs().toPlainString() + "%")
          + " "
          + text("vs_previous"),
      tone(m, d.signum())
    };
  }

  /** up (good), down (bad) or flat, by whether the change is good news for this figure. */
  private static String tone(Metric m, int sign) {
    if (sign == 0) {
      return "flat";
    }
    return (sign > 0) == m.higherIsBetter() ? "up" : "down";
  }

  String unit(Metric m) {
    return switch (m.kind()) {
      case MONEY -> moneyUnit();
      case RATE -> "%";
      case COUNT -> "";
    };
  }

  /** The short form of {@link #unit}: the currency's code (BRL, CNY) for money, else the unit. */
  String unitCode(Metric m) {
    return m.kind() == Metric.Kind.MONEY ? (currency == null ? "CNY" : currency) : unit(m);
  }

  /** The name of the money unit: yuan (元) for CNY, else the currency's name in the language. */
  private String moneyUnit() {
    if (currency == null || currency.equals("CNY")) {
      return text("unit.money");
    }
    try {
      java.util.Locale locale =
          messages.language() == com.shopops.domain.lists.Language.EN
              ? java.util.Locale.ENGLISH
              : java.util.Locale.CHINESE;
      return java.util.Currency.getInstance(currency).getDisplayName(locale);
    } catch (IllegalArgumentException e) {
      return currency;
    }
  }

  /**
   * Whether the chart of {@code m} is drawn: not money the period cannot add up (paid orders in
   * several currencies), which would draw one currency's amounts as another's; the figure then says
   * "not computed" like its key figure.
   */
  boolean drawn(Metric m) {
    return !(m.kind() == Metric.Kind.MONEY && total.moneyUnknown());
  }

  /**
   * A line chart of one metric over the days: y axis from 0 with gridlines and labels in the
   * figure's unit, the first, middle and last dates on the x axis, the previous period dashed
   * behind this one (day i of each). Gaps (missing values) break the lines. The SVG scales to the
   * page width (viewBox), so nothing is cut on a phone.
   */
  String chart(Metric m) {
    List<BigDecimal> ys = values(daily, m);
    List<BigDecimal> prev = values(previousDaily == null ? List.of() : previousDaily, m);
    BigDecimal max = BigDecimal.ZERO;
    for (List<BigDecimal> series : List.of(ys, prev)) {
      for (BigDecimal y : series) {
        if (y != null && y.compareTo(max) > 0) {
          max = y;
        }
      }
    }
    double top = axisTop(m, max.doubleValue());
    int n = Math.max(ys.size(), prev.size());
    Svg svg = new Svg(W, H, label(m));
    double plotH = H - TOP - BOTTOM;
    for (int g = 0; g <= GRID_LINES; g++) {
      double v = top * g / GRID_LINES;
      double y = TOP + plotH - plotH * g / GRID_LINES;
      svg.line(LEFT, y, W - RIGHT, y, g == 0 ? "#999" : "#e5e5e5");
      svg.text(LEFT - 6, y + 4, axisLabel(m, v), "end");
    }
    svg.path(points(prev, n, top), "#999", true);
    svg.path(points(ys, n, top), "#d9480f", false);
    if (!daily.isEmpty()) {
      int last = daily.size() - 1;
      svg.text(x(0, n), H - 8, daily.get(0).dates().from().toString(), "start");
      if (last > 1) {
        svg.text(x(last / 2, n), H - 8, daily.get(last / 2).dates().from().toString(), "middle");
      }
      svg.text(x(last, n), H - 8, daily.get(last).dates().to().toString(), "end");
    }
    return svg.finish();
  }

  private static List<BigDecimal> values(List<MetricsRow> rows, Metric m) {
    List<BigDecimal> ys = new ArrayList<>();
    for (MetricsRow r : rows) {
      ys.add(r.metrics().decimal(m));
    }
    return ys;
  }

  private static double x(int i, int n) {
    return LEFT + (n <= 1 ? 0 : (double) i * (W - LEFT - RIGHT) / (n - 1));
  }

  private static String points(List<BigDecimal> ys, int n, double top) {
    StringBuilder path = new StringBuilder();
    boolean pen = false;
    double plotH = H - TOP - BOTTOM;
    for (int i = 0; i < ys.size(); i++) {
      BigDecimal y = ys.get(i);
      if (y == null) {
        pen = false;
        continue;
      }
      double py = TOP + plotH - (top == 0 ? 0 : y.doubleValue() / top * plotH);
      path.append(pen ? " L" : " M").append(String.format(Locale.ROOT, "%.1f %.1f", x(i, n), py));
      pen = true;
    }
    return path.toString().strip();
  }

  /** The smallest 1, 2, 2.5 or 5 × 10^k at or above {@code v} (1 for 0), so gridlines read well. */
  static double niceCeiling(double v) {
    if (v <= 0) {
      return 1;
    }
    double p = Math.pow(10, Math.floor(Math.log10(v)));
    for (double f : new double[] {1, 2, 2.5, 5, 10}) {
      if (f * p >= v - 1e-12) {
        return f * p;
      }
    }
    return 10 * p;
  }

  /**
   * The top of a chart's y axis: {@link #GRID_LINES} times a round step (1, 2, 2.5 or 5 × 10^k) at
   * or over the largest value's share, and for counts and money a whole number of units (visitors,
   * orders, yuan) per gridline, so that every label is the exact value of its line: 0 2 4 6 8 for a
   * largest count of 5, never 0 1 3 4 5 for lines at 1.25 apart (review19 V16); an empty chart
   * reads 0 1 2 3 4.
   */
  static double axisTop(Metric m, double max) {
    return switch (m.kind()) {
      case COUNT -> GRID_LINES * wholeStep(max / GRID_LINES);
      case MONEY -> GRID_LINES * wholeStep(max / 100.0 / GRID_LINES) * 100.0;
      case RATE -> niceCeiling(max);
    };
  }

  /**
   * The smallest 1, 2, 2.5 or 5 × 10^k at or above {@code v} that is a whole number (at least 1).
   */
  private static double wholeStep(double v) {
    double p = Math.pow(10, Math.floor(Math.log10(Math.max(v, 1))));
    for (double f : new double[] {1, 2, 2.5, 5, 10}) {
      double step = f * p;
      if (step >= v - 1e-9 && step == Math.rint(step)) {
        return step;
      }
    }
    return 10 * p;
  }

  /** A gridline's label: money in yuan, rates in percent, counts as whole numbers. */
  static String axisLabel(Metric m, double v) {
    BigDecimal d = BigDecimal.valueOf(v);
    return switch (m.kind()) {
      case MONEY -> Numbers.grouped(d.movePointLeft(2).setScale(0, RoundingMode.HALF_UP));
      case RATE ->
          d.movePointRight(2).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()
              + "%";
      case COUNT -> d.setScale(0, RoundingMode.HALF_UP).toPlainString();
    };
  }

  /** A metric value as a reader reads it: money in yuan, rates in percent. */
  static String format(Metric m, BigDecimal v) {
    if (v == null) {
      return "–";
    }
    return switch (m.kind()) {
      case MONEY -> Numbers.grouped(v.movePointLeft(2).setScale(2, RoundingMode.HALF_UP));
      case RATE -> Numbers.percent(v);
      case COUNT -> Numbers.grouped(v);
    };
  }

  /** A scorecard figure's value: a fraction as a percentage, like every rate on the page. */
  private static String figure(com.shopops.domain.metrics.ScoreFigure f, BigDecimal v) {
    return f.unit() == com.shopops.domain.metrics.ScoreFigure.Unit.FRACTION ? pct(v) : plain(v);
  }

  private static String score(BigDecimal v) {
    return v == null ? "–" : v.toPlainString();
  }

  private static String plain(BigDecimal v) {
    return v == null ? "–" : v.toPlainString();
  }

  /** Text already escaped with its {@code `command`}s as code (Markdown's backticks). */
  static String code(String escaped) {
    return escaped.replaceAll("`([^`]+)`", "<code>$1</code>");
  }

  static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
