package com.shopops.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a store an older shopops made: what the upgrade changes in its rows (review10 J3). */
class StoreUpgradeTest {
  @TempDir Path dir;
  static final Instant T = Instant.parse("2026-11-20T02:00:00Z");

  /** A store as a shopops of schema {@code version} left it, with {@code sql} run in it. */
  Path oldStore(int version, String currency, String... sql) throws Exception {
    Path db = dir.resolve("old-" + version + ".db");
    try (Connection conn = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement st = conn.createStatement()) {
      Migrations.migrate(conn, T, version);
      st.execute("INSERT INTO settings (key, value) VALUES ('zone', 'Asia/Shanghai')");
      if (currency != null) {
        st.execute("INSERT INTO settings (key, value) VALUES ('currency', '" + currency + "')");
      }
      for (String s : sql) {
        st.execute(s);
      }
      if (version >= 10) {
        CustomerFigureUpkeep.refresh(conn); // as the old build's commit did
      }
    }
    return db;
  }

  static List<String> rows(Store s, String query) throws Exception {
    List<String> out = new ArrayList<>();
    try (Statement st = s.connection().createStatement();
        var rs = st.executeQuery(query)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          row.append(i > 1 ? "|" : "").append(rs.getString(i));
        }
        out.add(row.toString());
      }
    }
    return out;
  }

  static final String[] ORDERS = {
    "INSERT INTO orders (order_id, customer_id, paid_at, status, amount, currency)"
        + " VALUES ('o1', 'c1', 1763600000, 'paid', 1000, NULL)",
    "INSERT INTO orders (order_id, customer_id, paid_at, status, amount, currency)"
        + " VALUES ('o2', 'c1', 1763600100, 'paid', 500, NULL)",
    "INSERT INTO orders (order_id, customer_id, paid_at, status, amount, currency)"
        + " VALUES ('o3', 'c2', 1763600200, 'paid', 700, 'USD')",
    "INSERT INTO orders (order_id, customer_id, status, amount) VALUES ('o4', NULL, 'created', 9)"
  };

  @Test
  void ordersWithoutCurrencyTakeTheStoreCurrencyWhenSchema6IsUpgraded() throws Exception {
    Path db = oldStore(6, null, ORDERS); // an old store recorded no currency: CNY
    try (Store s = Store.open(db, T)) {
      assertEquals(Migrations.latest(), s.schemaVersion());
      assertEquals(
          List.of("o1|CNY", "o2|CNY", "o3|USD", "o4|CNY"),
          rows(s, "SELECT order_id, currency FROM orders ORDER BY order_id"));
      assertEquals(
          List.of("c1|CNY|2|1500", "c2|USD|1|700"),
          rows(s, "SELECT customer_id, currency, orders, gross FROM customer_figures ORDER BY 1"));
      assertEquals(0, CustomerFigureUpkeep.differences(s));
      assertEquals(List.of("0"), rows(s, "SELECT count(*) FROM customer_figures_dirty"));
    }
  }

  @Test
  void figuresKeptWithoutCurrencyAreAddedUpAgainWhenSchema15IsUpgraded() throws Exception {
    Path db = oldStore(15, "USD", ORDERS);
    try (Connection conn = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement st = conn.createStatement();
        var rs = st.executeQuery("SELECT version FROM figures_version")) {
      rs.next();
      assertEquals(2, rs.getInt(1)); // bumped once by the old build's refresh
    }
    try (Store s = Store.open(db, T)) {
      assertEquals(
          List.of("o1|USD", "o2|USD", "o3|USD", "o4|USD"),
          rows(s, "SELECT order_id, currency FROM orders ORDER BY order_id"));
      assertEquals(
          List.of("c1|USD|2|1500", "c2|USD|1|700"),
          rows(s, "SELECT customer_id, currency, orders, gross FROM customer_figures ORDER BY 1"));
      assertEquals(0, CustomerFigureUpkeep.differences(s));
      assertEquals(List.of("0"), rows(s, "SELECT count(*) FROM customer_figures_dirty"));
      assertEquals(List.of("3"), rows(s, "SELECT version FROM figures_version"));
    }
  }

  @Test
  void aStoreWithEveryCurrencyKeepsItsFiguresAsTheyWere() throws Exception {
    Path db =
        oldStore(
            15,
            null,
            "INSERT INTO orders (order_id, customer_id, paid_at, status, amount, currency)"
                + " VALUES ('o1', 'c1', 1763600000, 'paid', 1000, 'CNY')");
    try (Store s = Store.open(db, T)) {
      assertEquals(
          List.of("c1|CNY|1|1000"),
          rows(s, "SELECT customer_id, currency, orders," + " gross FROM customer_figures"));
      assertEquals(List.of("2"), rows(s, "SELECT version FROM figures_version"));
    }
  }
}
