package com.shopops.devtools;

import static com.shopops.devtools.Csv.money;
import static com.shopops.devtools.Csv.time;

import com.shopops.devtools.Catalog.Product;
import com.shopops.devtools.ShopModel.Customer;
import com.shopops.devtools.ShopModel.Event;
import com.shopops.devtools.ShopModel.Line;
import com.shopops.devtools.ShopModel.Order;
import com.shopops.devtools.ShopModel.Return;
import com.shopops.devtools.ShopModel.Review;
import com.shopops.devtools.ShopModel.TrafficDay;
import java.util.List;

/** The shop's own files in shopops' generic layouts, one method per file. */
final class GenericFiles {
  private GenericFiles() {}

  static final List<String> ORDERS_HEADER =
      List.of(
          "order_id",
          "customer_id",
          "created_at",
          "paid_at",
          "shipped_at",
          "delivered_at",
          "carrier",
          "tracking_no",
          "status",
          "sku",
          "title",
          "quantity",
          "amount",
          "shipping_fee",
          "province",
          "city");

  /**
   * One row per line item with the order fields repeated. {@code amount} is what was paid for the
   * row; {@code shipping_fee} is the ORDER's fee, repeated on each of its rows, so the importer
   * takes it once per order (order total = sum of amounts + shipping_fee).
   */
  static CsvFile orders(List<Order> orders) {
    CsvFile f = new CsvFile(ORDERS_HEADER);
    for (Order o : orders) {
      for (Line l : o.lines) {
        f.row(
            o.id,
            o.customer.id(),
            time(o.createdAt),
            time(o.paidAt),
            time(o.shippedAt),
            time(o.deliveredAt),
            o.carrier == null ? "" : o.carrier.name(),
            o.trackingNo,
            o.status.code(),
            l.product.sku(),
            l.product.title(),
            String.valueOf(l.quantity),
            money(l.amountFen),
            money(o.shippingFeeFen),
            o.province.shortName(),
            o.city.name());
      }
    }
    return f;
  }

  static CsvFile customers(List<Customer> customers) {
    CsvFile f =
        new CsvFile(
            List.of(
                "customer_id",
                "name",
                "phone",
                "email",
                "province",
                "city",
                "registered_at",
                "accepts_marketing"));
    for (Customer c : customers) {
      f.row(
          c.id(),
          c.name(),
          c.phone(),
          c.email(),
          c.province().shortName(),
          c.city().name(),
          time(c.registeredAt()),
          c.acceptsMarketing() ? "yes" : "no");
    }
    return f;
  }

  static CsvFile shipments(List<Order> orders) {
    CsvFile f =
        new CsvFile(
            List.of(
                "order_id",
                "carrier",
                "tracking_no",
                "shipped_at",
                "delivered_at",
                "estimated_delivery_at"));
    for (Order o : orders) {
      if (o.shippedAt == null) continue;
      f.row(
          o.id,
          o.carrier.name(),
          o.trackingNo,
          time(o.shippedAt),
          time(o.deliveredAt),
          time(o.estimatedDeliveryAt));
    }
    return f;
  }

  static CsvFile returns(List<Return> returns) {
    CsvFile f =
        new CsvFile(
            List.of(
                "return_id",
                "order_id",
                "sku",
                "quantity",
                "requested_at",
                "approved_at",
                "rejected_at",
                "received_at",
                "refunded_at",
                "reason",
                "refund_amount"));
    for (Return r : returns) {
      f.row(
          r.id,
          r.order.id,
          r.line.product.sku(),
          String.valueOf(r.quantity),
          time(r.requestedAt),
          time(r.approvedAt),
          time(r.rejectedAt),
          time(r.receivedAt),
          time(r.refundedAt),
          r.reason,
          r.rejectedAt != null ? "" : money(r.refundAmountFen));
    }
    return f;
  }

  static CsvFile traffic(List<TrafficDay> days) {
    CsvFile f = new CsvFile(List.of("date", "pv", "uv", "channel"));
    for (TrafficDay d : days) {
      f.row(d.date().toString(), String.valueOf(d.pv()), String.valueOf(d.uv()), d.channel());
    }
    return f;
  }

  static CsvFile events(List<Event> events) {
    CsvFile f = new CsvFile(List.of("time", "visitor_id", "event", "sku", "session_id"));
    for (Event e : events) {
      f.row(time(e.time()), e.visitorId(), e.event(), e.sku(), e.sessionId());
    }
    return f;
  }

  static CsvFile reviews(List<Review> reviews) {
    CsvFile f =
        new CsvFile(
            List.of(
                "order_id",
                "rating_description",
                "rating_service",
                "rating_logistics",
                "comment",
                "reviewed_at"));
    for (Review r : reviews) {
      f.row(
          r.order().id,
          String.valueOf(r.description()),
          String.valueOf(r.service()),
          String.valueOf(r.logistics()),
          r.comment(),
          time(r.reviewedAt()));
    }
    return f;
  }

  static CsvFile products(List<Product> products) {
    CsvFile f = new CsvFile(List.of("sku", "title", "category", "price", "stock"));
    for (Product p : products) {
      f.row(p.sku(), p.title(), p.category(), money(p.priceFen()), String.valueOf(p.stock()));
    }
    return f;
  }
}
