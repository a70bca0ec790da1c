package com.shopops.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopops.domain.returns.DeliveredItem;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ReturnStore#deliveredBetween} reads the orders either table shows delivered in the range
 * (the indexes of V018), and keeps exactly those whose delivered time as {@link Fulfilment} gives
 * it (the shipment record's, else the order's) is in the range.
 */
class DeliveredBetweenTest {
  static final Instant T = Instant.parse("2026-11-20T02:00:00Z");
  static final long FROM = T.minusSeconds(9 * 86400).getEpochSecond();
  static final long IN = T.minusSeconds(3 * 86400).getEpochSecond();
  static final long BEFORE = FROM - 86400;
  static final long AFTER = T.getEpochSecond() + 3600;

  @TempDir Path dir;
  Store store;

  @BeforeEach
  void open() throws Exception {
    store = Store.create(dir.resolve("s.db"), ZoneId.of("Asia/Shanghai"), T);
  }

  @AfterEach
  void close() {
    store.close();
  }

  void order(String id, Long delivered, String status) throws Exception {
    try (PreparedStatement ps =
        store
            .connection()
            .prepareStatement(
                "INSERT INTO orders (order_id, customer_id, delivered_at, status)"
                    + " VALUES (?, 'C1', ?, ?)")) {
      ps.setString(1, id);
      ps.setObject(2, delivered);
      ps.setString(3, status);
      ps.executeUpdate();
    }
  }

  void shipment(String id, Long delivered) throws Exception {
    try (PreparedStatement ps =
        store
            .connection()
            .prepareStatement("INSERT INTO shipments (order_id, delivered_at) VALUES (?, ?)")) {
      ps.setString(1, id);
      ps.setObject(2, delivered);
      ps.executeUpdate();
    }
  }

  @Test
  void theShipmentRecordsTimeWinsEitherWay() throws Exception {
    order("A-order-only", IN, "delivered");
    order("B-moved-in", BEFORE, "delivered");
    shipment("B-moved-in", IN + 1);
    order("C-moved-out", IN, "delivered");
    shipment("C-moved-out", AFTER);
    order("D-shipment-only", null, "shipped");
    shipment("D-shipment-only", IN + 2);
    order("E-shipment-without-time", IN + 3, "delivered");
    shipment("E-shipment-without-time", null);
    order("F-old", BEFORE, "delivered");
    shipment("F-old", BEFORE);
    order("G-cancelled", IN, "cancelled");
    order("H-at-the-bounds", FROM, "delivered");
    order("I-at-the-end", T.getEpochSecond(), "delivered");
    List<DeliveredItem> items =
        new ReturnStore(store).deliveredBetween(Instant.ofEpochSecond(FROM), T);
    assertEquals(
        List.of(
            "H-at-the-bounds",
            "A-order-only",
            "B-moved-in",
            "D-shipment-only",
            "E-shipment-without-time",
            "I-at-the-end"),
        items.stream().map(DeliveredItem::orderId).toList());
    assertEquals(IN + 1, items.get(2).deliveredAt().getEpochSecond());
  }

  @Test
  void readsTheDeliveredIndexesNotEveryOrder() throws Exception {
    readsIndexesNotEveryOrder(
        store,
        Fulfilment.DELIVERED_CANDIDATES,
        Fulfilment.DELIVERED_AT,
        "orders_delivered (delivered_at>? AND delivered_at<?)",
        "shipments_delivered (delivered_at>? AND delivered_at<?)");
  }

  /**
   * The plan of {@code candidates AND at BETWEEN ? AND ?} on {@link Fulfilment#FROM} reads the two
   * indexes named (as {@code EXPLAIN QUERY PLAN} names them), not every order.
   */
  static void readsIndexesNotEveryOrder(
      Store store, String candidates, String at, String ordersIndex, String shipmentsIndex)
      throws Exception {
    StringBuilder plan = new StringBuilder();
    try (PreparedStatement ps =
        store
            .connection()
            .prepareStatement(
                "EXPLAIN QUERY PLAN SELECT o.order_id FROM "
                    + Fulfilment.FROM
                    + " WHERE "
                    + candidates
                    + " AND "
                    + at
                    + " BETWEEN ? AND ?")) {
      for (int i = 1; i <= 6; i++) {
        ps.setLong(i, i % 2 == 1 ? FROM : T.getEpochSecond());
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          plan.append(rs.getString("detail")).append('\n');
        }
      }
    }
    String p = plan.toString();
    assertTrue(p.contains("INDEX " + ordersIndex), p);
    assertTrue(p.contains("INDEX " + shipmentsIndex), p);
    assertFalse(p.contains("SCAN o\n") || p.contains("SCAN orders\n"), p);
  }
}
