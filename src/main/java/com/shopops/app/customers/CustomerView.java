package com.shopops.app.customers;

import com.shopops.domain.customers.Customer;
import com.shopops.domain.customers.FollowUpEntry;
import com.shopops.domain.customers.FollowUpLog;
import com.shopops.domain.order.Order;
import com.shopops.store.CustomerRecords;
import com.shopops.store.ReturnStore;
import java.time.Instant;
import java.util.List;

/**
 * Everything about one customer as of an instant ({@code customers show}).
 *
 * @param otherCurrencies their purchases in currencies other than the one customer money is ranked
 *     in, as {@code customers list} says them ({@code EUR 80.00 (1)}); null when none
 * @param moneyNotes what the output says of that
 * @param profile the customer list's row; only the id when the customer is known from orders only
 * @param region the customer list's region, else their paid orders'
 * @param standing RFM, tier and lifecycle
 * @param orders their orders, latest first
 * @param returns their returns, latest first
 * @param reviews their reviews, latest first
 * @param followUps their follow-up log, oldest first
 * @param nextFollowUp the contact planned next, or null
 * @param contacts contacts from written lists, latest first
 */
public record CustomerView(
    Instant asOf,
    String otherCurrencies,
    List<String> moneyNotes,
    Customer profile,
    String region,
    CustomerStandings.Standing standing,
    List<OrderRow> orders,
    List<ReturnStore.Stored> returns,
    List<CustomerRecords.Review> reviews,
    List<FollowUpEntry> followUps,
    FollowUpLog.Standing nextFollowUp,
    List<CustomerRecords.Contact> contacts) {

  /**
   * An order with its fulfilment (the shipment record first, then the order export) and what it has
   * been refunded as net sales counts it, with the figures that make it (null: nothing).
   */
  public record OrderRow(
      Order order,
      CustomerRecords.Fulfilled fulfilment,
      com.shopops.store.OrderQueries.Refunded refunded) {
    /** The status shown: shopops' status code, else the platform's own word. */
    public String status() {
      return order.status() == null ? order.platformStatus() : order.status().code();
    }
  }

  /** Whether the planned next contact has come as of {@link #asOf()}; null when none is planned. */
  public Boolean followUpDue() {
    return nextFollowUp == null ? null : !nextFollowUp.entry().nextAt().isAfter(asOf);
  }
}
