package com.shopops.cli;

import com.shopops.app.ExitCodes;
import com.shopops.app.UserException;
import com.shopops.domain.lists.Language;
import com.shopops.render.Messages;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The member tier a name typed on the command line means: its stored name (普通…钻石 or the configured
 * ones) or the name a table shows in either language (Regular, Silver, Gold, Platinum, Diamond in
 * English), case, spaces and punctuation ignored (tryout17 U5: an English operator typed the Silver
 * she read and was refused). An unknown name is refused listing the tiers as the session's tables
 * name them.
 */
final class TierNames {
  private TierNames() {}

  /**
   * @param option the option named in the refusal ({@code --tier}, {@code --segment})
   * @param tiers the store's tiers, by their stored names
   * @param shown how the session names them (its {@link Messages})
   */
  static String code(String option, String given, Collection<String> tiers, Messages shown) {
    String want = key(given);
    for (Language lang : Language.values()) {
      Messages m = Messages.of(lang);
      for (String tier : tiers) {
        if (key(tier).equals(want) || key(m.value("tier", tier)).equals(want)) {
          return tier;
        }
      }
    }
    List<String> names = new ArrayList<>(tiers.size());
    tiers.forEach(t -> names.add(shown.value("tier", t)));
    throw new UserException(
        ExitCodes.USAGE,
        option + ": no tier \"" + given + "\"",
        "use one of " + String.join(", ", names));
  }

  /** As {@link #codes(String, List, Collection, Messages)}, with the store's tiers. */
  static List<String> codes(
      String option, List<String> given, com.shopops.store.Store store, Messages shown)
      throws java.sql.SQLException {
    List<String> tiers =
        com.shopops.app.Rules.of(store).tiers().tiers().stream()
            .map(com.shopops.domain.customers.Tier::name)
            .toList();
    return codes(option, given, tiers, shown);
  }

  static List<String> codes(
      String option, List<String> given, Collection<String> tiers, Messages shown) {
    return given.stream().map(g -> code(option, g, tiers, shown)).toList();
  }

  private static String key(String name) {
    StringBuilder b = new StringBuilder(name.length());
    name.codePoints()
        .filter(Character::isLetterOrDigit)
        .forEach(cp -> b.appendCodePoint(Character.toLowerCase(cp)));
    return b.toString().toLowerCase(Locale.ROOT);
  }
}
