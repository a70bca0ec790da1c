package com.shopops.cli;

import com.shopops.app.ExitCodes;
import com.shopops.app.UserException;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code shopops help [COMMAND [SUBCOMMAND…]]}: the manual of any command, nested ones included
 * ({@code shopops help sla at-risk}), where picocli's own help command stops at the first level.
 */
@Command(
    name = "help",
    description = "The manual of a command, with its options and examples.",
    footerHeading = "%nExamples:%n",
    footer = {"  shopops help import", "  shopops help sla at-risk"})
final class HelpCommand extends BaseCommand {
  @Parameters(paramLabel = "COMMAND", arity = "0..*", description = "A command, and subcommands.")
  List<String> path;

  @Override
  public Integer call() {
    CommandLine target = spec.root().commandLine();
    if (path != null) {
      for (String name : path) {
        CommandLine next = target.getSubcommands().get(name);
        if (next == null) {
          throw new UserException(
              ExitCodes.USAGE,
              "no command `" + String.join(" ", path) + "`",
              "`shopops help` lists the commands");
        }
        target = next;
      }
    }
    target.usage(ctx().out());
    ctx().out().flush();
    return ExitCodes.OK;
  }
}
