package com.shopops.domain.returns;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * The 7-day no-reason return window (7天无理由退货) of one delivered item.
 *
 * <p>Rule (消保法 Art.25; 办法 Art.10): the days are counted from the day after the buyer signs for the
 * goods (签收次日起算), and the window ends at 24:00 of the last day, in the store zone. So it closes at
 * midnight at the start of day {@code deliveredDate + windowDays + 1}: delivered 2026-11-10 23:59 →
 * closes 2026-11-18T00:00; delivered 2026-11-11 00:01 → 2026-11-19T00:00. A request at 23:59:59 of
 * the 7th day is inside; at 00:00:00 after it, outside. Midnight is taken from the zone's rules, so
 * a DST change inside the window makes it an hour longer or shorter in elapsed time but not in
 * days.
 *
 * <p>Items listed in {@link ReturnPolicy#notEligibleSkus()} or {@code notEligibleCategories()} (办法
 * Art.6/7) have no window; undelivered items have none yet.
 *
 * @param closesAt null until delivered; kept for not-eligible items for information
 * @param notEligibleReason set when {@code state} is {@link State#NOT_ELIGIBLE}
 */
public record ReturnWindow(
    State state, Instant deliveredAt, ZonedDateTime closesAt, String notEligibleReason) {

  /** Whether this item has a no-reason window. */
  public enum State {
    /** Delivered and eligible: the window runs to {@code closesAt}. */
    ELIGIBLE,
    /** Excluded by the policy (定制, 鲜活易腐, 数字化商品…). */
    NOT_ELIGIBLE,
    /** Not signed for yet: the window has not started. */
    NOT_DELIVERED
  }

  /**
   * The window of an item delivered at {@code deliveredAt} (null when not delivered).
   *
   * @param sku the item's SKU, may be null when unknown
   * @param category the item's category, may be null when unknown
   */
  public static ReturnWindow of(
      Instant deliveredAt, String sku, String category, ReturnPolicy policy) {
    ZonedDateTime closes = deliveredAt == null ? null : closingTime(deliveredAt, policy);
    String notEligible = policy.notEligibleReason(sku, category);
    if (notEligible != null) {
      return new ReturnWindow(State.NOT_ELIGIBLE, deliveredAt, closes, notEligible);
    }
    State state = deliveredAt == null ? State.NOT_DELIVERED : State.ELIGIBLE;
    return new ReturnWindow(state, deliveredAt, closes, null);
  }

  /** 24:00 of day {@code windowDays} after the delivery day, in the store zone. */
  public static ZonedDateTime closingTime(Instant deliveredAt, ReturnPolicy policy) {
    LocalDate deliveredOn = deliveredAt.atZone(policy.zone()).toLocalDate();
    return deliveredOn.plusDays(policy.windowDays() + 1L).atStartOfDay(policy.zone());
  }

  public boolean eligible() {
    return state == State.ELIGIBLE;
  }

  /** True when the window has closed by {@code t}; false when there is no closing time yet. */
  public boolean closedBy(Instant t) {
    return closesAt != null && !t.isBefore(closesAt.toInstant());
  }

  /**
   * Eligible, delivered by {@code asOf} and not yet closed — what {@code returns eligible} lists. A
   * delivery stamped after {@code asOf} has not happened yet.
   */
  public boolean isOpenAt(Instant asOf) {
    return eligible() && !deliveredAt.isAfter(asOf) && !closedBy(asOf);
  }

  /** Time left to request a no-reason return; zero when not open. */
  public Duration remaining(Instant asOf) {
    return isOpenAt(asOf) ? Duration.between(asOf, closesAt.toInstant()) : Duration.ZERO;
  }

  /** Whole days left ({@code remaining} truncated): 2 for 2 d 23 h. */
  public long daysLeft(Instant asOf) {
    return remaining(asOf).toDays();
  }

  /**
   * Whole hours left after {@link #daysLeft} (0–23), truncated: 5 d 3 h 59 m shows as 5 d 3 h.
   * Truncating never promises the buyer more time than is left; with under an hour left the window
   * still {@link #isOpenAt is open} while days and hours both show 0.
   */
  public int hoursLeft(Instant asOf) {
    return remaining(asOf).toHoursPart();
  }
}
