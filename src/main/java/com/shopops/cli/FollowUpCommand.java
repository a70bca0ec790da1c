package com.shopops.cli;

import picocli.CommandLine.Command;

@Command(
    name = "followup",
    description = {
      "The follow-up log (客服跟进记录): add entries, list them, see what is due.",
      "The follow-up log (客服跟进记录): who contacted which customer, how, what came of it and "
          + "when to call again. Append-only: a correction is a new entry (--corrects ID)."
    },
    subcommands = {FollowUpAddCommand.class, FollowUpListCommand.class, FollowUpDueCommand.class})
final class FollowUpCommand {}
