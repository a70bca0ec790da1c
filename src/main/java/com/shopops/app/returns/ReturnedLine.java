package com.shopops.app.returns;

import com.shopops.store.OldReadings;
import com.shopops.text.Problem;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The line of its order a return names, when no line is: the one refusal {@code returns add} and
 * {@code import returns} both give, named by its key (review13 M6).
 */
public final class ReturnedLine {
  private ReturnedLine() {}

  /**
   * No line of order {@code orderId} is named {@code sku}; {@code before} when an older shopops
   * stored its lines before they kept the platform's item id (schema 23), so that a JD 商品编号 finds
   * no line until that order file is imported again (review14 N3): the day it was stored (in {@code
   * zone}) and the command that imports that file again into the store at {@code db}.
   */
  public static Problem none(
      String orderId, String sku, Optional<OldReadings.Recorded> before, ZoneId zone, String db) {
    if (before.isEmpty()) {
      return Problem.of("reason.no_such_line", orderId, sku);
    }
    OldReadings.Recorded b = before.get();
    return Problem.of(
        "reason.no_such_line_before_item_ids",
        orderId,
        sku,
        Instant.ofEpochSecond(b.importedAt()).atZone(zone).toLocalDate(),
        com.shopops.app.imports.ImportAgain.of(b, zone, db).line()); // the command (tryout27a A2)
  }
}
