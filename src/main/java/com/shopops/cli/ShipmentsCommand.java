package com.shopops.cli;

import picocli.CommandLine.Command;

@Command(
    name = "shipments",
    description =
        "See and mend an order's parcels (shipments come in with `shopops import shipments`).",
    subcommands = {
      ShipmentsListCommand.class,
      ShipmentsRemoveParcelCommand.class,
      ShipmentsRestoreParcelCommand.class
    })
final class ShipmentsCommand {
  private ShipmentsCommand() {}
}
