package com.shopops.cli;

import picocli.CommandLine.Command;

@Command(
    name = "shipments",
    description = "Mend an order's parcels (shipments come in with `shopops import shipments`).",
    subcommands = {ShipmentsRemoveParcelCommand.class})
final class ShipmentsCommand {
  private ShipmentsCommand() {}
}
