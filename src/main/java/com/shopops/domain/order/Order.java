package com.shopops.domain.order;

import java.time.Instant;
import java.util.List;

/**
 * An order as the store keeps it. Money in minor units: {@code amount} is the goods before the
 * order's discount (the sum of its lines, for every source: tryout21 Z12), {@code total} what the
 * buyer paid including shipping, {@code refunded} what the platform says was refunded. {@code
 * paidAtInferred}: the paid time was not in the export but inferred from a status that says the
 * order was paid ({@link PaidTime}). {@code amountDerived}: 0 when the goods amount was in the
 * export, else how it was derived ({@link PaidTotal#READ} and after: the total less shipping, or
 * the order's value); {@code totalDerived}: the total is the order's value (总金额), not what the
 * export says was paid ({@link PaidTotal}). A derived value never replaces one read from a column.
 * {@code discount}: the discount on the whole order the export states (Shopify {@code Discount
 * Amount}, beside its {@code Discount Code}), which the lines' amounts do not take off; null when
 * the export has no such column (review R20). A Taobao/Tmall order's discount is what its 宝贝报表
 * lines list beyond its goods paid (review20 X5). The goods paid are amount − discount ({@link
 * OrderDiscount#goodsPaid}). {@code depositPaidAt}: a presale paid in stages' deposit (定金) time,
 * its {@code paidAt} the time it was paid in full, none while only the deposit is paid ({@link
 * StagedPayment}, tryout21 Z2); null for any other order.
 */
public record Order(
    String orderId,
    String customerId,
    Instant createdAt,
    Instant paidAt,
    Instant shippedAt,
    Instant deliveredAt,
    Instant completedAt,
    Instant cancelledAt,
    String carrier,
    String trackingNo,
    OrderStatus status,
    String platformStatus,
    Long amount,
    Long shippingFee,
    Long total,
    String currency,
    String province,
    String city,
    String region,
    String source,
    List<OrderLine> lines,
    boolean paidAtInferred,
    Long refunded,
    String paymentMethod,
    int amountDerived,
    boolean totalDerived,
    Long discount,
    String discountCode,
    OrderType orderType,
    Instant depositPaidAt,
    String itemsTitle,
    Long itemsQuantity) {

  /**
   * A builder for an order whose other fields are unknown (null, false, 0): the caller names each
   * field it sets, so adding a field touches the record and this builder only.
   */
  public static Builder builder(String orderId) {
    return new Builder().orderId(orderId);
  }

  /** A builder holding every field of this order, to copy it with some changed. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.orderId = orderId;
    b.customerId = customerId;
    b.createdAt = createdAt;
    b.paidAt = paidAt;
    b.shippedAt = shippedAt;
    b.deliveredAt = deliveredAt;
    b.completedAt = completedAt;
    b.cancelledAt = cancelledAt;
    b.carrier = carrier;
    b.trackingNo = trackingNo;
    b.status = status;
    b.platformStatus = platformStatus;
    b.amount = amount;
    b.shippingFee = shippingFee;
    b.total = total;
    b.currency = currency;
    b.province = province;
    b.city = city;
    b.region = region;
    b.source = source;
    b.lines = lines;
    b.paidAtInferred = paidAtInferred;
    b.refunded = refunded;
    b.paymentMethod = paymentMethod;
    b.amountDerived = amountDerived;
    b.totalDerived = totalDerived;
    b.discount = discount;
    b.discountCode = discountCode;
    b.orderType = orderType;
    b.depositPaidAt = depositPaidAt;
    b.itemsTitle = itemsTitle;
    b.itemsQuantity = itemsQuantity;
    return b;
  }

  /** This order with the order-level discount and code its export states. */
  public Order withDiscount(Long discount, String discountCode) {
    return toBuilder().discount(discount).discountCode(discountCode).build();
  }

  /** This order of another customer (an alias resolved to its person), every other field kept. */
  public Order withCustomer(String customerId) {
    return toBuilder().customerId(customerId).build();
  }

  /** Builds an {@link Order} field by field ({@link Order#builder}, {@link Order#toBuilder}). */
  public static final class Builder {
    private String orderId;
    private String customerId;
    private Instant createdAt;
    private Instant paidAt;
    private Instant shippedAt;
    private Instant deliveredAt;
    private Instant completedAt;
    private Instant cancelledAt;
    private String carrier;
    private String trackingNo;
    private OrderStatus status;
    private String platformStatus;
    private Long amount;
    private Long shippingFee;
    private Long total;
    private String currency;
    private String province;
    private String city;
    private String region;
    private String source;
    private List<OrderLine> lines;
    private boolean paidAtInferred;
    private Long refunded;
    private String paymentMethod;
    private int amountDerived;
    private boolean totalDerived;
    private Long discount;
    private String discountCode;
    private OrderType orderType;
    private Instant depositPaidAt;
    private String itemsTitle;
    private Long itemsQuantity;

    private Builder() {}

    public Builder orderId(String v) {
      orderId = v;
      return this;
    }

    public Builder customerId(String v) {
      customerId = v;
      return this;
    }

    public Builder createdAt(Instant v) {
      createdAt = v;
      return this;
    }

    public Builder paidAt(Instant v) {
      paidAt = v;
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

    public Builder completedAt(Instant v) {
      completedAt = v;
      return this;
    }

    public Builder cancelledAt(Instant v) {
      cancelledAt = v;
      return this;
    }

    public Builder carrier(String v) {
      carrier = v;
      return this;
    }

    public Builder trackingNo(String v) {
      trackingNo = v;
      return this;
    }

    public Builder status(OrderStatus v) {
      status = v;
      return this;
    }

    public Builder platformStatus(String v) {
      platformStatus = v;
      return this;
    }

    public Builder amount(Long v) {
      amount = v;
      return this;
    }

    public Builder shippingFee(Long v) {
      shippingFee = v;
      return this;
    }

    public Builder total(Long v) {
      total = v;
      return this;
    }

    public Builder currency(String v) {
      currency = v;
      return this;
    }

    public Builder province(String v) {
      province = v;
      return this;
    }

    public Builder city(String v) {
      city = v;
      return this;
    }

    public Builder region(String v) {
      region = v;
      return this;
    }

    public Builder source(String v) {
      source = v;
      return this;
    }

    public Builder lines(List<OrderLine> v) {
      lines = v;
      return this;
    }

    public Builder paidAtInferred(boolean v) {
      paidAtInferred = v;
      return this;
    }

    public Builder refunded(Long v) {
      refunded = v;
      return this;
    }

    public Builder paymentMethod(String v) {
      paymentMethod = v;
      return this;
    }

    public Builder amountDerived(int v) {
      amountDerived = v;
      return this;
    }

    public Builder totalDerived(boolean v) {
      totalDerived = v;
      return this;
    }

    public Builder discount(Long v) {
      discount = v;
      return this;
    }

    public Builder discountCode(String v) {
      discountCode = v;
      return this;
    }

    public Builder orderType(OrderType v) {
      orderType = v;
      return this;
    }

    public Builder depositPaidAt(Instant v) {
      depositPaidAt = v;
      return this;
    }

    public Builder itemsTitle(String v) {
      itemsTitle = v;
      return this;
    }

    public Builder itemsQuantity(Long v) {
      itemsQuantity = v;
      return this;
    }

    public Order build() {
      return new Order(
          orderId,
          customerId,
          createdAt,
          paidAt,
          shippedAt,
          deliveredAt,
          completedAt,
          cancelledAt,
          carrier,
          trackingNo,
          status,
          platformStatus,
          amount,
          shippingFee,
          total,
          currency,
          province,
          city,
          region,
          source,
          lines,
          paidAtInferred,
          refunded,
          paymentMethod,
          amountDerived,
          totalDerived,
          discount,
          discountCode,
          orderType,
          depositPaidAt,
          itemsTitle,
          itemsQuantity);
    }
  }

  /**
   * What the total holds beyond the goods less the order's discount plus shipping: the taxes (and
   * duties or other charges) a Shopify {@code Total} includes, as total = amount − discount +
   * shipping + taxes. Only for an export that states an order-level discount (Shopify's, whose
   * total is made so): elsewhere the difference may be a platform's coupon as well as a tax, and no
   * name fits it. Null when not known, and for a Taobao/Tmall order ({@link
   * OrderDiscount#readFromLines}), whose total may be less than its goods paid and shipping by a
   * platform's coupon (天猫卡券抵扣).
   */
  public Long otherCharges() {
    if (discount == null
        || total == null
        || amount == null
        || OrderDiscount.readFromLines(source)) {
      return null;
    }
    return total
        - amount
        + (discount == null ? 0 : discount)
        - (shippingFee == null ? 0 : shippingFee);
  }

  /**
   * What the order's line items come to, null when it has none or a line has no amount. The amount
   * is what they came to when the export was read; a later export may change a line (tryout21 Z4).
   */
  public Long linesAmount() {
    if (lines == null || lines.isEmpty()) {
      return null;
    }
    long sum = 0;
    for (OrderLine l : lines) {
      if (l.amount() == null) {
        return null;
      }
      sum = Math.addExact(sum, l.amount());
    }
    return sum;
  }

  /** The status as output shows it: our code ({@code paid}), else the platform's own words. */
  public String statusText() {
    return status == null ? platformStatus : status.code();
  }
}
