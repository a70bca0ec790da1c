package com.shopops.store;

import com.shopops.domain.customers.Customer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One customer's records for {@code customers show}: the profile, and what other capabilities'
 * tables hold about them (shipments, returns, reviews, list contacts) — each read only when its
 * table exists, so the view works whichever migrations a store has.
 */
public final class CustomerRecords {
  private final Connection conn;

  public CustomerRecords(Store store) {
    this.conn = store.connection();
  }

  /** The customer list's row; empty when the id is only known from orders (or not at all). */
  public Optional<Customer> customer(String customerId) throws SQLException {
    try (PreparedStatement ps =
        conn.prepareStatement(
            "SELECT customer_id, name, phone, email, province, city, region, registered_at,"
                + " accepts_marketing FROM customers WHERE customer_id = ?")) {
      ps.setString(1, customerId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        int m = rs.getInt("accepts_marketing");
        Boolean marketing = rs.wasNull() ? null : m != 0;
        return Optional.of(
            new Customer(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7),
                OrderQueries.instant(rs, "registered_at"), marketing));
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
   * Customers whose phone has the same digits as {@code digits} (a mainland +86/0086 prefix
   * ignored on both sides), by customer id.
   */
  public List<String> byPhone(String digits) throws SQLException {
    List<String> out = new ArrayList<>();
    String want = phoneDigits(digits);
    if (want.isEmpty()) {
      return out;
    }
    try (PreparedStatement ps =
            conn.prepareStatement(
                "SELECT customer_id, phone FROM customers WHERE phone IS NOT NULL"
                    + " ORDER BY customer_id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        if (want.equals(phoneDigits(rs.getString(2)))) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }

  /** The digits of a phone number without a leading 0086/86 country code. */
  public static String phoneDigits(String phone) {
    StringBuilder d = new StringBuilder();
    for (int i = 0; i < phone.length(); i++) {
      char c = phone.charAt(i);
      if (c >= '0' && c <= '9') {
        d.append(c);
      }
    }
    String s = d.toString();
    if (s.startsWith("0086")) {
      return s.substring(4);
    }
    if (s.startsWith("86") && s.length() == 13) {
      return s.substring(2);
    }
    return s;
  }

  /** A contact left by a written list (promotion, winback…). */
  public record Contact(String kind, String listName, Instant at) {}

  /** The list contacts of a customer, latest first (lists that were undone left out). */
  public List<Contact> contacts(String customerId) throws SQLException {
    List<Contact> out = new ArrayList<>();
    if (!Schema.has(conn, "contacts", "customer_id", "kind", "at")) {
      return out;
    }
    boolean lists = Schema.has(conn, "lists", "list_id", "name", "undone_at");
    String sql =
        lists
            ? "SELECT c.kind, l.name, c.at FROM contacts c LEFT JOIN lists l"
                + " ON l.list_id = c.list_id WHERE c.customer_id = ? AND l.undone_at IS NULL"
                + " ORDER BY c.at DESC, c.contact_id DESC"
            : "SELECT kind, NULL, at FROM contacts WHERE customer_id = ?"
                + " ORDER BY at DESC, contact_id DESC";
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      ps.setString(1, customerId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new Contact(rs.getString(1), rs.getString(2),
              Instant.ofEpochSecond(rs.getLong(3))));
        }
      }
    }
    return out;
  }

  /** The customer's reviews, latest first, as the reviews table holds them (empty without it). */
  public List<Map<String, Object>> reviews(String customerId) throws SQLException {
    var cols = Schema.columns(conn, "reviews");
    if (!cols.contains("order_id")) {
      return List.of();
    }
    String order = cols.contains("reviewed_at") ? "v.reviewed_at DESC, " : "";
    return rows(
        "SELECT v.* FROM reviews v JOIN orders o ON o.order_id = v.order_id"
            + " WHERE o.customer_id = ? ORDER BY " + order + "v.order_id DESC",
        customerId);
  }

  /**
   * Shipment rows of the customer's orders by order id, when the store has a shipments table
   * (it may know a delivery the order export did not).
   */
  public Map<String, Map<String, Object>> shipments(String customerId) throws SQLException {
    Map<String, Map<String, Object>> out = new LinkedHashMap<>();
    if (!Schema.columns(conn, "shipments").contains("order_id")) {
      return out;
    }
    for (Map<String, Object> row :
        rows("SELECT s.* FROM shipments s JOIN orders o ON o.order_id = s.order_id"
            + " WHERE o.customer_id = ?", customerId)) {
      out.put(String.valueOf(row.get("order_id")), row);
    }
    return out;
  }

  /** Whether the store has these tables: for the notes of {@code customers show}. */
  public boolean hasTable(String table) throws SQLException {
    return !Schema.columns(conn, table).isEmpty();
  }

  private List<Map<String, Object>> rows(String sql, String arg) throws SQLException {
    List<Map<String, Object>> out = new ArrayList<>();
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      ps.setString(1, arg);
      try (ResultSet rs = ps.executeQuery()) {
        ResultSetMetaData md = rs.getMetaData();
        while (rs.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (int i = 1; i <= md.getColumnCount(); i++) {
            row.put(md.getColumnName(i), rs.getObject(i));
          }
          out.add(row);
        }
      }
    }
    return out;
  }
}
