package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.shopops.domain.lists.Language;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Every command's description and every option's and parameter's description has its zh text in
 * {@code i18n/help_zh.properties}: a key missing there fails here, with the key picocli looks up.
 */
class HelpZhTest {
  static CommandLine tree(Language lang) {
    CommandLine cl =
        Cli.build(
            new AppContext(
                new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()),
                new ByteArrayInputStream(new byte[0]),
                Map.of(),
                () -> Instant.parse("2026-11-20T02:00:00Z"),
                false,
                false,
                80));
    Cli.useLanguage(cl, lang);
    return cl;
  }

  /** The text a command shows in its help and what picocli's key for it is. */
  static void collect(CommandLine en, CommandLine zh, List<String> untranslated) {
    CommandSpec e = en.getCommandSpec();
    CommandSpec z = zh.getCommandSpec();
    String prefix = e.qualifiedName(".");
    if (e.usageMessage().description().length > 0
        && Arrays.equals(e.usageMessage().description(), z.usageMessage().description())) {
      untranslated.add(prefix + ".usage.description = " + e.usageMessage().description()[0]);
    }
    if (e.usageMessage().header().length > 0
        && Arrays.equals(e.usageMessage().header(), z.usageMessage().header())) {
      untranslated.add(prefix + ".usage.header = " + e.usageMessage().header()[0]);
    }
    // a footer's prose (not an example: those start with blanks) in Chinese too; the groups inherit
    // the root's footer (ux23: `shopops orders --help` ended "Store: --db PATH, else …")
    String[] ef = e.usageMessage().footer();
    String[] zf = z.usageMessage().footer();
    for (int i = 0; i < ef.length; i++) {
      if (!ef[i].isBlank()
          && !Character.isWhitespace(ef[i].charAt(0))
          && ef[i].matches(".*[A-Za-z]{2,} [A-Za-z]{2,}.*")
          && i < zf.length
          && ef[i].equals(zf[i])) {
        untranslated.add(prefix + ".usage.footer." + i + " = " + ef[i]);
      }
    }
    for (ArgSpec a : e.args()) {
      if (a.description().length == 0 || a.isOption() && a.inherited()) {
        continue;
      }
      ArgSpec b =
          a.isOption()
              ? z.findOption(((CommandLine.Model.OptionSpec) a).longestName())
              : z.positionalParameters().get(e.positionalParameters().indexOf(a));
      if (Arrays.equals(a.description(), b.description())) {
        String key =
            a.isOption()
                ? ((CommandLine.Model.OptionSpec) a).longestName().replaceFirst("^-+", "")
                : a.paramLabel() + "[" + ((CommandLine.Model.PositionalParamSpec) a).index() + "]";
        untranslated.add(prefix + "." + key + " = " + a.description()[0]);
      }
    }
    for (String name : en.getSubcommands().keySet()) {
      CommandLine sub = en.getSubcommands().get(name);
      if (!sub.getCommandName().equals(name)) {
        continue; // an alias
      }
      collect(sub, zh.getSubcommands().get(name), untranslated);
    }
  }

  @Test
  void everyCommandAndOptionHasItsChineseHelp() {
    List<String> untranslated = new ArrayList<>();
    collect(tree(Language.EN), tree(Language.ZH), untranslated);
    assertEquals(List.of(), untranslated, String.join("\n", untranslated));
  }
}
