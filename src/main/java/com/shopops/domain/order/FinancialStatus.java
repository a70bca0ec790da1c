package com.shopops.domain.order;

import java.util.List;

/**
 * A Shopify order's Financial Status (its payment state), as the store keeps it: in the order's
 * platform status, written {@code financial/fulfillment} ({@code paid/fulfilled}).
 */
public final class FinancialStatus {
  private FinancialStatus() {}

  /** Between the financial and the fulfillment status in a stored platform status. */
  public static final String SEPARATOR = "/";

  /**
   * The financial statuses that say the buyer's payment is still with the shop (all of it, or what
   * was not refunded): Shopify {@code paid}, {@code partially_paid}, {@code partially_refunded}. An
   * order cancelled in such a state was cancelled without its payment being refunded (Shopify's
   * "Refund payment" left unticked): what its export states as refunded ({@code Refunded Amount})
   * is all that went back (review17 R11). {@code refunded} and {@code voided} say it all went back
   * or was never taken.
   */
  public static final List<String> MONEY_KEPT =
      List.of("paid", "partially_paid", "partially_refunded");

  /**
   * The platform status an order with these financial and fulfillment statuses keeps ({@code
   * paid/fulfilled}, {@code refunded/}); null when the export states neither.
   */
  public static String platformStatus(String financial, String fulfillment) {
    if (financial == null && fulfillment == null) {
      return null;
    }
    return (financial == null ? "" : financial)
        + SEPARATOR
        + (fulfillment == null ? "" : fulfillment);
  }
}
