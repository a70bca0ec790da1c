package com.shopops.app.customers;

import com.shopops.domain.customers.LifecyclePolicy;
import com.shopops.store.CustomerFigures;
import com.shopops.store.Store;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * RFM over a short history (review11 K22): recency is ranked among the store's buyers, so when
 * every paid order is younger than the silence after which a buyer churns, the lowest R scores
 * (Lost, At Risk…) hold buyers of a few days ago. RFM reports say so, and name the lifecycle as the
 * measure of who left; the promotion offers its win-back offer only to those the lifecycle says are
 * lapsing or churned ({@code domain.lists.OfferTable#offerFor}).
 */
public final class ShortHistory {
  private ShortHistory() {}

  /** The note of a customer report as of {@code asOf}, or none when the history is long enough. */
  public static List<String> notes(Store store, LifecyclePolicy lifecycle, Instant asOf)
      throws SQLException {
    Instant first = new CustomerFigures(store).firstPaidAt(asOf);
    if (first == null) {
      return List.of();
    }
    LocalDate since = first.atZone(store.zone()).toLocalDate();
    LocalDate today = asOf.atZone(store.zone()).toLocalDate();
    if (!lifecycle.noneCanHaveChurned(since, today)) {
      return List.of();
    }
    long days = ChronoUnit.DAYS.between(since, today);
    return List.of(
        "the paid orders span only "
            + days
            + (days == 1 ? " day" : " days")
            + " (since "
            + since
            + "): RFM ranks recency among them, so a low R score (Lost, At Risk…) marks the"
            + " longest-silent of these buyers, not one who left (churned: silent over "
            + lifecycle.churnAfterDays()
            + " days); `shopops customers segment --method lifecycle` says who is lapsing or"
            + " churned");
  }
}
