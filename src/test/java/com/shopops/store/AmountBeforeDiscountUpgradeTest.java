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
 * V041 (tryout21 Z12): a store of schema 40 holds a Tmall 满减 order's amount after its discount (the
 * goods paid, 298.00 with a 30.00 discount read from its 宝贝报表); the upgrade makes it the goods
 * before the discount, 328.00, as every other source's amount is, and leaves the rest: a Shopify
 * order (50.00 − 10.00 = 40.00), a Tmall order without a discount, the totals and the buyers' kept
 * figures.
 */
class AmountBeforeDiscountUpgradeTest {
  @TempDir Path dir;

  /** The rows as the shopops of schema 40 (main before V041) stored them. */
  static final String[] ORDERS = {
    "INSERT INTO orders (order_id, customer_id, paid_at, status, amount, discount, total, source)"
        + " VALUES ('5100000000000000001', 'manjian_fan', 1762790480, 'completed', 29800, 3000,"
        + " 29800, 'taobao-orders')",
    "INSERT INTO orders (order_id, customer_id, paid_at, status, amount, discount, total, source)"
        + " VALUES ('5100000000000000002', 'subrefund_fan', 1762790540, 'completed', 32800, 0,"
        + " 32800, 'taobao-orders')",
    "INSERT INTO orders (order_id, customer_id, paid_at, status, amount, discount, total, source)"
        + " VALUES ('5100000000000000003', 'plain_fan', 1762790600, 'completed', 9900, NULL,"
        + " 9900, 'taobao-orders')",
    "INSERT INTO orders (order_id, customer_id, paid_at, status, amount, discount, total, source,"
        + " currency) VALUES ('#2011', '2011@example.com', 1762135200, 'shipped', 5000, 1000,"
        + " 4000, 'shopify-orders', 'USD')"
  };

  static final String MONEY =
      "SELECT order_id, amount, discount, total FROM orders ORDER BY order_id";

  static final List<String> AFTER =
      List.of(
          "#2011|5000|1000|4000",
          "5100000000000000001|32800|3000|29800",
          "5100000000000000002|32800|0|32800",
          "5100000000000000003|9900|null|9900");

  static final String FIGURES =
      "SELECT customer_id, currency, orders, gross FROM customer_figures ORDER BY customer_id";

  static final List<String> KEPT =
      List.of(
          "2011@example.com|USD|1|4000",
          "manjian_fan||1|29800",
          "plain_fan||1|9900",
          "subrefund_fan||1|32800");

  @Test
  void aTmallOrdersAmountBecomesTheGoodsBeforeItsDiscount() throws Exception {
    Path db = dir.resolve("s40.db");
    try (Connection conn = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement st = conn.createStatement()) {
      Migrations.migrate(conn, StoreUpgradeTest.T, 40);
      st.execute("INSERT INTO settings (key, value) VALUES ('zone', 'Asia/Shanghai')");
      st.execute("INSERT INTO settings (key, value) VALUES ('currency', 'CNY')");
      for (String s : ORDERS) {
        st.execute(s);
      }
      CustomerFigureUpkeep.refresh(conn); // as the old build's commit did
    }
    try (Store s = Store.open(db, StoreUpgradeTest.T)) {
      assertEquals(AFTER, StoreUpgradeTest.rows(s, MONEY));
      assertEquals(KEPT, StoreUpgradeTest.rows(s, FIGURES));
      assertEquals(0, CustomerFigureUpkeep.differences(s));
    }
  }
}
