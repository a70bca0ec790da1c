package com.shopops.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ReturnStore#shippedUndelivered} (the count {@code returns eligible} notes) reads the
 * orders either table shows shipped in the range (the indexes of V022), not every order, and still
 * counts exactly those whose shipped time as {@link Fulfilment} gives it (the shipment record's,
 * else the order's) is in the range, with no delivered or completion time.
 */
class ShippedUndeliveredTest {
  // the times of DeliveredBetweenTest: a window of 9 days to T, a time in it, one before, one after
  static final Instant T = DeliveredBetweenTest.T;
  static final long FROM = DeliveredBetweenTest.FROM;
  static final long IN = DeliveredBetweenTest.IN;
  static final long BEFORE = DeliveredBetweenTest.BEFORE;
  static final long AFTER = DeliveredBetweenTest.AFTER;

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

  static void order(
      Store store, String id, Long shipped, Long delivered, Long completed, String status)
      throws Exception {
    try (PreparedStatement ps =
        store
            .connection()
            .prepareStatement(
                "INSERT INTO orders (order_id, customer_id, shipped_at, delivered_at,"
                    + " completed_at, status) VALUES (?, 'C1', ?, ?, ?, ?)")) {
      ps.setString(1, id);
      ps.setObject(2, shipped);
      ps.setObject(3, delivered);
      ps.setObject(4, completed);
      ps.setString(5, status);
      ps.executeUpdate();
    }
  }

  static void shipment(Store store, String id, Long shipped, Long delivered) throws Exception {
    try (PreparedStatement ps =
        store
            .connection()
            .prepareStatement(
                "INSERT INTO shipments (order_id, shipped_at, delivered_at) VALUES (?, ?, ?)")) {
      ps.setString(1, id);
      ps.setObject(2, shipped);
      ps.setObject(3, delivered);
      ps.executeUpdate();
    }
  }

  @Test
  void countsByTheShipmentRecordsTimeEitherWay() throws Exception {
    countsByTheShipmentRecordsTimeEitherWay(store);
  }

  /** Also run on PostgreSQL ({@code PgShippedUndeliveredTest}). */
  static void countsByTheShipmentRecordsTimeEitherWay(Store store) throws Exception {
    order(store, "A-order-only", IN, null, null, "shipped"); // counted
    order(store, "B-moved-in", BEFORE, null, null, "shipped");
    shipment(store, "B-moved-in", IN, null); // counted: the shipment record's time wins
    order(store, "C-moved-out", IN, null, null, "shipped");
    shipment(store, "C-moved-out", BEFORE, null); // not: shipped before the range
    order(store, "D-shipment-only", null, null, null, "paid");
    shipment(store, "D-shipment-only", IN, null); // counted
    order(store, "E-shipment-without-time", IN, null, null, "shipped");
    shipment(store, "E-shipment-without-time", null, null); // counted: the order's time
    order(store, "F-delivered", IN, null, null, "shipped");
    shipment(store, "F-delivered", IN, IN + 60); // not: delivered
    order(store, "G-completed", IN, null, IN + 60, "completed"); // not: completed
    order(store, "H-cancelled", IN, null, null, "cancelled"); // not: closed
    order(store, "I-at-the-bounds", FROM, null, null, "shipped"); // counted
    order(store, "J-at-the-end", T.getEpochSecond(), null, null, "shipped"); // counted
    order(store, "K-later", AFTER, null, null, "shipped"); // not
    assertEquals(6, new ReturnStore(store).shippedUndelivered(Instant.ofEpochSecond(FROM), T));
  }

  @Test
  void readsTheShippedIndexesNotEveryOrder() throws Exception {
    DeliveredBetweenTest.readsIndexesNotEveryOrder(
        store,
        Fulfilment.SHIPPED_CANDIDATES,
        Fulfilment.SHIPPED_AT,
        "orders_shipped (shipped_at>? AND shipped_at<?)",
        "shipments_shipped (shipped_at>? AND shipped_at<?)");
  }
}
