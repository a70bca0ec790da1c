package com.shopops.domain.sla;

import com.shopops.domain.order.Platform;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * The instant by which a shipped order is promised to be delivered (送达承诺).
 *
 * <p>Rule (docs/sla.md; DOMAIN.md §3.3): the order's estimated delivery time when the export has
 * one takes precedence; otherwise the 211 rule from the time the order reached outbound (出库), which
 * shopops takes to be {@code shipped_at} — see {@link DeliveryCutoffs} — for the orders it is a
 * promise of ({@link #by211}): 211 限时达 is JD's promise (京东自营 / 京东物流), not a Taobao/Tmall rule,
 * whose promise to the buyer is a ship-by time (发货时效), so a Taobao/Tmall order without an estimated
 * delivery has no delivery promise (review16 Q11). The 211 days are calendar days in the store
 * zone; the holiday calendar does not apply to them. Delivered exactly at the promise is on time.
 */
public final class DeliveryPromise {
  private DeliveryPromise() {}

  /**
   * The promise for an order sold on {@code platform} (null: an export of no marketplace told
   * apart): {@code estimatedDeliveryAt} when given, else 211 from {@code outboundAt} when 211 is
   * its promise ({@link #by211}); null when there is none.
   */
  public static Instant promisedBy(
      Instant outboundAt, Instant estimatedDeliveryAt, Platform platform, ShippingPolicy policy) {
    if (estimatedDeliveryAt != null) {
      return estimatedDeliveryAt;
    }
    return outboundAt == null || !by211(platform)
        ? null
        : by211(outboundAt, policy.cutoffs(), policy.zone());
  }

  /**
   * Whether the 211 rule (the {@code sla.*_cutoff} keys) is the delivery promise of an order sold
   * on {@code platform}: JD's orders, and those of every export that names no marketplace (a shop's
   * own system, Shopify, Olist…: the shop's configured promise, docs/sla.md); not Taobao/Tmall's.
   */
  public static boolean by211(Platform platform) {
    return platform != Platform.TAOBAO;
  }

  /** The 211 promise for an order that reached outbound at {@code outboundAt}. */
  public static Instant by211(Instant outboundAt, DeliveryCutoffs cutoffs, ZoneId zone) {
    Objects.requireNonNull(outboundAt, "outboundAt");
    ZonedDateTime out = outboundAt.atZone(zone);
    LocalDate day = out.toLocalDate();
    LocalTime time = out.toLocalTime();
    if (time.isBefore(cutoffs.sameDayCutoff())) {
      return at(day, cutoffs.sameDayDeliverBy(), zone); // 当日达
    }
    if (time.isBefore(cutoffs.nextDayCutoff())) {
      return at(day.plusDays(1), cutoffs.nextDayDeliverBy(), zone); // 次日达
    }
    // after the last cut-off: the next day's first (same-day) window
    return at(day.plusDays(1), cutoffs.sameDayDeliverBy(), zone);
  }

  /**
   * An estimated delivery given as a date only means "by the end of that day" in the store zone
   * (23:59:59.999999999), for the store to use when the export has no time.
   */
  public static Instant endOfDay(LocalDate date, ZoneId zone) {
    return date.atTime(LocalTime.MAX).atZone(zone).toInstant();
  }

  private static Instant at(LocalDate day, LocalTime time, ZoneId zone) {
    return ZonedDateTime.of(day, time, zone).toInstant();
  }
}
