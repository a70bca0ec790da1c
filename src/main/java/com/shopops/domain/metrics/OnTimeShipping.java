package com.shopops.domain.metrics;

import com.shopops.domain.sla.ShipByDeadline;
import com.shopops.domain.sla.ShippingPolicy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Whether a shipped order shipped on time, for the on-time ship rate of {@code metrics}, {@code
 * score} and {@code report}: the ship-by deadline of {@code sla} ({@link ShipByDeadline}: {@code
 * sla.ship_within} after payment on the holiday clock, carrier and province overrides, presale
 * promised dates), so that these reports and {@code sla report} give one answer. Shipping exactly
 * at the deadline is on time; one second after is late (as {@code sla} classifies it).
 */
public final class OnTimeShipping {
  private OnTimeShipping() {}

  /**
   * @param presaleShipDate the promised ship date of a presale order, or null.
   * @param carrier the carrier, or null.
   * @param province the buyer's province, or null.
   */
  public static boolean onTime(
      ShippingPolicy policy,
      Instant paidAt,
      Instant shippedAt,
      LocalDate presaleShipDate,
      String carrier,
      String province) {
    Objects.requireNonNull(shippedAt, "shippedAt");
    ShipByDeadline shipBy = ShipByDeadline.of(policy, paidAt, presaleShipDate, carrier, province);
    return !shippedAt.isAfter(shipBy.deadline());
  }
}
