package com.shopops.cli;

import com.shopops.app.sla.SlaListing;
import com.shopops.app.sla.SlaService;
import com.shopops.store.Store;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

@Command(
    name = "at-risk",
    header = "Paid, unshipped orders about to miss their ship-by deadline.",
    description = {
      "Paid, unshipped orders whose ship-by deadline is not yet passed but comes within "
          + "--within (default sla.at_risk_within, 4h), least time left first."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  shopops sla at-risk",
      "  shopops sla at-risk --within 8h --format table",
      "  shopops sla at-risk --format csv --out at-risk-$(date +%%F).csv --force"
    })
final class SlaAtRiskCommand extends BaseCommand {
  @Option(
      names = "--within",
      paramLabel = "DURATION",
      description =
          "How close the deadline must be, e.g. 4h, 90m, 1d (default: sla.at_risk_within).")
  Duration within;

  @Mixin FailOnBreachOption alert;

  @Mixin OutputOptions output;

  @Override
  public Integer call() throws SQLException {
    if (within != null && within.isNegative()) {
      throw new ParameterException(spec.commandLine(), "--within: must not be negative");
    }
    try (Store store = openStore()) {
      ZoneId zone = store.zone();
      Instant asOf = asOf(zone);
      SlaListing atRisk = new SlaService(store).atRisk(new SlaService.AtRiskQuery(asOf, within));
      var service = new SlaService(store);
      var items = SlaTables.asksItems(output.columns) ? service.items(atRisk) : null;
      render(SlaTables.listing(atRisk, false, false, items), output, zone);
      return alert.exitCode(this, atRisk.alerts(), asOf, zone);
    }
  }
}
