package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Tmall 满减 between the 宝贝报表 and the 订单报表 (review20 X5): the lines list 328.00, the goods paid are
 * 298.00; the 30.00 is stored as the order's discount, and a refund of a line is judged against
 * what was paid for it. A 宝贝报表 imported alone later whose lines are not the goods before the
 * discount is said (tryout18 W3). Files as the shop downloads them: GBK, the 订单报表's real columns,
 * and the same pair resaved by Excel.
 */
class TmallOrderDiscountTest {
  @TempDir Path dir;

  static final Charset GBK = Charset.forName("GBK");

  /** The 订单报表's columns as 千牛 writes them (SOURCE.md), with 确认收货时间 and 退款金额. */
  static final String LIST_HEADER =
      "订单编号,买家会员名,买家支付宝账号,买家应付货款,买家应付邮费,买家支付积分,总金额,返点积分,买家实际支付金额,"
          + "买家实际支付积分,订单状态,买家留言,收货人姓名,收货地址,运送方式,联系电话,联系手机,订单创建时间,订单付款时间,宝贝标题,"
          + "宝贝种类,物流单号,物流公司,订单备注,宝贝总数量,店铺Id,店铺名称,订单关闭原因,卖家服务费,买家服务费,发票抬头,是否手机订单,"
          + "分阶段订单信息,特权订金订单id,定金排名,修改后的sku,修改后的收货地址,异常信息,天猫卡券抵扣,集分宝抵扣,是否是O2O交易,确认收货时间,"
          + "退款金额\n";

  static final String ITEMS_HEADER = "订单编号,标题,价格,购买数量,外部系统编号,商品属性,套餐信息,备注,订单状态,商家编码\n";

  /** One 订单报表 row: goods (买家应付货款 = 总金额 = 买家实际支付金额), times as written. */
  static String listRow(String id, String buyer, String goods, String created, String paid) {
    return id
        + ","
        + buyer
        + ",,"
        + goods
        + ",0.00,0,"
        + goods
        + ",0,"
        + goods
        + ",0,交易成功,,王,浙江省 杭州市 上城区 解放路1号,快递,,13700000000,"
        + created
        + ","
        + paid
        + ",,,,,,,,美妆旗舰店,,,,,,,,,,,,,,,,0.00\n";
  }

  static final String MASK = "玻尿酸补水面膜 10片装,89.00,1,MSK-HA-10,,,,交易成功,MSK-HA-10\n";
  static final String SERUM = "烟酰胺精华液 30ml,239.00,1,SER-NIA-30,,,,交易成功,SER-NIA-30\n";
  static final String ID = "5100000000000000001";

  private Path gbk(String name, String text) {
    return TestFiles.gbk(dir, name, text);
  }

  private Path list() {
    return gbk(
        "ExportOrderList202611121000.csv",
        LIST_HEADER
            + listRow(ID, "manjian_fan", "298.00", "2026-11-11 00:01:00", "2026-11-11 00:01:20"));
  }

  private Path items(String name, String... lines) {
    StringBuilder sb = new StringBuilder(ITEMS_HEADER);
    for (String l : lines) {
      sb.append(ID).append(',').append(l);
    }
    return gbk(name, sb.toString());
  }

  /** A new store (SQLite here; PostgreSQL in {@link PgTmallOrderDiscountTest}). */
  CliRunner store() {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    return cli;
  }

  /**
   * A store with the pair imported at 2026-11-12 11:00: 328.00 of goods, 30.00 off, 298.00 paid.
   */
  CliRunner withPair() {
    CliRunner cli = store();
    cli.expect(
        0,
        "-q",
        "--now",
        "2026-11-12 11:00",
        "import",
        "orders",
        list().toString(),
        items("ExportOrderDetailList202611121000.csv", MASK, SERUM).toString());
    return cli;
  }

  /** Tmall's 退款 export (GBK): the mask refunded at its list price, 89.00, at {@code refundedAt}. */
  private Path maskRefunded(String refundedAt) {
    return gbk(
        "refunds.csv",
        "退款编号,订单编号,商家编码,退货数量,退款的申请时间,退款成功时间,买家退款原因,买家退款金额,退款状态\n"
            + "R1,"
            + ID
            + ",MSK-HA-10,1,2026-11-13 10:00:00,"
            + refundedAt
            + ",七天无理由,89.00,退款成功\n");
  }

  /** The rows of a query of the store, a line each, columns joined by '|'. */
  String q(CliRunner cli, String query) throws Exception {
    return cli.sql(query);
  }

  private static final String MONEY = "SELECT amount, discount, total FROM orders";

  @Test
  void theDifferenceBetweenTheLinesAndTheGoodsPaidIsTheOrdersDiscount() throws Exception {
    CliRunner cli = withPair();
    // goods before the discount 328.00 (the lines) − 30.00 = 298.00 paid; was discount empty, and
    // the amount 298.00 (tryout21 Z12: the goods before the discount, as every source's)
    assertEquals("32800|3000|29800\n", q(cli, MONEY));
    assertEquals("", q(cli, "SELECT kind, message FROM anomalies"));
    // net sales and AOV are what was paid, as before
    assertTrue(
        cli.novemberMetrics("2026-11-12 11:00").contains(",1,1,298.00,298.00,,,298.00,298.00,"),
        cli.novemberMetrics("2026-11-12 11:00"));
    CliRunner.Result shown = cli.expect(0, "orders", "show", ID);
    String show = shown.out() + shown.err();
    // tryout21 Z12: the amount is the goods before the discount, as every source's
    assertTrue(show.contains(",328.00,30.00,,0.00,,298.00,0.00,CNY,"), show);
    assertTrue(
        show.contains(
            "amount 328.00 is the goods before the order's discount (the line items as the 宝贝报表"
                + " listed them): less the 30.00 discount (满减, shop coupons) the order list"
                + " (订单报表) takes off, the goods paid are 298.00; refunds of a line are held to"
                + " its share of what was paid"),
        show);

    // a 7-day return of the serum: the list price (239.00) is more than was paid for it
    cli.expect(
        0,
        "--now",
        "2026-11-13 10:00",
        "returns",
        "add",
        ID,
        "--sku",
        "SER-NIA-30",
        "--quantity",
        "1",
        "--reason",
        "no-reason");
    cli.expect(
        0,
        "--now",
        "2026-11-13 11:00",
        "returns",
        "update",
        "RT20261113001",
        "--status",
        "approved");
    cli.expect(
        0,
        "--now",
        "2026-11-14 11:00",
        "returns",
        "update",
        "RT20261113001",
        "--status",
        "received");
    String refused =
        cli.expect(
                1,
                "--now",
                "2026-11-14 12:00",
                "returns",
                "update",
                "RT20261113001",
                "--status",
                "refunded",
                "--refund",
                "239")
            .err();
    // 30.00 × 239/328 = 21.86 of the discount is the serum's: 239.00 − 21.86
    assertTrue(
        refused.contains(
            "refund 239.00 is more than the 217.14 paid for 1 of 1 units of order "
                + ID
                + " SKU SER-NIA-30"),
        refused);
    cli.expect(
        0,
        "--now",
        "2026-11-14 12:00",
        "returns",
        "update",
        "RT20261113001",
        "--status",
        "refunded",
        "--refund",
        "217.14");
    assertTrue(
        cli.novemberMetrics("2026-11-30 12:00").contains(",1,1,298.00,80.86,"),
        cli.novemberMetrics("2026-11-30 12:00"));
    String buyer = cli.expect(0, "customers", "show", "manjian_fan").out();
    assertTrue(buyer.contains(",1,80.86,"), buyer);
  }

  @Test
  void aPlatformsRefundExportIsHeldToTheLinesOwnAmount() throws Exception {
    // the 满减 may have covered the serum only: Tmall's 退款 export of the mask at 89.00 is its word
    CliRunner cli = withPair();
    Path refunds = maskRefunded("2026-11-14 10:00:00");
    cli.expect(0, "-q", "--now", "2026-11-15 10:00", "import", "returns", refunds.toString());
    assertEquals("R1|8900\n", q(cli, "SELECT return_id, refund_amount FROM returns"));
  }

  /**
   * tryout21 Z3: after Tmall's 退款 export refunded the mask at its list price (89.00, its share
   * after the 满减 80.86), a hand return of the serum was refused ("refunds … include 8.14 of
   * shipping, more than the 0.00 shipping paid"): the 8.14 is Tmall's allocation of the 满减, not
   * shipping. The request (no money) is recorded; its refund is held to what is left of the order,
   * 298.00 − 89.00 = 209.00 (the default), 209.01 refused on the order's total.
   */
  @Test
  void aHandReturnAfterAPlatformRefundAtListPriceIsHeldToWhatIsLeft() throws Exception {
    CliRunner cli = withPair();
    Path refunds = maskRefunded("2026-11-13 10:30:00");
    cli.expect(0, "-q", "--now", "2026-11-13 10:40", "import", "returns", refunds.toString());
    String[] now = {"--now", "2026-11-13 11:00", "-q"};
    cli.expect(
        0,
        now[0],
        now[1],
        now[2],
        "returns",
        "add",
        ID,
        "--sku",
        "SER-NIA-30",
        "--quantity",
        "1",
        "--reason",
        "no-reason",
        "--id",
        "RT1");
    cli.expect(0, now[0], now[1], now[2], "returns", "update", "RT1", "--status", "approved");
    CliRunner.Result over =
        cli.expect(
            1,
            now[0],
            now[1],
            "returns",
            "update",
            "RT1",
            "--status",
            "refunded",
            "--refund",
            "209.01");
    assertTrue(
        over.err()
            .contains(
                "refunds of order "
                    + ID
                    + " total 298.01, more than the 298.00 paid for the order"),
        over.err());
    cli.expect(0, now[0], now[1], now[2], "returns", "update", "RT1", "--status", "refunded");
    assertEquals(
        "R1|MSK-HA-10|8900\nRT1|SER-NIA-30|20900\n",
        q(cli, "SELECT return_id, sku, refund_amount FROM returns ORDER BY return_id"));
  }

  @Test
  void thePairImportedAsTwoCommandsGivesTheSameDiscountAndNoAnomaly() throws Exception {
    CliRunner cli = store();
    cli.expect(0, "-q", "--now", "2026-11-12 11:00", "import", "orders", list().toString());
    assertEquals("29800|null|29800\n", q(cli, MONEY));
    cli.expect(
        0,
        "-q",
        "--now",
        "2026-11-12 11:00",
        "import",
        "orders",
        items("ExportOrderDetailList202611121000.csv", MASK, SERUM).toString());
    assertEquals("32800|3000|29800\n", q(cli, MONEY));
    assertEquals("", q(cli, "SELECT kind, message FROM anomalies"));
    // the same pair again, and the 订单报表 alone again: nothing changes, the discount stays
    String again =
        cli.expect(
                0,
                "--now",
                "2026-11-12 11:00",
                "import",
                "orders",
                list().toString(),
                items("ExportOrderDetailList202611121000.csv", MASK, SERUM).toString())
            .err();
    assertTrue(again.contains("(0 new, 0 updated, 1 unchanged)"), again);
    cli.expect(0, "-q", "--now", "2026-11-12 11:00", "import", "orders", list().toString());
    assertEquals("32800|3000|29800\n", q(cli, MONEY));
    assertEquals("", q(cli, "SELECT kind, message FROM anomalies"));
  }

  @Test
  void thePairResavedByExcelGivesTheSameStore() throws Exception {
    CliRunner cli = store();
    // Excel: times to the minute with slashes, amounts without their zeros; still GBK (ANSI)
    Path list =
        gbk(
            "ExportOrderList202611121000.csv",
            LIST_HEADER
                + listRow(ID, "manjian_fan", "298", "2026/11/11 0:01", "2026/11/11 0:01")
                    .replace(",0.00,0,", ",0,0,")
                    .replace(",0.00\n", ",0\n"));
    Path items =
        items(
            "ExportOrderDetailList202611121000.csv",
            MASK.replace("89.00", "89"),
            SERUM.replace("239.00", "239"));
    cli.expect(0, "-q", "--now", "2026-11-12 11:00", "import", "orders", list.toString());
    cli.expect(0, "-q", "--now", "2026-11-12 11:00", "import", "orders", items.toString());
    assertEquals("32800|3000|29800\n", q(cli, MONEY));
    assertEquals("", q(cli, "SELECT kind, message FROM anomalies"));
  }

  @Test
  void aLaterItemsFileAloneIsJudgedAgainstTheGoodsBeforeTheDiscount() throws Exception {
    // tryout18 W3: the pair (298.00 paid, 30.00 off 328.00), then a later 宝贝报表 alone
    CliRunner cli = withPair();
    // the same lines exported later: they are the goods before the discount, nothing to say
    cli.expect(
        0,
        "-q",
        "--now",
        "2026-11-13 11:00",
        "import",
        "orders",
        items("ExportOrderDetailList202611131000.csv", MASK, SERUM).toString());
    assertEquals("", q(cli, "SELECT kind, message FROM anomalies"));
    // the order edited (the mask taken out) before a later 宝贝报表, imported without its 订单报表
    cli.expect(
        0,
        "-q",
        "--now",
        "2026-11-14 11:00",
        "import",
        "orders",
        items("ExportOrderDetailList202611141000.csv", SERUM).toString());
    assertEquals(
        "anomaly:lines-not-goods|"
            + ID
            + "|2|the line items of this file, which replace the stored ones, come to 239.00; the"
            + " order's goods before its discount come to 328.00 (298.00 paid and a 30.00"
            + " discount): the order was edited between the two exports; import the order list"
            + " (订单报表) exported with this file, or check the order in the shop\n",
        q(cli, "SELECT kind, record_id, line, message FROM anomalies"));
    // the money stays what the order list says
    assertEquals("32800|3000|29800\n", q(cli, MONEY));
    // tryout21 Z4: the order screen says its lines are not the amount, not "the lines come to
    // 328.00" above a line of 239.00
    String shown = cli.expect(0, "orders", "show", ID).err();
    assertTrue(
        shown.contains(
            "note: the line items below come to 239.00, not the amount 328.00: a later export"
                + " changed them or a line is missing"),
        shown);
  }

  /**
   * tryout22b B2: the pair (298.00 paid, 30.00 off lines of 328.00), then a newer 订单报表 alone whose
   * goods paid are 288.00 (改价). The lines did not change: the amount stays 328.00, the discount
   * grows to 40.00, said by a repriced anomaly; was amount 318.00 (the old discount added to the
   * new goods paid) and the serum's paid share 217.14 on the old goods paid. An older export
   * imported again changes nothing.
   */
  @Test
  void aNewerOrderListAloneThatLowersTheGoodsPaidGrowsTheDiscount() throws Exception {
    CliRunner cli = store();
    cli.expect(
        0,
        "-q",
        "--now",
        "2026-11-12 11:00",
        "import",
        "orders",
        list().toString(),
        items("ExportOrderDetailList202611121000.csv", MASK, SERUM).toString());
    Path repriced =
        gbk(
            "ExportOrderList202611131000.csv",
            LIST_HEADER
                + listRow(
                    ID, "manjian_fan", "288.00", "2026-11-11 00:01:00", "2026-11-11 00:01:20"));
    cli.expect(0, "-q", "--now", "2026-11-13 11:00", "import", "orders", repriced.toString());
    assertEquals("32800|4000|28800\n", q(cli, MONEY));
    assertEquals(
        "anomaly:repriced|"
            + ID
            + "|2|the store held goods paid (买家应付货款) of 298.00; this export states 288.00: a"
            + " price change (改价); the line items (328.00) did not change, so the order discount"
            + " goes from 30.00 to 40.00 and each line's paid share follows\n",
        q(cli, "SELECT kind, record_id, line, message FROM anomalies"));
    // the older list again: the store keeps the newer one's goods paid and discount
    cli.expect(0, "-q", "--now", "2026-11-13 12:00", "import", "orders", list().toString());
    assertEquals("32800|4000|28800\n", q(cli, MONEY));
    // said as the older export, not repriced back
    assertEquals(
        "anomaly:repriced\nanomaly:older-export\n",
        q(cli, "SELECT kind FROM anomalies ORDER BY import_id, line"));
    String show = cli.expect(0, "orders", "show", ID).err();
    assertTrue(
        show.contains(
            "less the 40.00 discount (满减, shop coupons) the order list (订单报表) takes off, the"
                + " goods paid are 288.00"),
        show);
    assertTrue(!show.contains("line items below come to"), show);
    // the serum's share of what was paid: 239.00 − 40.00 × 239/328 (29.15) = 209.85; was 217.14
    cli.expect(
        0,
        "--now",
        "2026-11-13 13:00",
        "returns",
        "add",
        ID,
        "--sku",
        "SER-NIA-30",
        "--reason",
        "no-reason");
    cli.expect(
        0,
        "--now",
        "2026-11-13 14:00",
        "returns",
        "update",
        "RT20261113001",
        "--status",
        "approved");
    cli.expect(
        0,
        "--now",
        "2026-11-14 11:00",
        "returns",
        "update",
        "RT20261113001",
        "--status",
        "received");
    String refused =
        cli.expect(
                1,
                "--now",
                "2026-11-14 12:00",
                "returns",
                "update",
                "RT20261113001",
                "--status",
                "refunded",
                "--refund",
                "217.14")
            .err();
    assertTrue(
        refused.contains(
            "refund 217.14 is more than the 209.85 paid for 1 of 1 units of order "
                + ID
                + " SKU SER-NIA-30"),
        refused);
  }

  /** Runs an update on the store (SQLite here), to make a store as an older version left it. */
  void exec(CliRunner cli, String update) throws Exception {
    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + cli.db());
        var st = c.createStatement()) {
      st.executeUpdate(update);
    }
  }

  private Path listOf(String name, String goods) {
    return gbk(
        name,
        LIST_HEADER
            + listRow(ID, "manjian_fan", goods, "2026-11-11 00:01:00", "2026-11-11 00:01:20"));
  }

  /**
   * tryout23b A14: the pair (298.00 paid, 30.00 off lines of 328.00), then a newer 订单报表 alone that
   * RAISES the goods paid to 338.00 (改价加价). The lines did not change: the amount stays 328.00, the
   * discount becomes −10.00 (the raise), said by a repriced anomaly; total = 328.00 + 10.00 =
   * 338.00. Was amount 368.00 (the old discount added to the new goods paid), no anomaly, and the
   * serum's default refund 217.14 on the old goods paid; now 246.29 (239.00 + its share of the
   * raise, 7.29).
   */
  @Test
  void aNewerOrderListAloneThatRaisesTheGoodsPaidIsANegativeDiscount() throws Exception {
    CliRunner cli = withPair();
    Path raised = listOf("ExportOrderList202611131000.csv", "338.00");
    cli.expect(0, "-q", "--now", "2026-11-13 11:00", "import", "orders", raised.toString());
    assertEquals("32800|-1000|33800\n", q(cli, MONEY));
    assertEquals(
        "anomaly:repriced|"
            + ID
            + "|2|the store held goods paid (买家应付货款) of 298.00; this export states 338.00: a"
            + " price raise (改价加价); the line items (328.00) did not change, so the amount stays"
            + " 328.00 and the order discount goes from 30.00 to -10.00 (below zero: a raise of"
            + " 10.00 over the line items) and each line's paid share follows\n",
        q(cli, "SELECT kind, record_id, line, message FROM anomalies"));
    // tryout24b A3: said in Chinese with the store's before and after (was "由 328.00 改为 30.00")
    String zh =
        cli.expect(
                0,
                "--lang",
                "zh",
                "imports",
                "show",
                q(cli, "SELECT import_id FROM anomalies").trim())
            .out();
    assertTrue(
        zh.contains(
            "本文件的买家应付货款为 338.00，店铺中此前为 298.00：订单改价加价；商品行（合计 328.00）未变，金额仍为 328.00，"
                + "整单优惠由 30.00 改为 -10.00（负数：比商品行多出加价 10.00），各商品行的实付按比例随之改变"),
        zh);
    // the same file again: unchanged, nothing more said
    String again =
        cli.expect(0, "--now", "2026-11-13 12:00", "import", "orders", raised.toString()).err();
    assertTrue(again.contains("0 updated, 1 unchanged"), again);
    assertEquals("32800|-1000|33800\n", q(cli, MONEY));
    assertEquals("anomaly:repriced\n", q(cli, "SELECT kind FROM anomalies"));
    String show = cli.expect(0, "orders", "show", ID).err();
    assertTrue(
        show.contains(
            "note: amount 328.00 is the goods as the line items (宝贝报表) list them; the order list"
                + " (订单报表) states goods paid of 338.00: the price was raised by 10.00"),
        show);
    assertTrue(!show.contains("line items below come to"), show);
    // the serum returned in full, its refund left to the default: its share of the goods paid
    cli.expect(
        0,
        "--now",
        "2026-11-13 13:00",
        "returns",
        "add",
        ID,
        "--sku",
        "SER-NIA-30",
        "--reason",
        "no-reason");
    for (String step : new String[] {"approved", "received", "refunded"}) {
      cli.expect(
          0, "--now", "2026-11-14 12:00", "returns", "update", "RT20261113001", "--status", step);
    }
    assertEquals("24629\n", q(cli, "SELECT refund_amount FROM returns"));
  }

  /**
   * tryout23b A9: a store where an older version put the 改价 into the amount (318.00 / 30.00 over
   * lines of 328.00) is put right by importing the same 订单报表 again: 328.00 / 40.00, said by a
   * repriced anomaly; before, "unchanged" and 318.00 kept. Again after that: unchanged.
   */
  @Test
  void theSameOrderListAgainPutsRightAnOlderVersionsCutInTheAmount() throws Exception {
    CliRunner cli = withPair();
    Path repriced = listOf("ExportOrderList202611131000.csv", "288.00");
    cli.expect(0, "-q", "--now", "2026-11-13 11:00", "import", "orders", repriced.toString());
    exec(cli, "UPDATE orders SET amount = 31800, discount = 3000");
    exec(cli, "DELETE FROM anomalies");
    String fixed =
        cli.expect(0, "--now", "2026-11-14 11:00", "import", "orders", repriced.toString()).err();
    assertTrue(fixed.contains("1 updated, 0 unchanged"), fixed);
    assertEquals("32800|4000|28800\n", q(cli, MONEY));
    assertEquals(
        "anomaly:repriced|"
            + ID
            + "|2|the amount 318.00 was not the line items (328.00): an older version put a price"
            + " change (改价) into it; this export states the same goods paid (288.00), so the"
            + " amount is now the line items and the order discount goes from 30.00 to 40.00\n",
        q(cli, "SELECT kind, record_id, line, message FROM anomalies"));
    String again =
        cli.expect(0, "--now", "2026-11-14 12:00", "import", "orders", repriced.toString()).err();
    assertTrue(again.contains("0 updated, 1 unchanged"), again);
    assertEquals("32800|4000|28800\n", q(cli, MONEY));
  }

  /**
   * Takes the store back to schema 51 as the version before V053 left B2's damage (tryout23b A9):
   * amount 318.00 with the old discount 30.00 over lines of 328.00, no repriced anomaly.
   */
  void asSchema51WithB2sDamage(CliRunner cli) throws Exception {
    exec(cli, "UPDATE orders SET amount = 31800, discount = 3000");
    exec(cli, "DELETE FROM anomalies");
    asOfVersion(cli, 51);
  }

  /** The store as schema {@code version} left it ({@link OldStore#asOfVersion}). */
  void asOfVersion(CliRunner cli, int version) throws Exception {
    OldStore.asOfVersion(cli, version);
  }

  /** A store B2 damaged (see {@link #asSchema51WithB2sDamage}), its 订单报表 where it was read. */
  private CliRunner damaged() throws Exception {
    CliRunner cli = withPair();
    Path repriced = listOf("ExportOrderList202611131000.csv", "288.00");
    cli.expect(0, "-q", "--now", "2026-11-13 11:00", "import", "orders", repriced.toString());
    asSchema51WithB2sDamage(cli);
    assertEquals("31800|3000|28800\n", q(cli, MONEY));
    return cli;
  }

  /**
   * tryout23b A9 at the upgrade (V053): the stored 订单报表 that wrote the order, read again, puts it
   * right as importing it again does: 328.00 / 40.00 / 288.00 with the repriced anomaly under that
   * import, said once by the run that upgraded; was 318.00 / 30.00 kept with no word.
   */
  @Test
  void theUpgradePutsRightAnOlderVersionsCutInTheAmountByTheStoredFile() throws Exception {
    CliRunner cli = damaged();
    String err = cli.expect(0, "--now", "2026-11-14 11:00", "check", "-f", "csv").err();
    assertTrue(
        err.contains(
            "1 Taobao/Tmall order (e.g. "
                + ID
                + ") was stored by an older shopops with a price change (改价) in the amount; the"
                + " 订单报表 that wrote it, read again, put the amount back to the line items and the"
                + " order discount takes the change, as importing it again does (a repriced anomaly"
                + " in `imports show`)"),
        err);
    assertEquals("32800|4000|28800\n", q(cli, MONEY));
    assertEquals(
        "anomaly:repriced|"
            + ID
            + "|3|2|the amount 318.00 was not the line items (328.00): an older version put a price"
            + " change (改价) into it; this export states the same goods paid (288.00), so the"
            + " amount is now the line items and the order discount goes from 30.00 to 40.00\n",
        q(cli, "SELECT kind, record_id, import_id, line, message FROM anomalies"));
    String again = cli.expect(0, "--now", "2026-11-14 12:00", "check", "-f", "csv").out();
    assertTrue(again.contains("customer figures,ok\n"), again);
    assertEquals(
        com.shopops.store.Store.latestSchemaVersion() + "\n",
        q(cli, "SELECT max(version) FROM schema_migrations"));
    // the same file imported again: nothing left to change
    Path repriced = dir.resolve("ExportOrderList202611131000.csv");
    String same =
        cli.expect(0, "--now", "2026-11-14 13:00", "import", "orders", repriced.toString()).err();
    assertTrue(same.contains("0 updated, 1 unchanged"), same);
    assertEquals("32800|4000|28800\n", q(cli, MONEY));
  }

  /** The 订单报表 gone: nothing changed, the orders named with the file to import again (en, zh). */
  @Test
  void anUpgradeWhoseOrderListIsGoneNamesTheOrderAndTheFile() throws Exception {
    CliRunner cli = damaged();
    Path file = dir.resolve("ExportOrderList202611131000.csv");
    Path moved = dir.resolve("moved.csv");
    java.nio.file.Files.move(file, moved);
    String err = cli.expect(0, "--now", "2026-11-14 11:00", "check", "-f", "csv").err();
    assertTrue(
        err.contains(
            "1 Taobao/Tmall order (e.g. "
                + ID
                + ") was stored by an older shopops with a price change (改价) in the amount (not"
                + " the line items, the discount the old one): the 订单报表 that wrote it has moved or"
                + " changed; import it again to put the amount back to the line items and the"
                + " discount right: "),
        err);
    assertTrue(err.contains("ExportOrderList202611131000.csv"), err);
    assertEquals("31800|3000|28800\n", q(cli, MONEY));
    assertEquals("", q(cli, "SELECT kind FROM anomalies WHERE kind = 'anomaly:repriced'"));
    // the remedy the note names: the very file imported again puts it right
    String fixed =
        cli.expect(0, "--now", "2026-11-14 12:00", "import", "orders", moved.toString()).err();
    assertTrue(fixed.contains("1 updated, 0 unchanged"), fixed);
    assertEquals("32800|4000|28800\n", q(cli, MONEY));
  }

  /** The same in Chinese. */
  @Test
  void theUpgradeNotesInChinese() throws Exception {
    CliRunner cli = damaged();
    java.nio.file.Files.delete(dir.resolve("ExportOrderList202611131000.csv"));
    String err =
        cli.expect(0, "--lang", "zh", "--now", "2026-11-14 11:00", "check", "-f", "csv").err();
    assertTrue(
        err.contains(
            "旧版 shopops 把 1 个淘宝/天猫订单（如 "
                + ID
                + "）的改价记进了金额（金额不是商品行合计，整单优惠仍为旧值）：写入该订单的订单报表已移动或已改动；请重新导入该文件，"
                + "以把金额改回商品行合计并更正整单优惠："),
        err);
  }

  /** Shopify #2011 (tryout21 Z12): lines 20.00 + 30.00, Discount Amount 10.00, Total 40.00. */
  static final String SHOPIFY_DISCOUNT =
      "Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,Accepts Marketing,Currency,Subtotal,Shipping,Taxes,Total,Discount Code,Discount Amount,Shipping Method,Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem compare at price,Lineitem sku,Lineitem requires shipping,Lineitem taxable,Lineitem fulfillment status,Billing Name,Billing Street,Billing Address1,Billing Address2,Billing Company,Billing City,Billing Zip,Billing Province,Billing Country,Billing Phone,Shipping Name,Shipping Street,Shipping Address1,Shipping Address2,Shipping Company,Shipping City,Shipping Zip,Shipping Province,Shipping Country,Shipping Phone,Notes,Note Attributes,Cancelled at,Payment Method,Payment Reference,Refunded Amount,Vendor,Outstanding Balance,Employee,Location,Device ID,Id,Tags,Risk Level,Source,Lineitem discount,Tax 1 Name,Tax 1 Value,Tax 2 Name,Tax 2 Value,Tax 3 Name,Tax 3 Value,Tax 4 Name,Tax 4 Value,Tax 5 Name,Tax 5 Value,Phone,Receipt Number,Duties,Billing Province Name,Shipping Province Name,Payment ID,Payment Terms Name,Next Payment Due At,Payment References\n"
          + "#2011,2011@example.com,paid,2026-11-03 10:00:00 +0800,fulfilled,2026-11-04 09:00:00 +0800,,USD,40.00,0.00,0.00,40.00,SAVE10,10.00,,2026-11-03 09:59:00 +0800,1,US-A,20.00,,US-A,true,true,fulfilled,John,,,,,,,,,,,,,,,,,,US,,,,,Shopify Payments,,0.00,,,,,,992001,,,web,0.00,,,,,,,,,,,,,,,,,,,\n"
          + "#2011,,,,,,,,,,,,,,,,1,US-B,30.00,,US-B,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,\n";

  /**
   * tryout21 Z12: one meaning of amount for every source, the goods before the order's discount.
   * The Tmall pair of review20 X5 (lines 89.00 + 239.00, goods paid 298.00) stores amount 328.00,
   * discount 30.00, total 298.00 (was amount 298.00), as a Shopify order with its Discount Amount
   * does (50.00, 10.00, 40.00): total = amount − discount + shipping on every row, and what was
   * paid is what it was (sales 298.00, the buyer's spend 298.00).
   */
  @Test
  void theAmountIsTheGoodsBeforeTheDiscountForATmallOrderAsForAShopifyOne() throws Exception {
    CliRunner cli = withPair();
    // what was paid is what it was: sales, net sales, AOV, the buyer's spend
    assertTrue(
        cli.novemberMetrics("2026-11-12 11:00").contains(",1,1,298.00,298.00,,,298.00,298.00,"),
        cli.novemberMetrics("2026-11-12 11:00"));
    String buyers =
        cli.expect(0, "--now", "2026-11-12 11:00", "customers", "list", "-f", "csv").out();
    assertTrue(buyers.contains(",,,1,298.00,2026-11-11 00:01:20,"), buyers);
    cli.expect(
        0,
        "-q",
        "--now",
        "2026-11-12 11:00",
        "import",
        "orders",
        TestFiles.write(
                dir,
                "shopify_disc.csv",
                SHOPIFY_DISCOUNT.getBytes(java.nio.charset.StandardCharsets.UTF_8))
            .toString());
    assertEquals(
        "order_id,amount,discount,shipping_fee,total,currency\n"
            + "\"#2011\",50.00,10.00,0.00,40.00,USD\n"
            + ID
            + ",328.00,30.00,0.00,298.00,CNY\n",
        cli.expect(
                0,
                "--now",
                "2026-11-20 10:00",
                "orders",
                "list",
                "--columns",
                "order_id,amount,discount,shipping_fee,total,currency",
                "-f",
                "csv")
            .out());
    assertEquals(
        "0\n",
        q(
            cli,
            "SELECT count(*) FROM orders WHERE total <> amount - coalesce(discount, 0)"
                + " + coalesce(shipping_fee, 0)"));
    // the order list (订单报表) again, alone and with its 宝贝报表: nothing changes, the amount stays
    // the goods before the discount (the export's 298.00 is the goods paid)
    var again = cli.expect(0, "--now", "2026-11-13 11:00", "import", "orders", list().toString());
    assertTrue(again.err().contains("(0 new, 0 updated, 1 unchanged)"), again.err());
    var pair =
        cli.expect(
            0,
            "--now",
            "2026-11-13 11:00",
            "import",
            "orders",
            list().toString(),
            items("ExportOrderDetailList202611121000.csv", MASK, SERUM).toString());
    assertTrue(!pair.err().contains("updated") || pair.err().contains("0 updated"), pair.err());
    assertEquals("32800|3000|29800\n", q(cli, MONEY + " WHERE order_id = '" + ID + "'"));
    assertEquals("", q(cli, "SELECT kind, message FROM anomalies"));
    CliRunner.Result shown = cli.expect(0, "orders", "show", ID);
    assertTrue(
        shown
            .err()
            .contains(
                "note: amount 328.00 is the goods before the order's discount (the line items as"
                    + " the 宝贝报表 listed them): less the 30.00 discount (满减, shop coupons) the"
                    + " order list (订单报表) takes off, the goods paid are 298.00"),
        shown.err());
    assertTrue(!shown.err().contains("not the amount"), shown.err());
  }

  /**
   * tryout21 Z12, the generic layout: a file stating the goods (amount), a discount on the whole
   * order and shipping but no total: total = amount − discount + shipping (45.00), not amount +
   * shipping (55.00) beside a discount of 10.00.
   */
  @Test
  void aGenericFilesDiscountWithoutATotalIsTakenOffTheTotal() throws Exception {
    CliRunner cli = store();
    Path file =
        TestFiles.write(
            dir,
            "gen_disc.csv",
            ("order_id,created_at,paid_at,status,amount,discount,shipping_fee\n"
                    + "G1,2026-11-01 10:00:00,2026-11-01 10:00:00,paid,50.00,10.00,5.00\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    cli.expect(0, "-q", "import", "orders", file.toString());
    assertEquals("5000|1000|4500\n", q(cli, MONEY));
  }

  @Test
  void linesBelowTheGoodsPaidAreNoDiscount() throws Exception {
    CliRunner cli = store();
    cli.expect(
        0,
        "-q",
        "--now",
        "2026-11-12 11:00",
        "import",
        "orders",
        list().toString(),
        items("ExportOrderDetailList202611121000.csv", SERUM).toString());
    assertEquals("29800|null|29800\n", q(cli, MONEY));
    assertEquals(
        "anomaly:lines-not-goods|the line items of this file come to 239.00, less than the"
            + " order's goods paid, 298.00 (its order list's 买家应付货款): a line item may be"
            + " missing from this file; import the items file (宝贝报表) exported with the order"
            + " list, or check the order in the shop\n",
        q(cli, "SELECT kind, message FROM anomalies"));
  }
}
