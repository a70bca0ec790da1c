package com.shopops.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopops.app.TimeSpan;
import com.shopops.app.sla.SlaGrouping;
import com.shopops.app.sla.SlaReportResult;
import com.shopops.app.sla.SlaService;
import com.shopops.cli.CliRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The kept SLA figures (V035, {@link SlaFigureUpkeep}) equal the raw rows classified anew after any
 * sequence of order imports (new orders, changed paid, shipped and delivered times, statuses,
 * carriers, provinces, paid orders without a paid time, pending orders with one: a presale
 * deposit), shipment imports, orders removed (as an undo would), return imports (refunds in full,
 * in part, none; a return imported again with its refund changed or gone) and rule changes ({@code
 * config set sla.…}); and {@code sla report} from them equals the report classifying every order,
 * by day, week, carrier and province, as of instants before, among and after the orders' times.
 */
class SlaFiguresPropertyTest {
  private static final String ORDERS =
      "order_id,customer_id,created_at,paid_at,shipped_at,delivered_at,carrier,status,sku,"
          + "quantity,amount,shipping_fee,province";
  private static final String SHIPMENTS =
      "order_id,carrier,tracking_no,shipped_at,delivered_at,estimated_delivery_at";
  private static final String RETURNS =
      "return_id,order_id,sku,quantity,requested_at,approved_at,"
          + "rejected_at,received_at,refunded_at,reason,refund_amount";
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final String JD_ORDERS = "订单号,商品ID,订购数量,支付方式,下单时间,付款确认时间,订单状态,应付金额,下单帐号";

  /**
   * One step: kind 0 orders, 1 shipments, 2 returns, 3 an order removed, 4 a rule set, 5 JD orders
   * (jd-orders: their delivery promise is 211 when JD's own carrier delivers them, none under
   * another carrier, or sla.deliver_within_days.jd).
   */
  record Step(int kind, List<String> rows, String arg) {}

  private static String at(int day, int hour) {
    return String.format("2026-11-%02d %02d:%02d:00", day, hour % 24, (hour * 7) % 60);
  }

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<String> order = Arbitraries.of("O1", "O2", "O3", "O4", "O5", "O6", "O7");
    Arbitrary<String> sent =
        Arbitraries.of("O1", "O2", "O3", "O4", "900000000001", "900000000002", "900000000003");
    Arbitrary<String> orderRow =
        Combinators.combine(
                order,
                Arbitraries.integers().between(1, 12),
                Arbitraries.integers().between(0, 80),
                Arbitraries.integers().between(0, 90),
                Arbitraries.of("paid", "shipped", "delivered", "cancelled", "pending", ""),
                Arbitraries.of("顺丰速运", "圆通速递", ""),
                Arbitraries.of("广东", "西藏", ""),
                Arbitraries.of("", "true", "false"))
            .as(
                (id, day, ship, deliver, status, carrier, province, cod) -> {
                  // "paid" without a paid time: timed from its order time (ShipClock's fallback);
                  // "pending" with one: a presale deposit paid, the balance not (review20 X6)
                  boolean unpaid =
                      (status.equals("pending") && ship % 2 == 0) || cod.equals("true");
                  String shipped = ship < 20 ? "" : at(day + ship / 24, ship);
                  String delivered =
                      shipped.isEmpty() || deliver < 30
                          ? ""
                          : at(day + (ship + deliver) / 24, ship + deliver);
                  return String.join(
                      ",",
                      id,
                      "C1",
                      at(day, 8),
                      unpaid ? "" : at(day, 9 + ship % 3),
                      shipped,
                      delivered,
                      carrier,
                      status,
                      "SKU-1",
                      "1",
                      "10.00",
                      "0.00",
                      province);
                });
    Arbitrary<String> shipmentRow =
        Combinators.combine(
                sent,
                Arbitraries.integers().between(1, 14),
                Arbitraries.integers().between(0, 60),
                Arbitraries.integers().between(0, 80),
                Arbitraries.of("顺丰速运", "中通快递", "京东物流", ""))
            .as(
                (id, day, hour, deliver, carrier) ->
                    String.join(
                        ",",
                        id,
                        carrier,
                        "T" + id + day,
                        at(day, hour),
                        deliver < 20 ? "" : at(day + (hour + deliver) / 24, hour + deliver),
                        deliver % 3 == 0 ? "" : at(day + 2, 23)));
    // a return refunding the whole order (10.00: off the ship-by clock when it had not shipped,
    // tryout20 Y3), part of it, or not yet refunded; imported again, its refund comes, changes or
    // goes
    Arbitrary<String> returnRow =
        Combinators.combine(
                order, Arbitraries.integers().between(3, 18), Arbitraries.of("10.00", "5.00", ""))
            .as(
                (o, day, refund) ->
                    String.join(
                        ",",
                        "R" + o,
                        o,
                        "SKU-1",
                        "1",
                        at(day, 10),
                        "",
                        "",
                        "",
                        refund.isEmpty() ? "" : at(day, 11),
                        "quality",
                        refund.isEmpty() ? "0.00" : refund));
    Arbitrary<String> jdRow =
        Combinators.combine(
                Arbitraries.of("1", "2", "3"),
                Arbitraries.integers().between(1, 12),
                Arbitraries.integers().between(0, 22),
                Arbitraries.of("已完成", "等待出库", "已取消"))
            .as(
                (n, day, hour, status) ->
                    String.join(
                        ",",
                        "90000000000" + n,
                        "100001",
                        "1",
                        "在线支付",
                        at(day, hour),
                        at(day, hour + 1),
                        status,
                        "39.90",
                        "jd_" + n));
    Arbitrary<Step> jd =
        jdRow.list().ofMinSize(1).ofMaxSize(3).map(rows -> new Step(5, rows, null));
    Arbitrary<Step> imports =
        orderRow.list().ofMinSize(1).ofMaxSize(5).map(rows -> new Step(0, rows, null));
    Arbitrary<Step> shipments =
        shipmentRow.list().ofMinSize(1).ofMaxSize(3).map(rows -> new Step(1, rows, null));
    Arbitrary<Step> returns =
        returnRow.list().ofMinSize(1).ofMaxSize(2).map(rows -> new Step(2, rows, null));
    Arbitrary<Step> removed = order.map(id -> new Step(3, List.of(), id));
    Arbitrary<Step> rule =
        Arbitraries.of(
                "sla.ship_within=12h",
                "sla.ship_within=24h",
                "sla.holidays=2026-11-05",
                "sla.deliver_within_days=3",
                "sla.deliver_within_days.jd=2",
                "sla.deliver_within_days=-")
            .map(r -> new Step(4, List.of(), r));
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(4, imports),
            net.jqwik.api.Tuple.of(2, shipments),
            net.jqwik.api.Tuple.of(2, returns),
            net.jqwik.api.Tuple.of(1, removed),
            net.jqwik.api.Tuple.of(1, rule),
            net.jqwik.api.Tuple.of(2, jd))
        .list()
        .ofMinSize(1)
        .ofMaxSize(6);
  }

  @Property(tries = 15)
  void keptEqualsClassifiedAnew(@ForAll("steps") List<Step> steps, @ForAll("zones") String zone)
      throws Exception {
    Path dir = Files.createTempDirectory("sla-figures");
    try {
      CliRunner cli = new CliRunner(dir);
      cli.expect(0, "init", "--tz", zone);
      int n = 0;
      for (Step s : steps) {
        n++;
        switch (s.kind()) {
          case 0 -> run(cli, "import", "orders", write(dir, "o" + n + ".csv", ORDERS, s.rows()));
          case 1 ->
              run(cli, "import", "shipments", write(dir, "s" + n + ".csv", SHIPMENTS, s.rows()));
          case 2 -> run(cli, "import", "returns", write(dir, "r" + n + ".csv", RETURNS, s.rows()));
          case 3 -> remove(cli, s.arg());
          case 5 ->
              run(cli, "import", "orders", write(dir, "jd" + n + ".csv", JD_ORDERS, s.rows()));
          default -> {
            String[] kv = s.arg().split("=");
            if (kv[1].equals("-")) {
              run(cli, "config", "unset", kv[0]);
            } else {
              run(cli, "config", "set", kv[0], kv[1]);
            }
          }
        }
        assertEquals(0L, scalar(cli, "SELECT count(*) FROM sla_figures_dirty"));
        CliRunner.Result check = cli.run("check", "--format", "csv");
        assertTrue(check.out().contains("customer figures,ok\n"), steps + "\n" + check);
        assertReportsEqual(cli, steps, ZoneId.of(zone));
      }
      run(cli, "check", "--rebuild");
      assertTrue(cli.run("check", "--format", "csv").out().contains("customer figures,ok\n"));
      assertReportsEqual(cli, steps, ZoneId.of(zone));
    } finally {
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** Shanghai, and a store outside China: 211 is then no promise for orders of no marketplace. */
  @Provide
  Arbitrary<String> zones() {
    return Arbitraries.of("Asia/Shanghai", "Europe/Madrid");
  }

  /**
   * A write classifies again only the days whose orders or shipments it changed, not the days
   * between them: a day in the middle whose kept rows are spoilt stays spoilt (perf19 classified
   * every day from the first changed to the last).
   */
  @Test
  void aWriteClassifiesOnlyTheDaysItChanged() throws Exception {
    Path dir = Files.createTempDirectory("sla-figures");
    try {
      CliRunner cli = new CliRunner(dir);
      cli.expect(0, "init", "--tz", "Asia/Shanghai");
      String paid = ",C1,2026-11-%02d 08:00:00,2026-11-%02d 09:00:00,,,,paid,SKU-1,1,10.00,0.00,广东";
      List<String> rows = new ArrayList<>();
      for (int day : new int[] {1, 5, 10}) {
        rows.add("O" + day + String.format(paid, day, day));
      }
      run(cli, "import", "orders", write(dir, "o.csv", ORDERS, rows));
      assertEquals("9", cli.sql("SELECT count(*) FROM sla_figures").strip()); // 3 days × 3 kinds
      long nov5 = LocalDate.of(2026, 11, 5).toEpochDay();
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + cli.db());
          Statement st = c.createStatement()) {
        st.executeUpdate(
            "UPDATE sla_figures SET settled_at = settled_at + 1 WHERE span_day = " + nov5);
      }
      // an order on the 1st and a shipment of the order of the 10th
      run(
          cli,
          "import",
          "orders",
          write(dir, "o2.csv", ORDERS, List.of("O1b" + String.format(paid, 1, 1))));
      run(
          cli,
          "import",
          "shipments",
          write(
              dir,
              "s.csv",
              SHIPMENTS,
              List.of("O10,顺丰速运,SF1,2026-11-10 20:00:00,2026-11-11 12:00:00,")));
      assertEquals(0L, scalar(cli, "SELECT count(*) FROM sla_figures_dirty"));
      // the 5th: not classified again, still spoilt (its 3 rows differ: each one kept that is not
      // the order's as classified anew, and one missing); the 1st and 10th made anew
      assertEquals(
          "3", cli.sql("SELECT count(*) FROM sla_figures WHERE span_day = " + nov5).strip());
      try (Store store = Store.open(cli.db(), Instant.parse("2026-11-20T02:00:00Z"))) {
        assertEquals(6L, SlaFigureUpkeep.differences(store));
      }
      assertEquals(
          "2|1",
          cli.sql("SELECT counts FROM sla_figures WHERE kind = 'day' AND key_day = '2026-11-01'")
                  .strip()
                  .split(",")[0]
              + "|"
              + cli.sql(
                      "SELECT count(*) FROM sla_figures WHERE kind = 'carrier'"
                          + " AND carrier = '顺丰速运'")
                  .strip());
      run(cli, "check", "--rebuild");
      try (Store store = Store.open(cli.db(), Instant.parse("2026-11-20T02:00:00Z"))) {
        assertEquals(0L, SlaFigureUpkeep.differences(store));
      }
    } finally {
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /**
   * A shipments import adjusts only the cells of the orders it wrote (their figures before taken
   * off, after added): another province's cell of the same day, spoilt, stays spoilt (the day is
   * not classified again); the cells it adjusted equal the orders classified anew.
   */
  @Test
  void aShipmentsImportAdjustsOnlyTheCellsOfItsOrders() throws Exception {
    Path dir = Files.createTempDirectory("sla-figures");
    try {
      CliRunner cli = new CliRunner(dir);
      cli.expect(0, "init", "--tz", "Asia/Shanghai");
      String paid = ",C1,2026-11-%02d 08:00:00,2026-11-%02d 09:00:00,,,,paid,SKU-1,1,10.00,0.00,%s";
      List<String> rows = new ArrayList<>();
      for (int day : new int[] {1, 10}) {
        rows.add("O" + day + String.format(paid, day, day, "广东"));
        rows.add("O" + day + "b" + String.format(paid, day, day, "广东"));
        rows.add("O" + day + "x" + String.format(paid, day, day, "西藏"));
      }
      run(cli, "import", "orders", write(dir, "o.csv", ORDERS, rows));
      // O10 shipped (its day classified again: its latest settled instant, the ship-by deadline's,
      // left), O1 shipped late; then O10 delivered: its figures taken off and added again
      run(
          cli,
          "import",
          "shipments",
          write(
              dir,
              "s.csv",
              SHIPMENTS,
              List.of("O10,顺丰速运,SF1,2026-11-10 20:00:00,,", "O1,中通快递,ZT1,2026-11-04 20:00:00,,")));
      long nov10 = LocalDate.of(2026, 11, 10).toEpochDay();
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + cli.db());
          Statement st = c.createStatement()) {
        st.executeUpdate(
            "UPDATE sla_figures SET settled_at = settled_at + 1 WHERE span_day = "
                + nov10
                + " AND province = '西藏'");
      }
      run(
          cli,
          "import",
          "shipments",
          write(
              dir,
              "s2.csv",
              SHIPMENTS,
              List.of("O10,顺丰速运,SF1,2026-11-10 20:00:00,2026-11-16 12:00:00,")));
      assertEquals(0L, scalar(cli, "SELECT count(*) FROM sla_figures_dirty"));
      try (Store store = Store.open(cli.db(), Instant.parse("2026-11-20T02:00:00Z"))) {
        assertEquals(2L, SlaFigureUpkeep.differences(store)); // 西藏 on the 10th: kept and anew
      }
      assertEquals(
          "3|1|2",
          cli.sql("SELECT counts FROM sla_figures WHERE kind = 'day' AND key_day = '2026-11-10'")
                  .strip()
                  .split(",")[0]
              + "|"
              + cli.sql(
                      "SELECT counts FROM sla_figures WHERE kind = 'carrier'"
                          + " AND carrier = '顺丰速运'")
                  .strip()
                  .split(",")[0]
              + "|"
              + cli.sql(
                      "SELECT counts FROM sla_figures WHERE kind = 'carrier' AND carrier IS NULL"
                          + " AND span_day = "
                          + nov10)
                  .strip()
                  .split(",")[0]);
      run(cli, "check", "--rebuild");
      try (Store store = Store.open(cli.db(), Instant.parse("2026-11-20T02:00:00Z"))) {
        assertEquals(0L, SlaFigureUpkeep.differences(store));
      }
    } finally {
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /**
   * An orders import changing some orders adjusts only the cells of the orders it wrote (sla27: its
   * orders read before the upsert, V054's marks naming them): a spoilt cell of another province on
   * the same day stays spoilt; the adjusted cells equal the orders classified anew, and an
   * unchanged order of the file is neither read nor written.
   */
  @Test
  void anOrdersImportAdjustsOnlyTheCellsOfItsOrders() throws Exception {
    Path dir = Files.createTempDirectory("sla-figures");
    try {
      CliRunner cli = new CliRunner(dir);
      cli.expect(0, "init", "--tz", "Asia/Shanghai");
      String row =
          "%s,C1,2026-11-10 08:00:00,2026-11-10 09:00:00,%s,,顺丰速运,%s,SKU-1,1,10.00,0.00,%s";
      List<String> rows = new ArrayList<>();
      rows.add(String.format(row, "O10", "", "paid", "广东"));
      rows.add(String.format(row, "O10b", "", "paid", "广东"));
      rows.add(String.format(row, "O10x", "", "paid", "西藏"));
      run(cli, "import", "orders", write(dir, "o.csv", ORDERS, rows));
      long nov10 = LocalDate.of(2026, 11, 10).toEpochDay();
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + cli.db());
          Statement st = c.createStatement()) {
        st.executeUpdate(
            "UPDATE sla_figures SET settled_at = settled_at + 1 WHERE span_day = "
                + nov10
                + " AND province = '西藏'");
      }
      // O10 shipped late (the 12th), O10b as it was, a new order on the same day
      rows.set(0, String.format(row, "O10", "2026-11-12 20:00:00", "shipped", "广东"));
      rows.add(String.format(row, "O10n", "2026-11-10 20:00:00", "shipped", "广东"));
      run(cli, "import", "orders", write(dir, "o2.csv", ORDERS, rows));
      assertEquals(0L, scalar(cli, "SELECT count(*) FROM sla_figures_dirty"));
      try (Store store = Store.open(cli.db(), Instant.parse("2026-11-20T02:00:00Z"))) {
        assertEquals(2L, SlaFigureUpkeep.differences(store)); // 西藏 on the 10th: kept and anew
      }
      assertEquals(
          "4",
          cli.sql("SELECT counts FROM sla_figures WHERE kind = 'day' AND key_day = '2026-11-10'")
              .strip()
              .split(",")[0]);
      run(cli, "check", "--rebuild");
      try (Store store = Store.open(cli.db(), Instant.parse("2026-11-20T02:00:00Z"))) {
        assertEquals(0L, SlaFigureUpkeep.differences(store));
      }
    } finally {
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /**
   * An orders import changing an order on each of 40 days adjusts the cells of those orders by
   * deltas (120 cells: more than the upkeep reads one by one, so the kept rows are read at once and
   * deleted as a batch, pg29): a spoilt cell of another province stays spoilt, every other cell
   * equals the orders classified anew.
   */
  @Test
  void anOrdersImportOfManyDaysAdjustsTheirCellsByDeltas() throws Exception {
    Path dir = Files.createTempDirectory("sla-figures");
    try {
      CliRunner cli = new CliRunner(dir);
      cli.expect(0, "init", "--tz", "Asia/Shanghai");
      List<String> rows = manyDays(false);
      run(cli, "import", "orders", write(dir, "o.csv", ORDERS, rows));
      long oct10 = LocalDate.of(2026, 10, 10).toEpochDay();
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + cli.db());
          Statement st = c.createStatement()) {
        st.executeUpdate(
            "UPDATE sla_figures SET settled_at = settled_at + 1 WHERE span_day = "
                + oct10
                + " AND province = '西藏'");
      }
      run(cli, "import", "orders", write(dir, "o2.csv", ORDERS, manyDays(true)));
      assertEquals(0L, scalar(cli, "SELECT count(*) FROM sla_figures_dirty"));
      try (Store store = Store.open(cli.db(), Instant.parse("2026-11-20T02:00:00Z"))) {
        assertEquals(2L, SlaFigureUpkeep.differences(store)); // 西藏 on the 10th: kept and anew
      }
      run(cli, "check", "--rebuild");
      try (Store store = Store.open(cli.db(), Instant.parse("2026-11-20T02:00:00Z"))) {
        assertEquals(0L, SlaFigureUpkeep.differences(store));
      }
    } finally {
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /**
   * Two orders a day from 2026-10-01 for 40 days, one of 广东 and one of 西藏; {@code shipped}: the 广东
   * ones shipped two days later (else paid), the 西藏 ones as they were.
   */
  static List<String> manyDays(boolean shipped) {
    String row = "%s,C1,%s 08:00:00,%s 09:00:00,%s,,顺丰速运,%s,SKU-1,1,10.00,0.00,%s";
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      LocalDate d = LocalDate.of(2026, 10, 1).plusDays(i);
      String ship = shipped ? d.plusDays(2) + " 20:00:00" : "";
      rows.add(String.format(row, "O" + i, d, d, ship, shipped ? "shipped" : "paid", "广东"));
      rows.add(String.format(row, "O" + i + "x", d, d, "", "paid", "西藏"));
    }
    return rows;
  }

  /**
   * A write marking at least as many rows as half the orders (and {@link
   * SlaFigureUpkeep#BULK_MARKS}) classifies the whole table in one pass instead of finding the
   * marked days: a spoilt day it did not change is made anew too, and the figures are right.
   */
  @Test
  void aWriteMarkingEveryOrderClassifiesTheWholeTable() throws Exception {
    Path dir = Files.createTempDirectory("sla-figures");
    try {
      CliRunner cli = new CliRunner(dir);
      cli.expect(0, "init", "--tz", "Asia/Shanghai");
      String row =
          "O%d,C1,2026-11-%02d 08:00:00,2026-11-%02d 09:00:00,%s,,顺丰速运,%s,SKU-1,1,10.00,0.00,广东";
      List<String> paid = new ArrayList<>();
      List<String> shipped = new ArrayList<>();
      for (int i = 0; i < 2_100; i++) {
        int day = 1 + i % 29;
        paid.add(String.format(row, i, day, day, "", "paid"));
        String at = String.format("2026-11-%02d %02d:00:00", day + 1, i % 2 == 0 ? 8 : 20);
        shipped.add(String.format(row, i, day, day, at, "shipped"));
      }
      paid.add(String.format(row, 9_999, 30, 30, "", "paid"));
      run(cli, "import", "orders", write(dir, "o.csv", ORDERS, paid));
      long nov30 = LocalDate.of(2026, 11, 30).toEpochDay();
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + cli.db());
          Statement st = c.createStatement()) {
        st.executeUpdate(
            "UPDATE sla_figures SET settled_at = settled_at + 1 WHERE span_day = " + nov30);
      }
      // 2,100 orders shipped: 4,200 marks (each order's hour before and after) for 2,101 orders
      run(cli, "import", "orders", write(dir, "o2.csv", ORDERS, shipped));
      assertEquals(0L, scalar(cli, "SELECT count(*) FROM sla_figures_dirty"));
      try (Store store = Store.open(cli.db(), Instant.parse("2026-12-20T02:00:00Z"))) {
        assertEquals(0L, SlaFigureUpkeep.differences(store));
      }
      // the 1st: 73 orders (0, 29, …, 2088), shipped on the 2nd at 08:00 (37) or 20:00 (36)
      assertEquals(
          "73",
          cli.sql("SELECT counts FROM sla_figures WHERE kind = 'day' AND key_day = '2026-11-01'")
              .strip()
              .split(",")[0]);
    } finally {
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** A store whose figures are wrong is found by {@code check}, and right after a rebuild. */
  @Test
  void checkFindsWrongFiguresAndRebuildPutsThemRight() throws Exception {
    Path dir = Files.createTempDirectory("sla-figures");
    try {
      CliRunner cli = new CliRunner(dir);
      cli.expect(0, "init", "--tz", "Asia/Shanghai");
      run(
          cli,
          "import",
          "orders",
          write(
              dir,
              "o.csv",
              ORDERS,
              List.of(
                  "O1,C1,2026-11-01 08:00:00,2026-11-01 09:00:00,2026-11-01 20:00:00,,顺丰速运,"
                      + "shipped,SKU-1,1,10.00,0.00,广东,",
                  "O2,C1,2026-11-02 08:00:00,2026-11-02 09:00:00,,,,paid,SKU-1,1,10.00,0.00,")));
      assertEquals("6", cli.sql("SELECT count(*) FROM sla_figures").strip()); // 2 days × 3 kinds
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + cli.db());
          Statement st = c.createStatement()) {
        st.executeUpdate("UPDATE sla_figures SET settled_at = settled_at + 1");
      }
      assertFalse(cli.run("check", "--format", "csv").out().contains("customer figures,ok\n"));
      run(cli, "check", "--rebuild");
      assertTrue(cli.run("check", "--format", "csv").out().contains("customer figures,ok\n"));
      // O2 unshipped: settled only past its hard limit (48 h after payment, + 1 s)
      assertEquals(
          Instant.parse("2026-11-04T01:00:00Z").getEpochSecond() + 1 + "",
          cli.sql("SELECT max(settled_at) FROM sla_figures").strip());
      try (Store store = Store.open(cli.db(), Instant.parse("2026-11-20T02:00:00Z"))) {
        assertNotNull(
            SlaFigureUpkeep.read(
                store,
                SlaFigureUpkeep.Kind.DAY,
                null,
                null,
                Instant.parse("2030-01-01T00:00:00Z")));
        // a span that does not start a day in the store zone: classified anew
        assertNull(
            SlaFigureUpkeep.read(
                store,
                SlaFigureUpkeep.Kind.DAY,
                Instant.parse("2026-11-01T00:00:00Z"),
                null,
                Instant.parse("2030-01-01T00:00:00Z")));
        // as of the day O2 is overdue: its day is classified anew, O1's read from the figures
        SlaFigureUpkeep.Answer a =
            SlaFigureUpkeep.read(
                store, SlaFigureUpkeep.Kind.DAY, null, null, Instant.parse("2026-11-02T20:00:00Z"));
        assertEquals(1, a.cells().size());
        assertEquals("2026-11-01", a.cells().get(0).keyDay());
        assertEquals(LocalDate.of(2026, 11, 2).atStartOfDay(ZONE).toInstant(), a.liveFrom());
      }
    } finally {
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static final List<Instant> AS_OF =
      List.of(
          Instant.parse("2026-11-03T02:00:00Z"),
          Instant.parse("2026-11-09T15:30:00Z"),
          Instant.parse("2026-11-20T02:00:00Z"),
          Instant.parse("2027-06-01T00:00:00Z"));

  private static List<TimeSpan> spans(ZoneId zone) {
    return List.of(
        TimeSpan.ofDays(null, null, zone),
        TimeSpan.ofDays(LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 8), zone),
        TimeSpan.ofDays(LocalDate.of(2026, 11, 6), null, zone));
  }

  /** The report from the kept figures equals the report classifying every order. */
  private static void assertReportsEqual(CliRunner cli, List<Step> steps, ZoneId zone)
      throws Exception {
    try (Store store = Store.open(cli.db(), AS_OF.get(2))) {
      List<SlaReportResult> kept = new ArrayList<>();
      for (Instant asOf : AS_OF) {
        for (TimeSpan span : spans(zone)) {
          for (SlaGrouping by :
              List.of(
                  SlaGrouping.DAY, SlaGrouping.WEEK, SlaGrouping.CARRIER, SlaGrouping.PROVINCE)) {
            kept.add(new SlaService(store).report(new SlaService.ReportQuery(asOf, span, by)));
          }
        }
      }
      if (!cli.sql("SELECT count(*) FROM orders").strip().equals("0")) { // figures made
        assertNotNull(
            SlaFigureUpkeep.read(store, SlaFigureUpkeep.Kind.DAY, null, null, AS_OF.get(3)),
            steps.toString());
      }
      try (Statement st = store.connection().createStatement()) {
        st.executeUpdate("INSERT INTO sla_figures_dirty (hour) VALUES (0)"); // not usable now
      }
      int i = 0;
      for (Instant asOf : AS_OF) {
        for (TimeSpan span : spans(zone)) {
          for (SlaGrouping by :
              List.of(
                  SlaGrouping.DAY, SlaGrouping.WEEK, SlaGrouping.CARRIER, SlaGrouping.PROVINCE)) {
            SlaReportResult raw =
                new SlaService(store).report(new SlaService.ReportQuery(asOf, span, by));
            assertEquals(raw, kept.get(i++), steps + " " + asOf + " " + span + " " + by);
          }
        }
      }
      try (Statement st = store.connection().createStatement()) {
        st.executeUpdate("DELETE FROM sla_figures_dirty");
      }
    }
  }

  /** Removes an order (when stored) and its shipment in one transaction, as an undo would. */
  private static void remove(CliRunner cli, String orderId) throws Exception {
    try (Store store = Store.open(cli.db(), Instant.parse("2026-11-20T02:00:00Z"))) {
      store.inTransaction(
          conn -> {
            for (String table : List.of("returns", "shipments", "order_lines", "orders")) {
              try (var ps = conn.prepareStatement("DELETE FROM " + table + " WHERE order_id = ?")) {
                ps.setString(1, orderId);
                ps.executeUpdate();
              }
            }
            return null;
          });
    }
  }

  private static void run(CliRunner cli, String... args) {
    CliRunner.Result r = cli.run(args);
    assertTrue(r.exit() != 70 && r.exit() != 2, r.toString());
  }

  private static String write(Path dir, String name, String header, List<String> rows)
      throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add(header);
    lines.addAll(rows);
    Path p = dir.resolve(name);
    Files.writeString(p, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return p.toString();
  }

  private static long scalar(CliRunner cli, String sql) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + cli.db());
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
