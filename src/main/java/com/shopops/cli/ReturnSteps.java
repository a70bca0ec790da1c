package com.shopops.cli;

import com.shopops.render.Messages;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A return's step inside a sentence, by the name {@code returns list} shows it (review16 Q14): an
 * anomaly an import stored in English ({@code received (2026-12-01 08:00) dated by an earlier
 * import's clock…}) reads 已收货（2026-12-01 08:00） under zh, not received.
 */
final class ReturnSteps {
  /** A step with the time it had: {@code received (2026-12-01 08:00)}. */
  private static final Pattern STEP_AT = Pattern.compile("([a-z]+) \\((.+)\\)");

  private ReturnSteps() {}

  /** The step {@code item} (with its time when it has one) in the language of {@code m}. */
  static String named(Messages m, String item) {
    Matcher at = STEP_AT.matcher(item);
    if (at.matches() && !m.value("step", at.group(1)).equals(at.group(1))) {
      return m.get("note.step_at", m.value("step", at.group(1)), at.group(2));
    }
    return m.value("step", item);
  }
}
