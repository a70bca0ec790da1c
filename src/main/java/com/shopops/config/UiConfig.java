package com.shopops.config;

import com.shopops.domain.lists.Language;
import java.util.List;

/** The {@code ui.*} keys: how shopops talks to people using this store. */
public final class UiConfig implements ConfigSection {
  public static final UiConfig SECTION = new UiConfig();

  public static final String LANG = "ui.lang";

  private UiConfig() {}

  @Override
  public String name() {
    return "ui";
  }

  @Override
  public List<ConfigKey> keys() {
    return List.of(
        new ConfigKey(
            LANG,
            "",
            "Language of help, errors, notes, table/xlsx headers and names and exported lists: zh or"
                + " en; empty = from $LC_ALL/$LC_MESSAGES/$LANG. --lang overrides it",
            UiConfig::check));
  }

  private static void check(String v) {
    if (!v.isBlank() && Language.ofCode(v) == null) {
      throw new IllegalArgumentException("must be zh or en (or empty for the environment's)");
    }
  }

  /** The configured language, or null when left to the environment. */
  public static Language language(Config c) {
    return Language.ofCode(c.get(LANG));
  }
}
