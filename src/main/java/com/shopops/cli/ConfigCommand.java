package com.shopops.cli;

import picocli.CommandLine.Command;

@Command(
    name = "config",
    description =
        "The rules in force (ship-by times, return window, thresholds), kept in the store.",
    subcommands = {
      ConfigShowCommand.class,
      ConfigSetCommand.class,
      ConfigUnsetCommand.class,
      ConfigHistoryCommand.class
    })
final class ConfigCommand {
  private ConfigCommand() {}
}
