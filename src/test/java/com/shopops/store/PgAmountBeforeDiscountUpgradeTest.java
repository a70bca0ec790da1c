package com.shopops.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** {@link AmountBeforeDiscountUpgradeTest} on PostgreSQL: V041 of its dialect. */
@Tag("postgres")
class PgAmountBeforeDiscountUpgradeTest {
  @Test
  void aTmallOrdersAmountBecomesTheGoodsBeforeItsDiscount() throws Exception {
    TestPostgres pg = TestPostgres.get();
    String db = pg.newDatabase();
    try (Connection conn = pg.connection(db);
        Statement st = conn.createStatement()) {
      Migrations.migrate(conn, StoreUpgradeTest.T, 40);
      st.execute("INSERT INTO settings (key, value) VALUES ('zone', 'Asia/Shanghai')");
      st.execute("INSERT INTO settings (key, value) VALUES ('currency', 'CNY')");
      conn.setAutoCommit(false);
      for (String sql : AmountBeforeDiscountUpgradeTest.ORDERS) {
        st.execute(sql);
      }
      CustomerFigureUpkeep.refresh(conn); // as the old build's commit did
      conn.commit();
    }
    try (Store s = Store.open(pg.url(db), Map.of(), StoreUpgradeTest.T, null)) {
      assertEquals(
          AmountBeforeDiscountUpgradeTest.AFTER,
          StoreUpgradeTest.rows(s, AmountBeforeDiscountUpgradeTest.MONEY));
      assertEquals(
          AmountBeforeDiscountUpgradeTest.KEPT,
          StoreUpgradeTest.rows(s, AmountBeforeDiscountUpgradeTest.FIGURES));
      assertEquals(0, CustomerFigureUpkeep.differences(s));
    }
  }
}
