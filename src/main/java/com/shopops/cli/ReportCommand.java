package com.shopops.cli;

import com.shopops.app.ExitCodes;

import com.shopops.app.UserException;

import com.shopops.domain.metrics.DateRange;
import com.shopops.domain.metrics.Granularity;
import com.shopops.domain.metrics.Metrics;
import com.shopops.domain.metrics.MetricsRow;
import com.shopops.domain.metrics.PeriodMetrics;
import com.shopops.domain.metrics.ScoreFigure;
import com.shopops.domain.metrics.Scorecard;
import com.shopops.config.ScoreConfig;
import com.shopops.render.report.HtmlReport;
import com.shopops.store.MetricsQueries;
import com.shopops.store.MetricsQueries.Figures;
import com.shopops.store.MetricsQueries.Span;
import com.shopops.store.ScoreQueries;
import com.shopops.store.Store;
import com.shopops.render.Table;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "report",
    description = {
      "A self-contained HTML report (no network: inline SVG charts) of the store over a period:",
      "key figures, daily PV/UV/conversion/sales charts, the scorecard with its diagnosis, and",
      "shipping and returns summaries when those were imported. Written atomically."
    },
    sortOptions = false,
    footerHeading = "%nExamples:%n",
    footer = {
      "  shopops report --html report.html",
      "  shopops report --html /var/www/shop/report.html --force --from 2026-11-01 --to 2026-11-19",
      "  # cron, every morning at 7: 0 7 * * * shopops report --html ~/report.html --force -q"
    })
final class ReportCommand extends BaseCommand {
  @Option(names = "--html", paramLabel = "FILE", required = true,
      description = "The HTML file to write.")
  Path html;

  @Option(names = "--from", paramLabel = "DATE", description = "First day (default: 30 days back).")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Last day (default: yesterday).")
  String to;

  @Option(names = "--force", description = "Replace FILE if it exists.")
  boolean force;

  @Override
  public Integer call() throws SQLException {
    try (Store store = openStore()) {
      ZoneId zone = store.zone();
      var now = asOf(zone);
      LocalDate t = to == null ? now.atZone(zone).toLocalDate().minusDays(1) : date("--to", to);
      DateRange range = MetricsCommand.range(from == null ? t.minusDays(29).toString() : from,
          t.toString(), t, Granularity.DAY);
      MetricsQueries q = new MetricsQueries(store);
      List<Span> days = MetricsQueries.spans(Granularity.DAY, range, zone);
      Figures daily = q.figures(days, null);
      List<MetricsRow> rows = MetricsCommand.rows(days, daily);
      Figures whole = q.figures(List.of(MetricsQueries.span(range, zone)), null);
      PeriodMetrics total = Metrics.compute(whole.bySpan().get(0));
      ScoreQueries sq = new ScoreQueries(store);
      Scorecard card;
      try {
        card = Scorecard.compute(sq.measure(range, true), sq.measure(range.previous(), true),
            ScoreConfig.policy(ConfigCommand.load(store)));
      } catch (IllegalArgumentException e) {
        throw new UserException(ExitCodes.BAD_INPUT, "score configuration: " + e.getMessage(),
            "see `shopops config show`");
      }
      Table notes = new Table();
      MetricsCommand.notes(notes, whole, null, List.of(), Granularity.DAY);
      HtmlReport report = new HtmlReport(
          "Store report " + range, range,
          DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(now.atZone(zone)) + " "
              + zone.getId(),
          total, rows, card, shipping(q, range, zone, card), returns(q, range, zone, total),
          notes.notes());
      try {
        writeAtomically(html, force, report::write);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      info("Wrote the report for " + range + " to " + html);
    }
    return ExitCodes.OK;
  }

  private static List<String[]> shipping(MetricsQueries q, DateRange r, ZoneId zone,
      Scorecard card) throws SQLException {
    long[] s = q.shipped(r.start(zone), r.end(zone));
    List<String[]> out = new ArrayList<>();
    if (s == null) {
      return out;
    }
    out.add(new String[] {"Orders shipped", Long.toString(s[0])});
    out.add(new String[] {"Shipped within 24 h of payment", Long.toString(s[1])});
    out.add(new String[] {"On-time ship rate", pct(card.figure(ScoreFigure.ON_TIME_SHIP_RATE).value())});
    out.add(new String[] {"Median hours paid → shipped",
        plain(card.figure(ScoreFigure.MEDIAN_SHIP_HOURS).value())});
    BigDecimal delivery = card.figure(ScoreFigure.ON_TIME_DELIVERY_RATE).value();
    if (delivery != null) {
      out.add(new String[] {"On-time delivery rate", pct(delivery)});
    }
    return out;
  }

  private static List<String[]> returns(MetricsQueries q, DateRange r, ZoneId zone,
      PeriodMetrics total) throws SQLException {
    long[] s = q.returnSummary(r.start(zone), r.end(zone));
    List<String[]> out = new ArrayList<>();
    if (s == null) {
      return out;
    }
    out.add(new String[] {"Return requests", Long.toString(s[0])});
    out.add(new String[] {"Units returned", Long.toString(s[1])});
    out.add(new String[] {"Refunded", BigDecimal.valueOf(s[2], 2).toPlainString()});
    out.add(new String[] {"Return rate (units requested / delivered)", pct(total.returnRate())});
    return out;
  }

  private static String pct(BigDecimal v) {
    return v == null ? "–" : v.movePointRight(2).setScale(2, RoundingMode.HALF_UP) + "%";
  }

  private static String plain(BigDecimal v) {
    return v == null ? "–" : v.toPlainString();
  }
}
