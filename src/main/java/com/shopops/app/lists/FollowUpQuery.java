package com.shopops.app.lists;

import java.time.ZonedDateTime;

/**
 * {@code export followup}: as of when, with the day counts the command line may override.
 *
 * @param asOf the clock in the store zone
 * @param satisfactionDays null: the store's {@code lists.satisfaction_days}
 * @param anniversaryAheadDays null: the store's {@code lists.anniversary_ahead}
 * @param limit the rows written (and recorded); null for all
 */
public record FollowUpQuery(
    ZonedDateTime asOf, Integer satisfactionDays, Integer anniversaryAheadDays, Integer limit) {}
