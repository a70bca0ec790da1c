package com.shopops.devtools;

import com.shopops.devtools.Catalog.Carrier;
import com.shopops.devtools.Catalog.City;
import com.shopops.devtools.Catalog.Overseas;
import com.shopops.devtools.Catalog.Product;
import com.shopops.devtools.Catalog.Province;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The sample shop, generated once from a seed; every example file is a view of it. Times are local
 * wall-clock times in the store zone (Asia/Shanghai, a fixed +08:00).
 */
record ShopModel(
    LocalDateTime now,
    List<Product> products,
    List<Customer> customers,
    List<Order> orders,
    List<Order> taobaoOrders,
    List<Order> jdOrders,
    List<Order> shopifyOrders,
    List<Return> returns,
    List<Review> reviews,
    List<TrafficDay> traffic,
    List<Event> events) {

  /** Where an order was placed: the shop's own system (generic files) or one platform's export. */
  enum Channel {
    OWN,
    TAOBAO,
    JD,
    SHOPIFY
  }

  /** Order status as the generic layout writes it. */
  enum Status {
    PENDING,
    PAID,
    SHIPPED,
    DELIVERED,
    COMPLETED,
    CANCELLED,
    REFUNDED;

    String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  record Customer(
      String id,
      String surname,
      String givenName,
      String phone,
      String email,
      Province province,
      City city,
      String district,
      String street,
      LocalDateTime registeredAt,
      boolean acceptsMarketing,
      String taobaoNick,
      String jdAccount,
      long shopifyId) {
    String name() {
      return surname + givenName;
    }
  }

  /** One order with its lines and its whole history up to {@link ShopModel#now}. */
  static final class Order {
    String id;
    Channel channel;
    Customer customer; // null for overseas Shopify buyers
    Overseas overseas; // set only for overseas Shopify buyers
    String currency = "CNY";
    LocalDateTime createdAt;
    LocalDateTime paidAt;
    LocalDateTime shippedAt;
    LocalDateTime deliveredAt;
    LocalDateTime estimatedDeliveryAt;
    LocalDateTime confirmedAt; // buyer confirmed receipt (确认收货), or the platform did it
    LocalDateTime closedAt; // cancelled, or closed after a full refund before shipping
    String closeReason = "";
    Carrier carrier;
    String trackingNo = "";
    Province province;
    City city;
    String district;
    String street;
    String buyerNote = "";
    String discountCode = "";
    long discountFen;
    long shippingFeeFen;
    boolean partialFulfilment; // Shopify: only the first line has left the warehouse
    final List<Line> lines = new ArrayList<>();
    final List<Return> returns = new ArrayList<>();
    Status status;

    /** Goods paid for, after discounts; the order total is this plus the shipping fee. */
    long goodsFen() {
      return lines.stream().mapToLong(l -> l.amountFen).sum();
    }

    /** Goods at list price, before discounts. */
    long listFen() {
      return lines.stream().mapToLong(l -> l.unitPriceFen * l.quantity).sum();
    }

    long totalFen() {
      return goodsFen() + shippingFeeFen;
    }

    int quantity() {
      return lines.stream().mapToInt(l -> l.quantity).sum();
    }

    long refundedFen() {
      return returns.stream()
          .filter(r -> r.refundedAt != null)
          .mapToLong(r -> r.refundAmountFen)
          .sum();
    }

    LocalDate createdDate() {
      return createdAt.toLocalDate();
    }
  }

  static final class Line {
    final Product product;
    final int quantity;
    final long unitPriceFen;
    long amountFen; // what was paid for this row: unit price × quantity − its share of the discount

    Line(Product product, int quantity, long unitPriceFen) {
      this.product = product;
      this.quantity = quantity;
      this.unitPriceFen = unitPriceFen;
      this.amountFen = unitPriceFen * quantity;
    }
  }

  /** An after-sale return: requested → approved | rejected → received → refunded. */
  static final class Return {
    String id;
    final Order order;
    final Line line;
    final int quantity;
    final String reason;
    LocalDateTime requestedAt;
    LocalDateTime approvedAt;
    LocalDateTime rejectedAt;
    LocalDateTime receivedAt;
    LocalDateTime refundedAt;
    long refundAmountFen;

    Return(Order order, Line line, int quantity, String reason) {
      this.order = order;
      this.line = line;
      this.quantity = quantity;
      this.reason = reason;
    }
  }

  record Review(
      Order order,
      int description,
      int service,
      int logistics,
      String comment,
      LocalDateTime reviewedAt) {}

  record TrafficDay(LocalDate date, String channel, int pv, int uv) {}

  record Event(LocalDateTime time, String visitorId, String event, String sku, String sessionId) {}
}
