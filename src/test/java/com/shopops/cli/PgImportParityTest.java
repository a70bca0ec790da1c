package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopops.store.TestPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same files imported into an SQLite store and into a PostgreSQL one (whose imports go with
 * COPY into a staging table and one upsert per file) give the same summaries, the same counts in
 * the imports table and the same rows: the examples, an older export of stored orders (its status
 * and line items never replace the newer ones'), a scattered file, and a re-import.
 */
@Tag("postgres")
class PgImportParityTest {
  @TempDir Path dir;

  /** Tables whose every row is compared, and the columns of imports (not its times). */
  private static final List<String> TABLES =
      List.of(
          "orders",
          "order_lines",
          "customers",
          "customer_figures",
          "shipments",
          "shipment_parcels",
          "returns",
          "anomalies",
          "SELECT kind, file, rows_read, inserted, updated, unchanged, rejected FROM imports");

  @Test
  void sameSummariesCountsAndRows() throws IOException, SQLException {
    Path older = dir.resolve("older.csv");
    Files.writeString(
        older,
        "order_id,customer_id,created_at,paid_at,shipped_at,delivered_at,carrier,tracking_no,"
            + "status,sku,title,quantity,amount,shipping_fee,province,city\n"
            // stored as completed with two lines: an older snapshot (paid) changes neither
            + "SO202605010002,C00016,2026-05-01 19:24:11,2026-05-01 19:41:04,,,,,paid,"
            + "SNK-NUT-750,old title,1,89.90,0.00,浙江,杭州\n"
            + "X1,C00016,2026-05-02 10:00:00,2026-05-02 10:05:00,,,,,paid,SKU-A,"
            + "\"tab\there, back\\slash\",1,10.00,0.00,浙江,杭州\n"
            + "X2,CNEW,2026-05-02 11:00:00,,,,,,pending,SKU-B,\"say \"\"hi\"\"\nnext\",2,20.00,"
            + "5.00,,\n"
            // X1 again after X2: the file is scattered, its rows are read back grouped
            + "X1,C00016,2026-05-02 10:00:00,2026-05-02 10:05:00,,,,,paid,SKU-C,straggler,1,"
            + "5.00,0.00,浙江,杭州\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("ships.csv"),
        "order_id,carrier,tracking_no,shipped_at,delivered_at,estimated_delivery_at\n"
            // one order three times (staged, then merged before it comes again), a row by its
            // tracking number alone, an order not in the store, a row that changes nothing
            + "SO202605010002,,,,2026-05-08 10:00:00,\n"
            + "SO202605010002,顺丰速运,SF100,,,\n"
            + ",,YT0493405945811,,2026-05-05 09:00:00,\n"
            + "NOSUCH,,,2026-05-01 10:00:00,,\n"
            + "SO202605030001,圆通速递,YT5045709888097,2026-05-04 08:40:01,2026-05-06 17:27:09,"
            + "2026-05-06 23:00:00\n"
            + "SO202605010002,,\"tab\there, back\\slash\",,,2026-05-09\n",
        StandardCharsets.UTF_8);
    // the examples' shipments twice, the second time by another carrier: each order comes again
    // one or two prefetch windows (256 rows) later, while its first row is still staged
    List<String> ships = Files.readAllLines(Path.of("examples/shipments.csv"));
    List<String> twice = new ArrayList<>(ships);
    ships.subList(1, ships.size()).forEach(l -> twice.add(l.replace("圆通速递", "顺丰速运")));
    Files.write(dir.resolve("twice.csv"), twice, StandardCharsets.UTF_8);
    CliRunner sqlite = new CliRunner(dir).store(dir.resolve("shop.db").toString());
    TestPostgres pg = TestPostgres.get();
    String db = pg.newDatabase();
    CliRunner postgres = new CliRunner(dir).store(pg.url(db));
    assertEquals(importAll(sqlite, older), importAll(postgres, older));
    try (Connection a = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("shop.db"));
        Connection b = pg.connection(db)) {
      for (String t : TABLES) {
        List<String> rows = rows(a, t);
        assertTrue(rows.size() > 0 || t.equals("anomalies"), t);
        assertEquals(String.join("\n", rows), String.join("\n", rows(b, t)), t);
      }
      // twice.csv's later rows name another carrier (review8); ships.csv's row of another tracking
      // number is another parcel of the order, no conflict (review19 V24)
      assertEquals(
          71, rows(b, "anomalies").stream().filter(r -> r.contains("conflicting-rows")).count());
      // the older export says paid of an order stored completed with its tracking number: named,
      // on both (closing note 21)
      assertEquals(
          List.of("{kind=anomaly:older-export, record_id=SO202605010002}"),
          rows(
              b,
              "SELECT kind, record_id FROM anomalies WHERE message LIKE 'this file says the order"
                  + " is not shipped yet%'"));
    }
  }

  /**
   * Exports of one order with their export times (task exportage, V032): the later export wins
   * whole, an older one changes nothing and says so, the first load (COPY straight into orders)
   * stores the time, and an older 订单报表 + 宝贝报表 pair keeps the stored lines: the same rows, anomalies
   * and summaries on both backends.
   */
  @Test
  void exportTimesAsOnSqlite() throws IOException, SQLException {
    String header = "order_id,customer_id,created_at,paid_at,status,sku,title,quantity,amount\n";
    String r4 = "R4,C1,2026-11-01 10:00:00,2026-11-01 10:05:00,paid,";
    Path before = dir.resolve("before.csv");
    Files.writeString(
        before, header + r4 + "A,Mug,1,29.00\n" + r4 + "B,Cup,1,29.00\n" + r4 + "C,Pot,1,29.00\n");
    Path after = dir.resolve("ExportOrderList202611201000.csv");
    Files.writeString(after, header + r4 + "A,Mug,1,29.00\n" + r4 + "B,Cup,1,29.00\n");
    Path union = dir.resolve("union.csv"); // no export time: R4's lines of a known time kept
    Files.writeString(union, header + r4 + "A,Mug,1,29.00\n" + r4 + "D,Pan,1,29.00\n");
    Path newer = dir.resolve("newer.csv");
    Files.writeString(
        newer,
        "订单编号,买家会员名,买家应付货款,买家应付邮费,买家实际支付金额,订单状态,订单创建时间,订单付款时间\n"
            + "3901000000000000008,bear,299.00,0.00,299.00,买家已付款，等待卖家发货,"
            + "2026-12-01 10:00:00,2026-12-01 10:05:00\n");
    Path older = dir.resolve("older.csv");
    Files.writeString(
        older,
        "订单编号,买家会员名,买家应付货款,买家应付邮费,买家实际支付金额,订单状态,订单创建时间,订单付款时间\n"
            + "3901000000000000008,bear,299.00,0.00,0.00,等待买家付款,2026-12-01 10:00:00,\n");
    Path items3 = dir.resolve("items3.csv");
    Files.writeString(items3, "订单编号,标题,价格,购买数量,商家编码\n3901000000000000008,炸锅,299.00,1,AF-3L\n");
    Path items5 = dir.resolve("items5.csv");
    Files.writeString(items5, "订单编号,标题,价格,购买数量,商家编码\n3901000000000000008,炸锅,299.00,1,AF-5L\n");
    TestPostgres pg = TestPostgres.get();
    String db = pg.newDatabase();
    CliRunner sqlite = new CliRunner(dir).store(dir.resolve("times.db").toString());
    CliRunner postgres = new CliRunner(dir).store(pg.url(db));
    List<String> said = new ArrayList<>();
    for (CliRunner cli : List.of(sqlite, postgres)) {
      StringBuilder out = new StringBuilder();
      cli.expect(0, "init", "--tz", "Asia/Shanghai");
      out.append(cli.expect(0, "import", "orders", after.toString()).err());
      out.append(
          cli.expect(0, "import", "orders", before.toString(), "--exported-at", "2026-11-10 10:00")
              .err());
      out.append(cli.expect(0, "import", "orders", newer.toString(), items3.toString()).err());
      out.append(cli.expect(0, "import", "orders", older.toString(), items5.toString()).err());
      out.append(cli.expect(0, "import", "orders", union.toString()).err());
      // tryout18 W16: a known time is stored over an unknown one of the same snapshot
      out.append(
          cli.expect(
                  0,
                  "--now",
                  "2026-12-06 10:00",
                  "import",
                  "orders",
                  newer.toString(),
                  "--exported-at",
                  "2026-12-02 10:00")
              .err());
      cli.expect(0, "check");
      said.add(out.toString().replaceAll(", [0-9.]+ s\n", "\n"));
    }
    assertEquals(said.get(0), said.get(1));
    try (Connection a = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("times.db"));
        Connection b = pg.connection(db)) {
      for (String t : TABLES) {
        assertEquals(String.join("\n", rows(a, t)), String.join("\n", rows(b, t)), t);
      }
      assertEquals(
          // R4 keeps its known time through the re-import without one (tryout18 W16)
          List.of(
              "{amount=29900, exported_at=1796176800}", "{amount=5800, exported_at=1795140000}"),
          rows(b, "SELECT amount, exported_at FROM orders ORDER BY order_id DESC"));
      assertEquals(
          List.of( // sorted as text
              "{kind=anomaly:older-export, record_id=R4}",
              "{kind=anomaly:older-lines, record_id=3901000000000000008}",
              // union.csv, of unknown time, keeps R4's lines of the 11-20 export (untimed31)
              "{kind=anomaly:older-lines, record_id=R4}"),
          rows(b, "SELECT kind, record_id FROM anomalies ORDER BY anomaly_id"));
    }
  }

  /**
   * An older export's row fills only what the store holds blank (tryout20 Y1): the 交易成功 row gives
   * the 交易关闭 order its tracking number and carrier, nothing else, and the anomaly names them; the
   * other import order gives the same order. The same summaries, rows and anomalies on both
   * backends.
   */
  @Test
  void anOlderExportFillsBlanksAsOnSqlite() throws IOException, SQLException {
    String head = "订单编号,买家会员名,买家应付货款,买家应付邮费,总金额,买家实际支付金额,订单状态,订单创建时间,订单付款时间,物流单号,物流公司,退款金额\n";
    Path closed = dir.resolve("closed.csv");
    Files.writeString(
        closed,
        head
            + "4100000000000000004,tb04,100.00,0.00,100.00,0.00,交易关闭,2026-11-10 10:00:00,"
            + "2026-11-10 10:01:00,,,100.00\n");
    Path success = dir.resolve("success.csv");
    Files.writeString(
        success,
        head
            + "4100000000000000004,tb04,100.00,0.00,100.00,100.00,交易成功,2026-11-10 10:00:00,"
            + "2026-11-10 10:01:00,YT004,圆通速递,0.00\n");
    TestPostgres pg = TestPostgres.get();
    String db = pg.newDatabase();
    String db2 = pg.newDatabase();
    CliRunner sqlite = new CliRunner(dir).store(dir.resolve("older.db").toString());
    CliRunner postgres = new CliRunner(dir).store(pg.url(db));
    CliRunner reversed = new CliRunner(dir).store(pg.url(db2));
    List<String> said = new ArrayList<>();
    for (CliRunner cli : List.of(sqlite, postgres)) {
      cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
      cli.expect(0, "--now", "2026-11-20 09:00", "-q", "import", "orders", closed.toString());
      said.add(
          cli.expect(0, "--now", "2026-11-20 10:00", "import", "orders", success.toString())
              .err()
              .replaceAll(", [0-9.]+ s\n", "\n"));
    }
    assertEquals(said.get(0), said.get(1));
    assertTrue(said.get(1).contains("1 order (0 new, 1 updated, 0 unchanged), 1 anomaly"));
    reversed.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    reversed.expect(0, "--now", "2026-11-20 09:00", "-q", "import", "orders", success.toString());
    reversed.expect(0, "--now", "2026-11-20 10:00", "-q", "import", "orders", closed.toString());
    String cols = "SELECT status, refunded, tracking_no, carrier FROM orders";
    try (Connection a = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("older.db"));
        Connection b = pg.connection(db);
        Connection c = pg.connection(db2)) {
      for (String t : TABLES) {
        assertEquals(String.join("\n", rows(a, t)), String.join("\n", rows(b, t)), t);
      }
      assertEquals(
          List.of("{carrier=圆通速递, refunded=10000, status=cancelled, tracking_no=YT004}"),
          rows(b, cols));
      assertEquals(rows(b, cols), rows(c, cols));
      assertEquals(
          List.of("{kind=anomaly:older-refund, record_id=4100000000000000004}"),
          rows(b, "SELECT kind, record_id FROM anomalies"));
    }
  }

  /**
   * tryout21 Z9 on PostgreSQL: a newer export stating a later outbound with no tracking number
   * keeps the first outbound and raises the {@code shipped-kept} anomaly naming both times, as on
   * SQLite (before: PostgreSQL kept the time but said nothing, "1 updated", no anomaly).
   */
  @Test
  void aLaterOutboundWithoutTrackingIsKeptAndSaidAsOnSqlite() throws IOException, SQLException {
    Path v2 = dir.resolve("v2.csv");
    Files.writeString(v2, ExportParcelsKeptTest.shopify("partial", "2026-11-19 20:00:00 +0800"));
    Path v3 = dir.resolve("v3.csv");
    Files.writeString(v3, ExportParcelsKeptTest.shopify("fulfilled", "2026-11-20 15:00:00 +0800"));
    TestPostgres pg = TestPostgres.get();
    String db = pg.newDatabase();
    CliRunner sqlite = new CliRunner(dir).store(dir.resolve("kept.db").toString());
    CliRunner postgres = new CliRunner(dir).store(pg.url(db));
    List<String> said = new ArrayList<>();
    for (CliRunner cli : List.of(sqlite, postgres)) {
      cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
      cli.expect(0, "--now", "2026-11-21 10:00", "-q", "import", "orders", v2.toString());
      said.add(
          cli.expect(0, "--now", "2026-11-21 10:00", "import", "orders", v3.toString())
              .err()
              .replaceAll(", [0-9.]+ s\n", "\n"));
    }
    assertEquals(said.get(0), said.get(1));
    assertTrue(said.get(1).contains("1 anomaly"), said.get(1));
    try (Connection a = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("kept.db"));
        Connection b = pg.connection(db)) {
      for (String t : TABLES) {
        assertEquals(String.join("\n", rows(a, t)), String.join("\n", rows(b, t)), t);
      }
      // 2026-11-19 20:00 +0800 kept, not 2026-11-20 15:00
      assertEquals(
          List.of("{shipped_at=1795089600}"),
          rows(b, "SELECT shipped_at FROM orders WHERE order_id = '#2003'"));
      assertEquals(
          List.of(
              "{kind=anomaly:shipped-kept, message=an earlier export stated this order shipped at"
                  + " 2026-11-19 20:00; this file gives a later time, 2026-11-20 15:00, and no"
                  + " tracking number tells a second parcel from the first re-dated: the first"
                  + " outbound is kept (shipped = the earliest outbound), record_id=#2003}"),
          rows(b, "SELECT kind, record_id, message FROM anomalies"));
    }
  }

  /**
   * Every buyer's figures built again from the raw rows ({@code check --rebuild}; on PostgreSQL the
   * refunds added up per order and joined, on SQLite looked up per order) are the same on both
   * backends, refunds included, and {@code check} finds them equal to the raw rows.
   */
  @Test
  void figuresRebuiltWithRefundsAsOnSqlite() throws IOException, SQLException {
    TestPostgres pg = TestPostgres.get();
    String db = pg.newDatabase();
    CliRunner sqlite = new CliRunner(dir).store(dir.resolve("fig.db").toString());
    CliRunner postgres = new CliRunner(dir).store(pg.url(db));
    for (CliRunner cli : List.of(sqlite, postgres)) {
      cli.expect(0, "init", "--tz", "Asia/Shanghai");
      cli.expect(0, "import", "orders", "examples/orders.csv");
      cli.expect(0, "import", "returns", "examples/returns.csv");
      cli.expect(0, "check", "--rebuild");
      cli.expect(0, "check");
    }
    String refunded = "SELECT count(*) FROM customer_figures WHERE refunded > 0";
    try (Connection a = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("fig.db"));
        Connection b = pg.connection(db)) {
      assertEquals(rows(a, "customer_figures"), rows(b, "customer_figures"));
      assertEquals(List.of("{count=17}"), rows(b, refunded));
    }
  }

  /**
   * The SLA figures kept (V035, store.SlaFigureUpkeep) are the same rows on both backends after
   * orders, shipments and a rule change, {@code check} finds them equal to the raw rows, and {@code
   * sla report} reads the same figures from them as of several instants.
   */
  @Test
  void slaFiguresAsOnSqlite() throws IOException, SQLException {
    TestPostgres pg = TestPostgres.get();
    String db = pg.newDatabase();
    CliRunner sqlite = new CliRunner(dir).store(dir.resolve("sla.db").toString());
    CliRunner postgres = new CliRunner(dir).store(pg.url(db));
    List<List<String>> said = new ArrayList<>();
    for (CliRunner cli : List.of(sqlite, postgres)) {
      cli.expect(0, "init", "--tz", "Asia/Shanghai");
      cli.expect(0, "import", "orders", "examples/orders.csv");
      cli.expect(0, "import", "shipments", "examples/shipments.csv");
      cli.expect(0, "config", "set", "sla.ship_within_by_province", "西藏=72h");
      cli.expect(0, "check");
      List<String> out = new ArrayList<>();
      for (String now : List.of("2026-05-20 10:00", "2026-11-20 10:00")) {
        for (String by : List.of("day", "week", "carrier", "province")) {
          out.add(
              cli.expect(0, "--now", now, "sla", "report", "--by", by, "--format", "csv").out());
        }
      }
      said.add(out);
    }
    assertEquals(said.get(0), said.get(1));
    // the seconds too, byte for byte (on PostgreSQL they come in by COPY, in bytea's hex form)
    String kept =
        "SELECT kind, span_day, key_day, carrier, province, settled_at, counts, %s AS ship, %s AS"
            + " deliver FROM sla_figures";
    try (Connection a = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("sla.db"));
        Connection b = pg.connection(db)) {
      List<String> rows =
          new ArrayList<>(rows(a, kept.formatted("lower(hex(to_ship))", "lower(hex(to_deliver))")));
      List<String> onPg =
          new ArrayList<>(
              rows(b, kept.formatted("encode(to_ship, 'hex')", "encode(to_deliver, 'hex')")));
      java.util.Collections.sort(rows);
      java.util.Collections.sort(onPg);
      assertTrue(rows.size() > 100, rows.size() + " rows");
      assertEquals(rows, onPg);
      assertEquals(
          List.of("{count=1}"),
          rows(b, "SELECT count(*) FROM settings WHERE key = 'sla_figures.rules'"));
    }
  }

  /**
   * A first load into an empty store goes with COPY straight into orders and order_lines (no
   * stage); an order that comes again at the end of the file (a straggler) ends that and is merged
   * through the stage. The rows are those of SQLite, the buyers' filled blanks and the currency of
   * orders whose rows name none included.
   */
  @Test
  void aFirstLoadStraightIntoTheTablesStoresWhatSqliteStores() throws IOException, SQLException {
    List<String> rows = new ArrayList<>(Files.readAllLines(Path.of("examples/orders.csv")));
    String first = rows.get(1);
    // the first order again after every other: a straggler with one more line item
    rows.add(first.replaceFirst(",[^,]*,[^,]*,1,", ",SKU-LATE,late line,1,"));
    rows.add(
        "X9,CNEW9,2026-05-02 11:00:00,2026-05-02 11:05:00,,,,,paid,SKU-B,\"tab\there\",2,"
            + "20.00,5.00,,");
    Path scattered = dir.resolve("scattered.csv");
    Files.write(scattered, rows, StandardCharsets.UTF_8);
    TestPostgres pg = TestPostgres.get();
    // the scattered file, an export naming its currency, and an order list with its items' file
    // (whose lines end the load's straight writing: they are written as stored orders' lines)
    List<List<String>> files =
        List.of(
            List.of(scattered.toString()),
            List.of("examples/shopify/orders_export.csv"),
            List.of(
                "examples/taobao/ExportOrderList202611201000.csv",
                "examples/taobao/ExportOrderDetailList202611201000.csv"));
    List<String> dbs = new ArrayList<>();
    List<CliRunner> sqlite = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      dbs.add(pg.newDatabase());
      sqlite.add(new CliRunner(dir).store(dir.resolve("first" + (i + 1) + ".db").toString()));
    }
    for (int i = 0; i < files.size(); i++) {
      CliRunner postgres = new CliRunner(dir).store(pg.url(dbs.get(i)));
      List<String> said = new ArrayList<>();
      for (CliRunner cli : List.of(sqlite.get(i), postgres)) {
        cli.expect(0, "init", "--tz", "Asia/Shanghai");
        List<String> args = new ArrayList<>(List.of("import", "orders"));
        args.addAll(files.get(i));
        CliRunner.Result r = cli.expect(0, args.toArray(new String[0]));
        said.add((r.out() + r.err()).replaceAll(", [0-9.]+ s\n", "\n"));
        cli.expect(0, "check");
      }
      assertEquals(said.get(0), said.get(1));
      try (Connection a =
              DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("first" + (i + 1) + ".db"));
          Connection b = pg.connection(dbs.get(i))) {
        for (String t : TABLES) {
          if (t.equals("shipments") || t.equals("returns")) {
            continue;
          }
          List<String> stored = rows(a, t);
          // examples/orders.csv names no buyer details: no customers row on either backend
          assertTrue(stored.size() > 0 || !t.startsWith("order"), t);
          assertEquals(String.join("\n", stored), String.join("\n", rows(b, t)), t);
        }
        if (i == 0) {
          assertEquals(
              List.of("{count=1}"),
              rows(b, "SELECT count(*) FROM order_lines WHERE sku = 'SKU-LATE'"));
          assertEquals(
              List.of("{count=0}"), rows(b, "SELECT count(*) FROM orders WHERE currency IS NULL"));
        }
      }
    }
  }

  @Test
  void losingTheServerMidImportIsAStoreErrorNotABadFile() throws IOException, SQLException {
    TestPostgres pg = TestPostgres.get();
    String db = pg.newDatabase();
    CliRunner cli = new CliRunner(dir).store(pg.url(db));
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
    try (Connection c = pg.connection(db);
        var st = c.createStatement()) {
      // the server ends the importing session at the last order of the file (review12 L22)
      st.execute(
          "CREATE FUNCTION gone() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
              + " IF new.order_id = 'Z9' THEN PERFORM pg_terminate_backend(pg_backend_pid());"
              + " END IF; RETURN new; END $$");
      st.execute(
          "CREATE TRIGGER gone BEFORE INSERT OR UPDATE ON orders FOR EACH ROW"
              + " EXECUTE FUNCTION gone()");
    }
    Path file = dir.resolve("gone.csv");
    Files.writeString(
        file,
        "order_id,customer_id,created_at,paid_at,status,amount\n"
            + "Z1,C1,2026-05-03 09:00:00,,pending,10.00\n"
            + "Z9,C1,2026-05-03 09:00:00,,pending,10.00\n",
        StandardCharsets.UTF_8);
    CliRunner.Result r = cli.run("import", "orders", file.toString());
    assertEquals(2, r.exit(), r.toString());
    assertTrue(
        r.err().startsWith("shopops: store: the connection to the PostgreSQL server was lost"),
        r.err());
    try (Connection c = pg.connection(db)) {
      assertEquals(List.of(), rows(c, "orders"));
    }
  }

  @Test
  void aFailingUpsertRollsBackTheWholeImport() throws IOException, SQLException {
    TestPostgres pg = TestPostgres.get();
    String db = pg.newDatabase();
    CliRunner cli = new CliRunner(dir).store(pg.url(db));
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
    cli.expect(0, "import", "orders", "examples/orders.csv");
    List<String> before;
    try (Connection c = pg.connection(db);
        var st = c.createStatement()) {
      before = rows(c, "orders");
      // the merge of the staged rows fails at the last order of the file
      st.execute(
          "CREATE FUNCTION boom() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
              + " IF new.order_id = 'Z9' THEN RAISE EXCEPTION 'no Z9 here'; END IF;"
              + " RETURN new; END $$");
      st.execute(
          "CREATE TRIGGER boom BEFORE INSERT OR UPDATE ON orders FOR EACH ROW"
              + " EXECUTE FUNCTION boom()");
    }
    Path file = dir.resolve("boom.csv");
    Files.writeString(
        file,
        "order_id,customer_id,created_at,paid_at,status,amount\n"
            + "SO202605010001,C00008,2026-05-01 17:39:10,2026-05-01 17:40:00,paid,35.00\n"
            + "Z1,C1,2026-05-03 09:00:00,,pending,10.00\n"
            + "Z9,C1,2026-05-03 09:00:00,,pending,10.00\n",
        StandardCharsets.UTF_8);
    CliRunner.Result r = cli.run("import", "orders", file.toString());
    assertEquals(1, r.exit(), r.toString());
    assertTrue(
        r.err().startsWith("shopops: " + file + ": the store refused the data: ERROR: no Z9 here"),
        r.err());
    assertTrue(r.err().endsWith("  hint: nothing from this file was written\n"), r.err());
    try (Connection c = pg.connection(db)) {
      assertEquals(before, rows(c, "orders"));
      assertEquals(1, rows(c, "imports").size());
      assertEquals(List.of(), rows(c, "SELECT * FROM customers WHERE customer_id = 'C1'"));
    }
  }

  /**
   * Olist (review9 I2): the customers file gives the orders it attributes the state and city of
   * their customer_id, and, imported again, the person's orders imported after it (attributed by
   * the orders import) when all the person's customer_ids name one place; both backends alike.
   */
  @Test
  void olistOrdersTakeTheirCustomersState() throws IOException, SQLException {
    String head =
        "order_id,customer_id,order_status,order_purchase_timestamp,order_approved_at,"
            + "order_delivered_carrier_date,order_delivered_customer_date,"
            + "order_estimated_delivery_date\n";
    Files.writeString(
        dir.resolve("orders.csv"),
        head
            + "o1,c1,delivered,2017-10-02 10:56:33,2017-10-02 11:07:15,,,\n"
            + "o2,c2,delivered,2017-11-18 19:28:06,2017-11-18 19:45:59,,,\n"
            + "o3,c3,delivered,2017-11-20 08:00:00,2017-11-20 08:10:00,,,\n");
    Files.writeString(
        dir.resolve("later.csv"),
        head + "o4,c4,delivered,2017-12-01 08:00:00,2017-12-01 08:10:00,,,\n");
    Files.writeString(
        dir.resolve("customers.csv"),
        "customer_id,customer_unique_id,customer_zip_code_prefix,customer_city,customer_state\n"
            + "c1,u1,3149,sao paulo,SP\n"
            + "c2,u1,20040,rio de janeiro,RJ\n"
            + "c3,u2,20040,rio de janeiro,RJ\n"
            + "c4,u2,20040,rio de janeiro,RJ\n");
    TestPostgres pg = TestPostgres.get();
    String db = pg.newDatabase();
    List<String> said = new ArrayList<>();
    for (CliRunner cli :
        List.of(
            new CliRunner(dir).store(dir.resolve("ol.db").toString()),
            new CliRunner(dir).store(pg.url(db)))) {
      cli.expect(0, "init", "--tz", "America/Sao_Paulo", "--currency", "BRL");
      cli.expect(0, "import", "orders", dir.resolve("orders.csv").toString());
      String first =
          cli.expect(0, "import", "customers", dir.resolve("customers.csv").toString()).err();
      cli.expect(0, "import", "orders", dir.resolve("later.csv").toString());
      String again =
          cli.expect(0, "import", "customers", dir.resolve("customers.csv").toString()).err();
      said.add(first.replaceAll(", [0-9.]+ s\n", "\n") + again.replaceAll(", [0-9.]+ s\n", "\n"));
      assertTrue(
          first.contains(
              "customers.csv: 3 orders without a province given the state and city of their"
                  + " customer_id"),
          first);
      assertTrue(
          again.contains(
              "customers.csv: 1 order without a province given the state and city of their"
                  + " customer_id"),
          again);
    }
    assertEquals(said.get(0), said.get(1));
    String sql = "SELECT order_id, customer_id, province, city FROM orders ORDER BY order_id";
    try (Connection a = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("ol.db"));
        Connection b = pg.connection(db)) {
      List<String> expected =
          List.of(
              "{city=rio de janeiro, customer_id=u1, order_id=o2, province=RJ}",
              "{city=rio de janeiro, customer_id=u2, order_id=o3, province=RJ}",
              "{city=rio de janeiro, customer_id=u2, order_id=o4, province=RJ}",
              "{city=sao paulo, customer_id=u1, order_id=o1, province=SP}");
      assertEquals(expected, rows(a, sql));
      assertEquals(expected, rows(b, sql));
    }
  }

  private static List<String> importAll(CliRunner cli, Path older) {
    List<String> out = new ArrayList<>();
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
    String ex = "examples/";
    List<List<String>> imports =
        List.of(
            List.of("orders", ex + "orders.csv"),
            List.of("customers", ex + "customers.csv"),
            List.of("orders", ex + "shopify/orders_export.csv"),
            List.of("customers", ex + "shopify/customers_export.csv"),
            List.of(
                "orders",
                ex + "taobao/ExportOrderList202611201000.csv",
                ex + "taobao/ExportOrderDetailList202611201000.csv"),
            List.of("orders", ex + "jd/jd_orders.csv"),
            List.of("shipments", ex + "shipments.csv"),
            List.of("shipments", older.resolveSibling("ships.csv").toString(), "--on-error=skip"),
            List.of("shipments", ex + "shipments.csv"),
            List.of("shipments", older.resolveSibling("twice.csv").toString()),
            List.of("returns", ex + "returns.csv"),
            List.of("orders", older.toString()),
            List.of("orders", ex + "orders.csv"),
            List.of("orders", ex + "shopify/orders_export.csv"));
    for (List<String> args : imports) {
      List<String> all = new ArrayList<>(List.of("import"));
      all.addAll(args);
      CliRunner.Result r = cli.expect(0, all.toArray(new String[0]));
      // the summaries without the time each import took
      String said = (r.out() + r.err()).replaceAll(", [0-9.]+ s\n", "\n");
      out.add(String.join(" ", args) + "\n" + said);
    }
    return out;
  }

  /** A table's rows (or a query's), each as column=value text, sorted. */
  static List<String> rows(Connection c, String table) throws SQLException {
    String sql = table.startsWith("SELECT") ? table : "SELECT * FROM " + table;
    List<String> rows = new ArrayList<>();
    try (var st = c.createStatement();
        var rs = st.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        TreeMap<String, String> row = new TreeMap<>();
        for (int i = 1; i <= n; i++) {
          Object v = rs.getObject(i);
          row.put(
              rs.getMetaData().getColumnName(i).toLowerCase(java.util.Locale.ROOT),
              v instanceof Number num ? Long.toString(num.longValue()) : String.valueOf(v));
        }
        rows.add(row.toString());
      }
    }
    rows.sort(null);
    return rows;
  }
}
