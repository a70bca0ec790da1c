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
    name = "overdue",
    header = "Paid orders still unshipped past their ship-by deadline, oldest first.",
    description = {
      "Paid orders still unshipped past their ship-by deadline (sla.ship_within), oldest first;",
      "status breached when also past sla.ship_max."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  shopops sla overdue",
      "  shopops sla overdue --fail-on-breach || notify-ops \"late shipments\""
    })
final class SlaOverdueCommand extends BaseCommand {
  @Mixin FailOnBreachOption alert;

  @Mixin OutputOptions output;

  @Override
  public Integer call() throws SQLException {
    try (Store store = openStore()) {
      ZoneId zone = store.zone();
      Instant asOf = asOf(zone);
      SlaListing overdue = new SlaService(store).overdue(asOf);
      var service = new SlaService(store);
      var items = SlaTables.asksItems(output.columns) ? service.items(overdue) : null;
      render(SlaTables.listing(overdue, true, false, items), output, zone);
      return alert.exitCode(this, overdue.alerts(), asOf, zone);
    }
  }
}
