package com.shopops.cli;

import picocli.CommandLine.Command;

@Command(
    name = "store",
    description = "The store as a whole: copy it between an SQLite file and PostgreSQL.",
    subcommands = {StoreCopyCommand.class})
final class StoreCommand {
  private StoreCommand() {}
}
