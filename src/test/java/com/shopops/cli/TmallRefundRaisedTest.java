package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * tryout23b A1: order 5200000000000000001 (总金额 308.00, paid 11-11) is exported 11-15 10:00 with 实付
 * 219.00 beside 退款金额 89.00; a newer 订单报表 (11-16 10:00) raises the refund to 99.00 (实付 209.00, 总金额
 * still 308.00). The total stays 308.00, the order is refunded 99.00, the 10.00 more counts on the
 * import day (the file has no refund time), net 209.00. With a hand 价保 of 10.00 paid in between the
 * 99.00 contains it: nothing on the import day, and the import does not say it booked anything
 * there. A newer export repeating the refund the store holds never says the order was not stored
 * paid before.
 */
class TmallRefundRaisedTest {
  @TempDir Path dir;

  static final String ID = "5200000000000000001";

  static final String HEADER =
      "订单编号,买家会员名,买家支付宝账号,买家应付货款,买家应付邮费,买家支付积分,总金额,返点积分,买家实际支付金额,买家实际支付积分,"
          + "订单状态,买家留言,收货人姓名,收货地址,运送方式,联系电话,联系手机,订单创建时间,订单付款时间,宝贝标题,宝贝种类,物流单号,"
          + "物流公司,订单备注,宝贝总数量,店铺Id,店铺名称,订单关闭原因,卖家服务费,买家服务费,发票抬头,是否手机订单,分阶段订单信息,"
          + "特权订金订单id,定金排名,修改后的sku,修改后的收货地址,异常信息,天猫卡券抵扣,集分宝抵扣,是否是O2O交易,确认收货时间,退款金额\n";

  private Path list(String stamp, String paid, String refunded) {
    return TestFiles.gbk(
        dir,
        "ExportOrderList" + stamp + ".csv",
        HEADER
            + ID
            + ",tm_a,,298.00,10.00,0,308.00,0,"
            + paid
            + ",0,交易成功,,王,浙江省 杭州市 上城区 解放路1号,,,13700000000,2026-11-11 00:05:00,"
            + "2026-11-11 00:05:20,,,,,,,,美妆旗舰店,,,,,,,,,,,,,,,,"
            + refunded
            + "\n");
  }

  private Path items() {
    return TestFiles.gbk(
        dir,
        "ExportOrderDetailList202611151000.csv",
        "订单编号,标题,价格,购买数量,外部系统编号,商品属性,套餐信息,备注,订单状态,商家编码\n"
            + ID
            + ",面膜,89.00,1,MSK-HA-10,,,,交易成功,MSK-HA-10\n"
            + ID
            + ",精华,239.00,1,SER-NIA-30,,,,交易成功,SER-NIA-30\n");
  }

  /** A new store (SQLite here; PostgreSQL in {@link PgTmallRefundRaisedTest}). */
  CliRunner newStore() {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    return cli;
  }

  private CliRunner store() {
    CliRunner cli = newStore();
    importFirst(cli, "219.00", "89.00");
    return cli;
  }

  /** The 订单报表 of 11-15 10:00 stating {@code paid} and {@code refunded}, with its items. */
  private void importFirst(CliRunner cli, String paid, String refunded) {
    cli.expect(
        0,
        "--now",
        "2026-11-15 12:00",
        "-q",
        "import",
        "orders",
        list("202611151000", paid, refunded).toString(),
        items().toString());
  }

  /** The 价保 of 10.00 on the serum, entered by hand and refunded at 11-15 12:00. */
  private static void priceProtection(CliRunner cli) {
    String at = "2026-11-15 12:00";
    RefundFixture.handRefund(cli, at, ID, "SER-NIA-30", "10", "价保", "RT1", at);
  }

  /** The 订单报表 of 11-16 10:00 imported at 11-16 11:00, {@code lang} (--lang …) first. */
  private CliRunner.Result importNewer(
      CliRunner cli, String paid, String refunded, String... lang) {
    return importList(cli, "2026-11-16 11:00", "202611161000", paid, refunded, lang);
  }

  /** The 订单报表 exported at {@code stamp} (yyyyMMddHHmm) imported at {@code now}. */
  private CliRunner.Result importList(
      CliRunner cli, String now, String stamp, String paid, String refunded, String... lang) {
    java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(lang));
    args.addAll(
        java.util.List.of(
            "--now", now, "import", "orders", list(stamp, paid, refunded).toString()));
    return cli.expect(0, args.toArray(String[]::new));
  }

  /** sales and net_sales of 11-11 … 11-16, one line per day. */
  private static String byDay(CliRunner cli) {
    String[] rows =
        cli.expect(
                0,
                "--now",
                "2026-11-17 10:00",
                "metrics",
                "--by",
                "day",
                "--from",
                "2026-11-11",
                "--to",
                "2026-11-16",
                "--format",
                "csv")
            .out()
            .split("\n");
    java.util.List<String> head = java.util.Arrays.asList(rows[0].split(","));
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i < rows.length; i++) {
      String[] cells = rows[i].split(",", -1);
      sb.append(cells[0])
          .append(' ')
          .append(cells[head.indexOf("sales")])
          .append(' ')
          .append(cells[head.indexOf("net_sales")])
          .append('\n');
    }
    return sb.toString();
  }

  private static String spent(CliRunner cli) {
    return RefundFixture.spent(cli, "2026-11-17 10:00");
  }

  private static String show(CliRunner cli) {
    return cli.expect(0, "--now", "2026-11-17 10:00", "orders", "show", ID, "--format", "csv")
        .out();
  }

  @Test
  void aNewerListRaisingTheRefundKeepsTheTotalAndBooksTheRestOnTheImportDay() {
    CliRunner cli = store();
    CliRunner.Result imported = importNewer(cli, "209.00", "99.00");
    assertTrue(
        imported.err().contains("it counts in net_sales on 2026-11-16, the day of this import"),
        imported.err());
    assertFalse(imported.err().contains("not stored paid before"), imported.err());
    assertEquals(
        "2026-11-11 308.00 219.00\n2026-11-12 0.00 0.00\n2026-11-13 0.00 0.00\n"
            + "2026-11-14 0.00 0.00\n2026-11-15 0.00 0.00\n2026-11-16 0.00 -10.00\n",
        byDay(cli));
    assertTrue(show(cli).contains(",308.00,99.00,"), show(cli));
    assertEquals("209.00", spent(cli));
  }

  /** The tryout's tm99.db path: the 价保 10.00 by hand first, then the export stating 99.00. */
  @Test
  void aRaisedRefundHoldingAHandPriceProtectionBooksNothingOnTheImportDayAndSaysSo() {
    CliRunner cli = store();
    priceProtection(cli);
    CliRunner.Result imported = importNewer(cli, "209.00", "99.00");
    // before: "1 order paid before has a refund … it counts in net_sales on 2026-11-16" (0.00 did)
    assertFalse(imported.err().contains("the day of this import"), imported.err());
    assertFalse(imported.err().contains("not stored paid before"), imported.err());
    assertEquals(
        "2026-11-11 308.00 219.00\n2026-11-12 0.00 0.00\n2026-11-13 0.00 0.00\n"
            + "2026-11-14 0.00 0.00\n2026-11-15 0.00 -10.00\n2026-11-16 0.00 0.00\n",
        byDay(cli));
    assertTrue(show(cli).contains(",308.00,99.00,"), show(cli));
    assertEquals("209.00", spent(cli));
  }

  /**
   * tryout24b A2: the 价保 10.00 by hand, then an export raising 退款金额 89.00 only to 95.00 (实付
   * 213.00): it contains the 价保 and states less than the 99.00 counted. The export wins
   * (refunds25): the order is refunded 95.00 everywhere, 11-16 books a reversal of 4.00 (net +4.00;
   * before 0.00, the days netting 209.00 while customers said 213.00; before fix24a "refunds cannot
   * be negative: -400"), and the import and metrics say so.
   */
  @Test
  void aRefundRaisedByLessThanAHandPriceProtectionWinsAndBooksARefundReversal() {
    CliRunner cli = store();
    priceProtection(cli);
    CliRunner.Result imported = importNewer(cli, "213.00", "95.00");
    assertTrue(
        imported
            .err()
            .contains(
                "order "
                    + ID
                    + ": the export states refunded 95.00, less than the 89.00 stated before +"
                    + " 10.00 refunded by hand since; taken as the export states, refunded 95.00:"
                    + " 4.00 reversed (退款冲回) in net_sales on 2026-11-16, the day of this import"),
        imported.err());
    assertEquals(
        "2026-11-11 308.00 219.00\n2026-11-12 0.00 0.00\n2026-11-13 0.00 0.00\n"
            + "2026-11-14 0.00 0.00\n2026-11-15 0.00 -10.00\n2026-11-16 0.00 4.00\n",
        byDay(cli));
    assertTrue(show(cli).contains(",308.00,95.00,"), show(cli));
    assertEquals("213.00", spent(cli));
    RefundFixture.customersSay(cli, "2026-11-17 10:00", "tm_a", "213.00");
    CliRunner.Result zh =
        cli.expect(
            0,
            "--lang",
            "zh",
            "--now",
            "2026-11-17 10:00",
            "metrics",
            "--by",
            "month",
            "--from",
            "2026-11-01",
            "--to",
            "2026-11-16",
            "--format",
            "csv");
    assertTrue(zh.out().contains(",308.00,213.00,"), zh.out());
    assertTrue(
        zh.err()
            .contains(
                "净销售额：2026-11-16 退款冲回：订单 "
                    + ID
                    + "：订单导出写明退款 95.00，少于此前登记的 89.00 + 手工退款 10.00；按导出记为已退款 95.00，冲回 4.00"),
        zh.err());
  }

  /**
   * A newer export repeating the refund the store has held since 11-15 (退款金额 89.00) refunds nothing
   * new and the order was stored paid: neither note (before: "1 order has a refund in the file with
   * no refund time and was not stored paid before").
   */
  @Test
  void aNewerListRepeatingTheStoredRefundSaysNothingOfRefunds() {
    CliRunner cli = store();
    CliRunner.Result imported = importNewer(cli, "219.00", "89.00");
    assertFalse(imported.err().contains("not stored paid before"), imported.err());
    assertFalse(imported.err().contains("the day of this import"), imported.err());
    assertEquals(
        "2026-11-11 308.00 219.00\n2026-11-12 0.00 0.00\n2026-11-13 0.00 0.00\n"
            + "2026-11-14 0.00 0.00\n2026-11-15 0.00 0.00\n2026-11-16 0.00 0.00\n",
        byDay(cli));
  }

  /**
   * tryout23b A1 as the file really was: a newer export lowers 实付 219.00 → 209.00 with 退款金额 still
   * 89.00 and the goods paid and shipping (so 总金额 308.00) unchanged. Before: total 298.00 (the
   * file's 实付 + 退款), the 11-11 sales 308.00 → 298.00, no word. After payment 实付 falls only by money
   * given back: the total stays 308.00, the store holds 99.00 refunded (the 10.00 on the import
   * day), as the file stating 99.00 gives, and a paid-lowered anomaly says so (en, zh). The same
   * file again changes nothing.
   */
  @Test
  void aNewerListLoweringThePaidWithTheRefundUnchangedKeepsTheTotalAndSaysSo() {
    CliRunner cli = store();
    CliRunner.Result imported = importNewer(cli, "209.00", "89.00");
    assertTrue(imported.err().contains("1 updated"), imported.err());
    assertEquals(
        "2026-11-11 308.00 219.00\n2026-11-12 0.00 0.00\n2026-11-13 0.00 0.00\n"
            + "2026-11-14 0.00 0.00\n2026-11-15 0.00 0.00\n2026-11-16 0.00 -10.00\n",
        byDay(cli));
    assertTrue(show(cli).contains(",308.00,99.00,"), show(cli));
    assertEquals("209.00", spent(cli));
    assertTrue(
        imported
            .err()
            .contains(
                "1 order has a lower 实付 (买家实际支付金额) than the store held with the same goods paid"
                    + " and shipping (总金额 unchanged) and 退款金额 not grown by as much (e.g. "
                    + ID
                    + ": 实付 219.00 → 209.00, 退款金额 89.00): the store keeps the total paid (308.00)"
                    + " and holds the difference as refunded (99.00), counted on the day of this"
                    + " import (paid-lowered anomalies)"),
        imported.err());
    String en = shownImport(cli, imported, "en");
    assertTrue(
        en.contains(
            "the store held 实付 (买家实际支付金额) 219.00 beside 退款金额 89.00; this export states 实付"
                + " 209.00 beside 退款金额 89.00, with the same goods paid (买家应付货款) and shipping,"
                + " so 总金额 did not move: after payment a Tmall 实付 falls only by money given back"
                + " (改价 comes before payment), so the store keeps the total 308.00 as paid and"
                + " holds 99.00 refunded (10.00 more than the 退款金额 of this export), counted on"
                + " the day of this import"),
        en);
    String zh = shownImport(cli, imported, "zh");
    assertTrue(
        zh.contains(
            "店铺中此前实付（买家实际支付金额）为 219.00、退款金额为 89.00；本文件的实付为 209.00、退款金额为 89.00，"
                + "买家应付货款与邮费未变，总金额也未变：天猫订单付款后实付只会因退钱而降低（改价在付款前），"
                + "因此店铺保留已付总额 308.00，记为已退款 99.00（比本文件的退款金额多 10.00），计入本次导入当天"),
        zh);
    String shown = cli.expect(0, "--now", "2026-11-17 10:00", "orders", "show", ID).err();
    assertTrue(
        shown.contains(
            "note: an order list (订单报表) lowered 实付 with 退款金额 behind it: the store held 实付"
                + " (买家实际支付金额) 219.00 beside 退款金额 89.00; this export states 实付 209.00"),
        shown);
    // the same file again: unchanged, nothing more said
    CliRunner.Result again = importNewer(cli, "209.00", "89.00");
    assertTrue(again.err().contains("0 updated, 1 unchanged"), again.err());
    assertFalse(again.err().contains("paid-lowered"), again.err());
    String zhShown =
        cli.expect(0, "--lang", "zh", "--now", "2026-11-17 10:00", "orders", "show", ID).err();
    assertTrue(zhShown.contains("订单报表降低了实付，而退款金额未相应增加：店铺中此前实付（买家实际支付金额）为 219.00"), zhShown);
    assertTrue(show(cli).contains(",308.00,99.00,"), show(cli));
    // a later export stating the refund in 退款金额 agrees: nothing moves
    CliRunner.Result stated =
        importList(cli, "2026-11-17 11:00", "202611171000", "209.00", "99.00");
    assertFalse(stated.err().contains("paid-lowered"), stated.err());
    assertTrue(show(cli).contains(",308.00,99.00,"), show(cli));
    assertEquals(
        "2026-11-11 308.00 219.00\n2026-11-12 0.00 0.00\n2026-11-13 0.00 0.00\n"
            + "2026-11-14 0.00 0.00\n2026-11-15 0.00 0.00\n2026-11-16 0.00 -10.00\n",
        byDay(cli));
  }

  /**
   * tryout25a A3: 实付 lowered with 退款金额 still 0.00. The store holds the difference as refunded (the
   * paid-lowered note says so), but the file states no refund. Before: "1 order paid before has a
   * refund in this file (退款金额, Refunded Amount) …" beside "退款金额 0.00" (en, zh alike). After: only
   * the paid-lowered note.
   */
  @Test
  void aLoweredPaidWithNoRefundStatedIsNotSaidToBeARefundInTheFile() {
    for (String lang : new String[] {"en", "zh"}) {
      CliRunner cli = new CliRunner(dir).store(dir.resolve(lang + ".db").toString());
      cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
      importFirst(cli, "308.00", "0.00");
      CliRunner.Result r = importNewer(cli, "258.00", "0.00", "--lang", lang);
      String err = r.err();
      assertFalse(err.contains("has a refund in this file"), err);
      assertFalse(err.contains("在本文件中有退款"), err);
      assertTrue(
          err.contains(
              "en".equals(lang)
                  ? "1 order has a lower 实付 (买家实际支付金额) than the store held with the same goods"
                      + " paid and shipping (总金额 unchanged) and 退款金额 not grown by as much (e.g. "
                      + ID
                      + ": 实付 308.00 → 258.00, 退款金额 0.00): the store keeps the total paid (308.00)"
                      + " and holds the difference as refunded (50.00), counted on the day of this"
                      + " import (paid-lowered anomalies)"
                  : "1 单的实付（买家实际支付金额）低于店铺中此前的记录，而买家应付货款与邮费未变（总金额未变）、退款金额未相应增加（例如 "
                      + ID
                      + "：实付 308.00 → 258.00，退款金额 0.00）：店铺保留已付总额（308.00），差额记为已退款（50.00），"
                      + "计入本次导入当天（paid-lowered 异常）"),
          err);
      assertTrue(show(cli).contains(",308.00,50.00,"), show(cli));
      // a later export stating a refund of 60.00 is a refund in the file, and said so
      CliRunner.Result stated =
          importList(cli, "2026-11-17 11:00", "202611171000", "248.00", "60.00");
      assertTrue(
          stated.err().contains("1 order paid before has a refund in this file (退款金额"),
          stated.err());
    }
  }

  /** `imports show` of the import that said {@code imported}, in {@code lang}: its anomalies. */
  private static String shownImport(CliRunner cli, CliRunner.Result imported, String lang) {
    var m = java.util.regex.Pattern.compile("shopops imports show (\\d+)").matcher(imported.err());
    assertTrue(m.find(), imported.err());
    CliRunner.Result r = cli.expect(0, "--lang", lang, "imports", "show", m.group(1));
    return r.out() + r.err();
  }
}
