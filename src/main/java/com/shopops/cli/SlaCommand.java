package com.shopops.cli;

import picocli.CommandLine.Command;

@Command(
    name = "sla",
    description = {
      "Shipping deadlines (发货时效): orders at risk, late or overdue.",
      "Shipping deadlines (发货时效) and the 211 delivery promise: which orders will miss their "
          + "ship-by deadline, which already did, and how the shop ships over time.",
      "Rules: `shopops config show` (sla.*); every answer is as of --now."
    },
    subcommands = {
      SlaReportCommand.class,
      SlaBreachesCommand.class,
      SlaOverdueCommand.class,
      SlaAtRiskCommand.class
    })
final class SlaCommand {}
