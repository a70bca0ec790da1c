package com.shopops.domain.lists;

import java.util.Objects;

/** A text in both languages the tool speaks; the command picks one by {@code --lang}. */
public record Message(String zh, String en) {
  public Message {
    Objects.requireNonNull(zh, "zh");
    Objects.requireNonNull(en, "en");
  }

  /** The text for a language code ({@code zh…} gives Chinese, anything else English). */
  public String in(String lang) {
    return lang != null && lang.toLowerCase(java.util.Locale.ROOT).startsWith("zh") ? zh : en;
  }
}
