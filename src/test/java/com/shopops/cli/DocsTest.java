package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Every command documents itself: a description and an example footer whose examples parse; help
 * and version work.
 */
class DocsTest {
  @TempDir Path dir;

  static List<CommandSpec> allCommands() {
    CommandLine root = Cli.build(new CliRunner(Path.of(".")).context());
    List<CommandSpec> out = new ArrayList<>();
    walk(root, out);
    return out;
  }

  private static void walk(CommandLine cl, List<CommandSpec> out) {
    out.add(cl.getCommandSpec());
    for (CommandLine sub : cl.getSubcommands().values()) {
      if (!out.contains(sub.getCommandSpec())) {
        walk(sub, out);
      }
    }
  }

  /** Picocli's own help and completion commands are documented by picocli. */
  static boolean ours(CommandSpec spec) {
    Object user = spec.userObject();
    return !(user instanceof CommandLine.HelpCommand)
        && !(user instanceof picocli.AutoComplete.GenerateCompletion);
  }

  @Test
  void theWalkFindsTheLeafCommands() {
    List<String> names = allCommands().stream().map(CommandSpec::qualifiedName).toList();
    for (String n :
        List.of(
            "shopops init",
            "shopops import",
            "shopops orders list",
            "shopops orders show",
            "shopops customers list",
            "shopops imports")) {
      assertTrue(names.contains(n), n + " in " + names);
    }
  }

  @Test
  void everyCommandHasADescription() {
    List<String> missing = new ArrayList<>();
    for (CommandSpec spec : allCommands()) {
      if (ours(spec) && String.join("", spec.usageMessage().description()).isBlank()) {
        missing.add(spec.qualifiedName());
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void everyRunnableCommandHasAnExampleFooter() {
    List<String> missing = new ArrayList<>();
    for (CommandSpec spec : allCommands()) {
      boolean group =
          !spec.subcommands().isEmpty()
              && !(spec.userObject() instanceof Runnable)
              && !(spec.userObject() instanceof java.util.concurrent.Callable);
      if (!ours(spec) || group) {
        continue;
      }
      String footer = String.join("\n", spec.usageMessage().footer());
      String heading = spec.usageMessage().footerHeading();
      if (!heading.contains("Example") || !footer.contains("shopops ")) {
        missing.add(spec.qualifiedName());
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void everyOptionIsDescribed() {
    List<String> missing = new ArrayList<>();
    for (CommandSpec spec : allCommands()) {
      if (!ours(spec)) {
        continue;
      }
      for (var o : spec.options()) {
        if (String.join("", o.description()).isBlank()) {
          missing.add(spec.qualifiedName() + " " + o.longestName());
        }
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void version() {
    var r = new CliRunner(dir).runBare("--version");
    assertEquals(0, r.exit());
    assertTrue(r.out().matches("shopops \\S+ \\(store schema \\d+\\)\\n"), r.out());
  }

  @Test
  void helpImport() {
    var r = new CliRunner(dir).runBare("help", "import");
    assertEquals(0, r.exit());
    assertTrue(r.out().startsWith("Usage: shopops import "), r.out());
    for (String s :
        List.of(
            "--preset",
            "--map",
            "--encoding",
            "--delimiter",
            "--on-error",
            "--rejects",
            "--dry-run",
            "Examples:",
            "shopops import orders examples/orders.csv")) {
      assertTrue(r.out().contains(s), s + " in\n" + r.out());
    }
  }

  @Test
  void rootHelpListsCommandsAndExitCodes() {
    var r = new CliRunner(dir).runBare("--help");
    assertEquals(0, r.exit());
    for (String s :
        List.of(
            "init",
            "import",
            "imports",
            "orders",
            "customers",
            "config",
            "Exit codes:",
            "Store: --db PATH, else $SHOPOPS_DB, else ./shopops.db")) {
      assertTrue(r.out().contains(s), s + " in\n" + r.out());
    }
  }

  @Test
  void helpReachesNestedCommandsAndEveryCommandTakesHelp() {
    var nested = new CliRunner(dir).runBare("help", "sla", "at-risk");
    assertEquals(0, nested.exit());
    assertTrue(nested.out().startsWith("Usage: shopops sla at-risk "), nested.out());
    assertTrue(nested.out().contains("--within"), nested.out());
    var flag = new CliRunner(dir).runBare("returns", "eligible", "--help");
    assertEquals(0, flag.exit());
    assertTrue(flag.out().startsWith("Usage: shopops returns eligible "), flag.out());
    assertTrue(flag.err().isEmpty(), flag.err());
    var unknown = new CliRunner(dir).runBare("help", "sla", "nope");
    assertEquals(2, unknown.exit());
    assertEquals(
        "shopops: no command `sla nope`\n  hint: `shopops help` lists the commands\n",
        unknown.err());
  }

  /**
   * Every {@code shopops ...} command line in an Example(s) footer, as picocli parses it: without
   * the leading {@code shopops}, shell quotes removed, pipes, redirections and {@code # comments}
   * cut off, backslash-continued lines joined. The other side of a pipe ({@code cat f |}) and prose
   * lines are skipped.
   */
  static List<List<String>> examples(CommandSpec spec) {
    List<List<String>> out = new ArrayList<>();
    if (!spec.usageMessage().footerHeading().contains("Example")) {
      return out;
    }
    String footer = String.join("\n", spec.usageMessage().footer());
    footer = footer.replace("%n", "\n").replace("%%", "%").replaceAll("\\\\\\s*\n", " ");
    for (String line : footer.split("\n")) {
      out.addAll(commandLines(line));
    }
    return out;
  }

  /** The shopops command lines (arguments after {@code shopops}) of one line of shell. */
  static List<List<String>> commandLines(String line) {
    if (line.strip().startsWith("shopops>")) {
      return List.of(); // the shell's prompt, not a command line
    }
    List<List<String>> segments = new ArrayList<>();
    List<String> words = new ArrayList<>();
    StringBuilder word = null;
    boolean redirect = false; // the words after > or < name a file, not an argument
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\'' || c == '"') {
        int end = line.indexOf(c, i + 1);
        assertTrue(end > 0, "unclosed quote in example: " + line);
        word = word == null ? new StringBuilder() : word;
        word.append(line, i + 1, end);
        i = end;
      } else if (c == '$' && i + 1 < line.length() && line.charAt(i + 1) == '(') {
        int end = line.indexOf(')', i);
        assertTrue(end > 0, "unclosed $( in example: " + line);
        word = word == null ? new StringBuilder() : word;
        word.append("X"); // a command substitution stands for one word
        i = end;
      } else if (Character.isWhitespace(c)
          || "|&;<>".indexOf(c) >= 0
          || (c == '#' && word == null)) {
        if (word != null && !redirect) {
          words.add(word.toString());
        }
        word = null;
        if (c == '#') {
          break; // a comment
        }
        if (c == '<' || c == '>') {
          redirect = true;
        } else if ("|&;".indexOf(c) >= 0) {
          segments.add(words);
          words = new ArrayList<>();
          redirect = false;
        }
      } else {
        word = word == null ? new StringBuilder() : word;
        word.append(c);
      }
    }
    if (word != null && !redirect) {
      words.add(word.toString());
    }
    segments.add(words);
    List<List<String>> out = new ArrayList<>();
    for (List<String> w : segments) {
      if (!w.isEmpty() && w.get(0).equals("shopops")) {
        out.add(w.subList(1, w.size()));
      }
    }
    return out;
  }

  @Test
  void theExampleReaderFollowsTheShell() {
    assertEquals(
        List.of(List.of("import", "orders", "-", "--map", "m.yaml")),
        commandLines("  cat export.csv | shopops import orders - --map m.yaml"));
    assertEquals(
        List.of(List.of("--now", "2026-11-20 10:00", "customers", "summary")),
        commandLines("  shopops --now '2026-11-20 10:00' customers summary > clv.csv"));
    assertEquals(
        List.of(List.of("sla", "at-risk", "--out", "at-risk-X.csv"), List.of("metrics")),
        commandLines("  shopops sla at-risk --out at-risk-$(date +%F).csv || shopops metrics"));
    assertEquals(
        List.of(List.of("followup", "add", "--note", "wrong date in #17")),
        commandLines("  shopops followup add --note 'wrong date in #17'  # a comment"));
    assertEquals(List.of(), commandLines("  # cron: 0 7 * * * shopops report --html r.html"));
    assertEquals(List.of(), commandLines("  shopops> orders show SO2026<TAB>"));
  }

  /**
   * Stale examples fail: every example of every help parses (unknown options, commands, values).
   */
  @Test
  void everyExampleParses() {
    CommandLine root = Cli.build(new CliRunner(Path.of(".")).context());
    Set<String> bad = new LinkedHashSet<>(); // a command with an alias is walked twice
    int count = 0;
    for (CommandSpec spec : allCommands()) {
      for (List<String> args : examples(spec)) {
        count++;
        try {
          root.parseArgs(args.toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
          bad.add(
              spec.qualifiedName()
                  + ": shopops "
                  + String.join(" ", args)
                  + "\n    "
                  + e.getMessage());
        }
      }
    }
    assertTrue(count > 80, "the examples were found: " + count);
    if (!bad.isEmpty()) {
      fail("examples that no longer parse:\n  " + String.join("\n  ", bad));
    }
  }
}
