package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A mistyped command or option gets a suggestion; a command group alone lists its subcommands. */
class TypoHelpTest {
  @TempDir Path dir;

  @Test
  void aMistypedCommandIsAnsweredWithSuggestions() {
    var r = new CliRunner(dir).run("ordrs", "list");
    assertEquals(2, r.exit());
    assertEquals(
        "shopops: Unknown command or argument: 'ordrs', 'list'\n"
            + "Did you mean: shopops orders?\n"
            + "Try `shopops --help` for the commands and options.\n",
        r.err());
    var sub = new CliRunner(dir).run("sla", "at-rsik");
    assertTrue(sub.err().contains("Did you mean: shopops sla at-risk?\n"), sub.err());
  }

  @Test
  void aMistypedOptionIsAnsweredWithTheOption() {
    var r = new CliRunner(dir).run("orders", "list", "--limt", "3");
    assertEquals(2, r.exit());
    assertEquals(
        "shopops: Unknown options: '--limt', '3'\nPossible solutions: --lines, --limit\n"
            + "Try `shopops help orders list` for the options.\n",
        r.err());
  }

  @Test
  void aGroupAloneListsItsSubcommands() {
    var r = new CliRunner(dir).run("sla");
    assertEquals(2, r.exit());
    String[] lines = r.err().split("\n");
    assertEquals("shopops: `shopops sla` needs a subcommand:", lines[0]);
    assertTrue(lines[1].startsWith("  report "), r.err());
    assertEquals("Try `shopops help sla SUBCOMMAND` for one of them.", lines[lines.length - 1]);
    long named = java.util.Arrays.stream(lines).filter(l -> l.matches("  \\S.*")).count();
    assertEquals(4, named, r.err()); // report, breaches, overdue, at-risk (a long one wraps)
  }
}
