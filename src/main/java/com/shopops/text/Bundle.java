package com.shopops.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The message bundles ({@code i18n/messages.properties} and {@code messages_zh.properties}, UTF-8)
 * and how a text of theirs is filled in: {@code {0}}, {@code {1}}… and the plural form {@code
 * {0|row|rows}}. Pure text, for every layer: the app names a message by its key ({@link Problem}),
 * the edge says it in the operator's language ({@code render.Messages}).
 */
public final class Bundle {
  public static final String BASE = "i18n/messages";

  /** {@code {0}}, or a plural form {@code {0|one|other}}. */
  private static final Pattern PLACEHOLDER =
      Pattern.compile("\\{(\\d+)(?:\\|([^|{}]*)\\|([^|{}]*))?}");

  private static ResourceBundle english; // read at the first English text asked for

  private Bundle() {}

  /** The English bundle, read once. */
  public static synchronized ResourceBundle english() {
    if (english == null) {
      english = load(BASE + ".properties");
    }
    return english;
  }

  /** A bundle read as UTF-8 (Java 8's Properties would read ISO-8859-1). */
  public static ResourceBundle load(String resource) {
    try (InputStream in = Bundle.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of {@code key} in {@code b}, or null. */
  public static String lookup(ResourceBundle b, String key) {
    return b.containsKey(key) ? b.getString(key) : null;
  }

  /**
   * {@code text} with {@code {0}}, {@code {1}}… replaced by the arguments, as given, and a plural
   * form {@code {0|row|rows}} by its first word when argument 0 is the count 1 ("1", "+1", "−1",
   * 1), else by its second: {@code {0} {0|row|rows}} says "1 row" and "2 rows". English needs it;
   * zh has no plural and says {@code {0} 行}. One pass: an argument's own text is never read as a
   * placeholder.
   */
  public static String fill(String text, Object... args) {
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
  public static boolean isOne(Object count) {
    if (count instanceof Number n) {
      return n.doubleValue() == 1 || n.doubleValue() == -1;
    }
    String s = String.valueOf(count).strip();
    if (!s.isEmpty() && "+-\u2212".indexOf(s.charAt(0)) >= 0) {
      s = s.substring(1);
    }
    return s.equals("1");
  }
}
