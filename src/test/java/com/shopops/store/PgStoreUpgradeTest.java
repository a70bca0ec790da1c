package com.shopops.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Opening a store on PostgreSQL an older shopops made (review10 J3): as StoreUpgradeTest. */
@Tag("postgres")
class PgStoreUpgradeTest {
  @Test
  void ordersWithoutCurrencyTakeTheStoreCurrencyAndTheirFiguresFollow() throws Exception {
    TestPostgres pg = TestPostgres.get();
    String db = pg.newDatabase();
    try (Connection conn = pg.connection(db);
        Statement st = conn.createStatement()) {
      Migrations.migrate(conn, StoreUpgradeTest.T, 15);
      st.execute("INSERT INTO settings (key, value) VALUES ('zone', 'Asia/Shanghai')");
      st.execute("INSERT INTO settings (key, value) VALUES ('currency', 'USD')");
      conn.setAutoCommit(false);
      for (String sql : StoreUpgradeTest.ORDERS) {
        st.execute(sql);
      }
      CustomerFigureUpkeep.refresh(conn); // as the old build's commit did
      conn.commit();
    }
    try (Store s = Store.open(pg.url(db), Map.of(), StoreUpgradeTest.T, null)) {
      assertEquals(
          List.of("o1|USD", "o2|USD", "o3|USD", "o4|USD"),
          StoreUpgradeTest.rows(s, "SELECT order_id, currency FROM orders ORDER BY order_id"));
      assertEquals(
          List.of("c1|USD|2|1500", "c2|USD|1|700"),
          StoreUpgradeTest.rows(
              s, "SELECT customer_id, currency, orders, gross FROM customer_figures ORDER BY 1"));
      assertEquals(0, CustomerFigureUpkeep.differences(s));
      assertEquals(
          List.of("0"), StoreUpgradeTest.rows(s, "SELECT count(*) FROM customer_figures_dirty"));
      assertEquals(List.of("3"), StoreUpgradeTest.rows(s, "SELECT version FROM figures_version"));
    }
  }
}
