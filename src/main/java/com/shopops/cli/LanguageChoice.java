package com.shopops.cli;

import com.shopops.config.UiConfig;
import com.shopops.domain.lists.Language;
import com.shopops.store.ConfigStore;
import java.util.List;

/**
 * The language of a command line, chosen before it is parsed (help and parse errors need it too):
 * {@code --lang}, else the store's {@code ui.lang}, else {@code LC_ALL}/{@code LC_MESSAGES}/{@code
 * LANG}, else English. So a cron job with {@code LANG=C} on a store set to zh writes Chinese.
 */
final class LanguageChoice {
  private LanguageChoice() {}

  static Language of(AppContext ctx, String... args) {
    Language flag = Language.ofCode(value(args, "--lang"));
    if (flag != null) {
      return flag;
    }
    if (!List.of(args).contains("--version") && !List.of(args).contains("-V")) {
      try {
        Language stored =
            Language.ofCode(ConfigStore.peek(store(ctx, args), ctx.env(), UiConfig.LANG));
        if (stored != null) {
          return stored;
        }
      } catch (java.nio.file.InvalidPathException e) {
        // not a path: the command says so itself
      }
    }
    return Language.ofEnvironment(ctx.env());
  }

  /** The store a command line names, as {@link BaseCommand#storeName} finds it. */
  private static String store(AppContext ctx, String... args) {
    String db = value(args, "--db");
    if (db == null || db.isBlank()) {
      db = ctx.env().get("SHOPOPS_DB");
    }
    return db == null || db.isBlank() ? "shopops.db" : db;
  }

  /** The value of {@code --name V} or {@code --name=V} (the last one given), else null. */
  static String value(String[] args, String name) {
    String v = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--")) {
        break;
      }
      if (args[i].equals(name) && i + 1 < args.length) {
        v = args[i + 1];
      } else if (args[i].startsWith(name + "=")) {
        v = args[i].substring(name.length() + 1);
      }
    }
    return v;
  }
}
