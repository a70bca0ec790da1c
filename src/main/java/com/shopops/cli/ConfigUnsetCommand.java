package com.shopops.cli;

import com.shopops.app.ExitCodes;
import com.shopops.app.store.ConfigService;
import com.shopops.store.Store;
import java.sql.SQLException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(
    name = "unset",
    description = "Go back to a rule's default.",
    footerHeading = "%nExample:%n",
    footer = {"  shopops config unset sla.ship_within"})
final class ConfigUnsetCommand extends BaseCommand {
  @Parameters(index = "0", paramLabel = "KEY")
  String key;

  @picocli.CommandLine.Mixin AgentOption agent; // who changed the rule: config history

  @Override
  public Integer call() throws SQLException {
    ConfigService.unsettable(key);
    try (Store store = openStore()) {
      ConfigService config = new ConfigService(store);
      boolean had =
          config.unset(key, new ConfigService.By(recordTime(store.zone()), agent.of(this, store)));
      info(messages().get(had ? "info.config_default" : "info.config_not_set", key));
      int judged = config.judgeReturnsAgain(key);
      if (judged > 0) { // stored flags follow the new rules (review19 V23)
        info(messages().get("note.prefix") + messages().get("note.config_returns_judged", judged));
      }
    }
    return ExitCodes.OK;
  }
}
