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
}
