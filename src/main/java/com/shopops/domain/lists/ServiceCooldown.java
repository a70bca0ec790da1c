package com.shopops.domain.lists;

import java.util.Set;

/**
 * Whom a service list (delay, returns, satisfaction) leaves out although its order still matches:
 * the customers a list of the same kind already reached today (store-zone calendar day) — so two
 * exports started together, which take turns, never both contact one customer, and a second run the
 * same day does not call again — and the customers or orders whose latest follow-up-log entry sets
 * a next follow-up still ahead (下次跟进: the buyer agreed to wait). An entry without an order id
 * covers the customer; one with an order id covers that order. Counted as {@link
 * Exclusion#COOLING_DOWN}.
 */
public record ServiceCooldown(
    Set<String> contactedToday, Set<String> waitingCustomers, Set<String> waitingOrders) {
  public static final ServiceCooldown NONE = new ServiceCooldown(Set.of(), Set.of(), Set.of());

  public ServiceCooldown {
    contactedToday = Set.copyOf(contactedToday);
    waitingCustomers = Set.copyOf(waitingCustomers);
    waitingOrders = Set.copyOf(waitingOrders);
  }

  /** Whether the list leaves out {@code orderId} (null: none) of {@code customerId}. */
  public boolean leavesOut(String customerId, String orderId) {
    return contactedToday.contains(customerId)
        || waitingCustomers.contains(customerId)
        || (orderId != null && waitingOrders.contains(orderId));
  }
}
