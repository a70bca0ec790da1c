package com.shopops.cli;

import com.shopops.app.ExitCodes;
import com.shopops.app.followups.FollowUpService;
import com.shopops.store.Store;
import java.sql.SQLException;
import java.time.ZoneId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "list",
    header = "Entries of the follow-up log, latest first.",
    description =
        "Entries of the follow-up log, latest first (corrections included, each"
            + " naming the entry it corrects); --from/--to: contacts on those days.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  shopops followup list --customer C00042",
      "  shopops followup list --agent 小王 --from 2026-11-01 --to 2026-11-20"
    })
final class FollowUpListCommand extends BaseCommand {
  @Option(names = "--customer", paramLabel = "ID", description = "One customer's entries.")
  String customer;

  @Option(names = "--agent", paramLabel = "NAME", description = "One agent's entries.")
  String agent;

  @Mixin PeriodOptions period;

  @Mixin OutputOptions output;

  @Override
  public Integer call() throws SQLException {
    try (Store store = openStore()) {
      ZoneId zone = store.zone();
      var entries = new FollowUpService(store).list(customer, agent, period.span(zone));
      render(FollowUpTables.log(entries), output, zone);
    }
    return ExitCodes.OK;
  }
}
