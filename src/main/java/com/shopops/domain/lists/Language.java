package com.shopops.domain.lists;

import java.util.Locale;

/**
 * The language of what people read: help, errors, notes, table headers and code names, and a list's
 * reasons, offers, messages and summary (the global {@code --lang}).
 */
public enum Language {
  ZH,
  EN;

  /** {@code zh} or {@code en}, as {@link Message#in} and {@link Selection#summary} take it. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The language of a locale setting such as {@code $LC_ALL} or {@code $LANG}: Chinese for {@code
   * zh_CN.UTF-8} and the like, else English; null when the setting is empty.
   */
  public static Language ofLocale(String setting) {
    if (setting == null || setting.isBlank()) {
      return null;
    }
    return setting.toLowerCase(Locale.ROOT).startsWith("zh") ? ZH : EN;
  }

  /** {@code zh} or {@code en}, case and surrounding blanks ignored; null for anything else. */
  public static Language ofCode(String code) {
    if (code == null) {
      return null;
    }
    for (Language l : values()) {
      if (l.code().equalsIgnoreCase(code.strip())) {
        return l;
      }
    }
    return null;
  }

  /**
   * The language of the environment, as POSIX orders it: the first of {@code LC_ALL}, {@code
   * LC_MESSAGES}, {@code LANG} that is set decides ({@code zh_*} is Chinese, anything else English,
   * {@code C} included); none set is English. {@code SHOPOPS_ASKED_LOCALE} comes first: the
   * launcher sets it to the user's own setting when it replaces a locale this machine does not have
   * (a {@code zh_CN.UTF-8} that is not installed) with a UTF-8 one.
   */
  public static Language ofEnvironment(java.util.Map<String, String> env) {
    for (String var : java.util.List.of("SHOPOPS_ASKED_LOCALE", "LC_ALL", "LC_MESSAGES", "LANG")) {
      Language l = ofLocale(env.get(var));
      if (l != null) {
        return l;
      }
    }
    return EN;
  }

  @Override
  public String toString() {
    return code();
  }
}
