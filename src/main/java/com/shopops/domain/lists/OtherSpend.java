package com.shopops.domain.lists;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What a customer paid in one currency other than the one a list ranks in (review17 R5): the
 * currency, the amount net of refunds (minor units) and the number of orders. A reason says it in
 * its own language ({@link #english}, {@link #chinese}).
 */
public record OtherSpend(String currency, long amount, long orders) {
  public OtherSpend {
    Objects.requireNonNull(currency, "currency");
  }

  /** {@code GBP 117.00 (2)}, "; " between currencies. */
  public static String english(List<OtherSpend> spends) {
    StringBuilder sb = new StringBuilder();
    for (OtherSpend s : spends) {
      sb.append(sb.length() == 0 ? "" : "; ").append(s.amountText()).append(" (");
      sb.append(s.orders).append(')');
    }
    return sb.toString();
  }

  /** {@code GBP 117.00（2 单）}, "，" between currencies (tryout17 U7). */
  public static String chinese(List<OtherSpend> spends) {
    StringBuilder sb = new StringBuilder();
    for (OtherSpend s : spends) {
      sb.append(sb.length() == 0 ? "" : "，").append(s.amountText()).append('（');
      sb.append(s.orders).append(" 单）");
    }
    return sb.toString();
  }

  private String amountText() {
    return currency + " " + BigDecimal.valueOf(amount, 2).toPlainString();
  }
}
