package com.shopops.render;

import com.shopops.domain.lists.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What people read, in their language: messages by key ({@code i18n/messages.properties} and {@code
 * messages_zh.properties}, UTF-8), the label of a column for table and xlsx headers ({@code
 * column.order_id} → 订单号) and the name of a code in a column ({@code value.status.paid} → 已付款).
 * English labels and names are the machine names themselves: csv, tsv, json and jsonl never go
 * through here. A key the zh bundle lacks falls back to English, a message key neither has to the
 * key itself (a test keeps both bundles complete).
 */
public final class Messages {
  public static final String BASE = "i18n/messages";

  private static final Map<Language, Messages> CACHE = new EnumMap<>(Language.class);

  /** {@code {0}}, or a plural form {@code {0|one|other}}. */
  private static final Pattern PLACEHOLDER =
      Pattern.compile("\\{(\\d+)(?:\\|([^|{}]*)\\|([^|{}]*))?}");

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
      english = load(BASE + ".properties");
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
    try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The text of a key with {@code {0}}, {@code {1}}… replaced by the arguments, as given, and a
   * plural form {@code {0|row|rows}} by its first word when argument 0 is the count 1 ("1", "+1",
   * "−1", 1), else by its second: {@code {0} {0|row|rows}} says "1 row" and "2 rows". English needs
   * it; zh has no plural and says {@code {0} 行}. One pass: an argument's own text is never read as
   * a placeholder.
   */
  public String get(String key, Object... args) {
    String text = lookup(bundle(), key);
    if (text == null) {
      text = lookup(englishBundle(), key);
    }
    if (text == null) {
      return key;
    }
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder(text.length() + 16);
    while (m.find()) {
      int i = Integer.parseInt(m.group(1));
      String replacement;
      if (i >= args.length) {
        replacement = m.group(); // no such argument: left as written, as before
      } else if (m.group(2) == null) {
        replacement = String.valueOf(args[i]);
      } else {
        replacement = isOne(args[i]) ? m.group(2) : m.group(3);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Whether a count, as a number or as the text a count is shown as ("1", "+1", "1,000"), is 1. */
  static boolean isOne(Object count) {
    if (count instanceof Number n) {
      return n.doubleValue() == 1 || n.doubleValue() == -1;
    }
    String s = String.valueOf(count).strip();
    if (!s.isEmpty() && "+-\u2212".indexOf(s.charAt(0)) >= 0) {
      s = s.substring(1);
    }
    return s.equals("1");
  }

  /** The header of a column: its own label, else the label of its name, else its name. */
  public String column(Column c) {
    if (language != Language.EN && c.labelKey() != null) {
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
    if (language == Language.EN || code == null || code.isEmpty()) {
      return code;
    }
    String label = lookup(bundle(), "value." + column + "." + code);
    if (label == null) {
      label = lookup(bundle(), "value.*." + code); // a summary row in any column: total, (none)
    }
    return label == null ? code : label;
  }

  private static String lookup(ResourceBundle b, String key) {
    return b.containsKey(key) ? b.getString(key) : null;
  }
}
