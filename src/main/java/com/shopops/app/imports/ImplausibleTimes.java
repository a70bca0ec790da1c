package com.shopops.app.imports;

import com.shopops.domain.ShownTime;
import com.shopops.domain.sla.ShipmentValidation;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Times of one order that cannot all be true (delivered before shipped, shipped before paid): the
 * row is imported as it is, and an anomaly is recorded (issue 13); the SLA figures leave the
 * impossible duration out ({@link ShipmentValidation}).
 */
final class ImplausibleTimes {
  private ImplausibleTimes() {}

  /** Records an anomaly for each implausible pair of times; nulls are never implausible. */
  static void check(
      ParsedRow row,
      String id,
      Instant paid,
      Instant shipped,
      Instant delivered,
      ZoneId zone,
      KindHandler.Rejects rejects) {
    for (ShipmentValidation.Anomaly a : ShipmentValidation.anomalies(paid, shipped, delivered)) {
      rejects.anomaly(
          row,
          id,
          a.code(),
          // reason.delivered_before_shipped, reason.shipped_before_paid: the later time, then the
          // earlier one (the bundle says the fields and the note)
          com.shopops.text.Problem.of(
              "reason." + a.code().replace('-', '_'),
              shown(a.later(), zone),
              shown(a.earlier(), zone)));
    }
  }

  private static String shown(Instant t, ZoneId zone) {
    return ShownTime.of(t, zone);
  }
}
