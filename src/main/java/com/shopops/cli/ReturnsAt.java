package com.shopops.cli;

import com.shopops.app.ExitCodes;
import com.shopops.app.UserException;
import com.shopops.parse.Timestamps;
import com.shopops.parse.ValueException;
import java.time.Instant;
import java.time.ZoneId;

/**
 * {@code --at TIME} of {@code returns add/update}: a time without an offset is read in the store
 * zone, which is known only once the store is open (so this is not a registered converter).
 */
final class ReturnsAt {
  private ReturnsAt() {}

  /** {@code value} read in {@code zone}; {@code asOf} when the option was not given. */
  static Instant orAsOf(String value, Instant asOf, ZoneId zone) {
    if (value == null) {
      return asOf;
    }
    try {
      Instant t = Timestamps.timestamp(value, zone);
      if (t == null) {
        throw new ValueException("empty");
      }
      return t;
    } catch (ValueException e) {
      throw new UserException(
          ExitCodes.USAGE,
          "--at: " + e.getMessage(),
          "use e.g. '2026-11-20 10:00' (store zone) or 2026-11-20T10:00:00+08:00");
    }
  }
}
