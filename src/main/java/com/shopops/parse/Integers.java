package com.shopops.parse;

/**
 * Whole numbers in export cells (counts, quantities, scores). Returns null for an empty cell and
 * throws {@link ValueException} with an operator-readable reason for anything else it cannot read.
 */
public final class Integers {
  private Integers() {}

  /**
   * A whole number: {@code 12}, {@code 1,234}, {@code -5}, {@code 3.0} (→ 3; spreadsheets write
   * counts that way).
   *
   * @throws ValueException {@code not a whole number ("3.5")} or {@code number too large ("…")}
   */
  public static Long integer(String raw) {
    return integer(raw, Amounts.Decimal.POINT);
  }

  /**
   * A whole number as the file's amounts write numbers: with {@link Amounts.Decimal#COMMA} (a
   * Spanish or other continental Excel) {@code 2.000} is two thousand and {@code 3,0} is 3, as
   * {@code 1.234,50} is an amount of 1234.50 in the same file (tryout17 U14: before, 2.000 units
   * were read as 2).
   */
  public static Long integer(String raw, Amounts.Decimal decimal) {
    char grouping = decimal == Amounts.Decimal.COMMA ? '.' : ',';
    char point = decimal == Amounts.Decimal.COMMA ? ',' : '.';
    String s = CellText.text(raw);
    if (s == null) {
      return null;
    }
    int i = 0;
    int end = s.length();
    boolean negative = false;
    if (s.charAt(0) == '-' || s.charAt(0) == '+') {
      negative = s.charAt(0) == '-';
      i++;
    }
    long value = 0;
    int digits = 0;
    int group = -1;
    try {
      while (i < end) {
        char c = s.charAt(i);
        if (c >= '0' && c <= '9') {
          // Accumulate negatively so that Long.MIN_VALUE is representable.
          value = Math.subtractExact(Math.multiplyExact(value, 10), c - '0');
          digits++;
          if (group >= 0) {
            group++;
          }
        } else if (c == grouping) {
          if (digits == 0 || (group < 0 ? digits > 3 : group != 3)) {
            throw notWhole(s);
          }
          group = 0;
        } else {
          break;
        }
        i++;
      }
      if (digits == 0 || (group >= 0 && group != 3)) {
        throw notWhole(s);
      }
      if (i < end && s.charAt(i) == point) {
        i++;
        while (i < end && s.charAt(i) == '0') {
          i++;
        }
      }
      if (i != end) {
        throw notWhole(s);
      }
      return negative ? value : Math.negateExact(value);
    } catch (ArithmeticException e) {
      throw new ValueException("number too large " + CellText.quoted(s));
    }
  }

  private static ValueException notWhole(String s) {
    return new ValueException("not a whole number " + CellText.quoted(s));
  }
}
