package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Older and newer exports of one order (task exportage): an order edited in the shop without a
 * change of status or times (R4, tryout17 U1), an older 订单报表 + 宝贝报表 pair imported after the newer
 * one (review18 T9). Where both export times are known ({@code --exported-at}, a Taobao/Tmall
 * download's name) the later export wins whole; otherwise the lines are merged as before, and said.
 */
class ExportTimeImportTest {
  @TempDir Path dir;
  private CliRunner cli;

  private static final String HEADER =
      "order_id,customer_id,created_at,paid_at,status,sku,title,quantity,amount\n";
  private static final String R4 = "R4,C1,2026-11-01 10:00:00,2026-11-01 10:05:00,paid,";

  /** The export made before the edit: three lines, 87.00. */
  private Path before;

  /** The export made after a line was removed in the shop: two lines, 58.00. */
  private Path after;

  @BeforeEach
  void store() {
    cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    before =
        TestFiles.write(
            dir,
            "before.csv",
            HEADER + R4 + "A,Mug,1,29.00\n" + R4 + "B,Cup,1,29.00\n" + R4 + "C,Pot,1,29.00\n");
    after =
        TestFiles.write(dir, "after.csv", HEADER + R4 + "A,Mug,1,29.00\n" + R4 + "B,Cup,1,29.00\n");
  }

  private String order(String id) throws Exception {
    return cli.sql(
            "SELECT amount, coalesce(exported_at, '-') FROM orders WHERE order_id = '" + id + "'")
        + cli.sql(
            "SELECT group_concat(sku || 'x' || quantity || '=' || amount, ' ') FROM (SELECT * FROM"
                + " order_lines WHERE order_id = '"
                + id
                + "' ORDER BY line_no)");
  }

  private String anomalies() throws Exception {
    return cli.sql("SELECT import_id, kind, record_id FROM anomalies ORDER BY anomaly_id");
  }

  private void importAt(Path file, String exportedAt) {
    cli.expect(0, "-q", "import", "orders", file.toString(), "--exported-at", exportedAt);
  }

  @Test
  void withBothExportTimesTheLaterExportWinsWholeInEitherOrder() throws Exception {
    importAt(after, "2026-11-20 10:00");
    importAt(before, "2026-11-10 10:00"); // the older export, imported last: changes nothing
    assertEquals("5800|1795140000\nAx1=2900 Bx1=2900\n", order("R4"));
    assertEquals("2|anomaly:older-export|R4\n", anomalies());
    String shown = cli.expect(0, "imports", "show", "2").out();
    assertTrue(
        shown.contains(
            "from an export made 2026-11-20 10:00; this file was exported 2026-11-10 10:00: it is"
                + " taken as the older export and changes nothing of the order"),
        shown);

    Path other = java.nio.file.Files.createDirectories(dir.resolve("other"));
    CliRunner second = new CliRunner(other);
    second.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    second.expect(
        0, "-q", "import", "orders", before.toString(), "--exported-at", "2026-11-10 10:00");
    String r =
        second
            .expect(0, "import", "orders", after.toString(), "--exported-at", "2026-11-20 10:00")
            .err();
    assertTrue(r.contains("(0 new, 1 updated, 0 unchanged)"), r);
    assertEquals(
        "5800|1795140000\nAx1=2900 Bx1=2900\n",
        CliRunner.sql(
                other.resolve("shop.db"),
                "SELECT amount, exported_at FROM orders WHERE order_id = 'R4'")
            + CliRunner.sql(
                other.resolve("shop.db"),
                "SELECT group_concat(sku || 'x' || quantity || '=' || amount, ' ') FROM (SELECT *"
                    + " FROM order_lines ORDER BY line_no)"));
    assertEquals("", CliRunner.sql(other.resolve("shop.db"), "SELECT kind FROM anomalies"));
  }

  @Test
  void withoutExportTimesTheLinesAreMergedAsBefore() throws Exception {
    // newer then older: the union (87.00, three lines), as today; either time unknown is no rule
    // (the one known time is kept, tryout18 W16: a later export replaces the union whole)
    cli.expect(0, "-q", "import", "orders", after.toString());
    cli.expect(0, "-q", "import", "orders", before.toString(), "--exported-at", "2026-11-10 10:00");
    assertEquals("8700|1794276000\nAx1=2900 Bx1=2900 Cx1=2900\n", order("R4"));
    // older then newer: the stored lines are kept, with the same-snapshot anomaly
    Path other = java.nio.file.Files.createDirectories(dir.resolve("other"));
    CliRunner second = new CliRunner(other);
    second.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    second.expect(0, "-q", "import", "orders", before.toString());
    second.expect(0, "-q", "import", "orders", after.toString());
    assertEquals(
        "8700|3\nanomaly:same-snapshot|R4\n",
        CliRunner.sql(
                other.resolve("shop.db"),
                "SELECT o.amount, (SELECT count(*) FROM order_lines) FROM orders o")
            + CliRunner.sql(other.resolve("shop.db"), "SELECT kind, record_id FROM anomalies"));
  }

  @Test
  void aLaterFilteredExportOfOnlyOlderOrdersWinsByItsExportTime() throws Exception {
    // tryout17 U1: the full export (X1, Z1, W1), then one of only X1, edited in the shop to 2 x
    // SKU-A; the newest time in the second file (11-01) says nothing of when it was made
    Path full =
        TestFiles.write(
            dir,
            "full.csv",
            HEADER
                + "X1,C1,2026-11-01 10:00:00,2026-11-01 10:05:00,paid,SKU-A,A,1,60.00\n"
                + "Z1,C2,2026-11-10 10:00:00,2026-11-10 10:05:00,paid,SKU-B,B,1,30.00\n"
                + "W1,C3,2026-11-12 10:00:00,2026-11-12 10:05:00,paid,SKU-B,B,1,30.00\n");
    Path edit =
        TestFiles.write(
            dir,
            "ExportOrderList202611201000.csv", // a Taobao/Tmall download name: its export time
            HEADER + "X1,C1,2026-11-01 10:00:00,2026-11-01 10:05:00,paid,SKU-A,A,2,120.00\n");
    importAt(full, "2026-11-15 09:00");
    String r = cli.expect(0, "import", "orders", edit.toString()).err();
    assertTrue(r.contains("(0 new, 1 updated, 0 unchanged)"), r);
    assertEquals("12000|1795140000\nSKU-Ax2=12000\n", order("X1"));
    assertEquals("3000|1794704400\nSKU-Bx1=3000\n", order("Z1"));
    assertEquals("", anomalies());
  }

  @Test
  void scatteredRowsOfOneOrderInOneFileAreStillOneOrder() throws Exception {
    Path scattered =
        TestFiles.write(
            dir,
            "scattered.csv",
            HEADER
                + R4
                + "A,Mug,1,29.00\n"
                + "Q1,C2,2026-11-02 10:00:00,2026-11-02 10:05:00,paid,Q,Tea,1,10.00\n"
                + R4
                + "B,Cup,1,29.00\n");
    importAt(scattered, "2026-11-20 10:00");
    assertEquals("5800|1795140000\nAx1=2900 Bx1=2900\n", order("R4"));
    // the same file again: the same export, nothing changes
    String r =
        cli.expect(0, "import", "orders", scattered.toString(), "--exported-at", "2026-11-20 10:00")
            .err();
    assertTrue(r.contains("(0 new, 0 updated, 2 unchanged)"), r);
    assertEquals("", anomalies());
  }

  /** A 订单报表 and its 宝贝报表: the order paid (newer) or awaiting payment (older). */
  private static final String LIST_HEADER =
      "订单编号,买家会员名,买家应付货款,买家应付邮费,买家实际支付金额,订单状态,订单创建时间,订单付款时间\n";

  private static final String ITEMS_HEADER = "订单编号,标题,价格,购买数量,商家编码\n";

  private Path newerList(String name) {
    return TestFiles.write(
        dir,
        name,
        LIST_HEADER
            + "3901000000000000008,bear,299.00,0.00,299.00,买家已付款，等待卖家发货,"
            + "2026-12-01 10:00:00,2026-12-01 10:05:00\n");
  }

  private Path olderList(String name) {
    return TestFiles.write(
        dir,
        name,
        LIST_HEADER + "3901000000000000008,bear,299.00,0.00,0.00,等待买家付款,2026-12-01 10:00:00,\n");
  }

  private Path items(String name, String sku) {
    return TestFiles.write(
        dir, name, ITEMS_HEADER + "3901000000000000008,小熊空气炸锅,299.00,1," + sku + "\n");
  }

  @Test
  void anOlderPairImportedAfterTheNewerKeepsTheOrdersLines() throws Exception {
    // review18 T9: the newer pair (paid, AF-3L), then last Thursday's pair (unpaid, AF-5L)
    cli.expect(
        0,
        "-q",
        "import",
        "orders",
        newerList("ExportOrderList_nodup.csv").toString(),
        items("ExportOrderDetailList_nodup.csv", "AF-3L").toString());
    String r =
        cli.expect(
                0,
                "import",
                "orders",
                olderList("old8_ExportOrderList.csv").toString(),
                items("old8_ExportOrderDetailList.csv", "AF-5L").toString())
            .err();
    assertTrue(
        r.contains(
            "old8_ExportOrderDetailList.csv: 1 row, 1 order (0 new, 0 updated, 1 unchanged)"),
        r);
    assertEquals("paid|29900\nAF-3Lx1=29900\n", tmall());
    assertEquals("4|anomaly:older-lines|3901000000000000008\n", anomalies());
    cli.expect(
        0,
        "--now",
        "2026-12-06 10:00",
        "-q",
        "returns",
        "add",
        "3901000000000000008",
        "--sku",
        "AF-3L",
        "--quantity",
        "1",
        "--reason",
        "no-reason");
  }

  @Test
  void anOlderPairImportedFirstIsReplacedByTheNewer() throws Exception {
    cli.expect(
        0,
        "-q",
        "import",
        "orders",
        olderList("old8_ExportOrderList.csv").toString(),
        items("old8_ExportOrderDetailList.csv", "AF-5L").toString());
    cli.expect(
        0,
        "-q",
        "import",
        "orders",
        newerList("ExportOrderList_nodup.csv").toString(),
        items("ExportOrderDetailList_nodup.csv", "AF-3L").toString());
    assertEquals("paid|29900\nAF-3Lx1=29900\n", tmall());
    assertEquals("", anomalies());
  }

  @Test
  void anItemsFileAloneWithAnOlderExportTimeChangesNothing() throws Exception {
    cli.expect(
        0,
        "-q",
        "import",
        "orders",
        newerList("ExportOrderList202612061000.csv").toString(),
        items("ExportOrderDetailList202612061000.csv", "AF-3L").toString());
    assertEquals("1796522400\n", cli.sql("SELECT exported_at FROM orders"));
    // an items file alone, downloaded on 12-03 (its name says so): the stored lines stay
    String r =
        cli.expect(
                0,
                "import",
                "orders",
                items("ExportOrderDetailList202612031000.csv", "AF-5L").toString())
            .err();
    assertTrue(r.contains("(0 new, 0 updated, 1 unchanged)"), r);
    assertEquals("paid|29900\nAF-3Lx1=29900\n", tmall());
    assertEquals("3|anomaly:older-lines|3901000000000000008\n", anomalies());
    String shown = cli.expect(0, "imports", "show", "3").out();
    assertTrue(
        shown.contains(
            "the store's line items of this order are from an export made 2026-12-06 10:00; this"
                + " file was"
                + " exported 2026-12-03 10:00: its line items here are left out and the stored"
                + " ones kept"),
        shown);
    // one downloaded later (12-07) replaces them, as an items file always did
    cli.expect(
        0,
        "-q",
        "import",
        "orders",
        items("ExportOrderDetailList202612071000.csv", "AF-5L").toString());
    assertEquals("paid|29900\nAF-5Lx1=29900\n", tmall());
    // one whose name states no time, the bytes of the 12-06 file (import 2): it takes that time,
    // older than the stored lines' (12-07), and is kept out (closing note 29 Left 2; before: it
    // replaced them, said nothing)
    String u = cli.expect(0, "import", "orders", items("items.csv", "AF-3L").toString()).err();
    assertTrue(
        u.contains(
            "items.csv: exported 2026-12-06 10:00 (the time of import 2, the same file under a name"
                + " that states it)"),
        u);
    assertEquals("paid|29900\nAF-5Lx1=29900\n", tmall());
    // other bytes of no known time: kept too, the note asks for --exported-at
    String v = cli.expect(0, "import", "orders", items("items2.csv", "AF-7L").toString()).err();
    assertTrue(v.contains("and this file's export time is not known"), v);
    assertEquals("paid|29900\nAF-5Lx1=29900\n", tmall());
  }

  private String tmall() throws Exception {
    return cli.sql("SELECT status, amount FROM orders WHERE order_id = '3901000000000000008'")
        + cli.sql(
            "SELECT group_concat(sku || 'x' || quantity || '=' || amount, ' ') FROM order_lines"
                + " WHERE order_id = '3901000000000000008'");
  }

  /** tryout18 W16: a Taobao 订单报表 of two lines (150.00) or, after one was removed, one (100.00). */
  private Path w16List(String name, String amount) {
    return TestFiles.write(
        dir,
        name,
        LIST_HEADER
            + "3800000000000000001,bear,"
            + amount
            + ",0.00,"
            + amount
            + ",买家已付款，等待卖家发货,2026-11-10 10:00:00,2026-11-10 10:05:00\n");
  }

  private Path w16Items(String name, boolean both) {
    return TestFiles.write(
        dir,
        name,
        ITEMS_HEADER
            + "3800000000000000001,猫粮,100.00,1,SKU-M\n"
            + (both ? "3800000000000000001,牛肉干,50.00,1,SKU-B\n" : ""));
  }

  private String w16() throws Exception {
    return cli.sql(
            "SELECT amount, coalesce(exported_at, '-') FROM orders WHERE order_id ="
                + " '3800000000000000001'")
        + cli.sql(
            "SELECT group_concat(sku, ' ') FROM order_lines WHERE order_id ="
                + " '3800000000000000001'");
  }

  @Test
  void theSameExportUnderAPlainNameKeepsItsExportTime() throws Exception {
    // tryout18 W16: the newest pair (2026-11-20 10:00 +08 = 1795140000), its list renamed plain
    cli.expect(
        0,
        "-q",
        "import",
        "orders",
        w16List("ExportOrderList202611201000.csv", "100.00").toString(),
        w16Items("ExportOrderDetailList202611201000.csv", false).toString());
    String r = cli.expect(0, "import", "orders", w16List("orders.csv", "100.00").toString()).err();
    assertTrue(r.contains("(0 new, 0 updated, 1 unchanged)"), r);
    assertEquals("10000|1795140000\nSKU-M\n", w16());
    // the older pair (11-19) then loses: the removed line does not come back
    cli.expect(
        0,
        "-q",
        "import",
        "orders",
        w16List("ExportOrderList202611191000.csv", "150.00").toString(),
        w16Items("ExportOrderDetailList202611191000.csv", true).toString());
    assertEquals("10000|1795140000\nSKU-M\n", w16());
  }

  @Test
  void aKnownExportTimeIsStoredOverAnUnknownOne() throws Exception {
    // tryout18 W16, the other way round: stored without a time, the same files with --exported-at
    Path list = w16List("orders.csv", "100.00");
    Path items = w16Items("items.csv", false);
    cli.expect(0, "-q", "import", "orders", list.toString(), items.toString());
    assertEquals("10000|-\nSKU-M\n", w16());
    String r =
        cli.expect(
                0,
                "import",
                "orders",
                list.toString(),
                items.toString(),
                "--exported-at",
                "2026-11-20 10:00")
            .err();
    // the time is stored, and the identical order is not counted as updated (W16 rest)
    assertTrue(r.contains("orders.csv: 1 row, 1 order (0 new, 0 updated, 1 unchanged)"), r);
    assertTrue(r.contains("items.csv: 1 row, 1 order (0 new, 0 updated, 1 unchanged)"), r);
    assertEquals("10000|1795140000\nSKU-M\n", w16());
    cli.expect(
        0,
        "-q",
        "import",
        "orders",
        w16List("ExportOrderList202611191000.csv", "150.00").toString(),
        w16Items("ExportOrderDetailList202611191000.csv", true).toString());
    assertEquals("10000|1795140000\nSKU-M\n", w16());
  }

  @Test
  void anExportTimeAfterTheClockIsRefused() throws Exception {
    // tryout18 W1: a year typo would make every real export from then on the older one
    Path list = w16List("orders.csv", "100.00");
    String err =
        cli.expect(
                2,
                "--now",
                "2026-11-19 12:00",
                "import",
                "orders",
                list.toString(),
                "--exported-at",
                "2027-11-19 10:00")
            .err();
    assertTrue(
        err.contains(
            "--exported-at 2027-11-19 10:00 is after the import's clock (2026-11-19 12:00): an"
                + " export is made before it is imported"),
        err);
    String zh =
        cli.expect(
                2,
                "--lang",
                "zh",
                "--now",
                "2026-11-19 12:00",
                "import",
                "orders",
                list.toString(),
                "--exported-at",
                "2027-11-19 10:00")
            .err();
    assertTrue(
        zh.contains("--exported-at 2027-11-19 10:00 晚于本次导入的时钟（2026-11-19 12:00）：导出必在导入之前"), zh);
    assertEquals("", cli.sql("SELECT order_id FROM orders"));
  }

  @Test
  void anExportTimeBeforeAnOrderInTheFileIsRefused() throws Exception {
    // tryout18 W1: 11-01 typed for 11-21; the order in the file was created 2026-11-10 10:00
    Path list = w16List("orders.csv", "100.00");
    Path items = w16Items("items.csv", false);
    String err =
        cli.expect(
                2,
                "import",
                "orders",
                list.toString(),
                items.toString(),
                "--exported-at",
                "2026-11-01 10:00")
            .err();
    assertTrue(
        err.contains(
            "--exported-at 2026-11-01 10:00 is before order 3800000000000000001's created_at"
                + " 2026-11-10 10:00 ("
                + list
                + ":2): an export cannot be older than the orders it holds\n"
                + "  hint: give the time the export was made (not before 2026-11-10 10:00), or"
                + " leave --exported-at out"),
        err);
    String zh =
        cli.expect(
                2,
                "--lang",
                "zh",
                "import",
                "orders",
                list.toString(),
                "--exported-at",
                "2026-11-10 10:04")
            .err();
    assertTrue(
        zh.contains(
            "--exported-at 2026-11-10 10:04 早于文件中订单 3800000000000000001 的 paid_at（2026-11-10 10:05，"
                + list
                + ":2）：导出不可能早于其中的订单"),
        zh);
    assertEquals("", cli.sql("SELECT order_id FROM orders"));
    // the minute of the latest time in the file is a possible export time
    importAt(list, "2026-11-10 10:05");
    assertEquals("10000|1794276300\nnull\n", w16());
  }

  @Test
  void anExportTimeOtherThanTheDownloadNamesIsRefused() throws Exception {
    // tryout18 W14: the newer pair (11-20, 100.00), then the 11-19 pair given --exported-at 11-21
    cli.expect(
        0,
        "-q",
        "import",
        "orders",
        w16List("ExportOrderList202611201000.csv", "100.00").toString(),
        w16Items("ExportOrderDetailList202611201000.csv", false).toString());
    Path older = w16List("ExportOrderList202611191000.csv", "150.00");
    String err =
        cli.expect(
                2,
                "--now",
                "2026-11-22 10:00",
                "import",
                "orders",
                older.toString(),
                w16Items("ExportOrderDetailList202611191000.csv", true).toString(),
                "--exported-at",
                "2026-11-21 10:00")
            .err();
    assertTrue(
        err.contains(
            "--exported-at 2026-11-21 10:00 differs from the export time in the name of"
                + " ExportOrderList202611191000.csv (2026-11-19 10:00)\n"
                + "  hint: leave --exported-at out (the name's time is used) or import the file the"
                + " time belongs to"),
        err);
    assertEquals("10000|1795140000\nSKU-M\n", w16());
    // the name's own minute, given again, is the same time
    importAt(older, "2026-11-19 10:00");
    assertEquals("10000|1795140000\nSKU-M\n", w16());
  }

  @Test
  void exportedAtIsForOrdersOnly() {
    Path f = TestFiles.write(dir, "c.csv", "customer_id,name\nC1,Ann\n");
    String err =
        cli.expect(2, "import", "customers", f.toString(), "--exported-at", "2026-11-20 10:00")
            .err();
    assertTrue(err.contains("--exported-at is for `import orders` only"), err);
  }
}
