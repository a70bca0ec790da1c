package com.shopops.store;

import com.shopops.domain.order.StagedPayment;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL twin of {@code StagedPayment.paidBy} for orders already stored (tryout22a A1): a presale
 * paid in stages (a deposit time, {@code orders.deposited_at}, and a paid time) that the store
 * holds paid after its own first outbound or delivery (its shipment record: a shipments file, or
 * the export's outbound kept as a parcel) is paid at that outbound instead — the balance (尾款) is
 * paid before the goods leave, and the export, which states no balance time, gave the time it was
 * seen paid (its own, or the import's). An outbound before the deposit is no evidence and changes
 * nothing. The same SQL on SQLite and PostgreSQL; the triggers on {@code orders.paid_at} mark the
 * buyer's and the hours' figures to be added up again, so the kept figures stay those of {@code
 * check --rebuild}. Binds: those of {@code %s} (the orders to look at).
 */
public final class StagedPaidSql {
  private StagedPaidSql() {}

  /** The shipment record's first outbound ({@code s}: shipments), delivery when it has none. */
  private static final String OUTBOUND =
      "CASE WHEN s.shipped_at IS NULL OR s.delivered_at < s.shipped_at THEN s.delivered_at"
          + " ELSE s.shipped_at END";

  /**
   * The cap without keeping the time it moves: the upgrade at V046 ({@link PresaleUpgrade}) runs
   * before V049 brings {@code orders.paid_seen_at}.
   */
  static final String CAP =
      "UPDATE orders SET paid_at = (SELECT "
          + OUTBOUND
          + " FROM shipments s WHERE s.order_id = orders.order_id)"
          + " WHERE orders.order_id IN (%s) AND orders.deposited_at IS NOT NULL"
          + " AND "
          + Purchases.of("orders")
          + " AND EXISTS (SELECT 1 FROM shipments s"
          + " WHERE s.order_id = orders.order_id AND "
          + OUTBOUND
          + " < orders.paid_at AND "
          + OUTBOUND
          + " >= orders.deposited_at)";

  /**
   * {@link #CAP} keeping the time it moves in {@code orders.paid_seen_at} (V049): the time the
   * presale was seen paid, which a removed parcel gives back ({@link #again}).
   */
  static final String CAP_SEEN =
      CAP.replace(
          "SET paid_at = ",
          "SET paid_seen_at = CASE WHEN orders.paid_seen_at > orders.paid_at"
              + " THEN orders.paid_seen_at ELSE orders.paid_at END, paid_at = ");

  /**
   * Whether the paid time of order {@code o} (an alias) is an event of the order's: its own
   * outbound, delivery, receipt or close, a parcel's outbound or delivery, or a removed parcel's —
   * a cap, not a time it was seen paid.
   */
  static String atAnEvent(String o) {
    return ("(%1$s.paid_at = %1$s.shipped_at OR %1$s.paid_at = %1$s.delivered_at"
            + " OR %1$s.paid_at = %1$s.completed_at OR %1$s.paid_at = %1$s.cancelled_at"
            + " OR EXISTS (SELECT 1 FROM shipments s WHERE s.order_id = %1$s.order_id"
            + " AND (s.shipped_at = %1$s.paid_at OR s.delivered_at = %1$s.paid_at))"
            + " OR EXISTS (SELECT 1 FROM parcel_removals r WHERE r.order_id = %1$s.order_id"
            + " AND (r.shipped_at = %1$s.paid_at OR r.delivered_at = %1$s.paid_at)))")
        .formatted(o);
  }

  /**
   * Whether the paid time of order {@code o} (an alias) is the outbound or delivery of a parcel
   * removed by hand and not restored, which no shipment of the order, receipt or close explains: a
   * cap the removal should have undone (tryout25a A1, A2).
   */
  static String heldToRemoved(String o) {
    return (" EXISTS (SELECT 1 FROM parcel_removals r WHERE r.order_id = %1$s.order_id"
            + " AND r.restored_at IS NULL AND (r.shipped_at = %1$s.paid_at OR r.delivered_at ="
            + " %1$s.paid_at))"
            + " AND NOT EXISTS (SELECT 1 FROM shipments s WHERE s.order_id = %1$s.order_id"
            + " AND (s.shipped_at = %1$s.paid_at OR s.delivered_at = %1$s.paid_at))"
            + " AND coalesce(%1$s.completed_at, 0) <> %1$s.paid_at AND coalesce(%1$s.cancelled_at,"
            + " 0) <> %1$s.paid_at")
        .formatted(o);
  }

  /**
   * Whether the paid time of order {@code o} (an alias, a staged presale with no time seen paid
   * kept) is the outbound or delivery of one of its parcels still there, which no receipt or close
   * explains: an older shopops's cap that a removal of that parcel could not undo (tryout26a A3:
   * {@link #heldToRemoved} once the parcel is removed).
   */
  static String cappedAtParcel(String o) {
    return (" EXISTS (SELECT 1 FROM shipment_parcels p WHERE p.order_id = %1$s.order_id"
            + " AND (p.shipped_at = %1$s.paid_at OR p.delivered_at = %1$s.paid_at))"
            + " AND coalesce(%1$s.completed_at, 0) <> %1$s.paid_at AND coalesce(%1$s.cancelled_at,"
            + " 0) <> %1$s.paid_at")
        .formatted(o);
  }

  /**
   * The staged presales paid in full ({@code o}) whose paid time is held to removed parcel {@code
   * r} ({@link #heldToRemoved}), joined: the FROM and WHERE of {@link #remakeHeld} and {@link
   * #held}, each adding its own conditions.
   */
  private static final String HELD =
      " FROM orders o JOIN parcel_removals r ON r.order_id = o.order_id AND r.restored_at IS NULL"
          + " AND (r.shipped_at = o.paid_at OR r.delivered_at = o.paid_at)"
          + " WHERE o.deposited_at IS NOT NULL AND "
          + Purchases.of("o")
          + " AND "
          + heldToRemoved("o");

  /**
   * A staged presale's paid time an order import made again (tryout25a A2): it was held to the
   * outbound of removed parcel {@code parcel} ({@code outbound}), and is now {@code after}, from
   * the time the file saw it paid and the parcels left.
   */
  public record Remade(
      String orderId, String parcel, Instant outbound, Instant before, Instant after) {}

  /**
   * After an order import wrote its rows: its staged presales paid in full ({@code seen}: by order
   * id, when the file saw each paid, uncapped) that an older shopops capped at an event of theirs
   * without keeping when they were seen paid keep the file's time as that (so that removing the
   * capping parcel gives the paid time back, as on a store that never lacked it); and those whose
   * paid time is still held to a removed parcel ({@link #heldToRemoved}: a removal made while no
   * such time was kept) are paid again as the removal would have made them ({@link #again}).
   * Returns the presales so made again.
   */
  static List<Remade> remakeHeld(Connection conn, java.util.Map<String, Instant> seen)
      throws SQLException {
    if (seen.isEmpty()) {
      return List.of();
    }
    // only the file's orders (IdParts: by primary key), not every staged presale of the store
    List<String> ids = new ArrayList<>(seen.keySet());
    java.util.Collections.sort(ids); // the parts in order_id order, as one ORDER BY gave them
    java.util.Map<String, Instant> unseen = new java.util.LinkedHashMap<>();
    IdParts.each(
        conn,
        ids,
        marks ->
            "SELECT o.order_id, o.paid_at FROM orders o WHERE o.order_id IN ("
                + marks
                + ") AND o.deposited_at IS NOT NULL AND o.paid_seen_at IS NULL AND "
                + Purchases.of("o")
                + " AND "
                + atAnEvent("o"),
        (ps, next) -> {
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              Instant at = seen.get(rs.getString(1));
              Instant paid = OrderQueries.instant(rs, 2);
              if (at != null && paid != null && paid.isBefore(at)) {
                unseen.put(rs.getString(1), at);
              }
            }
          }
        });
    if (!unseen.isEmpty()) {
      try (PreparedStatement ps =
          conn.prepareStatement(
              "UPDATE orders SET paid_seen_at = ? WHERE order_id = ? AND paid_seen_at IS NULL")) {
        for (var e : unseen.entrySet()) {
          ps.setLong(1, e.getValue().getEpochSecond());
          ps.setString(2, e.getKey());
          ps.addBatch();
        }
        ps.executeBatch();
      }
    }
    java.util.Map<String, Remade> held = new java.util.LinkedHashMap<>();
    IdParts.each(
        conn,
        ids,
        marks ->
            "SELECT o.order_id, r.parcel, r.shipped_at, r.delivered_at"
                + HELD
                + " AND o.paid_seen_at > o.paid_at AND o.order_id IN ("
                + marks
                + ") ORDER BY o.order_id, r.removed_at",
        (ps, next) -> {
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              Instant shipped = OrderQueries.instant(rs, 3);
              Instant delivered = OrderQueries.instant(rs, 4);
              held.putIfAbsent(
                  rs.getString(1),
                  new Remade(
                      rs.getString(1),
                      rs.getString(2),
                      shipped == null || (delivered != null && delivered.isBefore(shipped))
                          ? delivered
                          : shipped,
                      null,
                      null));
            }
          }
        });
    List<Remade> out = new ArrayList<>();
    for (Remade h : held.values()) {
      Move move = again(conn, h.orderId());
      if (move.moved()) {
        out.add(new Remade(h.orderId(), h.parcel(), h.outbound(), move.before(), move.after()));
      }
    }
    return out;
  }

  /**
   * A presale's paid time ({@code paidAt}) held to the outbound of removed parcel {@code parcel}.
   */
  public record Held(String parcel, Instant paidAt) {}

  /**
   * The removed parcel a staged presale's paid time is still held to (an older shopops capped it
   * and kept no time it was seen paid, and no stored file said it: a removal then gives nothing
   * back); null when not so held. What remove-parcel and {@code orders show} say of such an order,
   * which only importing its export again puts right ({@link #remakeHeld}).
   */
  public static Held held(Connection conn, String orderId) throws SQLException {
    try (PreparedStatement ps =
        conn.prepareStatement(
            "SELECT r.parcel, o.paid_at"
                + HELD
                + " AND o.order_id = ? ORDER BY r.removed_at DESC")) {
      ps.setString(1, orderId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? new Held(rs.getString(1), OrderQueries.instant(rs, 2)) : null;
      }
    }
  }

  /** A staged presale's paid time before and after {@link #again} (equal: it did not move). */
  record Move(Instant before, Instant after) {
    boolean moved() {
      return before != null && after != null && !before.equals(after);
    }
  }

  /**
   * The order's paid time made again after one of its parcels was removed or restored (tryout23a
   * A3): a presale a cap moved ({@code paid_seen_at}: the time it was seen paid before) is paid at
   * that time again, then capped ({@link #CAP}) at the first outbound left, and at its own shipped,
   * received or closed time if earlier (the import's cap, {@code StagedPayment.times}: paid25), so
   * that it holds what a store given the same files and the same removal holds. A cap made before
   * V049 kept no such time (the upgrade re-reads it from the stored files: {@link
   * PaidSeenUpgrade}); without it the paid time stays as stored.
   */
  static Move again(Connection conn, String orderId) throws SQLException {
    Instant before = paidAt(conn, orderId);
    try (PreparedStatement ps =
        conn.prepareStatement(
            "UPDATE orders SET paid_at = paid_seen_at WHERE order_id = ?"
                + " AND deposited_at IS NOT NULL AND paid_seen_at > paid_at")) {
      ps.setString(1, orderId);
      ps.executeUpdate();
    }
    try (PreparedStatement ps = conn.prepareStatement(CAP_SEEN.formatted("?"))) {
      ps.setString(1, orderId);
      ps.executeUpdate();
    }
    capOwn(conn, orderId);
    return new Move(before, paidAt(conn, orderId));
  }

  private static Instant paidAt(Connection conn, String orderId) throws SQLException {
    try (PreparedStatement ps =
        conn.prepareStatement(
            "SELECT paid_at FROM orders WHERE order_id = ? AND deposited_at IS NOT NULL")) {
      ps.setString(1, orderId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? OrderQueries.instant(rs, 1) : null;
      }
    }
  }

  /**
   * The import's own cap ({@code StagedPayment.paidBy}) of a stored staged presale: its shipped,
   * delivered, completed or closed time when earlier than its paid time, the time it moves kept as
   * {@code paid_seen_at}.
   */
  private static void capOwn(Connection conn, String orderId) throws SQLException {
    Instant paid;
    Instant deposit;
    Instant later = null;
    try (PreparedStatement ps =
        conn.prepareStatement(
            "SELECT paid_at, deposited_at, shipped_at, delivered_at, completed_at, cancelled_at"
                + " FROM orders WHERE order_id = ? AND deposited_at IS NOT NULL AND "
                + Purchases.of("orders"))) {
      ps.setString(1, orderId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return;
        }
        paid = OrderQueries.instant(rs, 1);
        deposit = OrderQueries.instant(rs, 2);
        for (int c = 3; c <= 6; c++) {
          Instant t = OrderQueries.instant(rs, c);
          later = t != null && (later == null || t.isBefore(later)) ? t : later;
        }
      }
    }
    Instant capped = StagedPayment.paidBy(paid, deposit, later);
    if (capped == paid) {
      return;
    }
    try (PreparedStatement ps =
        conn.prepareStatement(
            "UPDATE orders SET paid_seen_at = CASE WHEN paid_seen_at > paid_at"
                + " THEN paid_seen_at ELSE paid_at END, paid_at = ? WHERE order_id = ?")) {
      ps.setLong(1, capped.getEpochSecond());
      ps.setString(2, orderId);
      ps.executeUpdate();
    }
  }

  /**
   * Keeps, for the staged presales an import (or the upgrade's re-dating) capped in Java ({@code
   * StagedPayment.Times#seenAt}), when they were seen paid: by order id, the time seen paid, the
   * paid time written. Only where the store took that capped time (an earlier time an import kept
   * stands, and is no cap), the earliest seen time kept. Without it, removing the order export's
   * own parcel left the paid time at that parcel's outbound (paid25).
   */
  static void keepSeen(Connection conn, java.util.Map<String, Instant[]> seen) throws SQLException {
    if (seen.isEmpty()) {
      return;
    }
    try (PreparedStatement ps =
        conn.prepareStatement(
            "UPDATE orders SET paid_seen_at = ? WHERE order_id = ? AND deposited_at IS NOT NULL"
                + " AND paid_at = ? AND (paid_seen_at IS NULL OR paid_seen_at > ?)")) {
      for (var e : seen.entrySet()) {
        long at = e.getValue()[0].getEpochSecond();
        ps.setLong(1, at);
        ps.setString(2, e.getKey());
        ps.setLong(3, e.getValue()[1].getEpochSecond());
        ps.setLong(4, at);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /**
   * Caps the paid time of the staged presales among the orders this import wrote: those whose
   * shipment record it stamped ({@code shipments}) or, for an orders import, the orders it stamped.
   */
  static int capOf(Connection conn, String table, long importId) throws SQLException {
    try (java.sql.Statement st = conn.createStatement();
        java.sql.ResultSet rs = st.executeQuery("SELECT 1 FROM shipments LIMIT 1")) {
      if (!rs.next()) {
        return 0; // no shipment record, nothing to cap by (a first load: one probe)
      }
    }
    try (PreparedStatement ps =
        conn.prepareStatement(
            CAP_SEEN.formatted("SELECT order_id FROM " + table + " WHERE import_id = ?"))) {
      ps.setLong(1, importId);
      return ps.executeUpdate();
    }
  }
}
