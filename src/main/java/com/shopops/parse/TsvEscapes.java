package com.shopops.parse;

import java.io.IOException;
import java.io.Reader;

/**
 * The one home of shopops' tsv escapes: the tsv renderer writes a tab, newline, carriage return and
 * backslash inside a value as {@code \t}, {@code \n}, {@code \r}, {@code \\} (as PostgreSQL's text
 * COPY does), and the importer undoes exactly that. A tsv from elsewhere usually escapes nothing,
 * and a literal backslash there (a Windows path {@code C:\Users\shop}) must stay as it is; the two
 * are told apart per file: a file is read as escaped only when it holds a backslash and every
 * backslash in it starts one of the four escapes, which every file shopops writes does.
 */
public final class TsvEscapes {
  private TsvEscapes() {}

  /** Appends {@code s} to {@code into} with the four escapes; null appends nothing. */
  public static void escape(String s, StringBuilder into) {
    if (s == null) {
      return;
    }
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '\t' -> into.append("\\t");
        case '\n' -> into.append("\\n");
        case '\r' -> into.append("\\r");
        case '\\' -> into.append("\\\\");
        default -> into.append(ch);
      }
    }
  }

  /** The value {@link #escape} was given; a backslash not starting an escape is kept as is. */
  public static String unescape(String s) {
    if (s == null || s.indexOf('\\') < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '\\' && i + 1 < s.length()) {
        char next = s.charAt(i + 1);
        char plain = plain(next);
        if (plain != 0) {
          out.append(plain);
          i++;
          continue;
        }
      }
      out.append(ch);
    }
    return out.toString();
  }

  private static char plain(char escaped) {
    return switch (escaped) {
      case 't' -> '\t';
      case 'n' -> '\n';
      case 'r' -> '\r';
      case '\\' -> '\\';
      default -> 0;
    };
  }

  /**
   * True when the text holds at least one backslash and every backslash starts one of the four
   * escapes (a {@code \\} pair counts as one): the text reads as shopops' escaped tsv.
   */
  public static boolean looksEscaped(Reader in) throws IOException {
    char[] buf = new char[1 << 16];
    boolean any = false;
    boolean pending = false; // the previous character was an unpaired backslash
    for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
      for (int i = 0; i < n; i++) {
        char ch = buf[i];
        if (pending) {
          if (plain(ch) == 0) {
            return false;
          }
          pending = false;
        } else if (ch == '\\') {
          pending = true;
          any = true;
        }
      }
    }
    return any && !pending;
  }
}
