package com.shopops.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Upgrading a store of schema 31 (V033, task refundsteps): the refund V031 dated by {@code
 * refund_seen_at} becomes one step on that day, and an order seen closed with a stated refund one
 * closing step, so that every day's refunds stay as they were: o1's 100.00 on 11-05, o2's whole
 * 200.00 on its close day 11-10, o3's 20.00 (first imported with it) on its payment day 10-29.
 */
class RefundStepsUpgradeTest {
  @TempDir Path dir;

  // 2026-10-28 10:00, 10-29 10:00, 11-05 09:00, 11-10 09:00 in Asia/Shanghai
  static final long OCT28 = 1793152800L;
  static final long OCT29 = 1793239200L;
  static final long NOV05 = 1793840400L;
  static final long NOV10 = 1794272400L;

  @Test
  void theUpgradeSeedsOneStepPerDatedRefundAndNoFigureMoves() throws Exception {
    Path db = dir.resolve("old.db");
    try (Connection conn = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      Migrations.migrate(conn, StoreUpgradeTest.T, 31);
      storedBySchema31(conn);
    }
    try (Store s = Store.open(db, StoreUpgradeTest.T)) {
      assertUpgraded(s);
    }
  }

  /** What schema 31 stored: o1 open, refund seen 11-05; o2 closed 11-10; o3 with its refund. */
  static void storedBySchema31(Connection conn) throws Exception {
    try (Statement st = conn.createStatement()) {
      st.execute("INSERT INTO settings (key, value) VALUES ('zone', 'Asia/Shanghai')");
      st.execute(
          "INSERT INTO orders (order_id, customer_id, created_at, paid_at, status, amount,"
              + " refunded, refund_seen_at, currency) VALUES ('o1', 'c1', "
              + OCT28
              + ", "
              + OCT28
              + ", 'paid', 30000, 10000, "
              + NOV05
              + ", 'CNY')");
      st.execute(
          "INSERT INTO orders (order_id, customer_id, created_at, paid_at, status, amount,"
              + " refunded, closed_seen_at, currency) VALUES ('o2', 'c2', "
              + OCT28
              + ", "
              + OCT28
              + ", 'cancelled', 20000, 20000, "
              + NOV10
              + ", 'CNY')");
      st.execute(
          "INSERT INTO orders (order_id, customer_id, created_at, paid_at, status, amount,"
              + " refunded, currency) VALUES ('o3', 'c3', "
              + OCT29
              + ", "
              + OCT29
              + ", 'paid', 5000, 2000, 'CNY')");
    }
  }

  static void assertUpgraded(Store s) throws Exception {
    assertEquals(Migrations.latest(), s.schemaVersion());
    assertEquals(
        List.of("o1|" + NOV05 + "|0|10000|0", "o2|" + NOV10 + "|0|20000|1"),
        StoreUpgradeTest.rows(
            s,
            "SELECT order_id, seen_at, refunded_before, refunded_after, closes"
                + " FROM order_refund_steps ORDER BY order_id"));
    var byDay =
        new ReturnFigures(s)
            .refundsByDay(
                Instant.parse("2026-10-01T00:00:00Z"), Instant.parse("2026-12-01T00:00:00Z"));
    Map<LocalDate, Long> days = new TreeMap<>();
    byDay.byDay().forEach((d, v) -> days.put(d, v[0]));
    assertEquals(
        Map.of(
            LocalDate.of(2026, 10, 29), 2000L,
            LocalDate.of(2026, 11, 5), 10000L,
            LocalDate.of(2026, 11, 10), 20000L),
        days);
  }
}
