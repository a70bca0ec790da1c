package com.shopops.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link SlaQueries#UNSHIPPED} reads the orders shipped or delivered after the clock through the
 * indexes on the four times (V018, V022) and finds exactly the orders the scan of every order with
 * its shipment record found before (the statement as it was, below), on random stores whose times
 * sit before, at and after the clock in either table.
 */
class UnshippedCandidatesTest {
  static final Instant T = Instant.parse("2026-11-20T02:00:00Z");
  static final long NOW = T.getEpochSecond();

  @TempDir Path dir;

  /**
   * The statement before the candidates were read through indexes: every order scanned; since V023
   * an order without a paid time that may be cash on delivery (the export says so, or status paid
   * without a paid time) is a candidate as a paid one is.
   */
  static final String SCANNED =
      """
      SELECT o.order_id FROM orders o LEFT JOIN shipments s ON s.order_id = o.order_id
      WHERE (o.paid_at IS NOT NULL OR o.cash_on_delivery = 1 OR o.status = 'paid')
        AND o.shipped_at IS NULL AND o.delivered_at IS NULL
        AND (o.status IS NULL OR o.status IN ('pending', 'paid'))
        AND (s.shipped_at IS NULL OR s.shipped_at > ?)
        AND (s.delivered_at IS NULL OR s.delivered_at > ?)
      UNION
      SELECT o.order_id FROM orders o LEFT JOIN shipments s ON s.order_id = o.order_id
      WHERE (o.paid_at IS NOT NULL OR o.cash_on_delivery = 1 OR o.status = 'paid')
        AND coalesce(coalesce(s.shipped_at, o.shipped_at), coalesce(s.delivered_at, o.delivered_at))
          IS NOT NULL
        AND (coalesce(s.shipped_at, o.shipped_at) IS NULL OR coalesce(s.shipped_at, o.shipped_at) > ?)
        AND (coalesce(s.delivered_at, o.delivered_at) IS NULL
          OR coalesce(s.delivered_at, o.delivered_at) > ?)
      ORDER BY 1
      """;

  private static Long time(Random r) {
    return switch (r.nextInt(5)) {
      case 0 -> null;
      case 1 -> NOW - 86400;
      case 2 -> NOW;
      case 3 -> NOW + 1;
      default -> NOW + 86400;
    };
  }

  @Test
  void findsWhatTheScanOfEveryOrderFound() throws Exception {
    String[] statuses = {null, "pending", "paid", "shipped", "delivered", "cancelled", "completed"};
    for (int seed = 0; seed < 20; seed++) {
      Random r = new Random(seed);
      Path db = dir.resolve("s" + seed + ".db");
      try (Store store = Store.create(db, ZoneId.of("Asia/Shanghai"), T)) {
        try (PreparedStatement o =
                store
                    .connection()
                    .prepareStatement(
                        "INSERT INTO orders (order_id, customer_id, paid_at, shipped_at,"
                            + " delivered_at, status, cash_on_delivery)"
                            + " VALUES (?, 'C1', ?, ?, ?, ?, ?)");
            PreparedStatement s =
                store
                    .connection()
                    .prepareStatement(
                        "INSERT INTO shipments (order_id, shipped_at, delivered_at)"
                            + " VALUES (?, ?, ?)")) {
          for (int i = 0; i < 200; i++) {
            String id = "O%03d".formatted(i);
            o.setString(1, id);
            o.setObject(2, r.nextInt(6) == 0 ? null : NOW - 3600 * (1 + r.nextInt(72)));
            o.setObject(3, time(r));
            o.setObject(4, time(r));
            o.setString(5, statuses[r.nextInt(statuses.length)]);
            int cod = r.nextInt(3);
            o.setObject(6, cod == 2 ? null : (long) cod);
            o.executeUpdate();
            if (r.nextBoolean()) {
              s.setString(1, id);
              s.setObject(2, time(r));
              s.setObject(3, time(r));
              s.executeUpdate();
            }
          }
        }
        List<String> scanned = new ArrayList<>();
        try (PreparedStatement ps = store.connection().prepareStatement(SCANNED)) {
          for (int i = 1; i <= 4; i++) {
            ps.setLong(i, NOW);
          }
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              scanned.add(rs.getString(1));
            }
          }
        }
        List<String> read = new ArrayList<>();
        new SlaQueries(store).unshipped(T, row -> read.add(row.shipment().orderId()));
        assertFalse(scanned.isEmpty());
        assertEquals(scanned, read.stream().sorted().toList(), "seed " + seed);
      }
    }
  }

  @Test
  void readsTheIndexesOnTheFourTimesNotEveryOrder() throws Exception {
    try (Store store = Store.create(dir.resolve("p.db"), ZoneId.of("Asia/Shanghai"), T)) {
      StringBuilder plan = new StringBuilder();
      try (Statement st = store.connection().createStatement();
          ResultSet rs =
              st.executeQuery("EXPLAIN QUERY PLAN " + SlaQueries.UNSHIPPED.replace("?", "0"))) {
        while (rs.next()) {
          plan.append(rs.getString("detail")).append('\n');
        }
      }
      String p = plan.toString();
      for (String index :
          List.of(
              "orders_unshipped",
              "orders_unshipped_cod",
              "orders_shipped",
              "shipments_shipped",
              "orders_delivered",
              "shipments_delivered")) {
        assertTrue(p.contains("INDEX " + index + " ("), index + " not read:\n" + p);
      }
      assertFalse(p.contains("SCAN o\n"), "every order scanned:\n" + p);
    }
  }
}
