package com.shopops.cli;

import com.shopops.render.Messages;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Codes inside a known message, said in the language of the command line (tryout23b A13). */
final class SaidCodes {
  /** A list of typed codes, {@code approved, rejected or withdrawn}. */
  private static final Pattern CODES = Pattern.compile("[\\w.-]+(?:, [\\w.-]+)* or [\\w.-]+");

  /** A step code and what follows it: {@code received 2026-11-19 13:00 (root) → …}. */
  private static final Pattern STEP_FIRST = Pattern.compile("([a-z]+) (.+)");

  private SaidCodes() {}

  /** {@code a, b or c} as {@code a、b 或 c}: the codes kept, the words said; any other part as is. */
  static String list(Messages m, String part) {
    if (!CODES.matcher(part).matches()) {
      return part;
    }
    int or = part.lastIndexOf(" or ");
    return part.substring(0, or).replace(", ", m.get("error.code_separator"))
        + m.get("error.or")
        + part.substring(or + 4);
  }

  /**
   * A step ({@link ReturnSteps#named}), or {@code received 2026-11-19 13:00 …} with its step named
   * ({@code 已收货 2026-11-19 13:00 …}).
   */
  static String step(Messages m, String item) {
    String named = ReturnSteps.named(m, item);
    Matcher first = STEP_FIRST.matcher(item);
    if (!named.equals(item) || !first.matches()) {
      return named;
    }
    String step = m.value("step", first.group(1));
    return step.equals(first.group(1)) ? item : step + " " + first.group(2);
  }
}
