package com.shopops.cli;

import picocli.CommandLine.Command;

@Command(
    name = "returns",
    description = {
      "Returns (退货退款): the 7-day no-reason window, the return lifecycle",
      "(requested → approved | rejected → received → refunded) and the refund deadlines."
    },
    subcommands = {
      ReturnsAddCommand.class, ReturnsUpdateCommand.class, ReturnsEligibleCommand.class,
      ReturnsOpenCommand.class, ReturnsOverdueCommand.class, ReturnsReportCommand.class
    })
final class ReturnsCommand {
  private ReturnsCommand() {}
}
