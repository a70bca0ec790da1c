package com.shopops.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Stand-ins for the subcommands on a command line that names none of them ({@code --version},
 * {@code --help}, a typo): a name, aliases and a description read from the {@link Command}
 * annotation, which is all that the root's help and the "did you mean" hints show. Building the
 * real model of every command by reflection costs about 0.3 s of start-up; reading 20 annotations
 * costs nothing.
 */
final class CommandStubs {
  private CommandStubs() {}

  /** One stand-in per class, in the given order; a stand-in runs nothing. */
  static List<CommandLine> of(List<Class<?>> commands) {
    List<CommandLine> stubs = new ArrayList<>();
    for (Class<?> c : commands) {
      Command a = c.getAnnotation(Command.class);
      CommandSpec spec = CommandSpec.create().name(a.name()).aliases(a.aliases());
      spec.usageMessage().description(a.description()).hidden(a.hidden());
      stubs.add(new CommandLine(spec));
    }
    return stubs;
  }
}
