package com.shopops.domain.sla;

import com.shopops.domain.order.Platform;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What the SLA rules need to know about one order and its shipment, as the store reads it.
 *
 * <p>Every field but {@code orderId} may be null when the data does not have it. {@code shippedAt}
 * is the outbound (出库) / shipped time — per Taobao 争议处理规则 Art.25 (DOMAIN.md §3.1) the carrier's
 * first scan when known, else the later of the face-sheet date and the seller's "ship" click; the
 * store chooses. {@code estimatedDeliveryAt} for a date-only estimate is {@link
 * DeliveryPromise#endOfDay}. {@code cancelledBeforeShipping} marks an order cancelled or refunded
 * before it shipped (交易关闭), which is out of scope of the rates. {@code shippedWithoutTime} marks an
 * order whose status says it has shipped (shipped, delivered, completed) although the data has
 * neither a shipped nor a delivered time (Taobao and JD order reports carry no 发货时间): it is {@link
 * ShippingStatus#SHIPPED_TIME_UNKNOWN}, never an unshipped breach. {@code platform} is the
 * marketplace the order was sold on (null: an export of none shopops tells apart), which says
 * whether 211 is its delivery promise ({@link DeliveryPromise#by211}). {@code presale}: the export
 * calls it a presale order ({@link #presaleWithoutDate}). {@code refundedInFull}: its money went
 * back in full while it had neither a shipped nor a delivered time (the store's rule of an order
 * refunded in full, store.ReturnFigures#fullyRefunded: a JD 仅退款 through 售后), {@code refundedAt}
 * when (the last refund of its returns; null: not known, as an order closed is), see {@link
 * #offBeforeShipping}. {@code balanceUnpaid}: the store holds it unpaid (等待买家付款) although it has a
 * paid time — a presale (预售) order whose deposit (定金) is paid and balance (尾款) is not, see {@link
 * #balanceUnpaid}.
 */
public record OrderShipment(
    String orderId,
    Instant paidAt,
    LocalDate presaleShipDate,
    Instant shippedAt,
    Instant deliveredAt,
    Instant estimatedDeliveryAt,
    String carrier,
    String province,
    boolean cancelledBeforeShipping,
    boolean shippedWithoutTime,
    Platform platform,
    boolean presale,
    boolean refundedInFull,
    Instant refundedAt,
    boolean balanceUnpaid) {

  public OrderShipment {
    Objects.requireNonNull(orderId, "orderId");
  }

  /**
   * Off the ship-by clock as of {@code asOf} because no shipment is owed: cancelled or closed
   * before it shipped (交易关闭), or refunded in full before it shipped — as of the refund, when its
   * time is known (tryout20 Y3: a JD order refunded 100.00 through 售后 仅退款 while 等待出库 stayed
   * "breached" and on the delay call list). One rule for every listing, the report and the kept
   * figures: out of every rate (excluded). An order the store holds as shipped by its status (JD
   * 等待确认收货, Taobao 卖家已发货: {@code shippedWithoutTime}) was shipped, refunded in full or not (拒收,
   * 退货退款): it stays {@link ShippingStatus#SHIPPED_TIME_UNKNOWN} (tryout21 Z10); so does one with a
   * tracking number, which the store does not call refunded in full.
   */
  public boolean offBeforeShipping(Instant asOf) {
    return cancelledBeforeShipping
        || (refundedInFull
            && !shippedWithoutTime
            && (refundedAt == null || !refundedAt.isAfter(asOf)));
  }

  /**
   * A presale order (JD 订单类型 预售订单) with no promised presale ship date: nothing says when it must
   * ship, so it is not rated against paid + the promise (review19 V25) and stays out of the ship-by
   * figures, the overdue lists and the delay follow-ups.
   */
  public boolean presaleWithoutDate() {
    return presale && presaleShipDate == null;
  }

  /**
   * A builder for an order whose other fields are unknown (null, false): the caller names each
   * field it knows, so a new field touches only this record and the callers that know it.
   */
  public static Builder builder(String orderId) {
    return new Builder(orderId);
  }

  /** Builds an {@link OrderShipment}; every field not set is null or false. */
  public static final class Builder {
    private final String orderId;
    private Instant paidAt;
    private LocalDate presaleShipDate;
    private Instant shippedAt;
    private Instant deliveredAt;
    private Instant estimatedDeliveryAt;
    private String carrier;
    private String province;
    private boolean cancelledBeforeShipping;
    private boolean shippedWithoutTime;
    private Platform platform;
    private boolean presale;
    private boolean refundedInFull;
    private Instant refundedAt;
    private boolean balanceUnpaid;

    private Builder(String orderId) {
      this.orderId = orderId;
    }

    public Builder paidAt(Instant v) {
      paidAt = v;
      return this;
    }

    public Builder presaleShipDate(LocalDate v) {
      presaleShipDate = v;
      return this;
    }

    public Builder shippedAt(Instant v) {
      shippedAt = v;
      return this;
    }

    public Builder deliveredAt(Instant v) {
      deliveredAt = v;
      return this;
    }

    public Builder estimatedDeliveryAt(Instant v) {
      estimatedDeliveryAt = v;
      return this;
    }

    public Builder carrier(String v) {
      carrier = v;
      return this;
    }

    public Builder province(String v) {
      province = v;
      return this;
    }

    public Builder cancelledBeforeShipping(boolean v) {
      cancelledBeforeShipping = v;
      return this;
    }

    public Builder shippedWithoutTime(boolean v) {
      shippedWithoutTime = v;
      return this;
    }

    public Builder platform(Platform v) {
      platform = v;
      return this;
    }

    public Builder presale(boolean v) {
      presale = v;
      return this;
    }

    public Builder refundedInFull(boolean v) {
      refundedInFull = v;
      return this;
    }

    public Builder refundedAt(Instant v) {
      refundedAt = v;
      return this;
    }

    public Builder balanceUnpaid(boolean v) {
      balanceUnpaid = v;
      return this;
    }

    public OrderShipment build() {
      return new OrderShipment(
          orderId,
          paidAt,
          presaleShipDate,
          shippedAt,
          deliveredAt,
          estimatedDeliveryAt,
          carrier,
          province,
          cancelledBeforeShipping,
          shippedWithoutTime,
          platform,
          presale,
          refundedInFull,
          refundedAt,
          balanceUnpaid);
    }
  }
}
