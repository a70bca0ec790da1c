package com.shopops.cli;

import picocli.CommandLine.Command;

@Command(
    name = "returns",
    description = {
      "Returns (退货退款): the 7-day window, the return lifecycle, refunds owed.",
      "The lifecycle: requested → approved | rejected → received → refunded, with the refund "
          + "deadlines."
    },
    subcommands = {
      ReturnsAddCommand.class,
      ReturnsUpdateCommand.class,
      ReturnsCorrectCommand.class,
      ReturnsUndoStepCommand.class,
      ReturnsShowCommand.class,
      ReturnsEligibleCommand.class,
      ReturnsOpenCommand.class,
      ReturnsOverdueCommand.class,
      ReturnsReportCommand.class
    })
final class ReturnsCommand {
  private ReturnsCommand() {}
}
