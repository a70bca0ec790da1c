package com.shopops.domain.order;

import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

/** A store's currency as the operator types it: an ISO 4217 code, any case, blanks around. */
public final class CurrencyCode {
  private CurrencyCode() {}

  /** The code in capitals ({@code " brl" → "BRL"}); empty when it is not an ISO 4217 code. */
  public static Optional<String> parse(String value) {
    String code = value.strip().toUpperCase(Locale.ROOT);
    if (!code.matches("[A-Z]{3}")) {
      return Optional.empty();
    }
    try {
      Currency.getInstance(code);
      return Optional.of(code);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
