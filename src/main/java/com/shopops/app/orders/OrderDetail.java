package com.shopops.app.orders;

import com.shopops.domain.order.Order;
import com.shopops.domain.returns.ReturnRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code orders show}: the order with its lines ({@link Order#lines()}) and its returns, and what
 * only its shipment record carries: the estimated delivery time and a presale (预售) order's promised
 * ship date (null when not known); what it has been refunded and where that figure comes from; when
 * a presale paid in stages was first seen paid, kept where an earlier event of it is its paid time
 * (null: not kept), and the removed parcel it is still held to (null: none), or, paid at a parcel
 * still there with no time seen paid kept, the file to import again first ({@code paidUnseen}, none
 * when not so; tryout26a A3); what the imports said when an order list lowered its 实付 with 退款金额
 * behind ({@code paidLowered}, their stored English messages; tryout23b A1).
 */
public record OrderDetail(
    Order order,
    Instant estimatedDeliveryAt,
    LocalDate presaleShipDate,
    List<Return> returns,
    com.shopops.store.OrderQueries.Refunded refunded,
    com.shopops.store.OrderQueries.StatedItems stated,
    Instant paidSeenAt,
    com.shopops.store.StagedPaidSql.Held paidHeld,
    com.shopops.store.OldReadings.Pending paidUnseen,
    List<String> paidLowered) {
  public OrderDetail {
    returns = List.copyOf(returns);
    paidLowered = List.copyOf(paidLowered);
  }

  /** A return of the order, with the flags the store keeps beside it. */
  public record Return(ReturnRecord record, boolean outsideWindow, boolean notEligible) {}
}
