package com.shopops.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The upgrade of buyers of two platforms (review14 N2, N5) on PostgreSQL, as
 * TwoPlatformBuyersUpgradeTest on SQLite: a buyer an older shopops merged across Tmall and JD is
 * split, its contact data cleared and named; a Tmall buyer scoped taobao:<text> takes the text.
 */
@Tag("postgres")
class PgTwoPlatformBuyersTest {
  @Test
  void aMergedBuyerIsSplitAndAScopedTmallBuyerTakesTheText() throws Exception {
    TestPostgres pg = TestPostgres.get();
    String db = pg.newDatabase();
    try (Connection conn = pg.connection(db);
        Statement st = conn.createStatement()) {
      Migrations.migrate(
          conn, StoreUpgradeTest.T, Migrations.FILES.indexOf(TwoPlatformBuyers.MIGRATION));
      conn.setAutoCommit(false);
      st.execute("INSERT INTO settings (key, value) VALUES ('zone', 'Asia/Shanghai')");
      st.execute("INSERT INTO settings (key, value) VALUES ('currency', 'CNY')");
      st.execute(
          "INSERT INTO imports (import_id, kind, file, sha256, preset, started_at) VALUES"
              + " (1, 'orders', 'data/tm.csv', 'aa', 'taobao-orders', 1763500000),"
              + " (2, 'orders', 'data/jd.csv', 'bb', 'jd-orders', 1763500100)");
      st.execute(
          "INSERT INTO orders (order_id, customer_id, paid_at, status, total, currency, province,"
              + " source, import_id) VALUES"
              + " ('t1', 'x', 1763400000, 'completed', 20900, 'CNY', '浙江', 'taobao-orders', 1),"
              + " ('j1', 'x', 1763400100, 'completed', 39800, 'CNY', '江苏', 'jd-orders', 2),"
              + " ('t2', 'taobao:y', 1763400000, 'completed', 8800, 'CNY', '上海', 'taobao-orders',"
              + " 1),"
              + " ('j2', 'y', 1763400000, 'completed', 12900, 'CNY', '广东', 'jd-orders', 2)");
      st.execute(
          "INSERT INTO customers (customer_id, name, phone, province, import_id) VALUES"
              + " ('x', '张三', '13812345678', '浙江', 2),"
              + " ('taobao:y', NULL, '13900000000', '上海', 1),"
              + " ('y', '王五', '1******5555', '广东', 2)");
      CustomerFigureUpkeep.refresh(conn);
      conn.commit();
    }
    try (Store s = Store.open(pg.url(db), Map.of(), StoreUpgradeTest.T, null)) {
      assertEquals(
          List.of("j1|jd:x", "j2|jd:y", "t1|x", "t2|y"),
          StoreUpgradeTest.rows(s, "SELECT order_id, customer_id FROM orders ORDER BY 1"));
      assertEquals(
          List.of(
              "jd:x|null|null|江苏",
              "jd:y|王五|1******5555|广东",
              "x|null|null|浙江",
              "y|null|13900000000|上海"),
          StoreUpgradeTest.rows(
              s, "SELECT customer_id, name, phone, province FROM customers ORDER BY 1"));
      TwoPlatformBuyers.Pending p = TwoPlatformBuyers.pending(s);
      assertEquals(List.of(), p.merged(), p.toString());
      assertEquals(List.of("x", "jd:x"), p.uncontacted(), p.toString());
      assertEquals(
          List.of("data/tm.csv", "data/jd.csv"),
          p.files().stream().map(OldReadings.Recorded::file).toList(),
          p.toString());
      assertEquals(0, CustomerFigureUpkeep.differences(s));
    }
  }
}
