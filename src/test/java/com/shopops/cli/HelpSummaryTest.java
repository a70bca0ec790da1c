package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopops.render.Messages;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

/** The summary line `shopops help` shows of each command is a whole sentence, en and zh. */
class HelpSummaryTest {
  @Test
  void everyCommandsSummaryIsAWholeSentence() {
    ResourceBundle zh = Messages.load("i18n/help_zh.properties");
    for (Class<?> c : ShopopsCommand.SUBCOMMANDS) {
      Command a = c.getAnnotation(Command.class);
      if (a.description().length == 0) {
        continue;
      }
      String en = a.description()[0];
      assertTrue(en.endsWith("."), a.name() + ": \"" + en + "\" is not a whole sentence");
      String key = "shopops." + a.name() + ".usage.description";
      String z =
          zh.containsKey(key + ".0")
              ? zh.getString(key + ".0")
              : zh.containsKey(key) ? zh.getString(key) : null;
      if (z != null) {
        assertTrue(z.endsWith("。"), a.name() + ": \"" + z + "\" is not a whole sentence");
      }
    }
  }

  /**
   * The lists of a group ({@code shopops sla}, {@code shopops sla --help}) show each subcommand's
   * header, else the first line of its description: one whole, short sentence, en and zh (the zh
   * header has a key of its own, so adding English description lines never shifts it).
   */
  @Test
  void everySubcommandsSummaryIsAWholeShortSentence() {
    ResourceBundle zh = Messages.load("i18n/help_zh.properties");
    int checked = 0;
    for (Class<?> g : ShopopsCommand.SUBCOMMANDS) {
      Command group = g.getAnnotation(Command.class);
      for (Class<?> c : group.subcommands()) {
        Command a = c.getAnnotation(Command.class);
        if (a == null || a.hidden() || a.name().startsWith("generate-")) {
          continue;
        }
        String name = group.name() + " " + a.name();
        String[] lines = a.header().length > 0 ? a.header() : a.description();
        String en = lines[0];
        assertTrue(en.endsWith(".") && en.length() <= 100, name + ": \"" + en + "\"");
        String key = "shopops." + group.name() + "." + a.name() + ".usage.";
        String z =
            a.header().length > 0
                ? zh.getString(key + "header")
                : zh.containsKey(key + "description.0")
                    ? zh.getString(key + "description.0")
                    : zh.getString(key + "description");
        assertTrue(z.endsWith("。") && z.length() <= 80, name + " (zh): \"" + z + "\"");
        checked++;
      }
    }
    assertTrue(checked > 25, checked + " subcommands");
  }
}
