package com.shopops.cli;

import com.shopops.app.ExitCodes;
import com.shopops.app.Rules;
import com.shopops.app.metrics.ReportQuery;
import com.shopops.app.metrics.ReportService;
import com.shopops.app.metrics.StoreReport;
import com.shopops.render.report.ActionTable;
import com.shopops.render.report.HtmlReport;
import com.shopops.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.format.DateTimeFormatter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "report",
    description = {
      "A self-contained HTML report (no network: inline SVG charts) of the store over a period:",
      "key figures, daily PV/UV/conversion/sales charts, the scorecard with its diagnosis, and",
      "shipping and returns summaries when those were imported. Written atomically.",
      "Default period: the 30 days up to --to (default: yesterday)."
    },
    sortOptions = false,
    footerHeading = "%nExamples:%n",
    footer = {
      "  shopops report --html report.html",
      "  shopops report --html /var/www/shop/report.html --force --from 2026-11-01 --to 2026-11-19",
      "  # cron, every morning at 7: 0 7 * * * shopops report --html ~/report.html --force -q"
    })
final class ReportCommand extends BaseCommand {
  @Option(
      names = "--html",
      paramLabel = "FILE",
      required = true,
      description = "The HTML file to write.")
  Path html;

  @Mixin PeriodOptions period;

  @Option(names = "--force", description = "Replace FILE if it exists.")
  boolean force;

  @Override
  public Integer call() throws SQLException {
    period.check();
    try (Store store = openStore()) {
      StoreReport r =
          new ReportService(store, Rules.of(store))
              .report(new ReportQuery(period.from(), period.to(), asOf(store.zone())));
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
              r.notes().stream().map(n -> ErrorText.translate(messages(), n)).toList(),
              r.previousTotal(),
              r.previousDaily(),
              ActionTable.of(r.actions(), messages(), r.zone()),
              messages());
      try {
        writeAtomically(
            html,
            force,
            w -> { // no mobile number in a page that gets mailed around
              java.io.StringWriter text = new java.io.StringWriter();
              page.write(text);
              w.write(com.shopops.domain.lists.Masking.redact(text.toString()));
            });
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      info(messages().get("report.wrote", r.period(), html));
    }
    return ExitCodes.OK;
  }
}
