package com.shopops.render;

import org.jline.utils.WCWidth;

/**
 * Terminal display width: Chinese, Japanese and full-width characters take 2 columns, combining
 * marks 0. Works on code points, so surrogate pairs (e.g. CJK extension B) are never split.
 */
final class DisplayWidth {
  static final char ELLIPSIS = '…';

  private DisplayWidth() {}

  static int of(String s) {
    int width = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      width += of(cp);
      i += Character.charCount(cp);
    }
    return width;
  }

  static int of(int codePoint) {
    return Math.max(0, WCWidth.wcwidth(codePoint));
  }

  /**
   * Cuts {@code s} to at most {@code width} columns, ending with "…" when cut. A double-width
   * character that would not fit whole is dropped, so the result may be one column narrower.
   */
  static String truncate(String s, int width) {
    if (of(s) <= width) {
      return s;
    }
    if (width <= 0) {
      return "";
    }
    int budget = width - of(ELLIPSIS);
    StringBuilder sb = new StringBuilder();
    int used = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int w = of(cp);
      if (used + w > budget) {
        break;
      }
      sb.appendCodePoint(cp);
      used += w;
      i += Character.charCount(cp);
    }
    return sb.append(ELLIPSIS).toString();
  }

  /** {@code s} padded with spaces to {@code width} columns, on the left when right-aligned. */
  static String pad(String s, int width, boolean alignRight) {
    int spaces = width - of(s);
    if (spaces <= 0) {
      return s;
    }
    String fill = " ".repeat(spaces);
    return alignRight ? fill + s : s + fill;
  }
}
