package com.shopops.domain.sla;

import java.time.LocalTime;
import java.util.Objects;

/**
 * The 211 delivery promise (京东 211限时达) cut-offs, counted from the time an order reaches outbound
 * (出库).
 *
 * <p>Rule (docs/sla.md; DOMAIN.md §3.3 — UNVERIFIED platform rule, therefore configuration):
 *
 * <ul>
 *   <li>outbound strictly before {@code sameDayCutoff} (11:00) → delivered the same day by {@code
 *       sameDayDeliverBy} (23:00);
 *   <li>outbound from {@code sameDayCutoff} up to, but not including, {@code nextDayCutoff} (23:00)
 *       → delivered the next day by {@code nextDayDeliverBy} (14:00);
 *   <li>outbound at or after {@code nextDayCutoff} → treated as the next day's first window: the
 *       next day by {@code sameDayDeliverBy} (23:00).
 * </ul>
 *
 * <p>"By 11:00" means before 11:00:00: an order reaching outbound at 11:00:00 exactly misses the
 * same-day window. DOMAIN.md quotes "次日 15:00" for the second window; SPEC says 14:00, which is the
 * default here.
 */
public record DeliveryCutoffs(
    LocalTime sameDayCutoff,
    LocalTime sameDayDeliverBy,
    LocalTime nextDayCutoff,
    LocalTime nextDayDeliverBy) {

  /** 11:00 → same day 23:00; 23:00 → next day 14:00 (docs/sla.md). */
  public static final DeliveryCutoffs DEFAULT_211 =
      new DeliveryCutoffs(
          LocalTime.of(11, 0), LocalTime.of(23, 0), LocalTime.of(23, 0), LocalTime.of(14, 0));

  public DeliveryCutoffs {
    Objects.requireNonNull(sameDayCutoff, "sameDayCutoff");
    Objects.requireNonNull(sameDayDeliverBy, "sameDayDeliverBy");
    Objects.requireNonNull(nextDayCutoff, "nextDayCutoff");
    Objects.requireNonNull(nextDayDeliverBy, "nextDayDeliverBy");
    if (!sameDayCutoff.isBefore(nextDayCutoff)) {
      throw new IllegalArgumentException(
          "same-day cut-off "
              + sameDayCutoff
              + " must be before next-day cut-off "
              + nextDayCutoff);
    }
    if (sameDayDeliverBy.isBefore(sameDayCutoff)) {
      throw new IllegalArgumentException(
          "same-day deliver-by "
              + sameDayDeliverBy
              + " is before the same-day cut-off "
              + sameDayCutoff);
    }
  }
}
