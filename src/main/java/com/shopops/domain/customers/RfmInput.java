package com.shopops.domain.customers;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The three RFM figures of one buyer, ready to be scored. The store computes them with one
 * aggregate, e.g.
 *
 * <pre>
 * SELECT customer_id, MAX(paid_at) AS last_paid, COUNT(*) AS orders, SUM(amount) AS monetary
 *   FROM paid_orders WHERE paid_at &lt;= :asOf [AND paid_at &gt;= :windowStart]
 *  GROUP BY customer_id
 * </pre>
 *
 * and turns {@code last_paid} into days with {@link #recencyDays(Instant, Instant, ZoneId)}.
 *
 * @param customerId customer id (text)
 * @param recencyDays whole calendar days in the store zone from the last paid order to the as-of
 *     day (0 = bought today); never negative
 * @param orders paid orders (R {@code transaction_count}); at least 1 — prospects are not scored
 * @param monetary total paid in minor units (fen), net of refunds when returns exist
 */
public record RfmInput(String customerId, long recencyDays, int orders, long monetary) {
  public RfmInput {
    Objects.requireNonNull(customerId, "customerId");
    if (recencyDays < 0) {
      throw new IllegalArgumentException(
          "customer "
              + customerId
              + ": recency_days "
              + recencyDays
              + " is negative (order after as-of?)");
    }
    if (orders < 1) {
      throw new IllegalArgumentException(
          "customer " + customerId + ": RFM needs at least one paid order, got " + orders);
    }
  }

  /**
   * Recency as R's {@code analysis_date - max(order_date)} on dates: calendar days between the day
   * of the last paid order and the as-of day, both in the store zone. Bought yesterday 23:59 and
   * asked today 00:01 → 1.
   */
  public static long recencyDays(Instant lastPaidAt, Instant asOf, ZoneId zone) {
    return ChronoUnit.DAYS.between(day(lastPaidAt, zone), day(asOf, zone));
  }

  /**
   * RFM figures from a customer's purchases as of {@code asOf} (purchases after it are not seen).
   *
   * @return null when the customer has no purchase up to {@code asOf}
   */
  public static RfmInput fromPurchases(CustomerPurchases customer, Instant asOf, ZoneId zone) {
    Instant last = null;
    int orders = 0;
    long monetary = 0;
    for (Purchase p : customer.purchases()) {
      if (p.paidAt().isAfter(asOf)) {
        continue;
      }
      orders++;
      monetary = Math.addExact(monetary, p.amount());
      if (last == null || p.paidAt().isAfter(last)) {
        last = p.paidAt();
      }
    }
    if (orders == 0) {
      return null;
    }
    return new RfmInput(customer.customerId(), recencyDays(last, asOf, zone), orders, monetary);
  }

  static LocalDate day(Instant t, ZoneId zone) {
    return t.atZone(zone).toLocalDate();
  }
}
