package com.shopops.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.shopops.domain.order.Order;
import com.shopops.domain.order.OrderStatus;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A first load (an empty store) writes its orders by a plain insert, without the upsert's conflict
 * clause, gives the orders that name no currency the file's currency as it writes them, and drops
 * the row triggers that mark the figures to mark once at its end: the store is the one the upsert,
 * the closing UPDATE and the triggers made (perf25).
 */
class FirstLoadInsertTest {
  @TempDir Path dir;
  static final Instant T = Instant.parse("2026-11-20T02:00:00Z");

  Store store(String name) {
    return Store.create(dir.resolve(name), ZoneId.of("Asia/Shanghai"), T);
  }

  static Order order(String id, String currency, Instant completed, long amount) {
    return Order.builder(id)
        .customerId("C" + id)
        .createdAt(T)
        .paidAt(T.plusSeconds(id.hashCode() & 0xffff))
        .completedAt(completed)
        .status(completed == null ? OrderStatus.PAID : OrderStatus.COMPLETED)
        .amount(amount)
        .shippingFee(0L)
        .currency(currency)
        .source("generic")
        .lines(List.of())
        .build();
  }

  static void load(Store s, List<Order> orders) throws Exception {
    try (ImportSession session =
        ImportSession.begin(s, "orders", "o.csv", "sha", "generic", "UTF-8", T, 1000)) {
      OrderWriter w = session.orders("generic");
      w.currencyOfNew("CNY");
      for (Order o : orders) {
        w.add(o, null);
      }
      OrderWriter.Counts c = w.finish();
      session.commit(orders.size(), c.inserted(), c.updated(), c.unchanged(), 0, T);
    }
  }

  static List<String> rows(Store s, String sql) throws Exception {
    List<String> out = new ArrayList<>();
    try (Statement st = s.connection().createStatement();
        var rs = st.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          sb.append(i == 1 ? "" : "|").append(rs.getString(i));
        }
        out.add(sb.toString());
      }
    }
    return out;
  }

  static final String ORDERS =
      "SELECT order_id, customer_id, paid_at, completed_at, status, amount, total, currency"
          + " FROM orders WHERE order_id <> 'X0' ORDER BY order_id";

  /** 450 orders (a full batch, then shorter ones), one without a currency every third. */
  static List<Order> file() {
    List<Order> out = new ArrayList<>();
    for (int i = 1; i <= 450; i++) {
      out.add(
          order(
              "A" + i,
              i % 3 == 0 ? null : "USD",
              i % 5 == 0 ? T.plusSeconds(86_400) : null,
              100L * i));
    }
    return out;
  }

  @Test
  void aFirstLoadStoresWhatTheUpsertStoresIntoAStoreHoldingOrders() throws Exception {
    try (Store first = store("first.db");
        Store later = store("later.db")) {
      load(later, List.of(order("X0", "EUR", null, 1L))); // not empty: the upsert writes the file
      load(first, file());
      load(later, file());
      List<String> got = rows(first, ORDERS);
      assertEquals(450, got.size());
      assertEquals(rows(later, ORDERS), got);
      assertEquals(
          List.of("150|CNY", "300|USD"),
          rows(first, "SELECT count(*), currency FROM orders GROUP BY currency ORDER BY currency"));
    }
  }

  @Test
  void anOrderTwiceInAFirstLoadIsMergedAsTheUpsertMergesIt() throws Exception {
    // the plain insert meets the order it wrote: undone, and the upsert writes the batch
    List<Order> twice = new ArrayList<>(file());
    twice.add(order("A7", null, T.plusSeconds(3600), 700L));
    twice.add(order("A9", "USD", T.plusSeconds(7200), 950L)); // its first row named none
    try (Store first = store("first.db");
        Store later = store("later.db")) {
      load(later, List.of(order("X0", "EUR", null, 1L)));
      load(first, twice);
      load(later, twice);
      assertEquals(rows(later, ORDERS), rows(first, ORDERS));
      assertEquals(
          List.of(
              "A7|CA7|"
                  + (T.getEpochSecond() + ("A7".hashCode() & 0xffff))
                  + "|"
                  + (T.getEpochSecond() + 3600)
                  + "|completed|700|null|USD"),
          rows(first, ORDERS.replace("WHERE", "WHERE order_id = 'A7' AND")));
    }
  }

  @Test
  void theMarkTriggersComeBackAndTheFiguresAreTheRebuiltOnes() throws Exception {
    try (Store fresh = store("fresh.db");
        Store first = store("first.db")) {
      load(first, file());
      String triggers = "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name";
      assertEquals(rows(fresh, triggers), rows(first, triggers));
      assertEquals(List.of("450"), rows(first, "SELECT count(*) FROM customer_figures"));
      assertEquals(
          List.of("0|0"),
          rows(
              first,
              "SELECT (SELECT count(*) FROM customer_figures_dirty),"
                  + " (SELECT count(*) FROM sla_figures_dirty)"));
      assertEquals(0, CustomerFigureUpkeep.differences(first));
      assertEquals(0, SlaFigureUpkeep.differences(first));
    }
  }
}
