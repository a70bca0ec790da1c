package com.shopops.store;

import static com.shopops.cli.TmallPresaleFixture.CREATED;
import static com.shopops.cli.TmallPresaleFixture.DEPOSIT;
import static com.shopops.cli.TmallPresaleFixture.HEAD;
import static com.shopops.cli.TmallPresaleFixture.MONTHS_HEAD;
import static com.shopops.cli.TmallPresaleFixture.NOV11;
import static com.shopops.cli.TmallPresaleFixture.OCT25;
import static com.shopops.cli.TmallPresaleFixture.metricsByMonth;
import static com.shopops.cli.TmallPresaleFixture.sha;
import static com.shopops.cli.TmallPresaleFixture.writeTryoutFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopops.cli.CliRunner;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * V046 (tryout22a A2/A3, tryout22b B7): a store of schema 39 (the tryout's t6.db: the 10-25 and
 * 11-11 订单报表 imported by the session-21 shopops) holds a Tmall presale paid in full on its deposit
 * day (2026-10-24 20:00:30) and a deposit-only one as pending with the deposit as paid time. The
 * upgrade leaves no purchase dated on a deposit it can date, names the one it cannot (an earlier
 * 订单报表 may have shown it paid), and leaves the kept figures right (`check` exit 0).
 */
class PresaleUpgradeTest {
  @TempDir Path dir;

  static String insertImport(long id, String file, long at) {
    return insertImport(id, file, "x", at);
  }

  static String insertImport(long id, String file, String sha256, long at) {
    return "INSERT INTO imports (import_id, kind, file, sha256, preset, encoding, rows_read,"
        + " started_at, finished_at) VALUES ("
        + id
        + ", 'orders', '"
        + file
        + "', '"
        + sha256
        + "', 'taobao-orders', 'GB18030', 1, "
        + at
        + ", "
        + at
        + ")";
  }

  /** An order as the shopops of schema 39 stored a Tmall staged presale. */
  static String insertOrder(
      String id, String buyer, String status, long total, long importId, Long shipped) {
    return "INSERT INTO orders (order_id, customer_id, created_at, paid_at, shipped_at, status,"
        + " amount, shipping_fee, total, currency, region, source, import_id, exported_at,"
        + " order_type) VALUES ('"
        + id
        + "', '"
        + buyer
        + "', "
        + CREATED
        + ", "
        + DEPOSIT
        + ", "
        + shipped
        + ", '"
        + status
        + "', 29900, 0, "
        + total
        + ", 'CNY', '华东', 'taobao-orders', "
        + importId
        + ", "
        + NOV11
        + ", 'presale')";
  }

  /** A connection to a new store, to be taken to an old schema; its location for the CLI. */
  Connection connect() throws Exception {
    return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("shop.db"));
  }

  String location() {
    return dir.resolve("shop.db").toString();
  }

  /** A store of schema 39 holding {@code rows}, its customer figures added up as then. */
  private void oldStore(String... rows) throws Exception {
    try (Connection conn = connect();
        Statement st = conn.createStatement()) {
      Migrations.migrate(conn, StoreUpgradeTest.T, 39);
      conn.setAutoCommit(false);
      st.execute("INSERT INTO settings (key, value) VALUES ('zone', 'Asia/Shanghai')");
      st.execute("INSERT INTO settings (key, value) VALUES ('currency', 'CNY')");
      for (String sql : rows) {
        st.execute(sql);
      }
      CustomerFigureUpkeep.refresh(conn); // as the old build's commit did
      conn.commit();
    }
  }

  private String stored() throws Exception {
    try (Connection c = connect()) {
      return CliRunner.rows(
          c, "SELECT order_id, status, paid_at, deposited_at FROM orders ORDER BY order_id");
    }
  }

  /** The tryout's t6.db: the balance first seen paid by import 2, or by import 1 unseen. */
  @Test
  void aPresaleAnEarlierExportMayHaveShownPaidKeepsItsTimeAndIsNamed() throws Exception {
    oldStore(
        insertImport(1, "/data/t6/ExportOrderList202610251000.csv", OCT25),
        insertImport(2, "/data/t6b/ExportOrderList202611111000.csv", NOV11),
        insertOrder("5200000000000000001", "presale_fan", "paid", 29900, 2, null),
        insertOrder("5200000000000000002", "presale_two", "pending", 5000, 2, null));
    CliRunner cli = new CliRunner(dir).store(location());
    CliRunner.Result r = metricsByMonth(cli, "2026-11-13 10:00");
    // no date invented: the 10-25 export may have shown the balance paid
    assertEquals(
        MONTHS_HEAD
            + "2026-10,,,1,1,299.00,299.00,,,299.00,299.00,0.0000,,\n"
            + "2026-11,,,0,0,0.00,0.00,,,,,,,\n",
        r.out());
    assertTrue(
        r.err()
            .contains(
                "note: 1 Tmall presale (预售) paid in stages was stored by an older shopops with the"
                    + " deposit (定金) time as its paid time, and this store did not keep when the"
                    + " balance (尾款) was first seen paid: it still counts as paid on the deposit"
                    + " day (e.g. 5200000000000000001); import again the 订单报表 that first showed"
                    + " the balance paid to date it: shopops --db "
                    + location()
                    + " import orders"
                    + " /data/t6b/ExportOrderList202611111000.csv\n"),
        r.err());
    assertEquals(
        "5200000000000000001|paid|"
            + DEPOSIT
            + "|null\n"
            + "5200000000000000002|pending|null|"
            + DEPOSIT
            + "\n",
        stored());
    // the deposit-only order left the kept figures by the upgrade: check finds them right (A3)
    assertTrue(cli.expect(0, "check", "-f", "csv").out().contains("customer figures,ok\n"));
    assertFalse(
        cli.expect(0, "--now", "2026-11-13 10:00", "metrics").err().contains("Tmall presale"),
        "said once, by the run that upgraded");
  }

  /** Its only 订单报表 import is the first that saw it paid in full: dated at that export. */
  @Test
  void aPresaleFirstSeenPaidByTheStoresFirstExportCountsOnThatExportsDay() throws Exception {
    oldStore(
        insertImport(1, "/data/t6b/ExportOrderList202611111000.csv", NOV11 + 600),
        insertOrder("5200000000000000001", "presale_fan", "paid", 29900, 1, null),
        insertOrder("5200000000000000002", "presale_two", "pending", 5000, 1, null));
    CliRunner cli = new CliRunner(dir).store(location());
    CliRunner.Result r = metricsByMonth(cli, "2026-11-13 10:00");
    assertEquals(
        MONTHS_HEAD
            + "2026-10,,,0,0,0.00,0.00,,,,,,,\n"
            + "2026-11,,,1,1,299.00,299.00,,,299.00,299.00,0.0000,,\n",
        r.out());
    assertFalse(r.err().contains("Tmall presale"), r.err());
    assertEquals(
        "5200000000000000001|paid|"
            + NOV11
            + "|"
            + DEPOSIT
            + "\n"
            + "5200000000000000002|pending|null|"
            + DEPOSIT
            + "\n",
        stored());
    assertTrue(
        cli.expect(0, "--now", "2026-11-13 10:00", "customers", "list", "-f", "csv")
            .out()
            .contains("\npresale_fan,"));
    assertTrue(cli.expect(0, "check", "-f", "csv").out().contains("customer figures,ok\n"));
  }

  /** Shipped before its export was made: paid no later than its shipped time (tryout22a A1). */
  @Test
  void aPresaleShippedBeforeItsExportCountsAtItsShippedTime() throws Exception {
    long shipped = NOV11 - 2 * 86400; // 2026-11-09 10:00
    oldStore(
        insertImport(1, "/data/t6b/ExportOrderList202611111000.csv", NOV11),
        insertOrder("5200000000000000001", "presale_fan", "shipped", 29900, 1, shipped));
    CliRunner cli = new CliRunner(dir).store(location());
    cli.expect(0, "--now", "2026-11-13 10:00", "check", "-f", "csv");
    assertEquals("5200000000000000001|shipped|" + shipped + "|" + DEPOSIT + "\n", stored());
  }

  /**
   * The tryout's t6 files still where they were imported, unchanged: the 10-25 one shows the
   * balance unpaid, the 11-11 one paid, so the upgrade dates it at 2026-11-11 10:00, as a fresh
   * store does.
   */
  @Test
  void theStoredFilesDateAPresaleAtTheFirstExportThatShowedItPaid() throws Exception {
    oldStore(filesAndOrders());
    CliRunner cli = new CliRunner(dir).store(location());
    CliRunner.Result r = metricsByMonth(cli, "2026-11-13 10:00");
    assertEquals(
        MONTHS_HEAD
            + "2026-10,,,0,0,0.00,0.00,,,,,,,\n"
            + "2026-11,,,1,1,299.00,299.00,,,299.00,299.00,0.0000,,\n",
        r.out());
    assertFalse(r.err().contains("Tmall presale"), r.err());
    assertEquals(
        "5200000000000000001|paid|"
            + NOV11
            + "|"
            + DEPOSIT
            + "\n"
            + "5200000000000000002|pending|null|"
            + DEPOSIT
            + "\n",
        stored());
    assertTrue(cli.expect(0, "check", "-f", "csv").out().contains("customer figures,ok\n"));
  }

  /** The tryout's t6 files written where the store says they were imported. */
  private String[] filesAndOrders(String... more) throws Exception {
    Path[] files = writeTryoutFiles(dir);
    Path oct = files[0];
    Path nov = files[1];
    java.util.List<String> rows =
        new java.util.ArrayList<>(
            java.util.List.of(
                insertImport(1, oct.toString(), sha(oct), OCT25),
                insertImport(2, nov.toString(), sha(nov), NOV11),
                insertOrder("5200000000000000001", "presale_fan", "paid", 29900, 2, null),
                insertOrder("5200000000000000002", "presale_two", "pending", 5000, 2, null)));
    rows.addAll(java.util.List.of(more));
    return rows.toArray(String[]::new);
  }

  private String marker() throws Exception {
    try (Connection c = connect()) {
      return CliRunner.rows(
          c, "SELECT key, value FROM settings WHERE key = '" + PresaleUpgrade.TO_DATE + "'");
    }
  }

  /**
   * tryout23a A9: an upgrade stopped after its migrations committed (V046's marker left, nothing
   * dated by the files) is finished by the next command; a finished one leaves no marker.
   */
  @Test
  void anUpgradeStoppedBeforeTheFilesDatedThemIsFinishedByTheNextCommand() throws Exception {
    oldStore(filesAndOrders());
    try (Connection conn = connect()) {
      Migrations.migrate(conn, StoreUpgradeTest.T); // the migrations, then the process killed
    }
    assertEquals(PresaleUpgrade.TO_DATE + "|" + PresaleUpgrade.MIGRATION + "\n", marker());
    assertEquals(
        "5200000000000000001|paid|"
            + DEPOSIT
            + "|null\n"
            + "5200000000000000002|pending|null|"
            + DEPOSIT
            + "\n",
        stored());
    CliRunner cli = new CliRunner(dir).store(location());
    CliRunner.Result r = metricsByMonth(cli, "2026-11-13 10:00");
    assertEquals(
        MONTHS_HEAD
            + "2026-10,,,0,0,0.00,0.00,,,,,,,\n"
            + "2026-11,,,1,1,299.00,299.00,,,299.00,299.00,0.0000,,\n",
        r.out());
    assertEquals(
        "5200000000000000001|paid|"
            + NOV11
            + "|"
            + DEPOSIT
            + "\n"
            + "5200000000000000002|pending|null|"
            + DEPOSIT
            + "\n",
        stored());
    assertEquals("", marker());
    assertTrue(cli.expect(0, "check", "-f", "csv").out().contains("customer figures,ok\n"));
  }

  /** A completed upgrade clears its marker. */
  @Test
  void aCompletedUpgradeLeavesNoMarker() throws Exception {
    oldStore(filesAndOrders());
    new CliRunner(dir).store(location()).expect(0, "--now", "2026-11-13 10:00", "check");
    assertEquals("", marker());
    assertTrue(stored().startsWith("5200000000000000001|paid|" + NOV11 + "|" + DEPOSIT + "\n"));
  }

  /**
   * tryout23a A2: the store's own shipment (2026-11-09 10:00, before the 11-11 export that showed
   * the balance paid) caps the re-dated paid time, as a fresh import of the same files does.
   */
  @Test
  void theStoresOwnEarlierShipmentCapsTheRedatedPaidTime() throws Exception {
    long shipped = NOV11 - 2 * 86400; // 2026-11-09 10:00
    oldStore(
        filesAndOrders(
            "INSERT INTO shipments (order_id, shipped_at) VALUES ('5200000000000000001', "
                + shipped
                + ")"));
    new CliRunner(dir).store(location()).expect(0, "--now", "2026-11-13 10:00", "check");
    assertEquals(
        "5200000000000000001|paid|"
            + shipped
            + "|"
            + DEPOSIT
            + "\n"
            + "5200000000000000002|pending|null|"
            + DEPOSIT
            + "\n",
        stored());
  }

  /** The tryout23a A6 file: a presale closed with only its 定金 paid, then refunded. */
  static final String DEC01_CLOSED_FILE =
      HEAD
          + "5300000000000000003,hist_c,,299.00,0.00,,299.00,,50.00,,交易关闭,,赵,浙江省 杭州市 上城区"
          + " 解放路1号,,,13700000000,2026-10-24 20:00:00,2026-10-24 20:00:30,,,,,,,,,,,,,,"
          + "定金：50.00元，已付款；尾款：249.00元，未付款,,,,,,,,,,50.00\n";

  /**
   * The closed deposit-only presale as the shopops of schema 39 stored it from {@code file} (import
   * 1): cancelled, paid on its deposit, 实付 50.00 with its 退款 50.00 added back (total 100.00).
   */
  private String[] closedDepositOnly(Path file) throws Exception {
    java.nio.file.Files.write(
        file, DEC01_CLOSED_FILE.getBytes(java.nio.charset.Charset.forName("GB18030")));
    return new String[] {
      insertImport(1, file.toString(), sha(file), DEC01),
      "INSERT INTO orders (order_id, customer_id, created_at, paid_at, status, amount,"
          + " shipping_fee, total, refunded, currency, region, source, import_id, exported_at,"
          + " order_type) VALUES ('5300000000000000003', 'hist_c', "
          + CREATED
          + ", "
          + DEPOSIT
          + ", 'cancelled', 29900, 0, 10000, 5000, 'CNY', '华东', 'taobao-orders', 1, "
          + DEC01
          + ", 'presale')"
    };
  }

  static final long DEC01 = 1796090400L; // 2026-12-01 10:00

  private String money() throws Exception {
    try (Connection c = connect()) {
      return CliRunner.rows(
          c,
          "SELECT order_id, paid_at, deposited_at, amount, total, refunded FROM orders"
              + " ORDER BY order_id");
    }
  }

  private CliRunner.Result months(CliRunner cli) throws Exception {
    return cli.expect(
        0,
        "--now",
        "2026-12-02 10:00",
        "metrics",
        "--by",
        "month",
        "--from",
        "2026-10-01",
        "-f",
        "csv");
  }

  /**
   * tryout23a A6: a presale closed with only its 定金 paid (its stored file: 尾款 未付款, 实付 50.00, 退款
   * 50.00) that the old shopops held a purchase of 100.00 on its deposit day is made deposit-only
   * by the upgrade, as a fresh import stores it: no paid time, the deposit time kept, total 50.00;
   * October shows no order; nothing is named for re-import.
   */
  @Test
  void aPresaleClosedWithOnlyItsDepositPaidIsNoPurchaseAfterTheUpgrade() throws Exception {
    oldStore(closedDepositOnly(dir.resolve("ExportOrderList202612011000.csv")));
    CliRunner cli = new CliRunner(dir).store(location());
    CliRunner.Result r = months(cli);
    assertEquals(
        MONTHS_HEAD
            + "2026-10,,,0,0,0.00,0.00,,,,,,,\n"
            + "2026-11,,,0,0,0.00,0.00,,,,,,,\n"
            + "2026-12,,,0,0,0.00,0.00,,,,,,,\n",
        r.out());
    assertFalse(r.err().contains("Tmall presale"), r.err());
    assertEquals("5300000000000000003|null|" + DEPOSIT + "|5000|5000|5000\n", money());
    assertEquals("", marker());
    assertTrue(cli.expect(0, "check", "-f", "csv").out().contains("customer figures,ok\n"));
  }

  /** tryout24a A3: a presale waiting for its balance (等待买家付款, 尾款 未付款), 实付 50.00. */
  static final String DEC01_PENDING_FILE =
      HEAD
          + "5300000000000000004,hist_p,,299.00,0.00,,299.00,,50.00,,等待买家付款,,赵,浙江省 杭州市 上城区"
          + " 解放路1号,,,13700000000,2026-10-24 20:00:00,2026-10-24 20:00:30,,,,,,,,,,,,,,"
          + "定金：50.00元，已付款；尾款：249.00元，未付款,,,,,,,,,,\n";

  /**
   * tryout24a A3: a presale pending with only its 定金 paid, stored by the shopops of schema 39 with
   * its 买家应付货款 (amount 299.00, total 50.00), is made deposit-only by the upgrade as a fresh import
   * stores it (amount 50.00, no paid time, the deposit time kept); its own file imported again then
   * finds nothing to say (before: a same-snapshot anomaly, 299.00 kept).
   */
  @Test
  void aPendingPresaleWithOnlyItsDepositPaidIsStoredAsAFreshImportDoes() throws Exception {
    Path file = dir.resolve("ExportOrderList202612011000.csv");
    java.nio.file.Files.write(
        file, DEC01_PENDING_FILE.getBytes(java.nio.charset.Charset.forName("GB18030")));
    oldStore(
        insertImport(1, file.toString(), sha(file), DEC01),
        "INSERT INTO orders (order_id, customer_id, created_at, paid_at, status, platform_status,"
            + " amount, shipping_fee, total, currency, region, source, import_id, exported_at,"
            + " order_type) VALUES ('5300000000000000004', 'hist_p', "
            + CREATED
            + ", "
            + DEPOSIT
            + ", 'pending', '等待买家付款', 29900, 0, 5000, 'CNY', '华东', 'taobao-orders', 1, "
            + DEC01
            + ", 'presale')");
    try (Connection c = connect();
        Statement st = c.createStatement()) {
      if (Dialect.of(c) == Dialect.POSTGRESQL) { // the import ids given by hand above
        st.execute("SELECT setval(pg_get_serial_sequence('imports', 'import_id'), 1)");
      }
    }
    CliRunner cli = new CliRunner(dir).store(location());
    months(cli);
    assertEquals("5300000000000000004|null|" + DEPOSIT + "|5000|5000|null\n", money());
    assertEquals("", marker());
    CliRunner.Result r =
        cli.expect(0, "--now", "2026-12-02 11:00", "import", "orders", file.toString());
    assertFalse(r.err().contains("anomal") || r.err().contains("299.00"), r.err());
    try (Connection c = connect()) {
      // only the deposit-only note a fresh store's import writes too; no same-snapshot anomaly
      assertEquals(
          "note\n",
          CliRunner.rows(c, "SELECT kind FROM anomalies WHERE import_id = 2 ORDER BY line"));
    }
    assertEquals("5300000000000000004|null|" + DEPOSIT + "|5000|5000|null\n", money());
    assertTrue(cli.expect(0, "check", "-f", "csv").out().contains("customer figures,ok\n"));
  }

  /**
   * tryout23a A6 on a store main's upgrade (V046 as it was) already took to schema 48: the presale
   * still held paid on its deposit day; V050 runs the re-dating by the stored file again.
   */
  @Test
  void aStoreAlreadyUpgradedIsPutRightByV050() throws Exception {
    String[] rows = closedDepositOnly(dir.resolve("ExportOrderList202612011000.csv"));
    try (Connection conn = connect();
        Statement st = conn.createStatement()) {
      Migrations.migrate(conn, StoreUpgradeTest.T, 48);
      conn.setAutoCommit(false);
      st.execute("INSERT INTO settings (key, value) VALUES ('zone', 'Asia/Shanghai')");
      st.execute("INSERT INTO settings (key, value) VALUES ('currency', 'CNY')");
      for (String sql : rows) {
        st.execute(sql);
      }
      MaintainedFigures.refresh(conn);
      conn.commit();
    }
    assertEquals("5300000000000000003|" + DEPOSIT + "|null|29900|10000|5000\n", money());
    CliRunner cli = new CliRunner(dir).store(location());
    assertEquals(
        MONTHS_HEAD
            + "2026-10,,,0,0,0.00,0.00,,,,,,,\n"
            + "2026-11,,,0,0,0.00,0.00,,,,,,,\n"
            + "2026-12,,,0,0,0.00,0.00,,,,,,,\n",
        months(cli).out());
    assertEquals("5300000000000000003|null|" + DEPOSIT + "|5000|5000|5000\n", money());
    assertTrue(cli.expect(0, "check", "-f", "csv").out().contains("customer figures,ok\n"));
  }

  /** The stored file moved: nothing read, the order stays as stored and named. */
  @Test
  void aClosedDepositOnlyPresaleWhoseFileMovedIsNamed() throws Exception {
    Path file = dir.resolve("ExportOrderList202612011000.csv");
    oldStore(closedDepositOnly(file));
    java.nio.file.Files.move(file, dir.resolve("moved.csv"));
    CliRunner.Result r = months(new CliRunner(dir).store(location()));
    assertTrue(r.err().contains("(e.g. 5300000000000000003)"), r.err());
    assertEquals("5300000000000000003|" + DEPOSIT + "|null|29900|10000|5000\n", money());
  }

  /**
   * The note's remedy works: the very file (same sha256) imported again from where it is now is no
   * "older export" of the order (before: older-filled, the order kept paid at 100.00).
   */
  @Test
  void theMovedFileImportedAgainMakesItDepositOnly() throws Exception {
    Path file = dir.resolve("ExportOrderList202612011000.csv");
    oldStore(closedDepositOnly(file));
    Path moved = dir.resolve("moved").resolve("ExportOrderList202612011000.csv");
    java.nio.file.Files.createDirectories(moved.getParent());
    java.nio.file.Files.move(file, moved);
    try (Connection c = connect();
        Statement st = c.createStatement()) {
      if (Dialect.of(c) == Dialect.POSTGRESQL) { // the import ids given by hand above
        st.execute("SELECT setval(pg_get_serial_sequence('imports', 'import_id'), 1)");
      }
    }
    CliRunner cli = new CliRunner(dir).store(location());
    months(cli);
    CliRunner.Result r =
        cli.expect(0, "--now", "2026-12-02 11:00", "import", "orders", moved.toString());
    assertFalse(r.err().contains("older"), r.err());
    // the order it dated is an update of this run, said (tryout24a A5: was "0 updated, 1
    // unchanged")
    assertTrue(r.err().contains(": 1 row, 1 order (0 new, 1 updated, 0 unchanged);"), r.err());
    assertTrue(
        r.err()
            .contains(
                "ExportOrderList202612011000.csv: 1 presale order (预售) dated again by this file,"
                    + " which a stored import read before (its paid and deposit times as the file"
                    + " states them): counted as updated\n"),
        r.err());
    assertEquals("5300000000000000003|null|" + DEPOSIT + "|5000|5000|5000\n", money());
    assertEquals(
        MONTHS_HEAD
            + "2026-10,,,0,0,0.00,0.00,,,,,,,\n"
            + "2026-11,,,0,0,0.00,0.00,,,,,,,\n"
            + "2026-12,,,0,0,0.00,0.00,,,,,,,\n",
        months(cli).out());
    assertTrue(cli.expect(0, "check", "-f", "csv").out().contains("customer figures,ok\n"));
  }

  /** The same in Chinese: the count and the note (tryout24a A5). */
  @Test
  void theMovedFileImportedAgainCountsTheDatedOrderInChinese() throws Exception {
    Path file = dir.resolve("ExportOrderList202612011000.csv");
    oldStore(closedDepositOnly(file));
    Path moved = dir.resolve("moved").resolve("ExportOrderList202612011000.csv");
    java.nio.file.Files.createDirectories(moved.getParent());
    java.nio.file.Files.move(file, moved);
    try (Connection c = connect();
        Statement st = c.createStatement()) {
      if (Dialect.of(c) == Dialect.POSTGRESQL) {
        st.execute("SELECT setval(pg_get_serial_sequence('imports', 'import_id'), 1)");
      }
    }
    CliRunner cli = new CliRunner(dir).store(location());
    months(cli);
    CliRunner.Result r =
        cli.expect(
            0, "--lang", "zh", "--now", "2026-12-02 11:00", "import", "orders", moved.toString());
    assertTrue(r.err().contains("新增 0，更新 1，未变 0"), r.err());
    assertTrue(
        r.err()
            .contains(
                "ExportOrderList202612011000.csv：1 笔预售订单按原文件重新定日期（此前已导入过的同一文件；"
                    + "付款与定金时间按文件所写），计为更新\n"),
        r.err());
    // imported once more: nothing left to date, nothing changed
    r = cli.expect(0, "--now", "2026-12-02 12:00", "import", "orders", moved.toString());
    assertTrue(r.err().contains("(0 new, 0 updated, 1 unchanged)"), r.err());
    assertFalse(r.err().contains("dated again"), r.err());
  }

  private static String sha(Path file) throws Exception {
    return java.util.HexFormat.of()
        .formatHex(
            java.security.MessageDigest.getInstance("SHA-256")
                .digest(java.nio.file.Files.readAllBytes(file)));
  }

  /** The version a plain reader of the store sees now (another connection). */
  private String versionSeen() throws Exception {
    try (Connection c = connect()) {
      return CliRunner.rows(c, "SELECT max(version) FROM schema_migrations");
    }
  }

  /** What the store says a waiting opening waits for, and a --wait 0 one is refused with. */
  String upgrading(Store upgrader, boolean waiting) throws Exception {
    String holder;
    if (upgrader.dialect() == Dialect.POSTGRESQL) {
      String url = PgLocks.withoutUser(upgrader.location());
      String who = upgrader.user(java.util.Map.of());
      holder =
          waiting
              ? "the upgrade of " + url + " (held by " + who + ")"
              : "store " + url + " is busy: another shopops is upgrading it (held by " + who + ")";
    } else {
      holder =
          waiting
              ? "the upgrade of the store (started 10:00 Asia/Shanghai)"
              : "store "
                  + location()
                  + " is busy: the upgrade of the store (started 10:00 Asia/Shanghai) is writing"
                  + " to it";
    }
    return holder;
  }

  /**
   * tryout23a A8: while one command upgrades the store (here held inside its re-reading of the
   * stored files), a plain reader still sees the old version (never a half-upgraded store), an
   * opening with --wait 0 is told the store is being upgraded, and one that waits gets the whole
   * upgrade: the presale dated by the files, nothing left to do.
   */
  @Test
  void aReaderDuringTheUpgradeWaitsOrIsToldAndNeverSeesItHalfDone() throws Exception {
    oldStore(filesAndOrders());
    com.shopops.app.imports.StagedPresaleFiles.serveUpgrades();
    PresaleUpgrade.FileReader real = PresaleUpgrade.fileReader();
    java.util.concurrent.CountDownLatch inside = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    PresaleUpgrade.readFilesWith(
        (seen, zone) -> {
          inside.countDown();
          try {
            release.await(60, java.util.concurrent.TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return real.shown(seen, zone);
        });
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      java.util.concurrent.Future<Store> upgrader =
          pool.submit(
              () ->
                  Store.open(
                      location(),
                      java.util.Map.of(),
                      StoreUpgradeTest.T,
                      new Store.Waiting(java.time.Duration.ofMinutes(1), m -> {})));
      assertTrue(inside.await(60, java.util.concurrent.TimeUnit.SECONDS));
      assertEquals("39\n", versionSeen()); // not 48: the migrations are not committed apart

      java.util.List<String> refusedSaid = new java.util.concurrent.CopyOnWriteArrayList<>();
      StoreException refused =
          assertThrows(
              StoreException.class,
              () ->
                  Store.open(
                      location(),
                      java.util.Map.of(),
                      StoreUpgradeTest.T,
                      new Store.Waiting(java.time.Duration.ZERO, refusedSaid::add)));

      java.util.List<String> said = new java.util.concurrent.CopyOnWriteArrayList<>();
      java.util.concurrent.Future<Store> reader =
          pool.submit(
              () ->
                  Store.open(
                      location(),
                      java.util.Map.of(),
                      StoreUpgradeTest.T,
                      new Store.Waiting(java.time.Duration.ofMinutes(1), said::add)));
      for (int i = 0; i < 400 && said.isEmpty(); i++) {
        Thread.sleep(25);
      }
      release.countDown();
      try (Store up = upgrader.get(60, java.util.concurrent.TimeUnit.SECONDS);
          Store read = reader.get(60, java.util.concurrent.TimeUnit.SECONDS)) {
        assertEquals(
            java.util.List.of(
                "waiting for " + upgrading(up, true) + " … up to 1m; --wait 0 fails at once"),
            said);
        assertEquals(upgrading(up, false), refused.getMessage());
        assertEquals(39, up.upgradedFrom().getAsInt());
        assertTrue(read.upgradedFrom().isEmpty()); // it waited, then found it done
        assertFalse(PresaleUpgrade.toDate(read));
      }
      assertEquals(
          "5200000000000000001|paid|"
              + NOV11
              + "|"
              + DEPOSIT
              + "\n"
              + "5200000000000000002|pending|null|"
              + DEPOSIT
              + "\n",
          stored());
      assertEquals(Migrations.latest() + "\n", versionSeen());
    } finally {
      release.countDown();
      PresaleUpgrade.readFilesWith(real);
      pool.shutdownNow();
    }
  }

  /**
   * tryout23a A9/A8: an upgrade that fails in its last step (the re-reading of the stored files)
   * leaves the store as it was, at its old version with nothing re-dated, for the next command to
   * upgrade whole; it was left at the latest version, the presale on its deposit day.
   */
  @Test
  void anUpgradeThatFailsInItsLastStepLeavesTheStoreAsItWas() throws Exception {
    oldStore(filesAndOrders());
    com.shopops.app.imports.StagedPresaleFiles.serveUpgrades();
    PresaleUpgrade.FileReader real = PresaleUpgrade.fileReader();
    PresaleUpgrade.readFilesWith(
        (seen, zone) -> {
          throw new IllegalStateException("killed");
        });
    try {
      assertThrows(
          IllegalStateException.class,
          () -> Store.open(location(), java.util.Map.of(), StoreUpgradeTest.T, null).close());
    } finally {
      PresaleUpgrade.readFilesWith(real);
    }
    assertEquals("39\n", versionSeen());
    assertEquals(
        "5200000000000000001|paid|"
            + DEPOSIT
            + "|null\n"
            + "5200000000000000002|pending|"
            + DEPOSIT
            + "|null\n",
        stored39());
    try (Store s = Store.open(location(), java.util.Map.of(), StoreUpgradeTest.T, null)) {
      assertEquals(39, s.upgradedFrom().getAsInt());
    }
    assertTrue(stored().startsWith("5200000000000000001|paid|" + NOV11 + "|" + DEPOSIT + "\n"));
  }

  /** The presales of a schema-39 store (no deposit time yet). */
  private String stored39() throws Exception {
    try (Connection c = connect()) {
      return CliRunner.rows(
          c, "SELECT order_id, status, paid_at, NULL FROM orders ORDER BY order_id");
    }
  }
}
