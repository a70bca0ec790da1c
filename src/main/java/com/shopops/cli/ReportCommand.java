package com.shopops.cli;

import com.shopops.app.ExitCodes;
import com.shopops.app.Rules;
import com.shopops.app.UserException;
import com.shopops.app.metrics.ReportQuery;
import com.shopops.app.metrics.ReportService;
import com.shopops.app.metrics.StoreReport;
import com.shopops.domain.metrics.Metric;
import com.shopops.render.report.ActionTable;
import com.shopops.render.report.HtmlReport;
import com.shopops.render.report.PngReport;
import com.shopops.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.format.DateTimeFormatter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

@Command(
    name = "report",
    description = {
      "A self-contained HTML report of the store, or a PNG summary.",
      "A self-contained HTML report (no network: inline SVG charts) of the store over a "
          + "period:",
      "key figures, daily PV/UV/conversion/sales charts, the scorecard with its diagnosis, "
          + "and shipping and returns summaries when those were imported, and today's actions "
          + "(orders at risk or overdue, refunds due, return windows closing, follow-ups due). "
          + "--png draws the morning summary (key figures, the trend, today's actions) as one "
          + "picture for a chat group; Chinese needs a CJK font (Debian: fonts-noto-cjk). Written "
          + "atomically.",
      "Default period: the 30 days up to --to (default: yesterday)."
    },
    sortOptions = false,
    footerHeading = "%nExamples:%n",
    footer = {
      "  shopops report --html report.html",
      "  shopops report --png morning.png --force",
      "  shopops report --html report-usd.html --currency USD",
      "  shopops report --html /var/www/shop/report.html --force --from 2026-11-01 --to 2026-11-19",
      "  # cron, every morning at 7: 0 7 * * * shopops report --html ~/report.html --force -q"
    })
final class ReportCommand extends BaseCommand {
  @Option(names = "--html", paramLabel = "FILE", description = "The HTML file to write.")
  Path html;

  @Option(
      names = "--png",
      paramLabel = "FILE",
      description = "The PNG picture to write (1080 px wide).")
  Path png;

  @Mixin PeriodOptions period;

  @Mixin CurrencyOption currency;

  @Option(names = "--force", description = "Replace FILE if it exists.")
  boolean force;

  @Override
  public Integer call() throws SQLException {
    if (html == null && png == null) {
      throw new ParameterException(
          spec.commandLine(), "report: give --html FILE, --png FILE or both");
    }
    period.check();
    if (png != null) { // before the work, and the hints name the option given
      OutputTarget.check(png, force, "--png");
    }
    if (html != null) {
      OutputTarget.check(html, force, "--html");
    }
    try (Store store = openStore()) {
      StoreReport r =
          new ReportService(store, Rules.of(store))
              .report(
                  new ReportQuery(period.from(), period.to(), asOf(store.zone()), currency.code));
      HtmlReport page =
          new HtmlReport(
              messages().get("report.title", r.period()),
              r.period(),
              DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(r.asOf().atZone(r.zone()))
                  + " "
                  + r.zone().getId(),
              r.total(),
              r.daily(),
              r.card(),
              r.shipping(),
              r.returns(),
              ShownColumnNotes.said(
                  r.notes(),
                  HtmlReport.KPIS.stream().map(Metric::column).toList(),
                  messages()), // tryout30b B4
              r.previousTotal(),
              r.previousDaily(),
              ActionTable.of(r.actions(), messages(), r.zone()),
              messages(),
              r.currency(),
              r.nothingInPeriod() == null
                  ? null
                  : ErrorText.translate(messages(), r.nothingInPeriod()));
      try {
        if (png != null) {
          writePng(page);
        }
        if (html != null) {
          writeAtomically(
              html,
              force,
              w -> { // no mobile number in a page that gets mailed around
                java.io.StringWriter text = new java.io.StringWriter();
                page.write(text);
                w.write(com.shopops.domain.lists.Masking.redact(text.toString()));
              });
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      for (Path p : new Path[] {html, png}) {
        if (p != null) {
          info(messages().get("report.wrote", r.period(), p));
        }
      }
    }
    return ExitCodes.OK;
  }

  /** The picture, or exit 2 with what to install when no font can show its text. */
  private void writePng(HtmlReport page) throws IOException {
    PngReport picture;
    try {
      picture = new PngReport(page, PngReport.installedFonts());
    } catch (PngReport.NoFontException e) {
      throw new UserException(
          ExitCodes.USAGE,
          messages().get("report.png.no_font", e.getMessage()),
          messages().get("report.png.no_font_hint"));
    } catch (java.awt.AWTError | UnsatisfiedLinkError e) {
      throw new UserException(
          ExitCodes.USAGE,
          messages().get("report.png.no_renderer", e.getMessage()),
          messages().get("report.png.no_font_hint"));
    }
    TableOutput.writeBytesAtomically(png, force, picture::write);
  }
}
