package com.shopops.app;

import com.shopops.domain.order.CurrencyCode;

/**
 * A {@code --currency CODE} option's value ({@code init}, {@code metrics}, {@code report}…): an ISO
 * 4217 code in any case, else the one refusal every command gives, exit 2 (an empty value from an
 * unset shell variable too).
 */
public final class CurrencyOption {
  private CurrencyOption() {}

  /**
   * Refuses a {@code --currency} (a {@link #code}) the store holds no paid order in and that is not
   * its default currency, naming those it holds: a typo must not give a report of zeros ({@code
   * metrics}, {@code report}, {@code returns report}).
   */
  public static void checkHeld(com.shopops.store.Store store, String code)
      throws java.sql.SQLException {
    java.util.Set<String> known =
        new java.util.TreeSet<>(new com.shopops.store.SalesFigures(store).allCurrencies());
    known.add(store.defaultCurrency());
    if (!known.contains(code)) {
      throw new UserException(
          ExitCodes.USAGE,
          "--currency: no paid order in \"" + code + "\"",
          "currencies: " + String.join(", ", known));
    }
  }

  /** The code in capitals; refuses a value that is not an ISO 4217 code. */
  public static String code(String value) {
    return CurrencyCode.parse(value)
        .orElseThrow(
            () ->
                new UserException(
                    ExitCodes.USAGE,
                    "--currency: unknown currency \"" + value + "\"",
                    "use an ISO 4217 code such as CNY, USD or EUR"));
  }
}
