package com.shopops.cli;

import com.shopops.app.ExitCodes;

import com.shopops.app.UserException;

import com.shopops.config.Config;
import com.shopops.config.ConfigKey;
import com.shopops.render.Column;
import com.shopops.render.Table;
import com.shopops.store.ConfigStore;
import com.shopops.store.Store;
import java.sql.SQLException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
    name = "config",
    description = "The rules in force (ship-by times, return window, thresholds), kept in the store.",
    subcommands = {ConfigCommand.Show.class, ConfigCommand.Set.class, ConfigCommand.Unset.class})
final class ConfigCommand {

  /** The store's config: what is stored over the defaults. */
  static Config load(Store store) throws SQLException {
    return new Config(new ConfigStore(store).all());
  }

  @Command(name = "show", description = "Every rule: its value, default and meaning.",
      footerHeading = "%nExample:%n", footer = {"  shopops config show"})
  static final class Show extends BaseCommand {
    @Mixin OutputOptions output;

    @Override
    public Integer call() throws SQLException {
      try (Store store = openStore()) {
        Config config = load(store);
        Table t = new Table(Column.text("key"), Column.text("value"), Column.text("default"),
            Column.text("source"), Column.text("description"));
        for (ConfigKey k : Config.allKeys()) {
          t.addRow(k.name(), config.get(k.name()), k.defaultValue(),
              config.isSet(k.name()) ? "store" : "default", k.description());
        }
        t.addRow("zone", store.zone().getId(), null, "init", "Time zone of the store (set at init)");
        render(t, output, store.zone());
      }
      return ExitCodes.OK;
    }
  }

  @Command(name = "set", description = "Change a rule.",
      footerHeading = "%nExamples:%n",
      footer = {"  shopops config set sla.ship_within 48h",
          "  shopops config set sla.holidays 2026-10-01..2026-10-07"})
  static final class Set extends BaseCommand {
    @Parameters(index = "0", paramLabel = "KEY") String key;

    @Parameters(index = "1", paramLabel = "VALUE") String value;

    @Override
    public Integer call() throws SQLException {
      ConfigKey k = Config.key(key).orElseThrow(() -> new UserException(ExitCodes.USAGE,
          "unknown config key \"" + key + "\"", "`shopops config show` lists the keys"));
      try {
        k.check().accept(value);
      } catch (IllegalArgumentException e) {
        throw new UserException(ExitCodes.BAD_INPUT, key + ": " + e.getMessage(), null);
      }
      try (Store store = openStore()) {
        new ConfigStore(store).set(key, value.strip());
        info(key + " = " + value.strip());
      }
      return ExitCodes.OK;
    }
  }

  @Command(name = "unset", description = "Go back to a rule's default.",
      footerHeading = "%nExample:%n", footer = {"  shopops config unset sla.ship_within"})
  static final class Unset extends BaseCommand {
    @Parameters(index = "0", paramLabel = "KEY") String key;

    @Override
    public Integer call() throws SQLException {
      if (Config.key(key).isEmpty()) {
        throw new UserException(ExitCodes.USAGE, "unknown config key \"" + key + "\"",
            "`shopops config show` lists the keys");
      }
      try (Store store = openStore()) {
        boolean had = new ConfigStore(store).unset(key);
        info(key + (had ? " is back to its default" : " was not set"));
      }
      return ExitCodes.OK;
    }
  }
}
