package com.shopops.cli;

import picocli.CommandLine.Command;

@Command(
    name = "orders",
    description = "List and look up orders.",
    subcommands = {OrdersListCommand.class, OrdersShowCommand.class})
final class OrdersCommand {
  private OrdersCommand() {}
}
