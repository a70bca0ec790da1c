package com.shopops.app;

import com.shopops.domain.order.CurrencyCode;

/**
 * A {@code --currency CODE} option's value ({@code init}, {@code metrics}, {@code report}…): an ISO
 * 4217 code in any case, else the one refusal every command gives, exit 2 (an empty value from an
 * unset shell variable too).
 */
public final class CurrencyOption {
  private CurrencyOption() {}

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
