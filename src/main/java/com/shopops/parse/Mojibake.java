package com.shopops.parse;

import java.nio.charset.StandardCharsets;

/**
 * UTF-8 text that a spreadsheet read as Windows-1252 (or Latin-1) and wrote back as UTF-8 — the
 * most common spreadsheet round-trip accident (review12 L5): "München" becomes "MÃ¼nchen", "é"
 * "Ã©", "€" "â‚¬", "中" "ä¸­". The file is valid UTF-8, so no encoding check notices; the signature
 * is that the text, written back in Windows-1252, is valid UTF-8 again.
 *
 * <p>Real text almost never has it: an accented letter (the lead of a sequence) must be followed
 * directly by exactly the right number of the symbols Windows-1252 puts at 0x80–0xBF ("Ã" then
 * "¼"); "São", "Zürich", "Nº", Chinese (not in Windows-1252 at all) never fit. The few accidents
 * that do fit ("NESCAFÉ®" would read "NESCAFɮ", "café…”" "caf醔") are told apart by what the text
 * would become: a phonetic symbol (U+0250–U+02FF) or a control character, or a single non-Latin
 * letter glued to a Latin word, is not what anyone wrote.
 */
public final class Mojibake {
  /** What Windows-1252 puts at 0x80–0x9F; its five unused bytes read as the C1 controls. */
  private static final String CP1252_80 =
      "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D"
          + "\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153"
          + "\u009D\u017E\u0178";

  private Mojibake() {}

  /**
   * The text as it was before a spreadsheet garbled it, or null when {@code s} does not look
   * garbled that way (plain ASCII, or any text real people write).
   */
  public static String repaired(String s) {
    if (s == null) {
      return null;
    }
    int n = s.length();
    int i = 0;
    while (i < n && s.charAt(i) < 0x80) {
      i++;
    }
    if (i == n) {
      return null;
    }
    if (!validUtf8(s, i)) {
      return null; // most real text stops here, at its first character beyond ASCII
    }
    byte[] b = new byte[n];
    for (int k = 0; k < n; k++) {
      b[k] = (byte) byteOf(s.charAt(k));
    }
    String r = new String(b, StandardCharsets.UTF_8);
    return plausible(r) ? r : null;
  }

  /** Whether {@code s} has a character beyond ASCII. */
  public static boolean hasNonAscii(String s) {
    if (s == null) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return true;
      }
    }
    return false;
  }

  /** The Windows-1252 (or Latin-1) byte of a character, or -1 when it has none. */
  private static int byteOf(char c) {
    if (c <= 0xFF) {
      return c; // ASCII, Latin-1, and the C1 controls a Latin-1 reading gives 0x80–0x9F
    }
    if (c > '\u2122') {
      return -1; // beyond the highest of Windows-1252 (™): Chinese, say, without a search
    }
    int i = CP1252_80.indexOf(c);
    return i < 0 ? -1 : 0x80 + i;
  }

  /**
   * Whether the Windows-1252 bytes of {@code s} from {@code from} on are strict UTF-8 (RFC 3629: no
   * overlongs, no surrogates, nothing above U+10FFFF), read without copying them.
   */
  private static boolean validUtf8(String s, int from) {
    int n = s.length();
    int i = from;
    while (i < n) {
      int c = byteOf(s.charAt(i++));
      if (c < 0) {
        return false; // not Windows-1252 text: Chinese, say
      }
      if (c < 0x80) {
        continue;
      }
      int more;
      int lo = 0x80;
      int hi = 0xBF;
      if (c >= 0xC2 && c <= 0xDF) {
        more = 1;
      } else if (c >= 0xE0 && c <= 0xEF) {
        more = 2;
        lo = c == 0xE0 ? 0xA0 : 0x80;
        hi = c == 0xED ? 0x9F : 0xBF;
      } else if (c >= 0xF0 && c <= 0xF4) {
        more = 3;
        lo = c == 0xF0 ? 0x90 : 0x80;
        hi = c == 0xF4 ? 0x8F : 0xBF;
      } else {
        return false;
      }
      if (i + more > n) {
        return false;
      }
      int c1 = byteOf(s.charAt(i));
      if (c1 < lo || c1 > hi) {
        return false;
      }
      for (int k = 1; k < more; k++) {
        int ck = byteOf(s.charAt(i + k));
        if (ck < 0x80 || ck > 0xBF) {
          return false;
        }
      }
      i += more;
    }
    return true;
  }

  /**
   * Whether repaired text is something people write: no control character, no phonetic symbol, no
   * code point of the rarely used blocks, and no lone non-Latin letter stuck to a Latin word.
   */
  private static boolean plausible(String r) {
    int n = r.length();
    for (int i = 0; i < n; ) {
      int cp = r.codePointAt(i);
      int len = Character.charCount(cp);
      if (cp >= 0x80) {
        if (!inUsualBlock(cp)) {
          return false;
        }
        if (Character.getType(cp) == Character.NON_SPACING_MARK
            && (i == 0 || Character.isWhitespace(r.charAt(i - 1)))) {
          return false; // an accent on nothing
        }
        if (cp >= 0x370 && Character.isLetter(cp) && !(cp >= 0x1E00 && cp <= 0x1EFF)) {
          boolean before = i > 0 && asciiLetter(r.charAt(i - 1));
          boolean after = i + len < n && asciiLetter(r.charAt(i + len));
          boolean alone =
              !(i > 0 && nonLatinLetter(r.codePointBefore(i)))
                  && !(i + len < n && nonLatinLetter(r.codePointAt(i + len)));
          if ((before || after) && alone) {
            return false;
          }
        }
      }
      i += len;
    }
    return true;
  }

  private static boolean inUsualBlock(int cp) {
    if (cp < 0xA0 || (cp >= 0x250 && cp <= 0x2FF)) {
      return false; // C1 controls; phonetic symbols and modifier letters ("NESCAFÉ®" → "ɮ")
    }
    if (cp >= 0x200B && cp <= 0x200F) {
      return true; // zero-width joiners and marks (emoji sequences)
    }
    return switch (Character.getType(cp)) {
      case Character.UNASSIGNED,
          Character.CONTROL,
          Character.FORMAT,
          Character.PRIVATE_USE,
          Character.SURROGATE ->
          false;
      default -> true;
    };
  }

  private static boolean asciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean nonLatinLetter(int cp) {
    return cp >= 0x370 && Character.isLetter(cp);
  }
}
