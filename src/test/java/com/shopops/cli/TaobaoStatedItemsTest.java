package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Taobao order imported from its 订单报表 alone (tryout20 Y10): the pick list ({@code sla overdue
 * --columns order_id,ship_by,sku,quantity}) was blank in sku and quantity although the file states
 * 宝贝标题 and 宝贝总数量. They are stored on the order and shown until the order has line items (its 宝贝报表:
 * lines win); an older export neither blanks nor replaces them, and a re-import of the same file
 * changes nothing.
 */
class TaobaoStatedItemsTest {
  @TempDir Path dir;

  static final String[] COLUMNS = TmallOrderDiscountTest.LIST_HEADER.strip().split(",", -1);

  static final String ID = "4100000000000000006";

  /** A 订单报表 row of the unshipped order, with these cells (by column name) set. */
  static String row(Map<String, String> cells) {
    Map<String, String> base =
        new java.util.HashMap<>(
            Map.of(
                "订单编号", ID,
                "买家会员名", "tea_fan",
                "买家应付货款", "176.00",
                "买家应付邮费", "0.00",
                "总金额", "176.00",
                "买家实际支付金额", "176.00",
                "订单状态", "买家已付款，等待卖家发货",
                "收货地址", "浙江省 杭州市 上城区 解放路1号",
                "订单创建时间", "2026-11-12 10:00:00",
                "订单付款时间", "2026-11-12 10:01:00"));
    base.put("退款金额", "0.00");
    base.putAll(cells);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < COLUMNS.length; i++) {
      sb.append(i == 0 ? "" : ",").append(base.getOrDefault(COLUMNS[i], ""));
    }
    return sb.append('\n').toString();
  }

  private Path list(String name, Map<String, String> cells) {
    return TestFiles.gbk(dir, name, TmallOrderDiscountTest.LIST_HEADER + row(cells));
  }

  private static final Map<String, String> TEA = Map.of("宝贝标题", "茶叶礼盒", "宝贝总数量", "2");

  private static final String HEAD = "order_id,ship_by,sku,quantity\n";

  /** A new store (SQLite here; PostgreSQL in {@link PgTaobaoStatedItemsTest}). */
  CliRunner empty() {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    return cli;
  }

  /** {@code query}'s rows, {@code |}-separated. */
  String q(CliRunner cli, String query) throws Exception {
    return cli.sql(query);
  }

  private CliRunner store() {
    CliRunner cli = empty();
    cli.expect(
        0,
        "--now",
        "2026-11-12 12:00",
        "-q",
        "import",
        "orders",
        list("ExportOrderList202611121100.csv", TEA).toString());
    return cli;
  }

  private static CliRunner.Result pickList(CliRunner cli) {
    return cli.expect(
        0,
        "--now",
        "2026-11-20 10:00",
        "sla",
        "overdue",
        "--columns",
        "order_id,ship_by,sku,quantity",
        "-f",
        "csv");
  }

  @Test
  void theOrderListsTitleAndQuantityAreOnThePickList() throws Exception {
    CliRunner cli = store();
    assertEquals("茶叶礼盒|2\n", q(cli, "SELECT items_title, items_quantity FROM orders"));
    CliRunner.Result r = pickList(cli);
    assertEquals(HEAD + ID + ",2026-11-13 10:01:00,茶叶礼盒,2\n", r.out());
    assertFalse(r.err().contains("no line items"), r.err());
    // the same file again: nothing changed
    String again =
        cli.expect(
                0,
                "--now",
                "2026-11-12 12:30",
                "import",
                "orders",
                dir.resolve("ExportOrderList202611121100.csv").toString())
            .err();
    assertTrue(again.contains("1 order (0 new, 0 updated, 1 unchanged)"), again);
  }

  @Test
  void theOrderScreenShowsThemForAnOrderWithoutLines() throws Exception {
    // amount23: `orders show` said nothing of the 订单报表's 宝贝标题 / 宝贝总数量 (V045)
    CliRunner cli = store();
    String shown = cli.expect(0, "orders", "show", ID).err();
    assertTrue(
        shown.contains(
            "no line items stored (the 宝贝报表 not imported); the order list (订单报表) states the"
                + " goods as \"茶叶礼盒\", 2 units in all"),
        shown);
  }

  @Test
  void anOlderOrNewerExportWithoutThemKeepsThem() throws Exception {
    CliRunner cli = store();
    // an older export (10:00) with another title and none of the quantity: the store keeps its own
    String older =
        cli.expect(
                0,
                "--now",
                "2026-11-12 12:30",
                "import",
                "orders",
                list("ExportOrderList202611121000.csv", Map.of("宝贝标题", "茶叶")).toString())
            .err();
    assertTrue(older.contains("1 order (0 new, 0 updated, 1 unchanged)"), older);
    // a newer export (13:00) that leaves both blank: a blank never erases
    cli.expect(
        0,
        "--now",
        "2026-11-12 13:30",
        "-q",
        "import",
        "orders",
        list("ExportOrderList202611121300.csv", Map.of()).toString());
    assertEquals("茶叶礼盒|2\n", q(cli, "SELECT items_title, items_quantity FROM orders"));
    assertEquals(HEAD + ID + ",2026-11-13 10:01:00,茶叶礼盒,2\n", pickList(cli).out());
  }

  @Test
  void anOlderExportFillsWhatTheStoreLacks() throws Exception {
    CliRunner cli = empty();
    cli.expect(
        0,
        "--now",
        "2026-11-12 12:00",
        "-q",
        "import",
        "orders",
        list("ExportOrderList202611121100.csv", Map.of()).toString());
    CliRunner.Result none = pickList(cli);
    assertEquals(HEAD + ID + ",2026-11-13 10:01:00,,\n", none.out());
    assertTrue(none.err().contains("note: 1 order has no line items"), none.err());
    cli.expect(
        0,
        "--now",
        "2026-11-12 12:30",
        "-q",
        "import",
        "orders",
        list("ExportOrderList202611121000.csv", TEA).toString());
    assertEquals("茶叶礼盒|2\n", q(cli, "SELECT items_title, items_quantity FROM orders"));
  }

  @Test
  void theItemsFilesLinesWin() throws Exception {
    CliRunner cli = store();
    cli.expect(
        0,
        "--now",
        "2026-11-12 12:30",
        "-q",
        "import",
        "orders",
        TestFiles.gbk(
                dir,
                "ExportOrderDetailList202611121100.csv",
                TmallOrderDiscountTest.ITEMS_HEADER
                    + ID
                    + ",西湖龙井 礼盒装,88.00,2,TEA-LJ-BOX,,,,买家已付款，等待卖家发货,TEA-LJ-BOX\n")
            .toString());
    assertEquals(HEAD + ID + ",2026-11-13 10:01:00,TEA-LJ-BOX,2\n", pickList(cli).out());
  }
}
