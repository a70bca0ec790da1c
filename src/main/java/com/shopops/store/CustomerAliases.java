package com.shopops.store;

import com.shopops.domain.customers.BuyerAccounts;
import com.shopops.domain.customers.Customer;
import com.shopops.domain.order.Order;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Another id a customer's orders carry ({@code customer_aliases}): Olist gives every order a
 * customer_id of its own, the person is customer_unique_id. The customers import writes the map;
 * every orders import (both backends, {@link OrderWriter#add}) takes an incoming customer id
 * through it, so that the orders stay on the person whichever file comes first or comes again.
 */
final class CustomerAliases {
  private final Map<String, String> personOf;

  /** A JD import: the texts of Taobao/Tmall buyers, taken to {@code jd:<text>} (review13 M15). */
  private final Set<String> scopedTexts;

  /** A JD import: the JD buyers stored under {@code jd:<text>} before it. */
  private final Set<String> scopedBefore;

  /**
   * A Taobao/Tmall import: the JD buyers stored under the plain text, each moved to {@code
   * jd:<text>} when a buyer of this file has its text (review14 N5).
   */
  private final Set<String> jdPlain;

  /** The JD buyers this import stored or moved under {@code jd:<text>} for the first time. */
  private final Set<String> scoped = new LinkedHashSet<>();

  private CustomerAliases(
      Map<String, String> personOf,
      Set<String> scopedTexts,
      Set<String> scopedBefore,
      Set<String> jdPlain) {
    this.personOf = personOf;
    this.scopedTexts = scopedTexts;
    this.scopedBefore = scopedBefore;
    this.jdPlain = jdPlain;
  }

  /**
   * The store's aliases (none for a store that never imported an Olist customers file), and for an
   * orders import of {@code source} (a preset) whose buyers are accounts of a platform ({@link
   * BuyerAccounts}): on a JD import, each id that names a Taobao/Tmall buyer taken to {@code
   * jd:<id>}; on a Taobao/Tmall import, the JD buyers under a plain id, to be moved when this file
   * names the same text ({@link #mustScopeJdBuyer}). Whatever the order of the imports, the
   * Taobao/Tmall buyer keeps the text (review14 N5). Only a store that imported the other
   * platform's orders reads them (the imports log says so first): a store of one platform pays one
   * small lookup.
   */
  static CustomerAliases load(Connection conn, String source) throws SQLException {
    Map<String, String> map = new HashMap<>();
    try (Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery("SELECT alias, customer_id FROM customer_aliases")) {
      while (rs.next()) {
        map.put(rs.getString(1), rs.getString(2));
      }
    }
    String platform = BuyerAccounts.platformOf(source).orElse(null);
    Set<String> texts = Set.of();
    Set<String> before = Set.of();
    Set<String> jdPlain = new HashSet<>();
    if (BuyerAccounts.SCOPED.equals(platform)
        && TwoPlatformBuyers.imported(conn, BuyerAccounts.PLAIN)) {
      texts = TwoPlatformBuyers.ids(conn, BuyerAccounts.PLAIN, true);
      for (String id : texts) {
        map.putIfAbsent(id, BuyerAccounts.scoped(platform, id));
      }
      before = TwoPlatformBuyers.ids(conn, BuyerAccounts.SCOPED, true);
    } else if (BuyerAccounts.PLAIN.equals(platform)
        && TwoPlatformBuyers.imported(conn, BuyerAccounts.SCOPED)) {
      jdPlain = TwoPlatformBuyers.ids(conn, BuyerAccounts.SCOPED, false);
    }
    return new CustomerAliases(map, texts, before, jdPlain);
  }

  /**
   * Whether a Taobao/Tmall buyer of this import has the text of a JD buyer stored under it: true
   * once per text, and the caller then moves the JD buyer ({@link #scopeJdBuyer}) before it writes
   * anything of this buyer.
   */
  boolean mustScopeJdBuyer(String id) {
    return id != null && !jdPlain.isEmpty() && jdPlain.remove(id);
  }

  /** Moves the JD buyer of this text to {@code jd:<text>} (the caller has the connection). */
  void scopeJdBuyer(Connection conn, String id) throws SQLException {
    TwoPlatformBuyers.scopeJdBuyer(conn, id);
    scoped.add(BuyerAccounts.scoped(BuyerAccounts.SCOPED, id));
  }

  /** The JD buyers this import stored or moved under {@code jd:<text>} for the first time. */
  List<String> scoped() {
    return List.copyOf(scoped);
  }

  /** The person behind an id an order carries (the id itself when it is nobody's alias). */
  String person(String id) {
    return id == null ? null : personOf.getOrDefault(id, id);
  }

  Order apply(Order o) {
    String id = person(o.customerId());
    if (id == null || id.equals(o.customerId())) {
      return o;
    }
    if (scopedTexts.contains(o.customerId()) && !scopedBefore.contains(id)) {
      scoped.add(id);
    }
    return o.withCustomer(id);
  }

  Customer apply(Customer c) {
    String id = person(c.customerId());
    if (id == null || id.equals(c.customerId())) {
      return c;
    }
    return new Customer(
        id,
        c.name(),
        c.phone(),
        c.email(),
        c.province(),
        c.city(),
        c.region(),
        c.registeredAt(),
        c.acceptsMarketing());
  }

  /**
   * Stores the aliases ({@code personOf}: alias to customer id) and moves the store's orders of
   * each alias to its person; an order without a province takes the one of its alias ({@code
   * placeOf}: alias to province, city, region — Olist's customer_state and customer_city are the
   * order's delivery state and city), and so do the person's orders without one when all the
   * person's aliases in {@code placeOf} name the same place (orders imported after an earlier
   * customers file were moved to the person then). Returns how many orders moved and how many got a
   * province.
   */
  static ImportSession.Attributed remember(
      Connection conn, Map<String, String> personOf, Map<String, String[]> placeOf)
      throws SQLException {
    if (personOf.isEmpty()) { // not an Olist file: no order to move, no need to count any
      return new ImportSession.Attributed(0, 0);
    }
    try (PreparedStatement ps =
        conn.prepareStatement(
            "INSERT INTO customer_aliases (alias, customer_id) VALUES (?, ?) ON CONFLICT (alias)"
                + " DO UPDATE SET customer_id = excluded.customer_id"
                + " WHERE customer_aliases.customer_id <> excluded.customer_id")) {
      for (Map.Entry<String, String> e : personOf.entrySet()) {
        ps.setString(1, e.getKey());
        ps.setString(2, e.getValue());
        ps.addBatch();
      }
      ps.executeBatch();
    }
    long unplaced = unplaced(conn);
    long moved = 0;
    try (PreparedStatement ps =
        conn.prepareStatement(
            "UPDATE orders SET customer_id = ?, province = COALESCE(province, ?),"
                + " city = COALESCE(city, ?), region = COALESCE(region, ?) WHERE customer_id = ?")) {
      for (Map.Entry<String, String> e : personOf.entrySet()) {
        String[] place = placeOf.getOrDefault(e.getKey(), NO_PLACE);
        ps.setString(1, e.getValue());
        ps.setString(2, place[0]);
        ps.setString(3, place[1]);
        ps.setString(4, place[2]);
        ps.setString(5, e.getKey());
        moved += ps.executeUpdate();
      }
    }
    Map<String, String[]> placeOfPerson = new HashMap<>();
    for (Map.Entry<String, String> e : personOf.entrySet()) {
      String[] place = placeOf.getOrDefault(e.getKey(), NO_PLACE);
      placeOfPerson.merge(
          e.getValue(), place, (a, b) -> java.util.Arrays.equals(a, b) ? a : NO_PLACE);
    }
    try (PreparedStatement ps =
        conn.prepareStatement(
            "UPDATE orders SET province = ?, city = COALESCE(city, ?),"
                + " region = COALESCE(region, ?) WHERE customer_id = ? AND province IS NULL")) {
      for (Map.Entry<String, String[]> e : placeOfPerson.entrySet()) {
        String[] place = e.getValue();
        if (place[0] == null) {
          continue;
        }
        ps.setString(1, place[0]);
        ps.setString(2, place[1]);
        ps.setString(3, place[2]);
        ps.setString(4, e.getKey());
        ps.addBatch();
      }
      ps.executeBatch();
    }
    return new ImportSession.Attributed(moved, unplaced - unplaced(conn));
  }

  private static final String[] NO_PLACE = new String[3];

  private static long unplaced(Connection conn) throws SQLException {
    try (Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM orders WHERE province IS NULL")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
