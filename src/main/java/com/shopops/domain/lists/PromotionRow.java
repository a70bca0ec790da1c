package com.shopops.domain.lists;

/**
 * One chosen customer: who (phone and email raw — the command masks them unless {@code
 * --unmasked}), why they are on the list, and the offer to make.
 */
public record PromotionRow(Candidate customer, Message reason, Offer offer) implements ListRow {
  @Override
  public String customerId() {
    return customer.customerId();
  }
}
