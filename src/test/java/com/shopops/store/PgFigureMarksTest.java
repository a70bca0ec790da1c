package com.shopops.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * V020 on PostgreSQL: the orders a statement inserts or deletes mark their buyers once per
 * statement (from its transition table), the same marks the row triggers of V010 made (one per
 * order with a buyer); an update keeps its row trigger. The figures then follow every write.
 */
@Tag("postgres")
class PgFigureMarksTest {
  @Test
  void statementsMarkOneRowPerOrderWithABuyerAndTheFiguresFollow() throws Exception {
    TestPostgres pg = TestPostgres.get();
    String db = pg.newDatabase();
    try (Connection conn = pg.connection(db);
        Statement st = conn.createStatement()) {
      Migrations.migrate(conn, StoreUpgradeTest.T, Migrations.latest());
      st.execute("INSERT INTO settings (key, value) VALUES ('zone', 'Asia/Shanghai')");
      assertEquals(
          List.of(
              "customer_figures_order_change|row",
              "customer_figures_orders_in|statement",
              "customer_figures_orders_out|statement",
              "order_refund_step|row",
              // V043: an outbound the order export stated stays a parcel (a re-dated tracking no.)
              "orders_export_parcel_kept|row",
              // V048: when the refund an export states was first stated (refunds23b)
              "orders_refund_stated_at|row",
              // V035's marks of the SLA figures: once per statement, updates included
              "sla_figures_orders_change|statement",
              "sla_figures_orders_in|statement",
              "sla_figures_orders_out|statement"),
          rows(
              st,
              "SELECT tgname, CASE WHEN tgtype & 1 = 1 THEN 'row' ELSE 'statement' END"
                  + " FROM pg_trigger WHERE tgrelid = 'orders'::regclass AND NOT tgisinternal"
                  + " ORDER BY tgname"));
      conn.setAutoCommit(false);
      st.execute(
          "INSERT INTO orders (order_id, customer_id, paid_at, status, amount, currency) VALUES"
              + " ('o1', 'c1', 1763600000, 'paid', 1000, 'CNY'),"
              + " ('o2', 'c1', 1763600100, 'paid', 500, 'CNY'),"
              + " ('o3', 'c2', 1763600200, 'paid', 700, 'CNY'),"
              + " ('o4', NULL, 1763600300, 'paid', 9, 'CNY')");
      assertEquals(List.of("c1", "c1", "c2"), marks(st));
      st.execute("INSERT INTO orders (order_id) SELECT 'none' WHERE false"); // no rows, no marks
      assertEquals(List.of("c1", "c1", "c2"), marks(st));
      CustomerFigureUpkeep.refresh(conn);
      assertEquals(List.of(), marks(st));
      assertEquals(List.of("c1|2|1500", "c2|1|700"), figures(st));

      // an upsert's update goes through the row trigger (only when a figure changes)
      st.execute(
          "INSERT INTO orders (order_id, customer_id, paid_at, status, amount, currency) VALUES"
              + " ('o2', 'c1', 1763600100, 'paid', 800, 'CNY'),"
              + " ('o5', 'c2', 1763600400, 'paid', 100, 'CNY')"
              + " ON CONFLICT (order_id) DO UPDATE SET amount = excluded.amount");
      assertEquals(List.of("c1", "c2"), marks(st));
      st.execute("UPDATE orders SET city = 'x'"); // no figure changes: no marks
      assertEquals(List.of("c1", "c2"), marks(st));
      CustomerFigureUpkeep.refresh(conn);
      assertEquals(List.of("c1|2|1800", "c2|2|800"), figures(st));

      st.execute("DELETE FROM orders WHERE order_id IN ('o1', 'o3', 'o4')");
      assertEquals(List.of("c1", "c2"), marks(st));
      CustomerFigureUpkeep.refresh(conn);
      assertEquals(List.of("c1|1|800", "c2|1|100"), figures(st));
      conn.commit();
    }
    try (Store s = Store.open(pg.url(db), Map.of(), StoreUpgradeTest.T, null)) {
      assertEquals(0, CustomerFigureUpkeep.differences(s));
    }
  }

  private static List<String> marks(Statement st) throws Exception {
    return rows(st, "SELECT customer_id FROM customer_figures_dirty ORDER BY customer_id");
  }

  private static List<String> figures(Statement st) throws Exception {
    return rows(st, "SELECT customer_id, orders, gross FROM customer_figures ORDER BY 1");
  }

  private static List<String> rows(Statement st, String query) throws Exception {
    List<String> out = new ArrayList<>();
    try (ResultSet rs = st.executeQuery(query)) {
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
}
