package com.shopops.store;

import com.shopops.domain.customers.Customer;
import com.shopops.domain.customers.Phones;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One customer's records for {@code customers show}: the profile, and what other capabilities'
 * tables hold about them (shipments, reviews, list contacts).
 */
public final class CustomerRecords {
  private final Connection conn;

  public CustomerRecords(Store store) {
    this.conn = store.connection();
  }

  /** The customer list's columns that {@link #customer(ResultSet)} reads (by name). */
  static final String COLUMNS =
      "customer_id, name, phone, email, province, city, region, registered_at, accepts_marketing";

  /**
   * A row of the customer list read back (its {@link #COLUMNS}, by name): no registration time or
   * marketing consent when the store has none.
   */
  static Customer customer(ResultSet rs) throws SQLException {
    int m = rs.getInt("accepts_marketing");
    Boolean marketing = rs.wasNull() ? null : m != 0;
    return new Customer(
        rs.getString("customer_id"),
        rs.getString("name"),
        rs.getString("phone"),
        rs.getString("email"),
        rs.getString("province"),
        rs.getString("city"),
        rs.getString("region"),
        OrderQueries.instant(rs, "registered_at"),
        marketing);
  }

  /** The customer list's row; empty when the id is only known from orders (or not at all). */
  public Optional<Customer> customer(String customerId) throws SQLException {
    try (PreparedStatement ps =
        conn.prepareStatement("SELECT " + COLUMNS + " FROM customers WHERE customer_id = ?")) {
      ps.setString(1, customerId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(customer(rs)) : Optional.empty();
      }
    }
  }

  /** Whether any order names this customer. */
  public boolean hasOrders(String customerId) throws SQLException {
    try (PreparedStatement ps =
        conn.prepareStatement("SELECT 1 FROM orders WHERE customer_id = ? LIMIT 1")) {
      ps.setString(1, customerId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  /**
   * Customers whose phone has the same digits as {@code digits} (a mainland +86/0086 prefix ignored
   * on both sides), then those whose international phone has {@code digits} as its national number,
   * or whose national phone is the national number of {@code digits} ({@link Phones#nationalOf}),
   * by customer id.
   */
  public List<String> byPhone(String digits) throws SQLException {
    List<String> out = new ArrayList<>();
    String want = phoneDigits(digits);
    if (want.isEmpty()) {
      return out;
    }
    List<String> national = new ArrayList<>();
    try (PreparedStatement ps =
            conn.prepareStatement(
                "SELECT customer_id, phone FROM customers WHERE phone IS NOT NULL"
                    + " ORDER BY customer_id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        if (want.equals(phoneDigits(rs.getString(2)))) {
          out.add(rs.getString(1));
        } else if (Phones.nationalOf(rs.getString(2), digits)
            || Phones.nationalOf(digits, rs.getString(2))) {
          national.add(rs.getString(1));
        }
      }
    }
    // the national number (612345678) of a stored international one (+34612345678), and the
    // other way round (review17 R17): one number, so a number two customers hold in either form
    // names both and is refused (tryout17 U4: before, the literal match won silently)
    out.addAll(national);
    java.util.Collections.sort(out);
    return out;
  }

  /**
   * The digits of a phone number without a leading 0086/86 country code ({@link Phones#digits}).
   */
  public static String phoneDigits(String phone) {
    return Phones.digits(phone);
  }

  /** A contact left by a written list (promotion, winback…). */
  /** {@code agent}: who made the list (empty for a list made before lists recorded it). */
  public record Contact(String kind, String listName, Instant at, String agent) {}

  /** The list contacts of a customer, latest first (lists that were undone left out). */
  public List<Contact> contacts(String customerId) throws SQLException {
    List<Contact> out = new ArrayList<>();
    try (PreparedStatement ps =
        conn.prepareStatement(
            "SELECT c.kind, l.name, c.at, l.agent FROM contacts c LEFT JOIN lists l"
                + " ON l.list_id = c.list_id WHERE c.customer_id = ? AND l.undone_at IS NULL"
                + " ORDER BY c.at DESC, c.contact_id DESC")) {
      ps.setString(1, customerId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new Contact(
                  rs.getString(1),
                  rs.getString(2),
                  Instant.ofEpochSecond(rs.getLong(3)),
                  rs.getString(4)));
        }
      }
    }
    return out;
  }

  /** A review of one of the customer's orders, as the reviews table holds it (ratings 1–5). */
  public record Review(
      String orderId,
      Integer ratingDescription,
      Integer ratingService,
      Integer ratingLogistics,
      String comment,
      Instant reviewedAt) {}

  /** The customer's reviews, latest first. */
  public List<Review> reviews(String customerId) throws SQLException {
    List<Review> out = new ArrayList<>();
    try (PreparedStatement ps =
        conn.prepareStatement(
            "SELECT v.order_id, v.rating_description, v.rating_service, v.rating_logistics,"
                + " v.comment, v.reviewed_at FROM reviews v JOIN orders o"
                + " ON o.order_id = v.order_id WHERE o.customer_id = ?"
                + " ORDER BY v.reviewed_at DESC, v.order_id DESC")) {
      ps.setString(1, customerId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new Review(
                  rs.getString(1),
                  integer(rs, 2),
                  integer(rs, 3),
                  integer(rs, 4),
                  rs.getString(5),
                  OrderQueries.instant(rs, "reviewed_at")));
        }
      }
    }
    return out;
  }

  /** When an order shipped and was delivered, by whom: {@link Fulfilment}'s one answer. */
  public record Fulfilled(
      Instant shippedAt, Instant deliveredAt, String carrier, String trackingNo) {}

  /** The fulfilment of each of the customer's orders, by order id. */
  public Map<String, Fulfilled> fulfilment(String customerId) throws SQLException {
    Map<String, Fulfilled> out = new LinkedHashMap<>();
    try (PreparedStatement ps =
        conn.prepareStatement(
            "SELECT o.order_id, "
                + Fulfilment.SHIPPED_AT
                + " AS shipped_at, "
                + Fulfilment.DELIVERED_AT
                + " AS delivered_at, "
                + Fulfilment.CARRIER
                + ", "
                + Fulfilment.TRACKING_NO
                + " FROM "
                + Fulfilment.FROM
                + " WHERE o.customer_id = ?")) {
      ps.setString(1, customerId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(
              rs.getString(1),
              new Fulfilled(
                  OrderQueries.instant(rs, "shipped_at"),
                  OrderQueries.instant(rs, "delivered_at"),
                  rs.getString(4),
                  rs.getString(5)));
        }
      }
    }
    return out;
  }

  private static Integer integer(ResultSet rs, int column) throws SQLException {
    int v = rs.getInt(column);
    return rs.wasNull() ? null : v;
  }
}
