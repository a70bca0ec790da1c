package com.shopops.cli;

import com.shopops.app.sla.SlaListing;
import com.shopops.app.sla.SlaService;
import com.shopops.store.Store;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "breaches",
    description = {
      "Orders past the hard limit (sla.ship_max): shipped after it, or still unshipped past it.",
      "hours_late counts from the ship-by deadline (sla.ship_within). --from/--to: by paid day."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  shopops sla breaches --from 2026-11-01",
      "  shopops sla breaches --fail-on-breach --format csv --out breaches.csv --force"
    })
final class SlaBreachesCommand extends BaseCommand {
  @Mixin PeriodOptions period;

  @Mixin FailOnBreachOption alert;

  @Mixin OutputOptions output;

  @Override
  public Integer call() throws SQLException {
    try (Store store = openStore()) {
      ZoneId zone = store.zone();
      Instant asOf = asOf(zone);
      SlaListing breaches =
          new SlaService(store).breaches(new SlaService.BreachesQuery(asOf, period.span(zone)));
      render(SlaTables.listing(breaches, true, true, null), output, zone);
      return alert.exitCode(this, breaches.alerts(), asOf, zone);
    }
  }
}
