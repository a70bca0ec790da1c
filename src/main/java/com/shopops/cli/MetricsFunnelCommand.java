package com.shopops.cli;

import com.shopops.app.ExitCodes;
import com.shopops.app.Rules;
import com.shopops.app.metrics.FunnelQuery;
import com.shopops.app.metrics.FunnelReport;
import com.shopops.app.metrics.MetricsService;
import com.shopops.domain.metrics.Funnel;
import com.shopops.render.Column;
import com.shopops.render.Table;
import com.shopops.store.Store;
import java.sql.SQLException;
import java.time.ZoneId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "funnel",
    header = "The purchase funnel from raw events, with its conversion rates.",
    description = {
      "The purchase funnel from raw events: distinct visitors → viewed a SKU → added to cart "
          + "→ ordered → paid, with the conversion from the step before and from the first step.",
      "Default period: the 30 days up to --to (default: today)."
    },
    sortOptions = false,
    footerHeading = "%nExamples:%n",
    footer = {
      "  shopops metrics funnel",
      "  shopops metrics funnel --from 2026-11-01 --to 2026-11-19"
    })
final class MetricsFunnelCommand extends BaseCommand {
  @Mixin PeriodOptions period;

  @Mixin OutputOptions output;

  @Override
  public Integer call() throws SQLException {
    period.check();
    try (Store store = openStore()) {
      ZoneId zone = store.zone();
      FunnelReport f =
          new MetricsService(store, Rules.of(store))
              .funnel(new FunnelQuery(period.from(), period.to(), asOf(zone)));
      Table t =
          new Table(
              Column.text("stage"),
              Column.integer("visitors"),
              Column.rate("step_conversion"),
              Column.rate("overall_conversion"));
      for (Funnel.Step s : f.steps()) {
        t.addRow(s.name(), s.count(), s.stepConversion(), s.overallConversion());
      }
      f.notes().forEach(t::addNote);
      render(t, output, zone);
    }
    return ExitCodes.OK;
  }
}
