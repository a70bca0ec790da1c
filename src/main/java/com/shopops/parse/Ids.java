package com.shopops.parse;

import java.util.regex.Pattern;

/**
 * An id cell (order, customer, tracking number, a phone used as a key): text, refused when a
 * spreadsheet has turned it into a number. Excel shows a 19-digit 订单编号 as {@code 3.02994E+18} and
 * saves it so, the digits gone. Such an id would merge different orders into one, so the row is
 * refused instead. A whole number written as a float ({@code 13812345678.0}, pandas) is read as the
 * number when its digits are all kept.
 */
public final class Ids {
  /**
   * {@code 3.02994E+18}, {@code 9.19747e+11}, {@code 1E+15}: a number in scientific notation; also
   * with the decimal comma a continental-European Excel writes ({@code 4,47700E+11} for the phone
   * {@code +447700000007}, {@code 3,96257E+18} for a Tmall order id: review17 R9, R13).
   */
  private static final Pattern SCIENTIFIC =
      Pattern.compile("[+-]?[0-9]+([.,][0-9]+)?[eE]\\+[0-9]+|[+-]?[0-9]+[.,][0-9]+[eE]-?[0-9]+");

  /** {@code 13812345678.0}: an integer written as a float. */
  private static final Pattern TRAILING_ZERO = Pattern.compile("[0-9]+\\.0+");

  private Ids() {}

  /**
   * The id as text (see {@link CellText#text}), or null when empty.
   *
   * @throws ValueException when a spreadsheet changed it
   */
  public static String id(String cell) {
    String s = CellText.text(cell);
    if (s != null && mayBeNumber(s)) {
      String whole = wholeNumber(s);
      if (whole != null) {
        return whole;
      }
    }
    if (s != null && mayBeNumber(s) && changedBySpreadsheet(s)) {
      throw new ValueException(
          "looks changed by a spreadsheet "
              + CellText.quoted(s)
              + ": its digits are lost, and different ids would become one; export the file again"
              + " (from the platform; a list of shopops with --excel or as xlsx) and import it"
              + " without opening it in Excel (or keep the column as text)"); // review19 V14
    }
    return s;
  }

  /**
   * Both patterns need a {@code .} or an {@code e}/{@code E} (the comma form still has its {@code
   * E}): an id without one (nearly every id) is text without running them.
   */
  static boolean mayBeNumber(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '.' || c == 'e' || c == 'E') {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code 17850.0} (pandas writes an integer column with blanks as floats: Online Retail II's
   * {@code Customer ID}) is the id {@code 17850}: up to 15 digits a float keeps every digit, so
   * reading it back gives the same id as the file that wrote it as text (review12 L12). Null for
   * anything else, and for longer numbers, whose last digits a float may have changed.
   */
  static String wholeNumber(String s) {
    if (!TRAILING_ZERO.matcher(s).matches()) {
      return null;
    }
    String digits = s.substring(0, s.indexOf('.'));
    return digits.length() <= MAX_EXACT_DIGITS ? digits : null;
  }

  /** Digits a double holds exactly whatever they are (2^53 has 16). */
  private static final int MAX_EXACT_DIGITS = 15;

  /** The patterns' verdict, without the shortcut (compared with it in IdsTest). */
  static boolean changedBySpreadsheet(String s) {
    return SCIENTIFIC.matcher(s).matches() || TRAILING_ZERO.matcher(s).matches();
  }
}
