package com.shopops.cli;

import com.shopops.app.sla.SlaGrouping;
import com.shopops.app.sla.SlaReportResult;
import com.shopops.app.sla.SlaService;
import com.shopops.store.Store;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

@Command(
    name = "report",
    header = "Shipping and delivery figures per day, week, carrier, province or SKU.",
    description = {
      "Shipping and delivery figures per day, week, carrier, province or SKU, with a total "
          + "row:",
      "counts per status, on-time ship rate, breach rate, median and p90 hours paid→shipped "
          + "and shipped→delivered, delivery on-time rate. Orders are placed in a period by their "
          + "paid day (created day when unpaid); cancelled/refunded-before-shipping orders are "
          + "counted under `excluded` and left out of every rate."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  shopops sla report --from 2026-11-01 --to 2026-11-19",
      "  shopops sla report --by carrier --format table",
      "  shopops sla report --by week --from 2026-10-01 --format csv --out sla-weeks.csv"
    })
final class SlaReportCommand extends BaseCommand {
  @Mixin PeriodOptions period;

  @Option(
      names = "--by",
      paramLabel = "KEY",
      defaultValue = "day",
      converter = SlaReportCommand.ByConverter.class,
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  SlaGrouping by;

  @Mixin FailOnBreachOption alert;

  @Mixin OutputOptions output;

  /** {@code --by}: a grouping's code, any case. */
  static final class ByConverter implements ITypeConverter<SlaGrouping> {
    @Override
    public SlaGrouping convert(String value) {
      try {
        return SlaGrouping.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  @Override
  public Integer call() throws SQLException {
    try (Store store = openStore()) {
      ZoneId zone = store.zone();
      Instant asOf = asOf(zone);
      SlaReportResult report =
          new SlaService(store).report(new SlaService.ReportQuery(asOf, period.span(zone), by));
      render(SlaTables.report(report, asOf, zone), output, zone);
      if (report.leftOut() > 0) {
        long n = report.leftOut();
        String note =
            n
                + (n == 1 ? " order was" : " orders were")
                + " left out of the hours:"
                + " implausible times (shipped before paid or delivered before shipped; `shopops"
                + " imports show ID` lists an import's anomalies)";
        info(messages().get("note.prefix") + ErrorText.translate(messages(), note));
      }
      return alert.exitCode(this, report.alerts(), asOf, zone);
    }
  }
}
