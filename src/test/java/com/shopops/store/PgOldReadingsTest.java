package com.shopops.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The upgrade's old readings (review13 M1) on PostgreSQL, as OldStoreUpgradeTest on SQLite. */
@Tag("postgres")
class PgOldReadingsTest {
  @Test
  void aTmallTotalNetOfItsRefundIsPutRightAHeldJdOrderPaidAndAJdTotalNamed() throws Exception {
    TestPostgres pg = TestPostgres.get();
    String db = pg.newDatabase();
    try (Connection conn = pg.connection(db);
        Statement st = conn.createStatement()) {
      Migrations.migrate(conn, StoreUpgradeTest.T, 18); // before V019
      conn.setAutoCommit(false);
      st.execute("INSERT INTO settings (key, value) VALUES ('zone', 'Asia/Shanghai')");
      st.execute("INSERT INTO settings (key, value) VALUES ('currency', 'CNY')");
      st.execute(
          "INSERT INTO imports (import_id, kind, file, sha256, preset, started_at) VALUES"
              + " (1, 'orders', 'data/tm.csv', 'aa', 'taobao-orders', 1763500000),"
              + " (2, 'orders', 'data/jd.csv', 'bb', 'jd-orders', 1763500100)");
      st.execute(
          "INSERT INTO orders (order_id, customer_id, paid_at, status, platform_status, amount,"
              + " shipping_fee, total, refunded, currency, source, import_id) VALUES"
              + " ('t1', 'c1', 1763400000, 'completed', '交易成功', 30000, 0, 20000, 10000, 'CNY',"
              + " 'taobao-orders', 1),"
              + " ('j1', 'c2', 1763400000, 'paid', '等待出库', 29900, 1000, 25900, NULL, 'CNY',"
              + " 'jd-orders', 2),"
              + " ('j2', 'c2', 1763400000, 'cancelled', '锁定', 12900, 0, 12900, NULL, 'CNY',"
              + " 'jd-orders', 2)");
      CustomerFigureUpkeep.refresh(conn); // as the old build's commit did
      conn.commit();
    }
    try (Store s = Store.open(pg.url(db), Map.of(), StoreUpgradeTest.T, null)) {
      assertEquals(
          List.of("j1|paid|25900", "j2|paid|12900", "t1|completed|30000"),
          StoreUpgradeTest.rows(s, "SELECT order_id, status, total FROM orders ORDER BY 1"));
      OldReadings.Pending p = OldReadings.pending(s);
      assertEquals(
          new OldReadings.Pending(
              1,
              0,
              List.of("j1"),
              List.of( // the layout and kind too: the command that imports it again (tryout27a A2)
                  new OldReadings.Recorded(
                      "data/jd.csv", 1763500100, "jd-orders", null, null, "orders"))),
          p,
          p.toString());
      assertEquals(2, OldReadings.repaired(s, 18));
      // the upgrade note names the rules that applied, in this order (review14 N8)
      assertEquals(
          List.of("paid-net-of-refund", "held-as-cancelled"), OldReadings.repairedReadings(s, 18));
      assertTrue(OldReadings.withoutItemIds(s).none()); // no lines: nothing to find by item id
      assertEquals(0, CustomerFigureUpkeep.differences(s));
    }
  }
}
