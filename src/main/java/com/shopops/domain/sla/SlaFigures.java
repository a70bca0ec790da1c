package com.shopops.domain.sla;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The {@code sla report} figures for one group of orders (a day, week, carrier, province or SKU).
 *
 * <p>Definitions (docs/sla.md; where they were silent, decided here):
 *
 * <ul>
 *   <li>{@code orders} — every order fed in, NOT_PAID and EXCLUDED included (they are out of the
 *       rates, and the counts say how many were left out);
 *   <li>{@code onTimeShipRate} = shipped on time / shipped with a known time;
 *   <li>{@code breachRate} = (shipped breached + unshipped breached) / in-scope orders (paid, not
 *       cancelled before shipping) — an order never shipped counts against the shop too;
 *   <li>{@code deliveryOnTimeRate} = delivered on time / delivered against a promise (in transit
 *       past the promise is counted in {@code deliveryCounts}, not in the rate);
 *   <li>rates are fractions with 4 decimals, half up ({@code 0.9667}); null when the denominator is
 *       zero (nothing to rate, which is not 0%);
 *   <li>median / p90 hours paid→shipped over shipped orders and shipped→delivered over delivered
 *       orders, 1 decimal, linear interpolation (see {@link DurationSample}); null with no data.
 * </ul>
 *
 * Count maps hold every status, zeros included, in enum order.
 */
public record SlaFigures(
    long orders,
    Map<ShippingStatus, Long> shippingCounts,
    Map<DeliveryStatus, Long> deliveryCounts,
    BigDecimal onTimeShipRate,
    BigDecimal breachRate,
    BigDecimal deliveryOnTimeRate,
    BigDecimal medianHoursToShip,
    BigDecimal p90HoursToShip,
    BigDecimal medianHoursToDeliver,
    BigDecimal p90HoursToDeliver) {

  public long count(ShippingStatus status) {
    return shippingCounts.getOrDefault(status, 0L);
  }

  public long count(DeliveryStatus status) {
    return deliveryCounts.getOrDefault(status, 0L);
  }
}
