package com.shopops.text;

import java.math.BigDecimal;

/**
 * Thousands grouped by commas, in both languages (12,345.67, as Chinese shop back-ends show money):
 * the one rule for the terminal table, the report ({@code render.Numbers}) and the notes and
 * messages that name an amount (tryout27b B6: "takes off 10,415.90", never "10415.90"). Pure text,
 * no dependencies.
 */
public final class Grouping {
  private Grouping() {}

  /** A number with its thousands grouped and its scale kept: 12,345.67, -1,234.00, 800. */
  public static String number(BigDecimal v) {
    String plain = v.abs().toPlainString();
    int dot = plain.indexOf('.');
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    StringBuilder sb = new StringBuilder(plain.length() + whole.length() / 3 + 1);
    if (v.signum() < 0) {
      sb.append('-');
    }
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        sb.append(',');
      }
      sb.append(whole.charAt(i));
    }
    return sb.append(dot < 0 ? "" : plain.substring(dot)).toString();
  }

  /** An amount in minor units (fen, cents) as a message names it: 1041590 → 10,415.90. */
  public static String money(long minor) {
    return number(BigDecimal.valueOf(minor, 2));
  }
}
