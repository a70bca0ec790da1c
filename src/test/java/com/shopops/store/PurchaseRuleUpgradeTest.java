package com.shopops.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Upgrading a store of schema 22 (V024, review13 M9): a buyer whose order was closed after payment
 * had no figures (the old rule left it out); the upgrade adds it up, so the maintained figures
 * equal the raw rows added up with the one rule, and the refunds of such an order reach them from
 * then on.
 */
class PurchaseRuleUpgradeTest {
  @TempDir Path dir;

  @Test
  void theUpgradeAddsTheBuyersOfOrdersClosedAfterPayment() throws Exception {
    Path db = dir.resolve("old.db");
    try (Connection conn = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      Migrations.migrate(conn, StoreUpgradeTest.T, 22);
      storedBySchema22(conn);
    }
    try (Store s = Store.open(db, StoreUpgradeTest.T)) {
      assertUpgraded(s);
    }
  }

  /**
   * What the build of schema 22 stored (on either backend): c1's completed order, c2's closed after
   * payment (refunded whole) and c3's closed before payment; no figures for c2.
   */
  static void storedBySchema22(Connection conn) throws Exception {
    try (Statement st = conn.createStatement()) {
      st.execute("INSERT INTO settings (key, value) VALUES ('zone', 'Asia/Shanghai')");
      st.execute(
          "INSERT INTO orders (order_id, customer_id, paid_at, status, amount, currency)"
              + " VALUES ('o1', 'c1', 1763600000, 'completed', 1000, 'CNY')");
      st.execute(
          "INSERT INTO orders (order_id, customer_id, paid_at, status, amount, total, refunded,"
              + " currency) VALUES ('o2', 'c2', 1763600100, 'cancelled', 25800, 25800, 25800,"
              + " 'CNY')");
      st.execute(
          "INSERT INTO orders (order_id, customer_id, status, amount, currency)"
              + " VALUES ('o3', 'c3', 'cancelled', 900, 'CNY')"); // closed before payment
      CustomerFigureUpkeep.refresh(conn);
      // as the build of schema 22 left them: no figures for c2 (its only order was 'cancelled')
      st.execute("DELETE FROM customer_figures WHERE customer_id = 'c2'");
    }
  }

  /** The upgraded store: c2's figures added, and the refund of its order reaching them. */
  static void assertUpgraded(Store s) throws Exception {
    assertEquals(Migrations.latest(), s.schemaVersion());
    assertEquals(
        List.of("c1|CNY|1|1000|0", "c2|CNY|1|25800|0"),
        StoreUpgradeTest.rows(
            s,
            "SELECT customer_id, currency, orders, gross, refunded FROM customer_figures"
                + " ORDER BY 1"));
    assertEquals(0, CustomerFigureUpkeep.differences(s));
    assertEquals(
        List.of("0"), StoreUpgradeTest.rows(s, "SELECT count(*) FROM customer_figures_dirty"));
    // a refund of the closed order: the trigger of V024 adds it to c2's row in place
    s.inTransaction(
        conn -> {
          try (Statement st = conn.createStatement()) {
            st.execute(
                "INSERT INTO returns (return_id, order_id, quantity, requested_at, refunded_at,"
                    + " refund_amount) VALUES ('r1', 'o2', 1, 1763600200, 1763600300, 10000)");
          }
          return null;
        });
    assertEquals(
        List.of("10000"),
        StoreUpgradeTest.rows(s, "SELECT refunded FROM customer_figures WHERE customer_id = 'c2'"));
    assertEquals(0, CustomerFigureUpkeep.differences(s));
  }
}
