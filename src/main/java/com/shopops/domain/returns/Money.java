package com.shopops.domain.returns;

/** Formats fen for messages: {@code 12345 → "123.45"}. Package-private; messages only. */
final class Money {
  private Money() {}

  static String format(long fen) {
    String sign = fen < 0 ? "-" : "";
    long abs = Math.abs(fen);
    return sign + (abs / 100) + "." + String.format("%02d", abs % 100);
  }
}
