package com.shopops.domain.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An order's ship-by deadline (发货截止) and hard limit.
 *
 * <p>Rule (docs/sla.md; DOMAIN.md §3.2): {@code deadline = paidAt + shipWithin} and {@code
 * hardLimit = paidAt + shipMax}, both counted on the {@link HolidayClock} (the clock stops on
 * holidays; an order paid on a holiday starts at the next non-holiday midnight).
 *
 * <p>Presale (预售): the deadline is the end of the promised ship date in the store zone (shipping
 * any time on that date is on time), and the hard limit is that deadline plus the same grace as an
 * ordinary order ({@code shipMax - shipWithin}) on the holiday clock. If the order is paid after
 * that (e.g. the balance 尾款 came in late), the ordinary deadline applies: the later of the two
 * wins, so a presale promise never makes the deadline shorter than an ordinary order's.
 *
 * <p>Shipping exactly at {@code deadline} is on time; one second after is late. The same holds for
 * {@code hardLimit}.
 */
public record ShipByDeadline(Instant deadline, Instant hardLimit) {

  public ShipByDeadline {
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(hardLimit, "hardLimit");
    if (hardLimit.isBefore(deadline)) {
      throw new IllegalArgumentException(
          "hard limit " + hardLimit + " before deadline " + deadline);
    }
  }

  /** Deadline for an order without carrier or province overrides. */
  public static ShipByDeadline of(
      ShippingPolicy policy, Instant paidAt, LocalDate presaleShipDate) {
    return of(policy, paidAt, presaleShipDate, null, null);
  }

  /**
   * Deadline for an order paid at {@code paidAt}.
   *
   * @param presaleShipDate promised ship date of a presale order, or null for an in-stock order
   * @param carrier carrier name for a per-carrier override, or null
   * @param province province for a per-province override, or null
   */
  public static ShipByDeadline of(
      ShippingPolicy policy,
      Instant paidAt,
      LocalDate presaleShipDate,
      String carrier,
      String province) {
    Objects.requireNonNull(paidAt, "paidAt");
    HolidayClock clock = policy.clock();
    Duration within = policy.shipWithinFor(carrier, province);
    Duration max = policy.shipMaxFor(carrier, province);
    Instant deadline = clock.plus(paidAt, within);
    Instant hardLimit = clock.plus(paidAt, max);
    if (presaleShipDate != null) {
      Instant promised = DeliveryPromise.endOfDay(presaleShipDate, policy.zone());
      Instant promisedHard = clock.plus(promised, max.minus(within));
      deadline = later(deadline, promised);
      hardLimit = later(hardLimit, promisedHard);
    }
    return new ShipByDeadline(deadline, hardLimit);
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
