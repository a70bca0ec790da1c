package com.shopops.parse;

/**
 * Amounts of money in export cells, read exactly into minor units (fen/cents). Returns null for an
 * empty cell and throws {@link ValueException} with an operator-readable reason for anything else
 * it cannot read.
 */
public final class Amounts {
  private Amounts() {}

  // Longest first, so that "US$" wins over "$". Compared case-insensitively.
  private static final String[] CURRENCY_PREFIXES = {
    "US$", "HK$", "RMB", "CNY", "USD", "EUR", "GBP", "HKD", "¥", "￥", "$", "€", "£"
  };
  private static final String[] CURRENCY_SUFFIXES = {
    "RMB", "CNY", "USD", "EUR", "GBP", "HKD", "元", "€"
  };

  /**
   * How an export writes the decimal separator of its amounts: {@link #POINT} ({@code 1,234.50},
   * the default) or {@link #COMMA} ({@code 1.234,50}, {@code 1 234,50}, {@code 12,50}: a Spanish or
   * other continental Excel's resave; a mapping file's {@code decimal: ","}). Review17 R3.
   */
  public enum Decimal {
    POINT,
    COMMA;

    /** A mapping file's {@code decimal:} value ({@code ","} or {@code "."}), else null. */
    public static Decimal of(String said) {
      if (said == null) {
        return POINT;
      }
      return switch (said.strip()) {
        case "," -> COMMA;
        case "." -> POINT;
        default -> null;
      };
    }
  }

  /**
   * An amount cell written with a decimal comma ({@code 12,50}, {@code 1.234,50}) read as the
   * default decimal point would refuse or misread: refused as such, so that the import can say how
   * to read it ({@code decimal: ","}) rather than guess.
   */
  public static final class DecimalCommaException extends ValueException {
    private final String cell;

    DecimalCommaException(String cell) {
      super("written with a decimal comma " + CellText.quoted(cell));
      this.cell = cell;
    }

    /** The cell as written ({@code 1.234,50}). */
    public String cell() {
      return cell;
    }
  }

  /**
   * The largest amount accepted, in minor units (10^12: ten billion yuan): far beyond any order,
   * and small enough that millions of them add up without overflowing a long.
   */
  public static final long MAX_MINOR = 1_000_000_000_000L;

  /**
   * An amount of money in minor units (fen/cents): {@code ¥1,221.30} → 122130, {@code 1221.3} →
   * 122130, {@code .5} → 50, {@code -12.50} → -1250, {@code (12.50)} → -1250. Accepts a currency
   * sign or code before ({@code ¥ ￥ $ RMB CNY …}) or after ({@code 元}, {@code CNY}), thousands
   * separators in groups of three (so a European {@code 12,34} is refused rather than misread), and
   * extra decimal zeros ({@code 12.500}). Exact: long arithmetic only.
   *
   * @throws ValueException {@code not an amount ("…")}, {@code more than 2 decimal places
   *     ("12.345")} or {@code amount too large, more than 10,000,000,000.00 ("…")} (|amount| >
   *     {@link #MAX_MINOR})
   */
  public static Long amount(String raw) {
    return (Long) read(raw, false, null);
  }

  /**
   * {@link #amount(String)} with the decimal separator the export writes: with {@link
   * Decimal#COMMA} {@code 1.234,50} and {@code 1 234,50} → 123450, {@code 12,5} → 1250, {@code
   * 1.234} → 123400 ({@code .} and spaces group thousands, in threes: {@code 1.23} is refused).
   * With {@link Decimal#POINT} a cell written with a decimal comma ({@code 12,50}, {@code
   * 1.234,50}) is refused with a {@link DecimalCommaException}, never misread (the one-argument
   * form, for a typed option, refuses it as not an amount).
   */
  public static Long amount(String raw, Decimal decimal) {
    return (Long) read(raw, false, decimal);
  }

  /**
   * A price per unit: an {@link #amount} in minor units, or, when it has more than 2 decimal places
   * that are not zeros (a wholesale price in tenths of a penny: {@code 0.042}), its exact decimal
   * text in major units ({@code "0.042"}, {@code "-1.2345"}; review12 L19), from which the line's
   * amount is computed exactly ({@link #lineAmount}).
   *
   * @return null for an empty cell, a {@code Long} (minor units) or a {@code String}
   * @throws ValueException as {@link #amount}, but not for decimal places
   */
  public static Object price(String raw) {
    return read(raw, true, null);
  }

  /**
   * {@link #price(String)} with the export's decimal separator (see {@link #amount(String,
   * Decimal)}).
   */
  public static Object price(String raw, Decimal decimal) {
    return read(raw, true, decimal);
  }

  /**
   * Quantity × a {@link #price}, in minor units, or null when it is not a whole number of them
   * ({@code 1 × 0.001}).
   *
   * @throws ArithmeticException when it is too large for a long
   */
  public static Long lineAmount(Object price, long quantity) {
    if (price instanceof Long minor) {
      return Math.multiplyExact(minor, quantity);
    }
    java.math.BigDecimal total =
        new java.math.BigDecimal((String) price)
            .multiply(java.math.BigDecimal.valueOf(quantity))
            .movePointRight(2);
    try {
      return total.stripTrailingZeros().longValueExact();
    } catch (ArithmeticException e) {
      if (total.signum() != 0 && total.stripTrailingZeros().scale() <= 0) {
        throw e; // whole, but too large
      }
      return null;
    }
  }

  private static Object read(String raw, boolean fine, Decimal decimal) {
    String written = CellText.text(raw);
    if (written == null) {
      return null;
    }
    if (decimal == Decimal.COMMA) {
      return read(commaToPoint(written), written, fine);
    }
    try {
      return read(written, written, fine);
    } catch (ValueException e) {
      if (decimal == Decimal.POINT && looksDecimalComma(written)) {
        throw new DecimalCommaException(written);
      }
      throw e;
    }
  }

  /**
   * The decimal-comma text in the decimal-point form the reader knows: {@code 1.234,50} → {@code
   * 1,234.50}, {@code 1 234,50} → {@code 1,234.50} (a space between digits groups them too).
   */
  private static String commaToPoint(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ',') {
        b.append('.');
      } else if (c == '.') {
        b.append(',');
      } else if ((c == ' ' || c == '\u00A0' || c == '\u202F')
          && i > 0
          && i + 1 < s.length()
          && CellText.isDigit(s.charAt(i - 1))
          && CellText.isDigit(s.charAt(i + 1))) {
        b.append(',');
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * Whether a cell the decimal point refused reads as an amount with a decimal comma and has its
   * shape: a comma followed by one or two digits at the end of the number ({@code 12,50}, {@code
   * 1.234,5 €}), or a point before the comma ({@code 1.234,500}).
   */
  static boolean looksDecimalComma(String s) {
    int comma = s.lastIndexOf(',');
    if (comma < 0) {
      return false;
    }
    try {
      read(commaToPoint(s), s, true);
    } catch (ValueException e) {
      return false;
    }
    int digits = 0;
    int i = comma + 1;
    while (i < s.length() && CellText.isDigit(s.charAt(i))) {
      digits++;
      i++;
    }
    int point = s.indexOf('.');
    return (digits >= 1 && digits <= 2) || (point >= 0 && point < comma);
  }

  /** {@code s}: the text read; {@code written}: the cell as written, which messages quote. */
  private static Object read(String s, String written, boolean fine) {
    int i = 0;
    int end = s.length();
    boolean negative = false;
    if (s.charAt(0) == '(' && s.charAt(end - 1) == ')') { // accounting style negative
      negative = true;
      i++;
      end--;
    }
    boolean signed = false;
    if (i < end && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
      negative ^= s.charAt(i) == '-';
      signed = true;
      i++;
    }
    // most cells are plain numbers: only look for currency signs when a letter or sign is there
    int afterPrefix =
        i < end && CellText.isDigit(s.charAt(i))
            ? i
            : skipAffix(s, i, end, CURRENCY_PREFIXES, true);
    if (afterPrefix != i) {
      i = skipSpaces(s, afterPrefix, end);
      if (!signed && i < end && (s.charAt(i) == '-' || s.charAt(i) == '+')) { // $-12.00
        negative ^= s.charAt(i) == '-';
        i++;
      }
    }
    int suffixStart =
        end > i && CellText.isDigit(s.charAt(end - 1))
            ? end
            : skipAffix(s, i, end, CURRENCY_SUFFIXES, false);
    if (suffixStart != end) {
      end = suffixStart;
      while (end > i && s.charAt(end - 1) == ' ') {
        end--;
      }
    }
    try {
      long units = 0;
      int intDigits = 0;
      int group = -1; // digits since the last thousands separator, -1 before the first one
      while (i < end) {
        char c = s.charAt(i);
        if (c >= '0' && c <= '9') {
          units = Math.addExact(Math.multiplyExact(units, 10), c - '0');
          intDigits++;
          if (group >= 0) {
            group++;
          }
        } else if (c == ',') {
          if (intDigits == 0 || (group < 0 ? intDigits > 3 : group != 3)) {
            throw notAmount(written);
          }
          group = 0;
        } else {
          break;
        }
        i++;
      }
      if (group >= 0 && group != 3) {
        throw notAmount(written);
      }
      long fraction = 0;
      int fractionDigits = 0;
      boolean tooPrecise = false;
      int fractionStart = i + 1;
      if (i < end && s.charAt(i) == '.') {
        i++;
        while (i < end && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
          int d = s.charAt(i) - '0';
          if (fractionDigits < 2) {
            fraction = fraction * 10 + d;
          } else if (d != 0) {
            tooPrecise = true;
          }
          fractionDigits++;
          i++;
        }
      }
      if (i != end || intDigits + fractionDigits == 0) {
        throw notAmount(written);
      }
      if (tooPrecise) {
        if (!fine) {
          throw new ValueException("more than 2 decimal places " + CellText.quoted(written));
        }
        if (units > MAX_MINOR / 100) {
          throw new ValueException(
              "amount too large, more than 10,000,000,000.00 " + CellText.quoted(written));
        }
        String digits = s.substring(fractionStart, end);
        return new java.math.BigDecimal((negative ? "-" : "") + units + "." + digits)
            .stripTrailingZeros()
            .toPlainString();
      }
      if (fractionDigits == 1) {
        fraction *= 10;
      }
      long minor = Math.addExact(Math.multiplyExact(units, 100), fraction);
      if (minor > MAX_MINOR) {
        throw new ValueException(
            "amount too large, more than 10,000,000,000.00 " + CellText.quoted(written));
      }
      return negative ? -minor : minor;
    } catch (ArithmeticException e) {
      throw new ValueException(
          "amount too large, more than 10,000,000,000.00 " + CellText.quoted(written));
    }
  }

  private static ValueException notAmount(String s) {
    return new ValueException("not an amount " + CellText.quoted(s));
  }

  /** Position after a matching prefix (or start of a matching suffix), else the position given. */
  private static int skipAffix(String s, int start, int end, String[] affixes, boolean prefix) {
    for (String a : affixes) {
      int len = a.length();
      if (end - start < len) {
        continue;
      }
      int at = prefix ? start : end - len;
      if (s.regionMatches(true, at, a, 0, len)) {
        return prefix ? start + len : at;
      }
    }
    return prefix ? start : end;
  }

  private static int skipSpaces(String s, int i, int end) {
    while (i < end && s.charAt(i) == ' ') {
      i++;
    }
    return i;
  }
}
