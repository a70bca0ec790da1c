package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.shopops.app.ExitCodes;
import com.shopops.domain.lists.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Review10 J8 d and e: every command's help, in English and Chinese, lists every exit code of
 * {@link ExitCodes} (busy and read-only are 2), and no description breaks a line in mid-sentence
 * (picocli wraps each description line to the terminal on its own: a hard break mid-sentence shows
 * as a ragged line at any other width).
 */
class HelpTextTest {
  private static List<CommandLine> all(CommandLine cl) {
    List<CommandLine> out = new ArrayList<>(List.of(cl));
    for (CommandLine sub : cl.getSubcommands().values()) {
      if (sub.getParent() == cl) {
        out.addAll(all(sub));
      }
    }
    return out;
  }

  @Test
  void everyCommandsHelpListsEveryExitCode() {
    List<String> missing = new ArrayList<>();
    for (Language lang : List.of(Language.EN, Language.ZH)) {
      for (CommandLine c : all(HelpZhTest.tree(lang))) {
        var codes = c.getCommandSpec().usageMessage().exitCodeList();
        List<String> keys = new ArrayList<>(codes.keySet());
        List<String> expected =
            ExitCodes.MEANINGS.stream().map(m -> m.substring(0, m.indexOf(':'))).toList();
        if (!keys.stream().map(String::strip).toList().equals(expected)) {
          missing.add(lang + " " + c.getCommandSpec().qualifiedName() + ": " + keys);
        }
        if (lang == Language.EN) {
          List<String> said =
              codes.entrySet().stream().map(e -> e.getKey().strip() + ":" + e.getValue()).toList();
          if (!said.equals(ExitCodes.MEANINGS)) {
            missing.add(c.getCommandSpec().qualifiedName() + ": " + said);
          }
        }
      }
    }
    assertEquals(List.of(), missing);
  }

  /** The README's table of exit codes is the same list (ExitCodes.MEANINGS), in the same order. */
  @Test
  void theReadmeListsTheSameExitCodes() throws Exception {
    String readme = java.nio.file.Files.readString(java.nio.file.Path.of("README.md"));
    String table = readme.substring(readme.indexOf("## Exit codes"));
    table = table.substring(0, table.indexOf("\n\n", table.indexOf("| code |")));
    List<String> rows =
        table
            .lines()
            .filter(l -> l.matches("\\| \\d+ \\|.*"))
            .map(l -> l.replace("`", "").replaceAll("^\\| (\\d+) \\| (.*) \\|$", "$1:$2"))
            .toList();
    assertEquals(ExitCodes.MEANINGS, rows);
  }

  /** A line that ends a sentence, a clause or a list item: what may end a description line. */
  private static final Pattern ENDS =
      Pattern.compile(".*([.:;!?。：；！？]|\\.\\.\\.|…)\\s*$", Pattern.DOTALL);

  @Test
  void noDescriptionBreaksALineInMidSentence() {
    List<String> broken = new ArrayList<>();
    for (Language lang : List.of(Language.EN, Language.ZH)) {
      for (CommandLine c : all(HelpZhTest.tree(lang))) {
        String[] d = c.getCommandSpec().usageMessage().description();
        for (int i = 0; i < d.length - 1; i++) {
          // a list (lines indented under a heading) keeps its lines: each item is a line
          boolean item = d[i].startsWith(" ") || d[i + 1].startsWith(" ") || d[i + 1].isEmpty();
          if (!d[i].isEmpty() && !ENDS.matcher(d[i]).matches() && !item) {
            broken.add(lang + " " + c.getCommandSpec().qualifiedName() + ": \"" + d[i] + "\"");
          }
        }
      }
    }
    assertEquals(List.of(), broken, String.join("\n", broken));
  }
}
