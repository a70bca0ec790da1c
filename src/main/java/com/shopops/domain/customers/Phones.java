package com.shopops.domain.customers;

/**
 * When two written phone numbers are the same number: the one rule for an import that meets a
 * stored phone again and for a typed {@code --customer} that names a buyer by phone.
 */
public final class Phones {
  private Phones() {}

  /** A calling code has 1 to 3 digits (+1, +34, +852). */
  private static final int MAX_CALLING_CODE = 3;

  /** A national number shorter than this is too short to name a buyer by. */
  public static final int MIN_DIGITS = 7;

  /** The digits of a phone number, a leading 0086/86 (mainland China) dropped. */
  public static String digits(String phone) {
    String s = allDigits(phone);
    if (s.startsWith("0086")) {
      return s.substring(4);
    }
    if (s.startsWith("86") && s.length() == 13) {
      return s.substring(2);
    }
    return s;
  }

  /** Every digit of the text, in order. */
  private static String allDigits(String phone) {
    StringBuilder d = new StringBuilder();
    for (int i = 0; i < phone.length(); i++) {
      char c = phone.charAt(i);
      if (c >= '0' && c <= '9') {
        d.append(c);
      }
    }
    return d.toString();
  }

  /** Whether the text is an international number: {@code +} first. */
  private static boolean international(String phone) {
    return phone.strip().startsWith("+");
  }

  /**
   * Whether {@code given} is {@code stored} with only its {@code +} lost ({@code 34612345678} for
   * {@code +34612345678}: Excel read the cell as a number, review17 R9): the same number, and the
   * stored one, which says it is international, is kept.
   */
  public static boolean lostItsPlus(String stored, String given) {
    if (stored == null || given == null || !international(stored) || international(given)) {
      return false;
    }
    for (int i = 0; i < given.length(); i++) {
      char c = given.charAt(i);
      if (!(c >= '0' && c <= '9') && c != ' ' && c != '-') {
        return false;
      }
    }
    String d = allDigits(given);
    return !d.isEmpty() && d.equals(allDigits(stored));
  }

  /**
   * Whether {@code given} is the national number of the international {@code stored}: {@code
   * 612345678} for {@code +34612345678}, {@code 07700900123} (a trunk 0) for {@code +447700900123}.
   * The stored digits are a 1-3 digit calling code followed by the given ones (review17 R17).
   */
  public static boolean nationalOf(String stored, String given) {
    if (stored == null || given == null || !international(stored) || international(given)) {
      return false;
    }
    String g = allDigits(given);
    if (g.startsWith("00")) {
      return false; // an international number written with 00: compared by digits
    }
    if (g.startsWith("0")) {
      g = g.substring(1);
    }
    String s = allDigits(stored);
    int code = s.length() - g.length();
    return g.length() >= MIN_DIGITS && code >= 1 && code <= MAX_CALLING_CODE && s.endsWith(g);
  }
}
