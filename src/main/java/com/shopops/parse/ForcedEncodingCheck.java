package com.shopops.parse;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The look at a file whose encoding the operator named with {@code --encoding} (review F4): a
 * single-byte encoding (Latin-1, windows-1252) decodes any bytes at all, so a UTF-8 or Chinese
 * GBK/GB18030 export read in it would be imported as mojibake without an error. When the bytes
 * clearly are another encoding — valid UTF-8 with multi-byte characters, or plausible GB18030
 * Chinese — the file is refused, showing the first value as it would be read and as it is. The
 * other common mistake, {@code --encoding gbk} on a UTF-8 export, is refused when the file is valid
 * UTF-8 and not plausible as GB18030 (a GBK file that happens to be valid UTF-8, such as one whose
 * only Chinese is 联通, is plausible GB18030 and still imports as GBK). European text forced as
 * GBK/GB18030/Big5 — UTF-8, or Latin-1 bytes — is refused when the forced reading puts a CJK
 * ideograph inside a Latin word ("Z眉rich", "M黮ler"; review8 H2), and GBK Chinese forced as Big5 is
 * refused when the file is plausible GB18030 ("王芳" read as "卼滂"; review8 H2).
 */
final class ForcedEncodingCheck {
  private static final Charset GB18030 = Charset.forName("GB18030");

  private ForcedEncodingCheck() {}

  /**
   * Null when {@code file} may well be in {@code forced}; else why it is not.
   *
   * @param validUtf8 whether the whole file is strictly valid UTF-8
   */
  static FileFacts.EncodingProblem check(Path file, Charset forced, boolean validUtf8, long size)
      throws IOException {
    boolean singleByte = forced.newEncoder().maxBytesPerChar() <= 1.0f;
    Charset actual = null;
    if (singleByte) {
      if (validUtf8) {
        actual = StandardCharsets.UTF_8;
      } else if (EncodingCheck.check(file, 0) == null) {
        actual = GB18030;
      }
    } else if (isGb(forced) && validUtf8 && EncodingCheck.check(file, 0) != null) {
      actual = StandardCharsets.UTF_8;
    } else if (isBig5(forced) && !validUtf8 && EncodingCheck.check(file, 0) == null) {
      // plausible GBK Chinese read as Big5: "王芳" as "卼滂"; a Big5 file is not plausible GBK
      // (about half its characters have a trail byte below 0xA1, outside GB2312's common range)
      actual = GB18030;
    } else if (isGb(forced) || isBig5(forced)) {
      // UTF-8 or Latin-1 European text read as Chinese: "jos茅", "M黮ler" (review8 H2)
      Charset other = validUtf8 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
      return misread(file, forced, other, size, ForcedEncodingCheck::hanInLatinWord);
    }
    return actual == null ? null : misread(file, forced, actual, size, null);
  }

  /**
   * Whether {@code s} has a CJK ideograph after a Latin letter and before a lowercase one, as in
   * "Z眉rich" or "M黮ler": the middle of a European word, never Chinese text ("T恤XL" is not).
   */
  static boolean hanInLatinWord(String s) {
    for (int i = 1; i + 1 < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isIdeographic(c)
          && isAsciiLetter(s.charAt(i - 1))
          && s.charAt(i + 1) >= 'a'
          && s.charAt(i + 1) <= 'z') {
        return true;
      }
    }
    return false;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /**
   * The first value with a character beyond ASCII, as {@code forced} and {@code actual} read it;
   * with {@code misreadIf}, the first value whose forced reading it accepts, or null if none.
   */
  private static FileFacts.EncodingProblem misread(
      Path file,
      Charset forced,
      Charset actual,
      long size,
      java.util.function.Predicate<String> misreadIf)
      throws IOException {
    String what = "the file is " + label(actual) + ", not " + label(forced);
    String hint =
        actual.equals(StandardCharsets.ISO_8859_1)
            ? "give --encoding latin1 (or windows-1252), the file's encoding"
            : "drop --encoding (the encoding is detected), or give --encoding "
                + (actual.equals(StandardCharsets.UTF_8) ? "utf-8" : "gbk");
    FileFacts facts = new FileFacts("", size, actual, 0, null);
    try (CsvInput in = new CsvInput(file, "", facts, null, read -> {})) {
      java.util.List<String> header = in.header();
      for (int i = 0; i < header.size(); i++) {
        if (misreads(header.get(i), forced, actual, misreadIf)) {
          return problem(1, "header", what, header.get(i), forced, actual, hint);
        }
      }
      for (CsvInput.Line line = in.next(); line != null; line = in.next()) {
        String[] cells = line.cells();
        for (int i = 0; i < cells.length; i++) {
          if (cells[i] != null && misreads(cells[i], forced, actual, misreadIf)) {
            String column = i < header.size() ? header.get(i) : "column " + (i + 1);
            return problem(line.number(), column, what, cells[i], forced, actual, hint);
          }
        }
      }
    } catch (ReadException | CsvInput.TruncatedException e) {
      // not a CSV the lexer reads: the verdict stands without the value
      if (misreadIf != null) {
        return null;
      }
    }
    return misreadIf == null ? new FileFacts.EncodingProblem(1, what, hint) : null;
  }

  private static boolean misreads(
      String value,
      Charset forced,
      Charset actual,
      java.util.function.Predicate<String> misreadIf) {
    if (isAscii(value)) {
      return false;
    }
    return misreadIf == null || misreadIf.test(new String(value.getBytes(actual), forced));
  }

  private static FileFacts.EncodingProblem problem(
      long line,
      String column,
      String what,
      String value,
      Charset forced,
      Charset actual,
      String hint) {
    String asForced = shown(new String(value.strip().getBytes(actual), forced));
    return new FileFacts.EncodingProblem(
        line,
        column
            + ": "
            + what
            + " (\""
            + cut(value.strip())
            + "\" would be read as \""
            + cut(asForced)
            + "\")",
        hint);
  }

  private static boolean isGb(Charset c) {
    return c.equals(GB18030) || c.name().equals("GBK") || c.name().equals("GB2312");
  }

  private static boolean isBig5(Charset c) {
    return c.name().equals("Big5") || c.name().equals("Big5-HKSCS");
  }

  private static String label(Charset c) {
    if (c.equals(StandardCharsets.UTF_8)) {
      return "UTF-8";
    }
    if (isGb(c)) {
      return "GBK/GB18030";
    }
    if (c.equals(StandardCharsets.ISO_8859_1)) {
      return "Latin-1";
    }
    return c.name();
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** Control characters (Latin-1 0x80–0x9F) would upset the terminal: shown as '?'. */
  private static String shown(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(Character.isISOControl(c) || c == '\uFFFD' ? '?' : c);
    }
    return b.toString();
  }

  private static String cut(String s) {
    return s.length() > 40 ? s.substring(0, 37) + "..." : s;
  }
}
