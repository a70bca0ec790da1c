package com.shopops.store;

import com.shopops.domain.customers.BuyerAccounts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Buyers of two platforms in one store (review13 M15, review14 N2 and N5): the Taobao/Tmall buyer
 * keeps the plain text and the JD buyer of the same text is {@code jd:<text>} ({@link
 * BuyerAccounts}), whatever order the exports came in. Here: the ids of each platform's buyers, the
 * move of a JD buyer to its scoped id (orders, follow-ups, contacts, complaints, customer row), the
 * upgrade (V028) that splits the buyers an older shopops merged and turns the other way round the
 * buyers a store of schema 25–27 scoped {@code taobao:<text>}, and what {@code check} names.
 */
public final class TwoPlatformBuyers {
  private TwoPlatformBuyers() {}

  /** The migration that adds {@code buyer_splits} and whose upgrade fills it. */
  static final String MIGRATION = "V028__two_platform_buyers.sql";

  /** The old scope of a Taobao/Tmall buyer (schema 25–27, when JD came first). */
  private static final String OLD_PLAIN_SCOPE = BuyerAccounts.prefix(BuyerAccounts.PLAIN);

  private static final String JD_SCOPE = BuyerAccounts.prefix(BuyerAccounts.SCOPED);

  /** {@code substr(column, 1, 3) <> 'jd:'}: an id not scoped jd: (SQL). */
  private static String notJd(String column) {
    return "substr(" + column + ", 1, " + JD_SCOPE.length() + ") <> '" + JD_SCOPE + "'";
  }

  /** {@code o.source IN ('jd-orders')}: the rows of a platform's presets (constants). */
  private static String of(String column, String platform) {
    return PlatformSql.in(column, BuyerAccounts.presetsOf(platform));
  }

  /** Whether the store has orders of a platform's exports (one lookup, from the imports log). */
  static boolean imported(Connection conn, String platform) throws SQLException {
    try (Statement st = conn.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT 1 FROM imports i WHERE " + of("i.preset", platform) + " LIMIT 1")) {
      return rs.next();
    }
  }

  /**
   * The buyer ids of a platform's orders: scoped ones too ({@code scoped}), or only those not
   * scoped {@code jd:}.
   */
  static Set<String> ids(Connection conn, String platform, boolean scoped) throws SQLException {
    Set<String> ids = new java.util.HashSet<>();
    String sql =
        "SELECT DISTINCT o.customer_id FROM orders o WHERE "
            + of("o.source", platform)
            + " AND o.customer_id IS NOT NULL"
            + (scoped ? "" : " AND " + notJd("o.customer_id"));
    try (Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        ids.add(rs.getString(1));
      }
    }
    return ids;
  }

  /**
   * Moves a buyer from one id to another: its orders (all of them, or those of the platform named),
   * follow-ups, contacts and complaints, and its customer row (dropped when the other id has one).
   */
  static void move(Connection conn, String from, String to, String platform) throws SQLException {
    update(
        conn,
        "UPDATE complaints SET customer_id = ? WHERE customer_id = ?"
            + (platform == null
                ? ""
                : " AND order_id IN (SELECT o.order_id FROM orders o WHERE o.customer_id = ? AND "
                    + of("o.source", platform)
                    + ")"),
        to,
        from,
        platform == null ? null : from);
    update(
        conn,
        "UPDATE orders SET customer_id = ? WHERE customer_id = ?"
            + (platform == null ? "" : " AND " + of("source", platform)),
        to,
        from,
        null);
    if (platform != null) {
      return; // a split: the rest stays with the buyer it was recorded for
    }
    update(conn, "UPDATE followups SET customer_id = ? WHERE customer_id = ?", to, from, null);
    update(conn, "UPDATE contacts SET customer_id = ? WHERE customer_id = ?", to, from, null);
    if (exists(conn, to)) {
      update(conn, "DELETE FROM customers WHERE customer_id = ?", from, null, null);
    } else {
      update(conn, "UPDATE customers SET customer_id = ? WHERE customer_id = ?", to, from, null);
    }
    if (Dialect.of(conn).hasTable(conn, "buyer_splits")) {
      update(
          conn,
          "UPDATE buyer_splits SET customer_id = ? WHERE customer_id = ? AND NOT EXISTS (SELECT 1"
              + " FROM buyer_splits s WHERE s.customer_id = ?)",
          to,
          from,
          to);
    }
  }

  /**
   * A JD buyer stored under the plain text of a Taobao/Tmall buyer arriving now: moved to {@code
   * jd:<text>} with its orders, follow-ups, contacts and customer row (contact data of its own
   * orders), before the Taobao/Tmall buyer's rows are written.
   */
  static void scopeJdBuyer(Connection conn, String id) throws SQLException {
    move(conn, id, BuyerAccounts.scoped(BuyerAccounts.SCOPED, id), null);
  }

  /**
   * The upgrade (in its transaction): each buyer id with orders of both platforms (merged by an
   * older shopops) is split, its JD orders moved to {@code jd:<text>}; the contact data of the two
   * cannot be told apart, so it is cleared on both (the address taken from each one's latest order,
   * a withdrawn consent kept on both) and the buyers recorded in {@code buyer_splits} with the file
   * to import again. Then each {@code taobao:<text>} of schema 25–27 takes the plain text, the JD
   * buyer there moving to {@code jd:<text>}.
   */
  static void upgrade(Connection conn) throws SQLException {
    for (String id : merged(conn)) {
      String jd = BuyerAccounts.scoped(BuyerAccounts.SCOPED, id);
      if (!exists(conn, jd)) {
        update(
            conn,
            "INSERT INTO customers (customer_id, accepts_marketing) SELECT ?,"
                + " CASE WHEN accepts_marketing = 0 THEN 0 END FROM customers WHERE customer_id = ?",
            jd,
            id,
            null);
      }
      move(conn, id, jd, BuyerAccounts.SCOPED);
      String latest =
          "(SELECT o.%1$s FROM orders o WHERE o.customer_id = customers.customer_id"
              + " ORDER BY coalesce(o.paid_at, o.created_at) DESC, o.order_id DESC LIMIT 1)";
      update(
          conn,
          "UPDATE customers SET name = NULL, phone = NULL, email = NULL, registered_at = NULL,"
              + " accepts_marketing = CASE WHEN accepts_marketing = 0 THEN 0 END,"
              + " import_id = NULL, province = "
              + String.format(latest, "province")
              + ", city = "
              + String.format(latest, "city")
              + ", region = "
              + String.format(latest, "region")
              + " WHERE customer_id IN (?, ?)",
          id,
          jd,
          null);
      for (String buyer : List.of(id, jd)) {
        update(
            conn,
            "INSERT INTO buyer_splits (customer_id, import_id) SELECT ?, max(import_id) FROM orders"
                + " WHERE customer_id = ?",
            buyer,
            buyer,
            null);
      }
    }
    List<String> oldScoped = new ArrayList<>();
    for (String id : ids(conn, BuyerAccounts.PLAIN, true)) {
      if (id.startsWith(OLD_PLAIN_SCOPE)) {
        oldScoped.add(id);
      }
    }
    java.util.Collections.sort(oldScoped);
    for (String scoped : oldScoped) {
      String text = scoped.substring(OLD_PLAIN_SCOPE.length());
      scopeJdBuyer(conn, text);
      move(conn, scoped, text, null);
    }
    try (Statement st = conn.createStatement()) {
      st.executeUpdate("DELETE FROM rfm_breaks"); // ranked under the old ids
    }
    CustomerFigureUpkeep.refresh(conn);
  }

  /** Buyer ids (not scoped) with orders of both platforms, in order. */
  private static List<String> merged(Connection conn) throws SQLException {
    List<String> ids = new ArrayList<>();
    try (Statement st = conn.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT DISTINCT o.customer_id FROM orders o WHERE "
                    + of("o.source", BuyerAccounts.SCOPED)
                    + " AND "
                    + notJd("o.customer_id")
                    + " AND EXISTS (SELECT 1 FROM orders t WHERE t.customer_id = o.customer_id"
                    + " AND "
                    + of("t.source", BuyerAccounts.PLAIN)
                    + ") ORDER BY o.customer_id")) {
      while (rs.next()) {
        ids.add(rs.getString(1));
      }
    }
    return ids;
  }

  /**
   * What {@code check} names: buyer ids with orders of both platforms ({@code merged}, none after
   * the upgrade), and buyers the upgrade split whose contact data no import has given again ({@code
   * uncontacted}); the files to import again.
   */
  public record Pending(
      List<String> merged, List<String> uncontacted, List<OldReadings.Recorded> files) {
    public boolean none() {
      return merged.isEmpty() && uncontacted.isEmpty();
    }
  }

  /** What is still to do about buyers of two platforms. */
  public static Pending pending(Store store) throws SQLException {
    Connection conn = store.connection();
    List<String> merged = merged(conn);
    Set<OldReadings.Recorded> files = new LinkedHashSet<>();
    for (String id : merged) {
      try (PreparedStatement ps =
          conn.prepareStatement(
              "SELECT DISTINCT i.file, i.import_id, i.started_at, i.preset, i.kind FROM orders o"
                  + " JOIN imports i ON i.import_id = o.import_id WHERE o.customer_id = ?"
                  + " ORDER BY i.import_id")) {
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            files.add(recorded(rs, 1));
          }
        }
      }
    }
    List<String> uncontacted = new ArrayList<>();
    if (store.dialect().hasTable(conn, "buyer_splits")) {
      try (Statement st = conn.createStatement();
          ResultSet rs =
              st.executeQuery(
                  "SELECT s.customer_id, i.file, i.import_id, i.started_at, i.preset, i.kind"
                      + " FROM buyer_splits s JOIN customers c"
                      + " ON c.customer_id = s.customer_id LEFT JOIN imports i ON i.import_id ="
                      + " s.import_id WHERE c.import_id IS NULL AND NOT EXISTS (SELECT 1 FROM"
                      + " imports j WHERE j.sha256 = i.sha256 AND j.kind = i.kind"
                      + " AND j.import_id > i.import_id AND j.started_at >= (SELECT applied_at"
                      + " FROM schema_migrations WHERE name = '"
                      + MIGRATION
                      + "')) ORDER BY s.import_id, s.customer_id")) {
        while (rs.next()) {
          uncontacted.add(rs.getString(1));
          if (rs.getString(2) != null) {
            files.add(recorded(rs, 2));
          }
        }
      }
    }
    return new Pending(merged, uncontacted, List.copyOf(files));
  }

  /** The import whose file, import id, start, preset and kind are the columns from {@code at}. */
  private static OldReadings.Recorded recorded(ResultSet rs, int at) throws SQLException {
    return new OldReadings.Recorded(
        rs.getString(at),
        rs.getLong(at + 2),
        rs.getString(at + 3),
        null,
        null,
        rs.getString(at + 4));
  }

  private static boolean exists(Connection conn, String id) throws SQLException {
    try (PreparedStatement ps =
        conn.prepareStatement("SELECT 1 FROM customers WHERE customer_id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  /** Runs a statement with up to three text parameters (null: not bound). */
  private static void update(Connection conn, String sql, String a, String b, String c)
      throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      ps.setString(1, a);
      if (b != null) {
        ps.setString(2, b);
      }
      if (c != null) {
        ps.setString(3, c);
      }
      ps.executeUpdate();
    }
  }
}
