package com.shopops.domain.lists;

/** Text for people inside list cells (reasons, messages); the numbers columns stay numbers. */
final class Format {
  private Format() {}

  /**
   * An amount in its currency: {@code ¥1,234.00} for CNY (and an unknown currency, the store's
   * default), {@code USD 141.70} for any other: a buyer who paid in dollars never reads as yuan.
   */
  static String money(long minor, String currency) {
    if (currency == null || currency.equals("CNY") || currency.equals("RMB")) {
      return yuan(minor);
    }
    String yuan = yuan(minor);
    boolean negative = minor < 0;
    return (negative ? "-" : "") + currency + " " + yuan.substring(negative ? 2 : 1);
  }

  /** 123400 fen → {@code ¥1,234.00}; negative → {@code -¥12.50}. */
  static String yuan(long fen) {
    boolean negative = fen < 0;
    // Long.MIN_VALUE cannot be negated; no shop has that much money, but do not throw on it.
    String digits = negative ? Long.toString(fen).substring(1) : Long.toString(fen);
    while (digits.length() < 3) {
      digits = "0" + digits;
    }
    String whole = digits.substring(0, digits.length() - 2);
    String cents = digits.substring(digits.length() - 2);
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        grouped.append(',');
      }
      grouped.append(whole.charAt(i));
    }
    return (negative ? "-¥" : "¥") + grouped + "." + cents;
  }
}
