package com.shopops.domain.order;

import java.time.Instant;
import java.util.Locale;

/**
 * Paid means paid (issue 12): an order whose platform status says it was paid counts as paid even
 * when the export has no paid time (Shopify draft and manual-payment orders: {@code Financial
 * Status: paid}, {@code Paid at} blank). Its paid time is then inferred: the created time of a
 * prepaid order; the delivery (else completion) time of a cash-on-delivery order, which is paid
 * when the buyer receives it.
 */
public final class PaidTime {
  private PaidTime() {}

  /** A paid time and whether it was inferred rather than read. */
  public record Result(Instant paidAt, boolean inferred) {}

  /** Whether a payment-method text names cash on delivery (货到付款, COD). */
  public static boolean cashOnDelivery(String paymentMethod) {
    if (paymentMethod == null) {
      return false;
    }
    String m = paymentMethod.strip().toLowerCase(Locale.ROOT);
    return m.contains("货到付款")
        || m.contains("cash on delivery")
        || m.equals("cod")
        || m.contains("(cod)");
  }

  /** Whether a Shopify financial status says the buyer paid (some or all, perhaps refunded). */
  public static boolean financialSaysPaid(String financial) {
    if (financial == null) {
      return false;
    }
    String f = financial.strip().toLowerCase(Locale.ROOT);
    return f.equals("paid")
        || f.equals("partially_paid")
        || f.equals("partially_refunded")
        || f.equals("refunded");
  }

  /** Whether the status shows a prepaid order was paid: paid, on its way, received or refunded. */
  public static boolean statusSaysPaid(OrderStatus status) {
    return status != null && status != OrderStatus.PENDING && status != OrderStatus.CANCELLED;
  }

  /**
   * The order's paid time: the exported one when there is one; else inferred when the status says
   * it was paid; else none.
   */
  public static Result of(
      Instant exported,
      OrderStatus status,
      String financial,
      boolean cashOnDelivery,
      Instant created,
      Instant delivered,
      Instant completed) {
    if (exported != null) {
      return new Result(exported, false);
    }
    Instant inferred;
    if (cashOnDelivery) {
      boolean received =
          status == OrderStatus.DELIVERED
              || status == OrderStatus.COMPLETED
              || delivered != null
              || completed != null;
      inferred =
          !received || status == OrderStatus.CANCELLED
              ? null
              : delivered != null ? delivered : completed != null ? completed : created;
    } else {
      boolean paid = financial != null ? financialSaysPaid(financial) : statusSaysPaid(status);
      inferred = paid ? created : null;
    }
    return new Result(inferred, inferred != null);
  }
}
