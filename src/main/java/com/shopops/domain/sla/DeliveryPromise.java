package com.shopops.domain.sla;

import com.shopops.domain.order.Platform;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Set;

/**
 * The instant by which a shipped order is promised to be delivered (送达承诺).
 *
 * <p>Rule (docs/sla.md; DOMAIN.md §3.3), in this order ({@link #basis}):
 *
 * <ol>
 *   <li>the order's estimated delivery time when the export has one, whatever the platform;
 *   <li>the shop's own promise in days ({@code sla.deliver_within_days}, and {@code
 *       sla.deliver_within_days.jd} / {@code .taobao} for a marketplace's orders; {@link
 *       ShippingPolicy#deliverWithinDaysFor}): delivered by the end of the N-th calendar day after
 *       the outbound day ({@link #withinDays});
 *   <li>a JD order: the 211 rule from the time the order reached outbound (出库), which shopops takes
 *       to be {@code shipped_at} — see {@link DeliveryCutoffs}. 211 限时达 is JD's promise (京东自营 /
 *       京东物流), so a JD order whose carrier is named and is not JD's own ({@link #jdLogistics}: a
 *       POP shop's 中通, 顺丰 …) has none (review19 V2); an order without a carrier keeps 211;
 *   <li>a Taobao/Tmall order: none. Their promise to the buyer is a ship-by time (发货时效), not a
 *       delivery time (review16 Q11);
 *   <li>an order of no marketplace (Shopify, the generic layout…): 211 in a store in China ({@link
 *       #inChina}), where it is the promise buyers know; none elsewhere (tryout17 U12: a Madrid
 *       Shopify store's 2-day deliveries were all late by 211). Such a delivery counts under {@code
 *       delivered_no_promise}, out of the delivery on-time rate, until the shop sets its promise.
 * </ol>
 *
 * <p>The 211 days are calendar days in the store zone for an order of no marketplace and in Beijing
 * time for a JD order (its marketplace's clock, as its cut-offs: tryout18 W12); the holiday
 * calendar does not apply to them, nor to the promise in days (a carrier promise). Delivered
 * exactly at the promise is on time.
 */
public final class DeliveryPromise {
  private DeliveryPromise() {}

  /** What an order's delivery promise rests on. */
  public enum Basis {
    /** The estimated delivery time imported with the order or its shipment. */
    ESTIMATE,
    /** The shop's promise in days ({@code sla.deliver_within_days…}). */
    DAYS,
    /** JD's 211 rule at the {@code sla.*_cutoff} keys. */
    RULE_211,
    /**
     * No promise: a Taobao/Tmall order, a JD order sent by another carrier than JD's own, or an
     * order of no marketplace outside China.
     */
    NONE
  }

  /**
   * The zones of a store in China (mainland, Hong Kong, Macau, Taiwan): there the 211 rule is the
   * default promise of the orders of no marketplace.
   */
  private static final Set<String> CHINA =
      Set.of(
          "Asia/Shanghai",
          "Asia/Chongqing",
          "Asia/Chungking",
          "Asia/Harbin",
          "Asia/Urumqi",
          "Asia/Kashgar",
          "PRC",
          "Asia/Hong_Kong",
          "Asia/Macau",
          "Asia/Taipei");

  /** Whether a store in {@code zone} is in China, where 211 is a promise buyers know. */
  public static boolean inChina(ZoneId zone) {
    return CHINA.contains(zone.getId());
  }

  /**
   * Whether {@code carrier} is JD's own delivery (京东物流, 京东快递, JD, JDL …) or not named (null or
   * blank): the carriers under which a JD order keeps the 211 promise.
   */
  public static boolean jdLogistics(String carrier) {
    if (carrier == null || carrier.isBlank()) {
      return true;
    }
    String c = carrier.strip().toLowerCase(java.util.Locale.ROOT);
    return c.contains("京东")
        || c.contains("jingdong")
        || c.equals("jd")
        || c.equals("jdl")
        || c.startsWith("jd ")
        || c.startsWith("jdl ")
        || c.startsWith("jd-")
        || c.startsWith("jd.")
        || c.startsWith("jdexpress")
        || c.startsWith("jdlogistics");
  }

  /**
   * What the promise of an order sold on {@code platform} (null: an export of no marketplace told
   * apart) and sent by {@code carrier} (null when not known) rests on, {@code estimatedDeliveryAt}
   * the estimate imported for it (or null).
   */
  public static Basis basis(
      Instant estimatedDeliveryAt, Platform platform, String carrier, ShippingPolicy policy) {
    if (estimatedDeliveryAt != null) {
      return Basis.ESTIMATE;
    }
    if (policy.deliverWithinDaysFor(platform) != null) {
      return Basis.DAYS;
    }
    if (platform == Platform.JD) {
      return jdLogistics(carrier) ? Basis.RULE_211 : Basis.NONE;
    }
    if (platform == Platform.TAOBAO) {
      return Basis.NONE;
    }
    return inChina(policy.zone()) ? Basis.RULE_211 : Basis.NONE;
  }

  /**
   * The promise for an order sold on {@code platform} and sent by {@code carrier}: {@code
   * estimatedDeliveryAt} when given, else from {@code outboundAt} by its {@link #basis}; null when
   * there is none (or not shipped yet).
   */
  public static Instant promisedBy(
      Instant outboundAt,
      Instant estimatedDeliveryAt,
      Platform platform,
      String carrier,
      ShippingPolicy policy) {
    return switch (basis(estimatedDeliveryAt, platform, carrier, policy)) {
      case ESTIMATE -> estimatedDeliveryAt;
      case NONE -> null;
      case RULE_211 ->
          outboundAt == null
              ? null
              // a JD order's 211 runs on Beijing's clock whatever the store's (tryout18 W12)
              : by211(
                  outboundAt, policy.cutoffs(), platform == null ? policy.zone() : platform.zone());
      case DAYS ->
          outboundAt == null
              ? null
              : withinDays(
                  outboundAt,
                  policy.deliverWithinDaysFor(platform),
                  platform == null ? policy.zone() : platform.zone());
    };
  }

  /**
   * The promise "delivered within {@code days} days": by the end (24:00) of the {@code days}-th
   * calendar day after the outbound day in {@code zone} (the store's; a marketplace's own clock for
   * its orders). Shipped 11-06 09:00 with 2 days: by 11-08 24:00.
   */
  public static Instant withinDays(Instant outboundAt, int days, ZoneId zone) {
    Objects.requireNonNull(outboundAt, "outboundAt");
    return endOfDay(outboundAt.atZone(zone).toLocalDate().plusDays(days), zone);
  }

  /** The 211 promise for an order that reached outbound at {@code outboundAt}. */
  public static Instant by211(Instant outboundAt, DeliveryCutoffs cutoffs, ZoneId zone) {
    Objects.requireNonNull(outboundAt, "outboundAt");
    long t = outboundAt.getEpochSecond();
    Windows w = kept[slot(Math.floorDiv(t + lastOffset, DAY))];
    if (w != null && w.holds(t, cutoffs, zone)) {
      // a day of one offset: the local time before a cut-off is the instant before the cut-off's
      return outboundAt.isBefore(w.sameDayCut())
          ? w.sameDay()
          : outboundAt.isBefore(w.nextDayCut()) ? w.nextDay() : w.afterLast();
    }
    ZonedDateTime out = outboundAt.atZone(zone);
    LocalDate day = out.toLocalDate();
    LocalTime time = out.toLocalTime();
    lastOffset = out.getOffset().getTotalSeconds();
    int slot = slot(day.toEpochDay());
    w = kept[slot];
    if (w == null
        || !w.day().equals(day)
        || !(w.cutoffs() == cutoffs || w.cutoffs().equals(cutoffs))
        || !(w.zone() == zone || w.zone().equals(zone))) {
      w = windows(day, cutoffs, zone);
      kept[slot] = w;
    }
    if (time.isBefore(cutoffs.sameDayCutoff())) {
      return w.sameDay(); // 当日达
    }
    if (time.isBefore(cutoffs.nextDayCutoff())) {
      return w.nextDay(); // 次日达
    }
    // after the last cut-off: the next day's first (same-day) window
    return w.afterLast();
  }

  private static final long DAY = 86_400;

  /**
   * The offset of the last outbound instant read through its local time: its local day, from the
   * instant alone, names the slot of the day's promises ({@link #kept}).
   */
  private static volatile int lastOffset;

  private static int slot(long epochDay) {
    return (int) Math.floorMod(epochDay, (long) KEPT_DAYS);
  }

  /**
   * The three 211 promises of an outbound day, as {@link #by211} makes them; with the day's bounds
   * in epoch seconds ({@code from}, {@code to}) and its two cut-offs as instants when the zone's
   * offset does not change within the day ({@code from == to} when it does: a daylight-saving day
   * is always read through its local time).
   */
  private record Windows(
      LocalDate day,
      DeliveryCutoffs cutoffs,
      ZoneId zone,
      Instant sameDay,
      Instant nextDay,
      Instant afterLast,
      long from,
      long to,
      Instant sameDayCut,
      Instant nextDayCut) {

    /** Whether these are the promises of the outbound instant {@code t} (epoch seconds). */
    boolean holds(long t, DeliveryCutoffs c, ZoneId z) {
      return t >= from
          && t < to
          && (cutoffs == c || cutoffs.equals(c))
          && (zone == z || zone.equals(z));
    }
  }

  /**
   * The promises of the last outbound days asked, one slot per local day: a classification pass
   * over every order (the kept SLA figures) asks for the same few days again and again, in the
   * orders' order, and making them is most of the rule's cost. Windows are immutable (final
   * fields), so a slot read by another thread sees a whole one or an older one.
   */
  private static final int KEPT_DAYS = 64;

  private static final Windows[] kept = new Windows[KEPT_DAYS];

  private static Windows windows(LocalDate day, DeliveryCutoffs cutoffs, ZoneId zone) {
    Instant start = day.atStartOfDay(zone).toInstant();
    Instant end = day.plusDays(1).atStartOfDay(zone).toInstant();
    java.time.zone.ZoneOffsetTransition change = zone.getRules().nextTransition(start);
    boolean oneOffset = change == null || !change.getInstant().isBefore(end);
    return new Windows(
        day,
        cutoffs,
        zone,
        at(day, cutoffs.sameDayDeliverBy(), zone),
        at(day.plusDays(1), cutoffs.nextDayDeliverBy(), zone),
        at(day.plusDays(1), cutoffs.sameDayDeliverBy(), zone),
        start.getEpochSecond(),
        oneOffset ? end.getEpochSecond() : start.getEpochSecond(),
        at(day, cutoffs.sameDayCutoff(), zone),
        at(day, cutoffs.nextDayCutoff(), zone));
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
