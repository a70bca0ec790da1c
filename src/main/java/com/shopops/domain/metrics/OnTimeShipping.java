package com.shopops.domain.metrics;

import com.shopops.domain.sla.ShipByDeadline;
import com.shopops.domain.sla.ShippingPolicy;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Whether a shipped order shipped on time, for the on-time ship rate of {@code metrics}, {@code
 * score} and {@code report}: the ship-by deadline of {@code sla} ({@link ShipByDeadline}: {@code
 * sla.ship_within} after payment on the holiday clock, carrier, province and marketplace rules,
 * same-day cut-offs, presale promised dates), so that these reports and {@code sla report} give one
 * answer. Shipping exactly at the deadline is on time; one second after is late (as {@code sla}
 * classifies it).
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
    // (an order of no marketplace: the marketplace's own rules are read by sla's classifier)
    return !shippedAt.isAfter(shipBy.deadline());
  }

  /**
   * How soon after payment an order is on time whatever its holidays, presale date or overrides:
   * the shortest ship-within of the policy. The holiday clock and a presale promise only move a
   * deadline later, and an override only replaces the ship-within, so an order shipped no later
   * than this after payment is always on time (a store may count those in bulk).
   */
  public static Duration surelyOnTimeWithin(ShippingPolicy policy) {
    Duration min = policy.shipWithin();
    for (Duration d : policy.shipWithinByCarrier().values()) {
      min = d.compareTo(min) < 0 ? d : min;
    }
    for (Duration d : policy.shipWithinByProvince().values()) {
      min = d.compareTo(min) < 0 ? d : min;
    }
    for (Duration d : policy.dispatch().shipWithinByPlatform().values()) {
      min = d.compareTo(min) < 0 ? d : min;
    }
    // a cut-off: paid just before it, the deadline is that day's 24:00
    java.util.List<java.time.LocalTime> cutoffs =
        new java.util.ArrayList<>(policy.dispatch().cutoffByPlatform().values());
    if (policy.dispatch().cutoff() != null) {
      cutoffs.add(policy.dispatch().cutoff());
    }
    for (java.time.LocalTime c : cutoffs) {
      Duration d = Duration.ofDays(1).minus(Duration.ofNanos(c.toNanoOfDay()));
      min = d.compareTo(min) < 0 ? d : min;
    }
    return min;
  }
}
