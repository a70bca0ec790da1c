package com.shopops.app.followups;

import com.shopops.domain.customers.FollowUpChannel;
import java.time.Instant;

/**
 * A contact to record ({@code followup add}).
 *
 * @param customerId the customer; null with {@code corrects}: the corrected entry's
 * @param orderId the order it was about; null with {@code corrects} and no customer: the corrected
 *     entry's
 * @param nextAt when to contact again; null for nothing planned
 * @param at when the contact happened
 * @param corrects the entry this one replaces, or null
 */
public record NewFollowUp(
    String customerId,
    String orderId,
    FollowUpChannel channel,
    String agent,
    String outcome,
    String note,
    Instant nextAt,
    Instant at,
    Long corrects) {}
