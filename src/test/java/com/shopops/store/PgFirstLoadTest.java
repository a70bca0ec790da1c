package com.shopops.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopops.domain.order.Order;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A first load of a large orders file into an empty PostgreSQL store holds orders and their lines
 * for itself when nobody reads them (PgLocks.takeOrdersForLoad): the secondary indexes and the
 * lines' foreign key are dropped for the load and made again before the commit, so the store ends
 * as every other import leaves it; a rolled-back load leaves them as they were; with a reader of
 * orders at that moment, or orders in the store, the load goes the usual way and waits for nobody.
 */
@Tag("postgres")
class PgFirstLoadTest {
  private static final long LARGE = ImportSession.LARGE_IMPORT_BYTES;

  private TestPostgres pg;
  private String db;
  private final ExecutorService pool = Executors.newSingleThreadExecutor();

  @BeforeEach
  void init() {
    pg = TestPostgres.get();
    db = pg.newDatabase();
    Store.create(pg.url(db), Map.of(), ZoneId.of("Asia/Shanghai"), "CNY", ImportSessionTest.T)
        .close();
  }

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  private Store open() {
    return Store.open(pg.url(db), Map.of(), ImportSessionTest.T, null);
  }

  /** The indexes and constraints of orders and order_lines, with their definitions. */
  private List<String> schema() throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = pg.connection(db);
        Statement st = c.createStatement();
        var rs =
            st.executeQuery(
                "SELECT indexname || ' ' || indexdef FROM pg_indexes WHERE tablename IN"
                    + " ('orders', 'order_lines') UNION ALL SELECT conname || ' '"
                    + " || pg_get_constraintdef(oid) || ' ' || convalidated FROM pg_constraint"
                    + " WHERE conrelid IN ('orders'::regclass, 'order_lines'::regclass)"
                    // the figures' marks (V020), off during a first load, on again after it
                    + " UNION ALL SELECT tgname || ' ' || tgenabled::text FROM pg_trigger"
                    + " WHERE tgrelid = 'orders'::regclass AND NOT tgisinternal"
                    + " ORDER BY 1")) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  private long count(String sql) throws SQLException {
    try (Connection c = pg.connection(db);
        Statement st = c.createStatement();
        var rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static List<Order> orders(String prefix, int n) {
    List<Order> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Order o = ImportSessionTest.order(prefix + i, "CNY", null, ImportSessionTest.oneLine(500L));
      out.add(o);
    }
    return out;
  }

  /** Begins a large import of orders, writes {@code orders} and reports whether it held tables. */
  private boolean load(Store s, List<Order> orders, boolean commit) throws Exception {
    try (ImportSession session =
        ImportSession.begin(
            s, "orders", "o.csv", "sha", "generic", "UTF-8", ImportSessionTest.T, LARGE)) {
      OrderWriter w = session.orders("generic");
      for (Order o : orders) {
        w.add(o, null);
      }
      OrderWriter.Counts c = w.finish();
      if (commit) {
        session.commit(
            orders.size(), c.inserted(), c.updated(), c.unchanged(), 0, ImportSessionTest.T);
      }
      return session.bulkLoad();
    }
  }

  @Test
  void aFirstLoadHoldsTheTablesAndLeavesTheirIndexesAndKeyAsTheyWere() throws Exception {
    List<String> before = schema();
    assertTrue(before.stream().anyMatch(d -> d.startsWith("orders_customer ")), before.toString());
    assertTrue(
        before.stream().anyMatch(d -> d.startsWith("order_lines_order_id_fkey ")),
        before.toString());
    try (Store s = open()) {
      assertTrue(load(s, orders("R", 3), false)); // held the tables, then rolled back
    }
    assertEquals(before, schema());
    assertEquals(0, count("SELECT count(*) FROM orders"));

    try (Store s = open()) {
      assertTrue(load(s, orders("A", 2500), true));
    }
    assertEquals(before, schema()); // made again, the foreign key validated
    assertEquals(2500, count("SELECT count(*) FROM orders"));
    assertEquals(2500, count("SELECT count(*) FROM order_lines"));
    assertEquals(2500, count("SELECT sum(inserted) FROM imports WHERE kind = 'orders'"));
    // copied without a mark per order, the buyer's figures are built all the same
    assertEquals(2500, count("SELECT orders FROM customer_figures WHERE customer_id = 'C1'"));
    assertEquals(1, count("SELECT count(*) FROM customer_figures"));
    assertEquals(0, count("SELECT count(*) FROM customer_figures_dirty"));

    // the store has orders now: the next large file goes the usual way
    try (Store s = open()) {
      assertFalse(load(s, orders("B", 10), true));
    }
    assertEquals(before, schema());
    assertEquals(2510, count("SELECT count(*) FROM order_lines"));
    assertEquals(2510, count("SELECT orders FROM customer_figures WHERE customer_id = 'C1'"));
    try (Store s = open()) {
      assertEquals(0, CustomerFigureUpkeep.differences(s));
    }
  }

  /**
   * A held load drops every secondary index of orders, the paid-time ones too (SQLite keeps those
   * up during its load; on PostgreSQL building them after the COPY costs less), and makes each
   * again as it was.
   */
  @Test
  void aHeldLoadBuildsEverySecondaryIndexOfOrdersAfterItsRows() throws Exception {
    List<String> before = schema();
    assertTrue(before.stream().anyMatch(d -> d.startsWith("orders_paid_at ")), before.toString());
    assertTrue(before.stream().anyMatch(d -> d.startsWith("orders_unshipped ")), before.toString());
    try (Store s = open()) {
      Connection c = s.connection();
      c.setAutoCommit(false);
      BulkIndexes dropped = BulkIndexes.drop(c, true);
      List<String> during = new ArrayList<>();
      try (Statement st = c.createStatement();
          var rs =
              st.executeQuery(
                  "SELECT indexname FROM pg_indexes WHERE tablename = 'orders' ORDER BY 1")) {
        while (rs.next()) {
          during.add(rs.getString(1));
        }
      }
      assertEquals(List.of("orders_pkey"), during);
      dropped.rebuild(c);
      c.commit();
      c.setAutoCommit(true);
    }
    assertEquals(before, schema());
  }

  /**
   * The first merge of a first load (here a lookup that flushes, as an order's stragglers do) ends
   * its straight writing: the figures' marks are on again for the rest of the file, and every
   * buyer's figures hold the orders of both parts.
   */
  @Test
  void theMarksComeBackWhenTheStraightWritingEnds() throws Exception {
    List<String> before = schema();
    try (Store s = open();
        ImportSession session =
            ImportSession.begin(
                s, "orders", "o.csv", "sha", "generic", "UTF-8", ImportSessionTest.T, LARGE)) {
      OrderWriter w = session.orders("generic");
      for (Order o : orders("A", 300)) {
        w.add(o, null);
      }
      assertTrue(w.exists("A0")); // flushes: the orders so far are merged, the writing ends
      for (Order o : orders("B", 7)) {
        w.add(o, null);
      }
      OrderWriter.Counts c = w.finish();
      session.commit(307, c.inserted(), c.updated(), c.unchanged(), 0, ImportSessionTest.T);
      assertTrue(session.bulkLoad());
    }
    assertEquals(before, schema());
    assertEquals(307, count("SELECT orders FROM customer_figures WHERE customer_id = 'C1'"));
    assertEquals(0, count("SELECT count(*) FROM customer_figures_dirty"));
    try (Store s = open()) {
      assertEquals(0, CustomerFigureUpkeep.differences(s));
    }
  }

  @Test
  void aReaderOfOrdersAtThatMomentKeepsTheLoadOnTheUsualPathWaitingForNobody() throws Exception {
    List<String> before = schema();
    try (Connection reader = pg.connection(db);
        Statement st = reader.createStatement()) {
      reader.setAutoCommit(false);
      st.executeQuery("SELECT count(*) FROM orders").close(); // holds its lock until it ends
      Future<Boolean> held =
          pool.submit(
              () -> {
                try (Store s = open()) {
                  return load(s, orders("A", 20), true);
                }
              });
      assertFalse(held.get(2, TimeUnit.MINUTES), "the load waited for the reader, or held");
      reader.commit();
    }
    assertEquals(before, schema());
    assertEquals(20, count("SELECT count(*) FROM orders"));
  }

  /** Marks of the figures the session's own transaction holds now: buyers, then hours. */
  private static long[] marks(Store s) throws SQLException {
    try (Statement st = s.connection().createStatement();
        var rs =
            st.executeQuery(
                "SELECT (SELECT count(*) FROM customer_figures_dirty),"
                    + " (SELECT count(*) FROM sla_figures_dirty),"
                    + " (SELECT count(DISTINCT "
                    + SlaQueries.CLOCK
                    + " / 3600) FROM orders o)")) {
      rs.next();
      return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)};
    }
  }

  /**
   * A small first load beside readers (the tables not held) keeps the writers of orders out and
   * copies without the figures' marks: one buyer mark and each order's hour once, set-wise, instead
   * of a mark per order and the hours of every COPY; both figures come out as built from the raw
   * rows, and the marks' triggers are on again. A writer of orders at that moment: the marks as
   * before, waiting for nobody.
   */
  @Test
  void aFirstLoadBesideReadersMarksOnceAndTheFiguresComeOutTheSame() throws Exception {
    List<String> before = schema();
    try (Store s = open();
        ImportSession session =
            ImportSession.begin(
                s, "orders", "o.csv", "sha", "generic", "UTF-8", ImportSessionTest.T, 1000)) {
      OrderWriter w = session.orders("generic");
      for (Order o : orders("A", 300)) {
        w.add(o, null);
      }
      OrderWriter.Counts c = w.finish();
      assertFalse(session.bulkLoad());
      long[] m = marks(s);
      assertEquals(1, m[0]); // was 300: one per order copied
      assertEquals(m[2], m[1]); // each hour once
      session.commit(300, c.inserted(), c.updated(), c.unchanged(), 0, ImportSessionTest.T);
    }
    assertEquals(before, schema()); // the triggers on again
    assertEquals(300, count("SELECT orders FROM customer_figures WHERE customer_id = 'C1'"));
    assertEquals(0, count("SELECT count(*) FROM customer_figures_dirty"));
    assertEquals(0, count("SELECT count(*) FROM sla_figures_dirty"));
    assertTrue(count("SELECT count(*) FROM sla_figures") > 0);
    try (Store s = open()) {
      assertEquals(0, CustomerFigureUpkeep.differences(s));
      assertEquals(0, SlaFigureUpkeep.differences(s));
    }
  }

  @Test
  void aWriterOfOrdersAtThatMomentKeepsTheMarksWaitingForNobody() throws Exception {
    List<String> before = schema();
    try (Connection writer = pg.connection(db);
        Statement st = writer.createStatement()) {
      writer.setAutoCommit(false);
      st.execute("LOCK TABLE orders IN ROW EXCLUSIVE MODE"); // as an UPDATE holds it
      Future<long[]> loaded =
          pool.submit(
              () -> {
                try (Store s = open();
                    ImportSession session =
                        ImportSession.begin(
                            s,
                            "orders",
                            "o.csv",
                            "sha",
                            "generic",
                            "UTF-8",
                            ImportSessionTest.T,
                            1000)) {
                  OrderWriter w = session.orders("generic");
                  for (Order o : orders("A", 20)) {
                    w.add(o, null);
                  }
                  OrderWriter.Counts c = w.finish();
                  long[] m = marks(s);
                  session.commit(
                      20, c.inserted(), c.updated(), c.unchanged(), 0, ImportSessionTest.T);
                  return m;
                }
              });
      long[] m = loaded.get(2, TimeUnit.MINUTES);
      assertEquals(20, m[0]); // the trigger's mark per order
      writer.rollback();
    }
    assertEquals(before, schema());
    assertEquals(20, count("SELECT orders FROM customer_figures WHERE customer_id = 'C1'"));
    try (Store s = open()) {
      assertEquals(0, CustomerFigureUpkeep.differences(s));
      assertEquals(0, SlaFigureUpkeep.differences(s));
    }
  }

  /**
   * A login with grants on the tables but not the owner's rights (it could not drop an index or the
   * lines' key) loads the usual way instead of failing its first large file.
   */
  @Test
  void aLoginThatDoesNotOwnTheTablesLoadsTheUsualWay() throws Exception {
    List<String> before = schema();
    try (Connection c = pg.connection(db);
        Statement st = c.createStatement()) {
      st.execute("DROP ROLE IF EXISTS shopops_clerk_" + db);
      st.execute("CREATE ROLE shopops_clerk_" + db + " LOGIN");
      st.execute("GRANT ALL ON ALL TABLES IN SCHEMA public TO shopops_clerk_" + db);
      st.execute("GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO shopops_clerk_" + db);
      st.execute("GRANT TEMPORARY ON DATABASE " + db + " TO shopops_clerk_" + db);
    }
    String url = pg.url(db).replaceFirst("://[^@]*@", "://shopops_clerk_" + db + "@");
    try (Store s = Store.open(url, Map.of(), ImportSessionTest.T, null)) {
      assertFalse(load(s, orders("A", 20), true));
    }
    assertEquals(before, schema());
    assertEquals(20, count("SELECT count(*) FROM order_lines"));
  }
}
