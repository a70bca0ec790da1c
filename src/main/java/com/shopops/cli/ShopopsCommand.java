package com.shopops.cli;

import com.shopops.app.ExitCodes;
import com.shopops.app.UserException;
import com.shopops.domain.lists.Language;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.TypeConversionException;

/** The root command: global options and the list of subcommands. */
@Command(
    name = "shopops",
    mixinStandardHelpOptions = true,
    scope = ScopeType.INHERIT, // -h/--help (and -V) on every subcommand
    versionProvider = VersionProvider.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Operations toolkit for online shops (JD, Tmall/Taobao, Shopify): orders, customers, "
          + "shipping deadlines, returns, traffic metrics and contact lists, in one store (an "
          + "SQLite file or a PostgreSQL database)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = { // ExitCodes.MEANINGS, the one list (an annotation takes only constants)
      ExitCodes.OK_MEANS,
      ExitCodes.BAD_INPUT_MEANS,
      ExitCodes.USAGE_MEANS,
      ExitCodes.CONDITION_MEANS,
      ExitCodes.INTERNAL_MEANS,
      ExitCodes.INTERRUPTED_MEANS
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  shopops init --tz Asia/Shanghai",
      "  shopops import orders ExportOrderList.csv ExportOrderDetailList.csv",
      "  shopops orders list --status paid --from 2026-11-01",
      "",
      "Store: --db PATH, else $SHOPOPS_DB, else ./shopops.db"
    })
public final class ShopopsCommand implements Runnable {
  /**
   * The subcommands, in the order help lists them. Registered by {@link Cli#build}: all of them, or
   * for a command line only those it names (building each command's model costs startup time).
   */
  static final List<Class<?>> SUBCOMMANDS =
      List.of(
          InitCommand.class,
          ImportCommand.class,
          ImportsCommand.class,
          OrdersCommand.class,
          ShipmentsCommand.class,
          CustomersCommand.class,
          FollowUpCommand.class,
          ReturnsCommand.class,
          ConfigCommand.class,
          BackupCommand.class,
          StoreCommand.class,
          CheckCommand.class,
          ShellCommand.class,
          SlaCommand.class,
          MetricsCommand.class,
          ScoreCommand.class,
          ReportCommand.class,
          ExportCommand.class,
          ListsCommand.class,
          TodayCommand.class,
          HelpCommand.class,
          CompletionCommand.class);

  /** Subcommands that work with the whole command tree: help, the shell, completion scripts. */
  static final java.util.Set<Class<?>> NEED_EVERY_COMMAND =
      java.util.Set.of(HelpCommand.class, ShellCommand.class, CompletionCommand.class);

  private final AppContext ctx;

  @Option(
      names = "--db",
      paramLabel = "PATH",
      scope = ScopeType.INHERIT,
      description =
          "The store: a file, or postgresql://USER@HOST:PORT/DB (default: $SHOPOPS_DB, else"
              + " ./shopops.db).")
  String db;

  @Option(
      names = "--now",
      paramLabel = "TIME",
      scope = ScopeType.INHERIT,
      description =
          "The clock for every \"as of\" calculation, e.g. '2026-11-20 10:00' (store zone)"
              + " or 2026-11-20T10:00:00+08:00. Default: now.")
  String now;

  @Option(
      names = "--wait",
      paramLabel = "DURATION",
      scope = ScopeType.INHERIT,
      defaultValue = "10m",
      description =
          "How long to wait for a store another shopops is writing to (an import), e.g."
              + " 30s, 10m; 0 fails at once. Default: ${DEFAULT-VALUE}.")
  java.time.Duration wait;

  @Option(
      names = {"-q", "--quiet"},
      scope = ScopeType.INHERIT,
      description = "No progress bar or summaries on stderr; errors are still printed.")
  boolean quiet;

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "Print stack traces with errors.")
  boolean debug;

  @Option(
      names = "--lang",
      paramLabel = "zh|en",
      scope = ScopeType.INHERIT,
      converter = Lang.class,
      description =
          "Language of help, errors, notes and table/xlsx headers and names, and of"
              + " exported lists' texts: zh or en (default: the store's ui.lang, else"
              + " $LC_ALL/$LC_MESSAGES/$LANG, else en). csv/tsv/json/jsonl keys and codes stay"
              + " English.")
  Language lang;

  /** The language when --lang is not given: chosen by {@link LanguageChoice} before parsing. */
  Language defaultLang = Language.EN;

  /** --lang: zh or en, case ignored. */
  static final class Lang implements ITypeConverter<Language> {
    @Override
    public Language convert(String value) {
      Language l = Language.ofCode(value);
      if (l == null) {
        throw new TypeConversionException("\"" + value + "\" is not zh or en");
      }
      return l;
    }
  }

  ShopopsCommand(AppContext ctx) {
    this.ctx = ctx;
  }

  AppContext ctx() {
    return ctx;
  }

  boolean debug() {
    return debug;
  }

  /** --lang, else the store's ui.lang, else the environment's locale, else English. */
  Language language() {
    return lang != null ? lang : defaultLang;
  }

  @Override
  public void run() {
    com.shopops.render.Messages m = com.shopops.render.Messages.of(language());
    throw new UserException(
        ExitCodes.USAGE, m.get("error.name_command"), m.get("error.name_command_hint"));
  }
}
