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

  @Override
  public Integer call() throws SQLException {
    ConfigService.unsettable(key);
    try (Store store = openStore()) {
      boolean had = new ConfigService(store).unset(key);
      info(messages().get(had ? "info.config_default" : "info.config_not_set", key));
    }
    return ExitCodes.OK;
  }
}
