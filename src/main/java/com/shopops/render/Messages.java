package com.shopops.render;

import com.shopops.domain.lists.Language;
import com.shopops.text.Bundle;
import com.shopops.text.Problem;
import java.util.EnumMap;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * What people read, in their language: messages by key ({@code i18n/messages.properties} and {@code
 * messages_zh.properties}, UTF-8), the label of a column for table and xlsx headers ({@code
 * column.order_id} → 订单号) and the name of a code in a column ({@code value.status.paid} → 已付款).
 * English labels and names are the machine names themselves, but for a column whose own label the
 * English bundle gives ({@link #column(Column)}): csv, tsv, json and jsonl never go through here. A
 * key the zh bundle lacks falls back to English, a message key neither has to the key itself (a
 * test keeps both bundles complete).
 */
public final class Messages {
  public static final String BASE = Bundle.BASE;

  private static final Map<Language, Messages> CACHE = new EnumMap<>(Language.class);

  private final Language language;
  private ResourceBundle bundle; // both read at the first text asked for (guarded by this)
  private ResourceBundle english;

  private Messages(Language language) {
    this.language = language;
  }

  /**
   * The texts of a language. The bundles are read when a text is first asked for, not here: a
   * command that prints csv to a pipe never reads them (a short command's start-up).
   */
  public static synchronized Messages of(Language language) {
    return CACHE.computeIfAbsent(language, Messages::new);
  }

  private synchronized ResourceBundle englishBundle() {
    if (english == null) {
      english = Bundle.english();
    }
    return english;
  }

  private synchronized ResourceBundle bundle() {
    if (bundle == null) {
      bundle =
          language == Language.EN
              ? englishBundle()
              : load(BASE + "_" + language.code() + ".properties");
    }
    return bundle;
  }

  public static Messages english() {
    return of(Language.EN);
  }

  public Language language() {
    return language;
  }

  /** A bundle read as UTF-8 (Java 8's Properties would read ISO-8859-1). */
  public static ResourceBundle load(String resource) {
    return Bundle.load(resource);
  }

  /**
   * The text of a key with {@code {0}}, {@code {1}}… replaced by the arguments, as given, and a
   * plural form {@code {0|row|rows}} by the count in argument 0 ({@link Bundle#fill}).
   */
  public String get(String key, Object... args) {
    String text = lookup(bundle(), key);
    if (text == null) {
      text = lookup(englishBundle(), key);
    }
    if (text == null) {
      return key;
    }
    return Bundle.fill(text, args);
  }

  /** A problem an import named by its key ({@link Problem}), in this language. */
  public String get(Problem p) {
    return get(p.key(), p.parts());
  }

  /** Whether a count, as a number or as the text a count is shown as ("1", "+1", "1,000"), is 1. */
  static boolean isOne(Object count) {
    return Bundle.isOne(count);
  }

  /**
   * The header of a column: its own label, else the label of its name, else its name. An own label
   * is looked up in English too: the English bundle names the few columns whose header in a table
   * is not their machine name (the sla listings' paid_at, "clock starts").
   */
  public String column(Column c) {
    if (c.labelKey() != null) {
      String label = lookup(bundle(), "column." + c.labelKey());
      if (label != null) {
        return label;
      }
    }
    return column(c.name());
  }

  /** The header of a column: its label in this language, else its machine name. */
  public String column(String name) {
    if (language == Language.EN) {
      return name;
    }
    String label = lookup(bundle(), "column." + name);
    return label == null ? name : label;
  }

  /**
   * The name of a code in a column (a status, a segment…) in this language, else the name of a
   * summary row's label in any column ({@code value.*.total}), else the code.
   */
  public String value(String column, String code) {
    if (code == null || code.isEmpty()) {
      return code;
    }
    if (language == Language.EN) {
      // a code in Chinese (the default member tiers 普通…钻石) has its English name in the en
      // bundle, shown in English (review17 R14); every other code is its own English name
      String english = ascii(code) ? null : lookup(bundle(), "value." + column + "." + code);
      return english == null ? code : english;
    }
    String label = lookup(bundle(), "value." + column + "." + code);
    if (label == null) {
      label = lookup(bundle(), "value.*." + code); // a summary row in any column: total, (none)
    }
    return label == null ? code : label;
  }

  private static boolean ascii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 0x7F) {
        return false;
      }
    }
    return true;
  }

  private static String lookup(ResourceBundle b, String key) {
    return Bundle.lookup(b, key);
  }
}
