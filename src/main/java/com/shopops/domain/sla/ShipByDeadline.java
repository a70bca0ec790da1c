package com.shopops.domain.sla;

import com.shopops.domain.order.Platform;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Set;

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
 * <p>Under a same-day dispatch cut-off ({@link DispatchRules}, review18 T11) the deadline is the
 * end of the paid day or of the next ({@link #byCutoff}), and the hard limit that deadline plus the
 * same grace ({@code shipMax - shipWithin}). A marketplace's own hours replace {@code shipWithin}
 * for its orders ({@link ShippingPolicy#shipRuleFor}).
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

  /** Deadline for an order of no marketplace. */
  public static ShipByDeadline of(
      ShippingPolicy policy,
      Instant paidAt,
      LocalDate presaleShipDate,
      String carrier,
      String province) {
    return of(policy, paidAt, presaleShipDate, carrier, province, null);
  }

  /**
   * Deadline for an order paid at {@code paidAt}, under the rule {@link ShippingPolicy#shipRuleFor}
   * gives it.
   *
   * @param presaleShipDate promised ship date of a presale order, or null for an in-stock order
   * @param carrier carrier name for a per-carrier override, or null
   * @param province province for a per-province override, or null
   * @param platform the marketplace the order was sold on, or null
   */
  public static ShipByDeadline of(
      ShippingPolicy policy,
      Instant paidAt,
      LocalDate presaleShipDate,
      String carrier,
      String province,
      Platform platform) {
    Objects.requireNonNull(paidAt, "paidAt");
    HolidayClock clock = policy.clock();
    ShippingPolicy.ShipRule rule = policy.shipRuleFor(carrier, province, platform);
    Duration within = rule.within();
    Duration max = policy.longerOfMax(within);
    Instant deadline;
    Instant hardLimit;
    if (rule.cutoff() != null) {
      deadline = byCutoff(paidAt, rule.cutoff(), policy.holidays(), rule.zone());
      hardLimit = clock.plus(deadline, max.minus(within));
    } else {
      deadline = clock.plus(paidAt, within);
      hardLimit = clock.plus(paidAt, max);
    }
    if (presaleShipDate != null) {
      Instant promised = DeliveryPromise.endOfDay(presaleShipDate, policy.zone());
      Instant promisedHard = clock.plus(promised, max.minus(within));
      deadline = later(deadline, promised);
      hardLimit = later(hardLimit, promisedHard);
    }
    return new ShipByDeadline(deadline, hardLimit);
  }

  /**
   * The same-day dispatch rule ("16:00 前付款当天发货，之后次日发货"), in {@code zone}: paid strictly before
   * {@code cutoff} → ship by 24:00 that day; at or after it → by 24:00 the next day (15:59:59 is
   * the same day, 16:00:00 the next). Holidays stop it: paid on a holiday, or after the cut-off the
   * day before one, the order ships by 24:00 of the next working day.
   */
  public static Instant byCutoff(
      Instant paidAt, LocalTime cutoff, Set<LocalDate> holidays, ZoneId zone) {
    ZonedDateTime paid = paidAt.atZone(zone);
    LocalDate day = paid.toLocalDate();
    if (!holidays.contains(day) && !paid.toLocalTime().isBefore(cutoff)) {
      day = day.plusDays(1);
    }
    while (holidays.contains(day)) {
      day = day.plusDays(1);
    }
    return DeliveryPromise.endOfDay(day, zone);
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
