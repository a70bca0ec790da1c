package com.shopops.store;

import com.shopops.domain.customers.Customer;
import com.shopops.domain.lists.ContactRecord;
import com.shopops.domain.lists.ListKind;
import com.shopops.domain.lists.PastPurchase;
import com.shopops.domain.order.OrderStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * What the promotion and follow-up lists read beyond the customer figures (profiles, contacts, what
 * was bought, deliveries, reviews) and what writing a list leaves behind: one {@code lists} row and
 * one {@code contacts} row per customer, in one transaction (V005).
 */
public final class ListStore {
  private final Store store;
  private final Connection conn;

  public ListStore(Store store) {
    this.store = store;
    this.conn = store.connection();
  }

  // ------------------------------------------------------------ reading

  /** Every row of the customer list, by customer id. */
  public Map<String, Customer> profiles() throws SQLException {
    Map<String, Customer> out = new HashMap<>();
    try (PreparedStatement ps =
            conn.prepareStatement("SELECT " + CustomerRecords.COLUMNS + " FROM customers");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        Customer c = CustomerRecords.customer(rs);
        out.put(c.customerId(), c);
      }
    }
    return out;
  }

  /**
   * The last time a written list (not undone) or a follow-up-log entry reached each customer —
   * whenever it was, so a contact recorded after --now still counts as recent.
   */
  public Map<String, Instant> lastContacts() throws SQLException {
    Map<String, Instant> out = new HashMap<>();
    try (PreparedStatement ps =
            conn.prepareStatement(
                """
                SELECT customer_id, max(at) FROM (
                  SELECT c.customer_id, c.at FROM contacts c
                    LEFT JOIN lists l ON l.list_id = c.list_id
                    WHERE l.undone_at IS NULL
                  UNION ALL
                  SELECT customer_id, created_at FROM followups) AS c
                GROUP BY customer_id
                """);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.put(rs.getString(1), Instant.ofEpochSecond(rs.getLong(2)));
      }
    }
    return out;
  }

  /** An order's customer with the name and phone a follow-up needs. */
  /**
   * The customers a list of {@code kind} (not undone) reached from {@code since} on — a contact
   * recorded after --now counts, as for the cool-down.
   */
  public Set<String> contactedSince(ListKind kind, Instant since) throws SQLException {
    Set<String> out = new HashSet<>();
    try (PreparedStatement ps =
        conn.prepareStatement(
            """
            SELECT DISTINCT c.customer_id FROM contacts c
              LEFT JOIN lists l ON l.list_id = c.list_id
              WHERE l.undone_at IS NULL AND c.kind = ? AND c.at >= ?
            """)) {
      ps.setString(1, kind.code());
      ps.setLong(2, since.getEpochSecond());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }

  public record OrderCustomer(String orderId, String customerId, String name, String phone) {}

  /**
   * The customer of each of these orders (orders unknown to the store are left out): {@value
   * IdParts#MOST} orders a statement ({@link IdParts#each}), not one round trip per order (a list's
   * open returns: 321 statements at 100k orders, each a round trip to a PostgreSQL server across a
   * network).
   */
  public Map<String, OrderCustomer> customersOf(Collection<String> orderIds) throws SQLException {
    Map<String, OrderCustomer> out = new HashMap<>();
    IdParts.each(
        conn,
        new ArrayList<>(new TreeSet<>(orderIds)),
        marks ->
            """
            SELECT o.order_id, o.customer_id, c.name, c.phone FROM orders o
              LEFT JOIN customers c ON c.customer_id = o.customer_id
            WHERE o.order_id IN (%s) AND o.customer_id IS NOT NULL
            """
                .formatted(marks),
        (ps, next) -> {
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              String id = rs.getString(1);
              out.put(id, new OrderCustomer(id, rs.getString(2), rs.getString(3), rs.getString(4)));
            }
          }
        });
    return out;
  }

  /** Which wanted SKUs and categories each customer bought (only customers with a hit). */
  public record Bought(Map<String, Set<String>> skus, Map<String, Set<String>> categories) {}

  /**
   * Customers who bought any of {@code wanted} as a SKU or as a product category (order lines of
   * paid, not cancelled orders up to {@code asOf}; a category is known once products are imported).
   */
  public Bought bought(Set<String> wanted, Instant asOf) throws SQLException {
    Map<String, Set<String>> skus = new HashMap<>();
    Map<String, Set<String>> cats = new HashMap<>();
    if (wanted.isEmpty()) {
      return new Bought(skus, cats);
    }
    String in = String.join(",", Collections.nCopies(wanted.size(), "?"));
    String sql =
        """
        SELECT DISTINCT o.customer_id, l.sku, p.category
        FROM order_lines l JOIN orders o ON o.order_id = l.order_id
          LEFT JOIN products p ON p.sku = l.sku
        WHERE %s AND (l.sku IN (%s) OR p.category IN (%s))
        """
            .formatted(Purchases.ofBuyerUpToAsOf("o"), in, in);
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      int p = 1;
      ps.setLong(p++, asOf.getEpochSecond());
      for (int k = 0; k < 2; k++) {
        for (String w : wanted) {
          ps.setString(p++, w);
        }
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String sku = rs.getString(2);
          String cat = rs.getString(3);
          if (wanted.contains(sku)) {
            skus.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(sku);
          }
          if (cat != null && wanted.contains(cat)) {
            cats.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(cat);
          }
        }
      }
    }
    return new Bought(skus, cats);
  }

  /**
   * The lines of each customer's paid, not cancelled orders up to {@code asOf} whose paid time
   * passes {@code keep} (an order without lines gives one purchase without an item), with the
   * product category when the product is imported.
   */
  public Map<String, List<PastPurchase>> purchaseLines(Instant asOf, Predicate<Instant> keep)
      throws SQLException {
    String sql =
        """
        SELECT o.customer_id, o.order_id, o.paid_at, l.sku, l.title, p.category
        FROM orders o
          LEFT JOIN order_lines l ON l.order_id = o.order_id
          LEFT JOIN products p ON p.sku = l.sku
        WHERE %s
        ORDER BY o.customer_id, o.paid_at, l.line_no
        """
            .formatted(Purchases.ofBuyerUpToAsOf("o"));
    Map<String, List<PastPurchase>> out = new HashMap<>();
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      ps.setLong(1, asOf.getEpochSecond());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Instant at = Instant.ofEpochSecond(rs.getLong(3));
          if (keep.test(at)) {
            out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                .add(
                    new PastPurchase(
                        rs.getString(2), at, rs.getString(4), rs.getString(5), rs.getString(6)));
          }
        }
      }
    }
    return out;
  }

  /** A delivered order with whether it has a review. */
  public record Delivery(
      String orderId,
      String customerId,
      String name,
      String phone,
      Instant deliveredAt,
      boolean reviewed) {}

  /**
   * Orders delivered in {@code [from, to)} ({@link Fulfilment#DELIVERED_AT}: the shipment record's
   * delivered time first, else the order export's); cancelled orders left out.
   */
  public List<Delivery> deliveredBetween(Instant from, Instant to) throws SQLException {
    String sql =
        """
        SELECT o.order_id, o.customer_id, c.name, c.phone, d.delivered,
               EXISTS (SELECT 1 FROM reviews v WHERE v.order_id = o.order_id)
        FROM (SELECT o.order_id, %1$s AS delivered
              FROM %2$s
              WHERE %1$s >= ? AND %1$s < ?) d
          JOIN orders o ON o.order_id = d.order_id
          LEFT JOIN customers c ON c.customer_id = o.customer_id
        WHERE o.customer_id IS NOT NULL AND %3$s
        ORDER BY d.delivered, o.order_id
        """
            .formatted(
                Fulfilment.DELIVERED_AT,
                Fulfilment.FROM,
                OrderStatusSql.noneOf("o.status", s -> s == OrderStatus.CANCELLED));
    List<Delivery> out = new ArrayList<>();
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      ps.setLong(1, from.getEpochSecond());
      ps.setLong(2, to.getEpochSecond());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new Delivery(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  Instant.ofEpochSecond(rs.getLong(5)),
                  rs.getBoolean(6))); // EXISTS: 0 or 1 on SQLite, a boolean on PostgreSQL
        }
      }
    }
    return out;
  }

  // ------------------------------------------------------------ writing

  /**
   * Takes the store's turn for lists in the write transaction just begun, before the last contacts
   * are read: two exports of a list at once then choose one after the other, and the second sees
   * the first one's contacts (its cool-down leaves those customers out). On SQLite the transaction
   * holds the write lock from its start already (BEGIN IMMEDIATE); on PostgreSQL it takes the
   * advisory lock {@link PgLocks#LISTS}, held to commit or rollback, waiting as --wait says.
   */
  public void takeTurn() throws SQLException {
    if (conn.getAutoCommit()) {
      throw new IllegalStateException("a list's turn is taken inside a write transaction");
    }
    if (store.dialect() == Dialect.POSTGRESQL) {
      PgLocks.awaitLists(store);
    }
  }

  /**
   * Records a written list: its {@code lists} row (with {@code agent}, who made it; null: not
   * known) and one contact per record, in one transaction. Returns the new list id.
   */
  public long record(
      ListKind kind,
      String name,
      String file,
      String agent,
      int rows,
      Instant at,
      List<ContactRecord> contacts)
      throws SQLException {
    return inTransaction(
        c -> {
          takeTurn(); // the caller's turn already when it chose the list in this transaction
          long id;
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO lists (kind, name, created_at, rows, file, agent)"
                      + " VALUES (?, ?, ?, ?, ?, ?) RETURNING list_id")) {
            ps.setString(1, kind.code());
            ps.setString(2, name);
            ps.setLong(3, at.getEpochSecond());
            ps.setInt(4, rows);
            if (file == null) {
              ps.setNull(5, Types.VARCHAR);
            } else {
              ps.setString(5, file);
            }
            if (agent == null) {
              ps.setNull(6, Types.VARCHAR);
            } else {
              ps.setString(6, agent);
            }
            try (ResultSet keys = ps.executeQuery()) {
              keys.next();
              id = keys.getLong(1);
            }
          }
          // 50 contacts per statement: the cost is per JDBC call
          final int batch = 50;
          for (int i = 0; i < contacts.size(); i += batch) {
            List<ContactRecord> part = contacts.subList(i, Math.min(contacts.size(), i + batch));
            StringBuilder sql =
                new StringBuilder("INSERT INTO contacts (customer_id, kind, list_id, at) VALUES ");
            for (int k = 0; k < part.size(); k++) {
              sql.append(k == 0 ? "(?, ?, ?, ?)" : ", (?, ?, ?, ?)");
            }
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
              int p = 1;
              for (ContactRecord r : part) {
                ps.setString(p++, r.customerId());
                ps.setString(p++, r.kind().code());
                ps.setLong(p++, id);
                ps.setLong(p++, r.at().getEpochSecond());
              }
              ps.executeUpdate();
            }
          }
          return id;
        });
  }

  /**
   * Runs work in the caller's transaction when one is open (a list chosen and recorded in one write
   * transaction), else in a transaction of its own.
   */
  private <T> T inTransaction(Store.SqlWork<T> work) throws SQLException {
    return conn.getAutoCommit() ? store.inTransaction(work) : work.run(conn);
  }

  /** Whether a list of this name was recorded already (undone or not). */
  public boolean nameTaken(String name) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("SELECT 1 FROM lists WHERE name = ?")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  /**
   * Removes a list and its contacts as if it had never been recorded: its file could not be written
   * after the contacts were committed.
   */
  public void forget(long listId) throws SQLException {
    inTransaction(
        c -> {
          for (String sql :
              List.of(
                  "DELETE FROM contacts WHERE list_id = ?",
                  "DELETE FROM lists WHERE list_id = ?")) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
              ps.setLong(1, listId);
              ps.executeUpdate();
            }
          }
          return null;
        });
  }

  /** A written list as {@code lists} shows it. */
  public record WrittenList(
      long listId,
      String kind,
      String name,
      int rows,
      int contacts,
      Instant createdAt,
      String file,
      Instant undoneAt,
      String agent,
      String undoneBy) {}

  private static final String WRITTEN =
      """
      SELECT l.list_id, l.kind, l.name, l.rows,
             (SELECT count(*) FROM contacts c WHERE c.list_id = l.list_id),
             l.created_at, l.file, l.undone_at, l.agent, l.undone_by
      FROM lists l
      """;

  /** Every written list, oldest first, with the contacts it still holds. */
  public List<WrittenList> lists() throws SQLException {
    try (PreparedStatement ps =
        conn.prepareStatement(WRITTEN + " ORDER BY l.created_at, l.list_id")) {
      return written(ps);
    }
  }

  public Optional<WrittenList> list(long listId) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement(WRITTEN + " WHERE l.list_id = ?")) {
      ps.setLong(1, listId);
      return written(ps).stream().findFirst();
    }
  }

  private static List<WrittenList> written(PreparedStatement ps) throws SQLException {
    List<WrittenList> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        long undone = rs.getLong(8);
        boolean wasUndone = !rs.wasNull();
        out.add(
            new WrittenList(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getInt(4),
                rs.getInt(5),
                Instant.ofEpochSecond(rs.getLong(6)),
                rs.getString(7),
                wasUndone ? Instant.ofEpochSecond(undone) : null,
                rs.getString(9),
                rs.getString(10)));
      }
    }
    return out;
  }

  /**
   * Undoes a list: deletes its contacts and marks it undone at {@code at} by {@code by} (null: not
   * known), in one transaction. Returns the number of contacts removed.
   */
  public int undo(long listId, Instant at, String by) throws SQLException {
    return store.inTransaction(
        c -> {
          int removed;
          try (PreparedStatement ps =
              c.prepareStatement("DELETE FROM contacts WHERE list_id = ?")) {
            ps.setLong(1, listId);
            removed = ps.executeUpdate();
          }
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE lists SET undone_at = ?, undone_by = ? WHERE list_id = ?")) {
            ps.setLong(1, at.getEpochSecond());
            ps.setString(2, by);
            ps.setLong(3, listId);
            ps.executeUpdate();
          }
          return removed;
        });
  }
}
