package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A command line builds only the commands it names; help, shell and typos get every command. */
class CliSubcommandsTest {
  @Test
  void aCommandLineBuildsTheCommandsItNames() {
    assertEquals(
        List.of(OrdersCommand.class), Cli.subcommandsNamedIn("orders", "list", "--limit", "5"));
    assertEquals(
        List.of(SlaCommand.class),
        Cli.subcommandsNamedIn("--db", "s.db", "sla", "at-risk", "--within", "4h"));
  }

  @Test
  void aWordThatIsAlsoAnOptionValueBuildsBothCommands() {
    // `--db import`: a store named like a command; the command that runs is still built
    assertEquals(
        List.of(ImportCommand.class, OrdersCommand.class),
        Cli.subcommandsNamedIn("--db", "import", "orders", "list"));
  }

  @Test
  void helpShellCompletionAndUnknownWordsGetEveryCommand() {
    List<Class<?>> all = ShopopsCommand.SUBCOMMANDS;
    assertEquals(all, Cli.subcommandsNamedIn("help", "sla", "at-risk"));
    assertEquals(all, Cli.subcommandsNamedIn("shell"));
    assertEquals(all, Cli.subcommandsNamedIn("generate-completion"));
    assertEquals(all, Cli.subcommandsNamedIn("@import.args", "orders", "o.csv"));
    assertEquals(CompletionCommand.class, all.get(all.size() - 1));
  }

  @Test
  void aLineThatNamesNoCommandBuildsNoneButItsHelpListsThemAll(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    // --version, --help and a typo need only the names and summaries: stand-ins, not the models
    assertEquals(List.of(), Cli.subcommandsNamedIn());
    assertEquals(List.of(), Cli.subcommandsNamedIn("--help"));
    assertEquals(List.of(), Cli.subcommandsNamedIn("--version"));
    assertEquals(List.of(), Cli.subcommandsNamedIn("ordres", "list"));
    CliRunner runner = new CliRunner(dir);
    String help = runner.run("--help").out();
    String whole = runner.run("help").out(); // the help command builds every command
    assertEquals(whole, help);
    assertEquals(runner.run("--lang", "zh", "help").out(), runner.run("--lang", "zh", "-h").out());
    assertEquals(true, help.contains("  generate-completion  Generate bash/zsh completion"), help);
    CliRunner.Result v = runner.run("--version");
    assertEquals(0, v.exit());
    assertEquals(true, v.out().startsWith("shopops "), v.out());
  }

  @Test
  void theBashCompletionScriptCompletesFileNamesForDb(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    // --db is a String (it takes postgresql:// URLs too), so picocli alone would complete nothing
    CliRunner.Result r = new CliRunner(dir).run("generate-completion");
    assertEquals(0, r.exit(), r.err());
    String fileCase =
        "    --db)\n"
            + "      type compopt &>/dev/null && compopt -o filenames\n"
            + "      COMPREPLY=( $( compgen -f -- \"${curr_word}\" ) ) # files\n"
            + "      return\n";
    assertEquals(true, r.out().contains(fileCase), r.out());
    assertEquals(false, r.out().contains("    --db)\n      return\n"));
  }

  @Test
  void aLineThatOnlyAsksTheVersionIsAnsweredWithoutPicocliAndAsPicocliWould() {
    assertEquals(true, VersionProvider.asksOnlyVersion("--version"));
    assertEquals(
        true, VersionProvider.asksOnlyVersion("-q", "--db", "s.db", "--now", "2026-11-20", "-V"));
    assertEquals(true, VersionProvider.asksOnlyVersion("--db=s.db", "--debug", "--version"));
    assertEquals(false, VersionProvider.asksOnlyVersion());
    assertEquals(false, VersionProvider.asksOnlyVersion("--version", "--help"));
    assertEquals(
        false, VersionProvider.asksOnlyVersion("--lang", "xx", "--version")); // picocli checks it
    assertEquals(false, VersionProvider.asksOnlyVersion("--db", "--version"));
    assertEquals(false, VersionProvider.asksOnlyVersion("--version", "orders", "list"));
    for (String[] line :
        List.of(
            new String[] {"--version"}, new String[] {"-q", "--db", "s.db", "-V", "--now", "x"})) {
      java.io.StringWriter fast = new java.io.StringWriter();
      java.io.StringWriter picocli = new java.io.StringWriter();
      assertEquals(0, Cli.run(context(fast), line));
      assertEquals(0, Cli.build(context(picocli)).execute(line));
      assertEquals(picocli.toString(), fast.toString());
      assertEquals(true, fast.toString().matches("shopops \\S+ \\(store schema \\d+\\)\\R"));
    }
  }

  @Test
  void aGroupBuildsOnlyTheSubcommandTheLineNames() {
    picocli.CommandLine sla = CommandStubs.groupWithNamedLeaves(SlaCommand.class, "sla", "at-risk");
    assertEquals(
        List.of("report", "breaches", "overdue", "at-risk"),
        List.copyOf(sla.getSubcommands().keySet()));
    assertEquals(
        true,
        sla.getSubcommands().get("at-risk").getCommandSpec().userObject()
            instanceof SlaAtRiskCommand);
    assertEquals(null, sla.getSubcommands().get("report").getCommandSpec().userObject());
    assertEquals(
        SlaCommand.class.getAnnotation(picocli.CommandLine.Command.class).description()[0],
        sla.getCommandSpec().usageMessage().description()[0]);
    // the group alone, help and a group that is more than a name: picocli builds it whole
    assertEquals(null, CommandStubs.groupWithNamedLeaves(SlaCommand.class, "sla"));
    assertEquals(
        null, CommandStubs.groupWithNamedLeaves(SlaCommand.class, "sla", "--help", "at-risk"));
    assertEquals(
        null, CommandStubs.groupWithNamedLeaves(SlaCommand.class, "sla", "at-risk", "-qh"));
    assertEquals(
        null, CommandStubs.groupWithNamedLeaves(MetricsCommand.class, "metrics", "funnel"));
    assertEquals(SlaCommand.class, CommandStubs.toRegister(SlaCommand.class, "sla"));
  }

  @Test
  void aLeafOfAPartlyBuiltGroupTakesTheRootsOptionsAnywhere(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    CliRunner runner = new CliRunner(dir);
    runner.run("init", "--tz", "Asia/Shanghai");
    CliRunner.Result before = runner.runBare("--db", runner.db().toString(), "sla", "at-risk");
    CliRunner.Result after = runner.runBare("sla", "at-risk", "--db", runner.db().toString(), "-q");
    assertEquals(0, before.exit(), before.toString());
    assertEquals(before.out(), after.out());
    CliRunner.Result bad = runner.run("sla", "at-risk", "--bogus");
    assertEquals(2, bad.exit());
    assertEquals(true, bad.err().contains("Unknown option: '--bogus'"), bad.err());
    assertEquals(true, bad.err().contains("shopops help sla at-risk"), bad.err());
  }

  private static AppContext context(java.io.StringWriter out) {
    java.io.PrintWriter w = new java.io.PrintWriter(out);
    return new AppContext(
        w,
        w,
        java.io.InputStream.nullInputStream(),
        java.util.Map.of(),
        java.time.Instant::now,
        false,
        false,
        100);
  }

  @Test
  void anArgumentFileMayHoldTheCommand(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    // `shopops @import.args orders o.csv`: the file holds `--db`, the store and `import`
    CliRunner runner = new CliRunner(dir);
    runner.run("init", "--tz", "Asia/Shanghai");
    java.nio.file.Path args = dir.resolve("import.args");
    java.nio.file.Files.writeString(args, "--db\n" + runner.db() + "\nimport\n");
    java.nio.file.Path orders = dir.resolve("o.csv");
    java.nio.file.Files.writeString(
        orders, "order_id,customer_id,paid_at,amount\n" + "A1,C1,2026-11-20 10:00:00,12.50\n");
    CliRunner.Result r = runner.runBare("@" + args, "orders", orders.toString(), "-q");
    assertEquals(0, r.exit(), r.toString());
    assertEquals(0, runner.run("orders", "show", "A1").exit());
  }

  @Test
  void aTypoIsAUsageErrorNamingTheWords(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    CliRunner.Result r = new CliRunner(dir).run("ordres", "list");
    assertEquals(2, r.exit());
    assertEquals(
        "shopops: Unknown command or argument: 'ordres', 'list'\n"
            + "Did you mean: shopops orders?\n"
            + "Try `shopops --help` for the commands and options.\n",
        r.err());
  }
}
