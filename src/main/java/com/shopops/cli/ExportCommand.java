package com.shopops.cli;

import picocli.CommandLine.Command;

@Command(
    name = "export",
    description = {
      "Contact lists for people to act on: promotions and follow-ups.",
      "Contact lists for people to act on: today's promotion, and follow-ups (win-back, "
          + "delayed orders, returns, satisfaction, anniversaries, VIP care). Writing a list "
          + "records one contact per customer, so the cool-down keeps the next list from reaching "
          + "them again; --dry-run records nothing. `shopops lists` shows what was written, `lists "
          + "undo ID` takes it back.",
      "Files are safe to open in Excel/WPS: text cells starting with = + - @ tab CR LF or NUL "
          + "get a leading ' (--raw turns that off for machine pipelines); --excel adds a UTF-8 "
          + "BOM."
    },
    subcommands = {ExportPromotionCommand.class, ExportFollowupCommand.class})
final class ExportCommand {
  private ExportCommand() {}
}
