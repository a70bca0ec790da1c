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

  /** An order whose paid time, if any, was in the export, with no refund stated. */
  public Order(
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
      List<OrderLine> lines) {
    this(
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
        false,
        null,
        null,
        0,
        false,
        null,
        null,
        null,
        null, // no deposit time: not a presale paid in stages (StagedPayment)
        null,
        null);
  }

  /** This order with the order-level discount and code its export states. */
  public Order withDiscount(Long discount, String discountCode) {
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

  /** This order with the deposit (定金) time of a presale paid in stages, every other field kept. */
  public Order withDeposit(Instant depositPaidAt) {
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

  /** This order of another customer (an alias resolved to its person), every other field kept. */
  public Order withCustomer(String customerId) {
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
