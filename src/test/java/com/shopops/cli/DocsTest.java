package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Every command documents itself: a description and an example footer; help and version work. */
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
    for (String n : List.of("shopops init", "shopops import", "shopops orders list",
        "shopops orders show", "shopops customers list", "shopops imports")) {
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
      boolean group = !spec.subcommands().isEmpty() && !(spec.userObject() instanceof Runnable)
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
    for (String s : List.of("--preset", "--map", "--encoding", "--delimiter", "--on-error",
        "--rejects", "--dry-run", "Examples:", "shopops import orders examples/orders.csv")) {
      assertTrue(r.out().contains(s), s + " in\n" + r.out());
    }
  }

  @Test
  void rootHelpListsCommandsAndExitCodes() {
    var r = new CliRunner(dir).runBare("--help");
    assertEquals(0, r.exit());
    for (String s : List.of("init", "import", "imports", "orders", "customers", "config",
        "Exit codes:", "Store: --db PATH, else $SHOPOPS_DB, else ./shopops.db")) {
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
    assertEquals("shopops: no command `sla nope`\n  hint: `shopops help` lists the commands\n",
        unknown.err());
  }
}
