package com.shopops.domain.customers;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the follow-up log (客服跟进记录). The log is append-only: an entry is never changed; a
 * correction is a new entry whose {@code corrects} names the entry it replaces.
 *
 * @param id the entry number, increasing in the order entries were written
 * @param orderId the order the contact was about, or null for the customer in general
 * @param channel phone, sms, email, im or visit ({@link FollowUpChannel})
 * @param nextAt when the customer should be contacted again; null = nothing planned
 * @param createdAt when the contact happened (as recorded or imported)
 * @param corrects the id of the entry this one replaces, or null
 */
public record FollowUpEntry(
    long id,
    String customerId,
    String orderId,
    String channel,
    String agent,
    String outcome,
    String note,
    Instant nextAt,
    Instant createdAt,
    Long corrects) {
  public FollowUpEntry {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
