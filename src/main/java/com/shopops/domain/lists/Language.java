package com.shopops.domain.lists;

import java.util.Locale;

/** The language of a list's reasons, offers, messages and summary. */
public enum Language {
  ZH,
  EN;

  /** {@code zh} or {@code en}, as {@link Message#in} and {@link Selection#summary} take it. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The language of a locale setting such as {@code $LC_ALL} or {@code $LANG}: Chinese for
   * {@code zh_CN.UTF-8} and the like, else English; null when the setting is empty.
   */
  public static Language ofLocale(String setting) {
    if (setting == null || setting.isBlank()) {
      return null;
    }
    return setting.toLowerCase(Locale.ROOT).startsWith("zh") ? ZH : EN;
  }

  @Override
  public String toString() {
    return code();
  }
}
