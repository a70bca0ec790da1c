package com.shopops.cli;

import com.shopops.app.ExitCodes;
import com.shopops.domain.lists.Language;
import com.shopops.render.Messages;
import com.shopops.render.Renderer;
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
    StartTrace.mark("main");
    if (VersionProvider.asksOnlyVersion(args)) { // what picocli prints, without building it
      return VersionProvider.print(ctx); // opens no store: no upgrade to serve
    }
    com.shopops.app.imports.StagedPresaleFiles.serveUpgrades(); // inside the upgrade (tryout23a A8)
    com.shopops.app.imports.RepricedFiles.serveUpgrades(); // likewise (upgrade26)
    Language lang = LanguageChoice.of(ctx, args);
    StartTrace.mark("language chosen");
    CommandLine cl = build(ctx, subcommandsNamedIn(args), lang, args);
    StartTrace.mark("command line built");
    try {
      int code = cl.execute(args);
      StartTrace.mark("done");
      return code;
    } catch (Error e) { // picocli hands only Exceptions to the handler; an Error is ours to report
      return Failures.report(ctx, e, cl);
    }
  }

  /** The whole command tree. */
  static CommandLine build(AppContext ctx) {
    return build(ctx, ShopopsCommand.SUBCOMMANDS, Language.EN, new String[0]);
  }

  /**
   * The subcommands a command line can reach: those whose name or alias is one of its words (a
   * subcommand is always given by its full name). Picocli builds the model of every registered
   * command by reflection, which is most of its start-up time (0.3 s for all, 0.14 s for one,
   * measured); a line that names none of them (--help, --version, a typo) gets none: {@link
   * CommandStubs} stand in for them in the root's help and hints. Help, the shell, completion and a
   * line with an @argument-file get all.
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
    return named;
  }

  private static CommandLine build(
      AppContext ctx, List<Class<?>> subcommands, Language lang, String[] line) {
    IFactory factory =
        new IFactory() {
          @Override
          public <K> K create(Class<K> cls) throws Exception {
            if (cls == ShopopsCommand.class) {
              ShopopsCommand root = new ShopopsCommand(ctx);
              root.defaultLang = lang;
              return cls.cast(root);
            }
            return CommandLine.defaultFactory().create(cls);
          }
        };
    CommandLine cl = new CommandLine(ShopopsCommand.class, factory);
    for (Class<?> c : subcommands) {
      cl.addSubcommand(CommandStubs.toRegister(c, line));
    }
    if (subcommands.isEmpty()) {
      CommandStubs.of(ShopopsCommand.SUBCOMMANDS).forEach(cl::addSubcommand);
    }
    // a header is a command's one-line summary in its group's list, not repeated atop its help
    List<String> sections = new ArrayList<>(cl.getHelpSectionKeys());
    sections.remove(CommandLine.Model.UsageMessageSpec.SECTION_KEY_HEADER);
    cl.setHelpSectionKeys(sections);
    cl.setOut(ctx.out());
    cl.setErr(ctx.err());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    Converters.register(cl);
    useLanguage(cl, lang);
    cl.setExecutionStrategy(
        parseResult -> {
          useLanguage(cl, language(cl)); // --lang as parsed decides help too
          return new CommandLine.RunLast().execute(parseResult);
        });
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> Failures.report(ctx, ex, commandLine));
    cl.setParameterExceptionHandler(
        (ex, args) -> {
          CommandLine c = ex.getCommandLine();
          Messages m = Messages.of(language(c));
          String path = commandPath(c);
          if (ex.getMessage() != null
              && ex.getMessage().startsWith("Missing required subcommand")
              && !c.getSubcommands().isEmpty()) {
            listSubcommands(ctx, c, path);
            return ExitCodes.USAGE;
          }
          String said =
              ex instanceof CommandLine.UnmatchedArgumentException u
                      && !u.getUnmatched().isEmpty()
                      && !u.getUnmatched().get(0).startsWith("-") // "Unknown option" is said well
                  ? m.get("error.unknown_arguments", quoted(u.getUnmatched()))
                  : ErrorText.translate(m, plainEnumMessage(ex.getMessage()));
          ctx.err().println(m.get("error.prefix") + said);
          if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            String word = u.getUnmatched().isEmpty() ? "" : u.getUnmatched().get(0);
            List<String> files = Suggestions.fileOptions(word, c.getCommandSpec());
            if (!files.isEmpty() || (!word.startsWith("-") && !c.getSubcommands().isEmpty())) {
              List<String> near =
                  files.isEmpty() ? Suggestions.near(word, c.getSubcommands().keySet()) : files;
              if (!near.isEmpty()) {
                String prefix = path.isEmpty() ? "shopops " : "shopops " + path + " ";
                ctx.err()
                    .println(
                        m.get(
                            "error.did_you_mean",
                            prefix + String.join(m.get("error.or") + prefix, near)));
              }
            } else if (!u.getSuggestions().isEmpty()) { // picocli's own line is English
              ctx.err().println(ErrorText.suggestions(m, u.getSuggestions()));
            }
          }
          ctx.err()
              .println(
                  path.isEmpty() ? m.get("error.try_help") : m.get("error.try_help_command", path));
          ctx.err().flush();
          return ExitCodes.USAGE;
        });
    return cl;
  }

  /** The words picocli could not place, quoted, without its 0-based index (review20 X13). */
  private static String quoted(List<String> words) {
    return String.join(", ", words.stream().map(w -> "'" + w + "'").toList());
  }

  private static final java.util.regex.Pattern ENUM_MESSAGE =
      java.util.regex.Pattern.compile(
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

  private static final java.util.Map<Language, java.util.ResourceBundle> HELP =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * The language of a command line: its root's --lang as parsed, else the one chosen before
   * parsing.
   */
  static Language language(CommandLine c) {
    Object root = c.getCommandSpec().root().userObject();
    return root instanceof ShopopsCommand r ? r.language() : Language.EN;
  }

  /**
   * Help in the language: picocli reads descriptions, option descriptions and headings from the
   * command's resource bundle (keys by its scheme, falling back to the annotations' English);
   * English uses the annotations themselves.
   */
  static void useLanguage(CommandLine cl, Language lang) {
    java.util.ResourceBundle bundle =
        lang == Language.EN
            ? null
            : HELP.computeIfAbsent(
                lang, l -> Messages.load("i18n/help_" + l.code() + ".properties"));
    if (cl.getResourceBundle() != bundle) {
      cl.setResourceBundle(bundle);
    }
  }

  /** {@code shopops sla} alone: which subcommands it has, one line each, and where help is. */
  private static void listSubcommands(AppContext ctx, CommandLine c, String path) {
    Messages m = Messages.of(language(c));
    ctx.err().println(m.get("error.prefix") + m.get("error.needs_subcommand", path));
    int width = 0;
    for (String name : c.getSubcommands().keySet()) {
      width = Math.max(width, name.length());
    }
    int usageWidth = Math.max(width + 24, c.getCommandSpec().usageMessage().width());
    java.util.Set<CommandLine> seen = new java.util.HashSet<>();
    for (var e : c.getSubcommands().entrySet()) {
      if (!seen.add(e.getValue())) {
        continue; // an alias of one already listed
      }
      var usage = e.getValue().getCommandSpec().usageMessage();
      String[] lines = usage.header().length > 0 ? usage.header() : usage.description();
      String summary = lines.length == 0 ? "" : lines[0];
      // wrapped under the description column at the width --help uses (review8 H5)
      String indent = " ".repeat(width + 4);
      List<String> wrapped = Renderer.wrap(summary, usageWidth - indent.length());
      for (int i = 0; i < wrapped.size(); i++) {
        String lead = i == 0 ? "  " + String.format("%-" + width + "s", e.getKey()) + "  " : indent;
        ctx.err().println(lead + wrapped.get(i));
      }
    }
    ctx.err().println(m.get("error.try_help_subcommand", path));
    ctx.err().flush();
  }

  private static String commandPath(CommandLine c) {
    String qualified = c.getCommandSpec().qualifiedName(" ");
    return qualified.startsWith("shopops") ? qualified.substring(7).strip() : qualified;
  }

  /** "shopops: message" and " hint: …", in the language of {@code m}. */
  static void printError(AppContext ctx, Messages m, String message, String hint) {
    ctx.err().println(m.get("error.prefix") + ErrorText.translate(m, message));
    if (hint != null) {
      ctx.err().println(m.get("error.hint") + ErrorText.translate(m, hint));
    }
  }
}
