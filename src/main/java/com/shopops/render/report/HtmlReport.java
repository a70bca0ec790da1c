package com.shopops.render.report;

import com.shopops.domain.metrics.CapabilityScore;
import com.shopops.domain.metrics.DateRange;
import com.shopops.domain.metrics.Diagnosis;
import com.shopops.domain.metrics.FigureScore;
import com.shopops.domain.metrics.Metric;
import com.shopops.domain.metrics.MetricsRow;
import com.shopops.domain.metrics.PeriodMetrics;
import com.shopops.domain.metrics.ReturnsSummary;
import com.shopops.domain.metrics.Scorecard;
import com.shopops.domain.metrics.ShippingSummary;
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
 * @param messages the language of the headings, labels and figure names.
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
    com.shopops.render.Messages messages) {

  private static final int W = 640;
  private static final int H = 160;
  private static final int PAD = 36;

  /** In English. */
  public HtmlReport(String title, DateRange period, String asOf, PeriodMetrics total,
      List<MetricsRow> daily, Scorecard card, ShippingSummary shipping, ReturnsSummary returns,
      List<String> notes) {
    this(title, period, asOf, total, daily, card, shipping, returns, notes,
        com.shopops.render.Messages.english());
  }

  public void write(Writer out) throws IOException {
    StringBuilder sb = new StringBuilder(32_768);
    sb.append("<!DOCTYPE html>\n<html lang=\"" + messages.language().code() + "\">\n<head>\n"
        + "<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(esc(title)).append("</title>\n<style>\n")
        .append("body{font-family:-apple-system,'Segoe UI','PingFang SC','Microsoft YaHei',")
        .append("sans-serif;margin:24px auto;max-width:760px;color:#222}\n")
        .append("h1{font-size:22px}h2{font-size:17px;margin-top:28px;border-bottom:1px solid #ddd}\n")
        .append("table{border-collapse:collapse;font-size:13px}td,th{padding:3px 8px;")
        .append("border-bottom:1px solid #eee;text-align:left}td.n,th.n{text-align:right}\n")
        .append(".kpi{display:inline-block;margin:0 18px 10px 0}.kpi b{display:block;")
        .append("font-size:20px}.muted{color:#777;font-size:12px}svg{display:block;")
        .append("margin:6px 0 14px}\n</style>\n</head>\n<body>\n");
    sb.append("<h1>").append(esc(title)).append("</h1>\n<p class=\"muted\">")
        .append(esc(period.toString())).append(" · ").append(messages.get("report.as_of"))
        .append(" ").append(esc(asOf)).append("</p>\n");

    sb.append("<h2>").append(messages.get("report.key_figures")).append("</h2>\n<div>");
    for (Metric m : List.of(Metric.PV, Metric.UV, Metric.ORDERS, Metric.BUYERS, Metric.SALES,
        Metric.CONVERSION_RATE, Metric.SALES_PER_BUYER, Metric.AOV, Metric.REPEAT_RATE)) {
      sb.append("<span class=\"kpi\"><b>").append(esc(format(m, total.decimal(m))))
          .append("</b>").append(esc(messages.column(m.column()))).append("</span>");
    }
    sb.append("</div>\n");

    sb.append("<h2>").append(messages.get("report.daily_trends")).append("</h2>\n");
    for (Metric m : List.of(Metric.PV, Metric.UV, Metric.CONVERSION_RATE, Metric.SALES)) {
      sb.append("<div class=\"muted\">").append(esc(messages.column(m.column())))
          .append("</div>\n");
      sb.append(chart(m));
    }

    sb.append("<h2>").append(messages.get("report.scorecard")).append("</h2>\n");
    sb.append("<p><b>").append(messages.get("report.overall")).append(" ")
        .append(esc(score(card.overall()))).append("</b>")
        .append(card.previousOverall() == null ? "" : " (" + messages.get("report.previous") + " "
            + esc(score(card.previousOverall())) + ")").append("</p>\n");
    sb.append("<table>\n<tr><th>").append(messages.get("report.capability_figure"))
        .append("</th><th class=\"n\">").append(messages.get("report.value"))
        .append("</th><th class=\"n\">").append(messages.get("report.score"))
        .append("</th><th class=\"n\">").append(messages.get("report.previous"))
        .append("</th></tr>\n");
    for (CapabilityScore c : card.capabilities()) {
      sb.append("<tr><td><b>").append(esc(c.capability().label())).append("</b></td><td></td>")
          .append("<td class=\"n\"><b>").append(esc(score(c.score()))).append("</b></td>")
          .append("<td class=\"n\">").append(esc(score(c.previousScore()))).append("</td></tr>\n");
      for (FigureScore f : c.figures()) {
        sb.append("<tr><td>&nbsp;&nbsp;").append(esc(f.figure().label())).append("</td>")
            .append("<td class=\"n\">").append(esc(plain(f.value()))).append("</td>")
            .append("<td class=\"n\">").append(esc(score(f.score()))).append("</td>")
            .append("<td class=\"n\">").append(esc(plain(f.previousValue()))).append("</td></tr>\n");
      }
    }
    sb.append("</table>\n");
    if (!card.diagnosis().isEmpty()) {
      sb.append("<h2>").append(messages.get("report.diagnosis")).append("</h2>\n<ul>\n");
      for (Diagnosis d : card.diagnosis()) {
        sb.append("<li><b>").append(esc(d.kind().name().toLowerCase(Locale.ROOT))).append("</b> ")
            .append(esc(d.figure().label())).append(" (").append(esc(plain(d.value())))
            .append(", ").append(messages.get("report.score")).append(" ")
            .append(esc(score(d.score()))).append("): ")
            .append(esc(d.suggestion())).append("</li>\n");
      }
      sb.append("</ul>\n");
    }
    section(sb, messages.get("report.shipping"), shippingLines(),
        messages.get("report.no_shipping"));
    section(sb, messages.get("report.returns"), returnsLines(),
        messages.get("report.no_returns"));
    if (!notes.isEmpty()) {
      sb.append("<h2>").append(messages.get("report.notes"))
          .append("</h2>\n<ul class=\"muted\">\n");
      for (String n : notes) {
        sb.append("<li>").append(esc(n)).append("</li>\n");
      }
      sb.append("</ul>\n");
    }
    sb.append("<p class=\"muted\">").append(messages.get("report.generated")).append("</p>\n")
        .append("</body>\n</html>\n");
    out.write(sb.toString());
  }

  private List<String[]> shippingLines() {
    List<String[]> out = new ArrayList<>();
    if (shipping == null) {
      return out;
    }
    out.add(new String[] {
        messages.get("report.orders_shipped"), Long.toString(shipping.shipped())});
    out.add(new String[] {messages.get("report.shipped_by_deadline"),
        Long.toString(shipping.shippedOnTime())});
    out.add(new String[] {messages.get("report.on_time_ship_rate"), pct(shipping.onTimeRate())});
    out.add(new String[] {
        messages.get("report.median_ship_hours"), plain(shipping.medianShipHours())});
    if (shipping.onTimeDeliveryRate() != null) {
      out.add(new String[] {
          messages.get("report.on_time_delivery_rate"), pct(shipping.onTimeDeliveryRate())});
    }
    return out;
  }

  private List<String[]> returnsLines() {
    List<String[]> out = new ArrayList<>();
    if (returns == null) {
      return out;
    }
    out.add(new String[] {
        messages.get("report.return_requests"), Long.toString(returns.requests())});
    out.add(new String[] {messages.get("report.units_returned"), Long.toString(returns.units())});
    out.add(new String[] {messages.get("report.refunded"),
        BigDecimal.valueOf(returns.refunded(), 2).toPlainString()});
    out.add(new String[] {messages.get("report.return_rate"), pct(returns.returnRate())});
    return out;
  }

  private static String pct(BigDecimal v) {
    return v == null ? "–" : v.movePointRight(2).setScale(2, RoundingMode.HALF_UP) + "%";
  }

  private static void section(StringBuilder sb, String title, List<String[]> rows, String none) {
    sb.append("<h2>").append(esc(title)).append("</h2>\n");
    if (rows.isEmpty()) {
      sb.append("<p class=\"muted\">").append(esc(none)).append("</p>\n");
      return;
    }
    sb.append("<table>\n");
    for (String[] r : rows) {
      sb.append("<tr><td>").append(esc(r[0])).append("</td><td class=\"n\">").append(esc(r[1]))
          .append("</td></tr>\n");
    }
    sb.append("</table>\n");
  }

  /** A line chart of one metric over the days; gaps (missing values) break the line. */
  String chart(Metric m) {
    List<BigDecimal> ys = new ArrayList<>();
    for (MetricsRow r : daily) {
      ys.add(r.metrics().decimal(m));
    }
    BigDecimal max = BigDecimal.ZERO;
    for (BigDecimal y : ys) {
      if (y != null && y.compareTo(max) > 0) {
        max = y;
      }
    }
    StringBuilder sb = new StringBuilder();
    sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(W)
        .append("\" height=\"").append(H).append("\" viewBox=\"0 0 ").append(W).append(' ')
        .append(H).append("\" role=\"img\" aria-label=\"").append(esc(m.column())).append("\">");
    sb.append("<line x1=\"").append(PAD).append("\" y1=\"").append(H - PAD / 2)
        .append("\" x2=\"").append(W - 8).append("\" y2=\"").append(H - PAD / 2)
        .append("\" stroke=\"#ccc\"/>");
    sb.append("<text x=\"2\" y=\"14\" font-size=\"11\" fill=\"#777\">")
        .append(esc(format(m, max))).append("</text>");
    sb.append("<text x=\"2\" y=\"").append(H - PAD / 2).append("\" font-size=\"11\" fill=\"#777\">0</text>");
    int n = ys.size();
    StringBuilder path = new StringBuilder();
    boolean pen = false;
    for (int i = 0; i < n; i++) {
      BigDecimal y = ys.get(i);
      if (y == null) {
        pen = false;
        continue;
      }
      double x = PAD + (n == 1 ? 0 : (double) i * (W - PAD - 8) / (n - 1));
      double frac = max.signum() == 0 ? 0 : y.divide(max, 6, RoundingMode.HALF_UP).doubleValue();
      double py = (H - PAD / 2.0) - frac * (H - PAD);
      path.append(pen ? " L" : " M").append(String.format(Locale.ROOT, "%.1f %.1f", x, py));
      pen = true;
    }
    if (path.length() > 0) {
      sb.append("<path d=\"").append(path.toString().strip())
          .append("\" fill=\"none\" stroke=\"#d9480f\" stroke-width=\"2\"/>");
    }
    if (n > 0) {
      sb.append("<text x=\"").append(PAD).append("\" y=\"").append(H - 2)
          .append("\" font-size=\"11\" fill=\"#777\">")
          .append(esc(daily.get(0).dates().from().toString())).append("</text>");
      sb.append("<text x=\"").append(W - 8).append("\" y=\"").append(H - 2)
          .append("\" font-size=\"11\" fill=\"#777\" text-anchor=\"end\">")
          .append(esc(daily.get(n - 1).dates().to().toString())).append("</text>");
    }
    return sb.append("</svg>\n").toString();
  }

  /** A metric value as a reader reads it: money in yuan, rates in percent. */
  static String format(Metric m, BigDecimal v) {
    if (v == null) {
      return "–";
    }
    return switch (m.kind()) {
      case MONEY -> v.movePointLeft(2).setScale(2, RoundingMode.HALF_UP).toPlainString();
      case RATE -> v.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
      case COUNT -> v.toPlainString();
    };
  }

  private static String score(BigDecimal v) {
    return v == null ? "–" : v.toPlainString();
  }

  private static String plain(BigDecimal v) {
    return v == null ? "–" : v.toPlainString();
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
