package com.shopops.cli;

import com.shopops.config.Config;
import com.shopops.store.ConfigStore;
import com.shopops.store.Store;
import java.sql.SQLException;
import picocli.CommandLine.Command;

@Command(
    name = "config",
    description = "The rules in force (ship-by times, return window, thresholds), kept in the store.",
    subcommands = {ConfigShowCommand.class, ConfigSetCommand.class, ConfigUnsetCommand.class})
final class ConfigCommand {

  /**
   * The store's config: what is stored over the defaults.
   *
   * <p>Replaced by {@link com.shopops.app.Rules#of(Store)}; goes when its last caller does.
   */
  static Config load(Store store) throws SQLException {
    return new Config(new ConfigStore(store).all());
  }
}
