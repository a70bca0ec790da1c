package com.shopops.cli;

import com.shopops.app.ExitCodes;

import com.shopops.app.UserException;

import com.shopops.app.imports.ImportException;
import com.shopops.parse.ValueException;
import com.shopops.store.StoreErrors;
import com.shopops.store.StoreException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IFactory;

/**
 * Builds the command line: the root command, its subcommands, the factory that hands every command
 * the {@link AppContext}, and the mapping of errors to messages and exit codes.
 */
public final class Cli {
  private Cli() {}

  /** Runs one command line and returns its exit code; never exits the process. */
  public static int run(AppContext ctx, String... args) {
    CommandLine cl = build(ctx, subcommandsNamedIn(args));
    return cl.execute(args);
  }

  /** The whole command tree. */
  static CommandLine build(AppContext ctx) {
    return build(ctx, ShopopsCommand.SUBCOMMANDS);
  }

  /**
   * The subcommands a command line can reach: those whose name or alias is one of its words (a
   * subcommand is always given by its full name). Picocli builds the model of every registered
   * command by reflection, which is most of its start-up time (0.3 s for all, 0.14 s for one,
   * measured); a line that names none of them (--help, --version, a typo) gets all, so that help
   * lists them, and so do help, the shell, completion and a line with an @argument-file.
   */
  static List<Class<?>> subcommandsNamedIn(String... args) {
    for (String arg : args) {
      if (arg.startsWith("@")) {
        return ShopopsCommand.SUBCOMMANDS; // an argument file: its words are read by picocli
      }
    }
    Set<String> words = new HashSet<>(List.of(args));
    List<Class<?>> named = new ArrayList<>();
    for (Class<?> c : ShopopsCommand.SUBCOMMANDS) {
      Command command = c.getAnnotation(Command.class);
      boolean isNamed = words.contains(command.name());
      for (String alias : command.aliases()) {
        isNamed |= words.contains(alias);
      }
      if (isNamed) {
        if (ShopopsCommand.NEED_EVERY_COMMAND.contains(c)) {
          return ShopopsCommand.SUBCOMMANDS;
        }
        named.add(c);
      }
    }
    return named.isEmpty() ? ShopopsCommand.SUBCOMMANDS : named;
  }

  private static CommandLine build(AppContext ctx, List<Class<?>> subcommands) {
    IFactory factory =
        new IFactory() {
          @Override
          public <K> K create(Class<K> cls) throws Exception {
            if (cls == ShopopsCommand.class) {
              return cls.cast(new ShopopsCommand(ctx));
            }
            return CommandLine.defaultFactory().create(cls);
          }
        };
    CommandLine cl = new CommandLine(ShopopsCommand.class, factory);
    for (Class<?> c : subcommands) {
      cl.addSubcommand(c);
    }
    cl.setOut(ctx.out());
    cl.setErr(ctx.err());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    Converters.register(cl);
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> report(ctx, ex, commandLine));
    cl.setParameterExceptionHandler(
        (ex, args) -> {
          CommandLine c = ex.getCommandLine();
          String path = commandPath(c);
          if (ex.getMessage() != null && ex.getMessage().startsWith("Missing required subcommand")
              && !c.getSubcommands().isEmpty()) {
            listSubcommands(ctx, c, path);
            return ExitCodes.USAGE;
          }
          ctx.err().println("shopops: " + plainEnumMessage(ex.getMessage()));
          if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            String word = u.getUnmatched().isEmpty() ? "" : u.getUnmatched().get(0);
            if (!word.startsWith("-") && !c.getSubcommands().isEmpty()) {
              List<String> near = Suggestions.near(word, c.getSubcommands().keySet());
              if (!near.isEmpty()) {
                String prefix = path.isEmpty() ? "shopops " : "shopops " + path + " ";
                ctx.err().println("Did you mean: " + prefix
                    + String.join(" or " + prefix, near) + "?");
              }
            } else {
              CommandLine.UnmatchedArgumentException.printSuggestions(u, ctx.err());
            }
          }
          ctx.err().println(path.isEmpty()
              ? "Try `shopops --help` for the commands and options."
              : "Try `shopops help " + path + "` for the options.");
          ctx.err().flush();
          return ExitCodes.USAGE;
        });
    return cl;
  }

  private static final java.util.regex.Pattern ENUM_MESSAGE = java.util.regex.Pattern.compile(
      "expected one of \\[(.*)\\] \\(case-insensitive\\) but was '(.*)'$");

  /**
   * picocli says of a bad enum value "expected one of [RFM, TIER] (case-insensitive) but was
   * 'abc'": the constants' Java names. Users type the lower-case codes, so say those.
   */
  static String plainEnumMessage(String message) {
    if (message == null) {
      return null;
    }
    java.util.regex.Matcher m = ENUM_MESSAGE.matcher(message);
    if (!m.find()) {
      return message;
    }
    String codes = m.group(1).toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    return message.substring(0, m.start()) + "\"" + m.group(2) + "\" is not one of " + codes;
  }

  /** {@code shopops sla} alone: which subcommands it has, one line each, and where help is. */
  private static void listSubcommands(AppContext ctx, CommandLine c, String path) {
    ctx.err().println("shopops: `shopops " + path + "` needs a subcommand:");
    int width = 0;
    for (String name : c.getSubcommands().keySet()) {
      width = Math.max(width, name.length());
    }
    java.util.Set<CommandLine> seen = new java.util.HashSet<>();
    for (var e : c.getSubcommands().entrySet()) {
      if (!seen.add(e.getValue())) {
        continue; // an alias of one already listed
      }
      String[] description = e.getValue().getCommandSpec().usageMessage().description();
      String summary = description.length == 0 ? "" : description[0];
      ctx.err().println("  " + String.format("%-" + width + "s", e.getKey()) + "  " + summary);
    }
    ctx.err().println("Try `shopops help " + path + " SUBCOMMAND` for one of them.");
    ctx.err().flush();
  }

  private static String commandPath(CommandLine c) {
    String qualified = c.getCommandSpec().qualifiedName(" ");
    return qualified.startsWith("shopops") ? qualified.substring(7).strip() : qualified;
  }

  /** A database failure a user can act on (busy, read-only, damaged, disk full), else null. */
  private static StoreException storeError(Throwable ex) {
    for (Throwable t = ex; t != null; t = t.getCause()) {
      if (t instanceof java.sql.SQLException sql) {
        return StoreErrors.describe(sql);
      }
    }
    return null;
  }

  private static int report(AppContext ctx, Exception ex, CommandLine cl) {
    ShopopsCommand root = cl.getCommandSpec().root().userObject() instanceof ShopopsCommand r ? r : null;
    boolean debug = root != null && root.debug();
    int code;
    String hint = null;
    String message = ex.getMessage();
    if (ex instanceof UserException u) {
      code = u.exitCode();
      hint = u.hint();
    } else if (ex instanceof StoreException s) {
      code = ExitCodes.USAGE;
      hint = s.hint();
    } else if (ex instanceof ImportException i) {
      code = ExitCodes.BAD_INPUT;
      hint = i.hint();
    } else if (ex instanceof ValueException) {
      code = ExitCodes.BAD_INPUT;
    } else if (storeError(ex) != null) {
      StoreException s = storeError(ex);
      code = ExitCodes.USAGE;
      message = s.getMessage();
      hint = s.hint();
    } else {
      code = ExitCodes.INTERNAL;
      message = "internal error: " + ex + (debug ? "" : " (run with --debug for details)");
    }
    ctx.err().println("shopops: " + message);
    if (hint != null) {
      ctx.err().println("  hint: " + hint);
    }
    if (debug) {
      ex.printStackTrace(ctx.err());
    }
    ctx.err().flush();
    return code;
  }
}
