package com.shopops.cli;

import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
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
      spec.usageMessage().header(a.header()).description(a.description()).hidden(a.hidden());
      stubs.add(new CommandLine(spec));
    }
    return stubs;
  }

  /**
   * What to register for a subcommand a command line names: {@link #groupWithNamedLeaves}, else the
   * class itself (picocli builds its whole model).
   */
  static Object toRegister(Class<?> command, String... args) {
    CommandLine group = groupWithNamedLeaves(command, args);
    return group != null ? group : command;
  }

  /**
   * A command group ({@code sla}, {@code orders}, …) for a command line that names one of its
   * subcommands: those it names built for real, the others as stand-ins; null when it names none
   * (the group's own help or its list of subcommands is shown: build it whole), when the line asks
   * for help ({@code sla --help at-risk} shows the group's help) or when the group is more than a
   * name and a description (options, a body that runs, a parent class). Picocli builds every
   * subcommand of a group from its annotation; building only the one that runs saves about a tenth
   * of a second of a short command's start.
   */
  static CommandLine groupWithNamedLeaves(Class<?> group, String... args) {
    Command a = group.getAnnotation(Command.class);
    if (a == null || a.subcommands().length == 0 || !isPlainGroup(group)) {
      return null;
    }
    Set<String> words = new HashSet<>(List.of(args));
    for (String w : words) {
      if (w.equals("--help") || (w.startsWith("-") && !w.startsWith("--") && w.contains("h"))) {
        return null;
      }
    }
    List<Object> subcommands = new ArrayList<>();
    boolean anyNamed = false;
    for (Class<?> c : a.subcommands()) {
      Command sub = c.getAnnotation(Command.class);
      boolean named = sub != null && words.contains(sub.name());
      for (String alias : sub == null ? new String[0] : sub.aliases()) {
        named |= words.contains(alias);
      }
      anyNamed |= named;
      subcommands.add(named || sub == null ? c : of(List.of(c)).get(0));
    }
    if (!anyNamed) {
      return null;
    }
    CommandSpec spec = CommandSpec.create().name(a.name()).aliases(a.aliases());
    spec.usageMessage().header(a.header()).description(a.description()).hidden(a.hidden());
    CommandLine cl = new CommandLine(spec);
    subcommands.forEach(cl::addSubcommand);
    return cl;
  }

  /** A class that is only its {@link Command} annotation: no options, mixins or body to run. */
  private static boolean isPlainGroup(Class<?> group) {
    if (group.getSuperclass() != Object.class
        || Runnable.class.isAssignableFrom(group)
        || Callable.class.isAssignableFrom(group)) {
      return false;
    }
    List<AnnotatedElement> members = new ArrayList<>(List.of(group.getDeclaredFields()));
    members.addAll(List.of(group.getDeclaredMethods()));
    for (AnnotatedElement m : members) {
      if (m.getAnnotations().length > 0) {
        return false;
      }
    }
    return true;
  }
}
