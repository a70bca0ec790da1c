package com.shopops.parse;

/**
 * A cell of an export file as text: what every typed reading of a cell starts from, and how an
 * error message quotes a value.
 */
public final class CellText {
  private CellText() {}

  /**
   * The cell as text, or null when it is empty. Trims ordinary and Unicode spaces (full-width
   * U+3000, NBSP, BOM/zero-width), the TAB Taobao writes after its ids so Excel keeps them as text,
   * unwraps Excel's {@code ="0123"} and strips the one leading {@code '} Shopify writes before zip
   * codes and ids ({@code '75008}).
   */
  public static String text(String raw) {
    if (raw == null) {
      return null;
    }
    int n = raw.length();
    if (n == 0) {
      return null;
    }
    char first = raw.charAt(0);
    // Fast path: nothing to trim or unwrap, return the same string (no allocation).
    if (!isSpace(first) && !isSpace(raw.charAt(n - 1)) && first != '\'' && first != '=') {
      return raw;
    }
    String s = trim(raw);
    if (s.length() >= 3 && s.startsWith("=\"") && s.endsWith("\"")) {
      s = trim(s.substring(2, s.length() - 1).replace("\"\"", "\""));
    } else if (!s.isEmpty() && s.charAt(0) == '\'') {
      s = trim(s.substring(1));
    }
    return s.isEmpty() ? null : s;
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isSpace(char c) {
    return c <= ' '
        || c == '\u00A0' // NBSP, e.g. from copy-paste out of a web page
        || c == '\u3000' // full-width space from Chinese input methods
        || c == '\uFEFF' // a BOM that was decoded as a character
        || c == '\u200B'
        || (c > 0x7F && Character.isWhitespace(c));
  }

  static String trim(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isSpace(s.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  /** The value as it is shown inside an error message: {@code ("12.345")}, shortened if long. */
  static String quoted(String s) {
    String shown = s.length() > 60 ? s.substring(0, 57) + "..." : s;
    return "(\"" + shown + "\")";
  }
}
