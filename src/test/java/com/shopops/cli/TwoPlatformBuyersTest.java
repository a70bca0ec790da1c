package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Tmall 买家会员名 and a JD 下单帐号 of the same text are two people (review13 M15,
 * domain.customers.BuyerAccounts): the Tmall buyer keeps the text and the JD one is {@code
 * jd:<text>}, with its own orders, money and RFM, whichever came first (review14 N5); buyers that
 * do not collide keep their ids.
 */
class TwoPlatformBuyersTest {
  @TempDir Path dir;
  @TempDir Path otherDir;
  CliRunner cli;
  Path tmall;
  Path jd;

  static final String NOW = "2026-11-20 10:00";
  static final String JD_HEADER =
      "订单号,商品ID,商品名称,订购数量,支付方式,下单时间,京东价,订单金额,结算金额,余额支付,应付金额,订单状态,订单类型,"
          + "下单帐号,客户姓名,客户地址,联系电话,订单备注,发票类型,发票抬头,发票内容,商家备注,"
          + "商家备注等级（等级1-5为由高到低）,运费金额,付款确认时间,增值税发票,货号,订单完成时间,订单来源,订单渠道\n";

  @BeforeEach
  void setUp() throws Exception {
    cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    tmall =
        TestFiles.write(
            dir,
            "tm.csv",
            "订单编号,买家会员名,买家实际支付金额,订单状态,订单付款时间\n"
                + "3029941234567890121,小明tm,209.00,交易成功,2026-11-01 10:05:00\n"
                + "3029941234567890124,小明tm,88.00,交易成功,2026-11-09 10:05:00\n"
                + "3029941234567890125,小红tm,300.00,交易成功,2026-11-02 09:01:00\n");
    jd =
        TestFiles.write(
            dir,
            "jd.csv",
            JD_HEADER
                + "250001,100001,蓝牙耳机,1,在线支付,2026-11-05 09:00:00,299.00,398.00,398.00,0.00,398.00,"
                + "完成,,小明tm,张三,江苏 南京市 玄武区,1******6198,,,,,,,0.00,2026-11-05 09:01:00,,"
                + "EAR-1,2026-11-08 10:00:00,,\n"
                + "250001,100002,充电线,2,在线支付,2026-11-05 09:00:00,49.50,398.00,398.00,0.00,398.00,"
                + "完成,,小明tm,张三,江苏 南京市 玄武区,1******6198,,,,,,,0.00,2026-11-05 09:01:00,,"
                + "CBL-1,2026-11-08 10:00:00,,\n"
                + "250003,100003,移动电源,1,在线支付,2026-11-19 12:00:00,129.00,129.00,129.00,0.00,129.00,"
                + "等待出库,,jd_buyer3,王五,广东 广州市 天河区,1******5555,,,,,,,0.00,"
                + "2026-11-19 12:01:00,,PWR-1,,,\n");
  }

  @Test
  void theSecondPlatformsBuyerOfTheSameTextIsAnotherCustomer() throws Exception {
    cli.expect(0, "-q", "import", "orders", tmall.toString());
    cli.expect(0, "-q", "import", "orders", jd.toString());
    assertEquals(
        "250001|jd:小明tm|jd-orders\n250003|jd_buyer3|jd-orders\n"
            + "3029941234567890121|小明tm|taobao-orders\n3029941234567890124|小明tm|taobao-orders\n"
            + "3029941234567890125|小红tm|taobao-orders\n",
        cli.sql("SELECT order_id, customer_id, source FROM orders ORDER BY order_id"));
    String list = cli.expect(0, "--now", NOW, "customers", "list", "--format", "csv").out();
    assertTrue(list.contains("\njd:小明tm,张三,"), list);
    assertTrue(list.contains(",1,398.00,2026-11-05 09:01:00,"), list);
    assertTrue(list.contains("\n小明tm,,,,,,,,,2,297.00,2026-11-09 10:05:00,\n"), list);

    String show =
        cli.expect(0, "--now", NOW, "customers", "show", "小明tm", "--format", "json").out();
    assertTrue(show.contains("\"orders\": 2,"), show);
    assertTrue(show.contains("\"lifetime_value\": 297.00,"), show);
    show = cli.expect(0, "--now", NOW, "customers", "show", "jd:小明tm", "--format", "json").out();
    assertTrue(show.contains("\"orders\": 1,"), show);
    assertTrue(show.contains("\"lifetime_value\": 398.00,"), show);

    // RFM: four customers, each platform's 小明tm with their own orders and money
    String rfm =
        cli.expect(0, "--now", NOW, "customers", "segment", "--method", "rfm", "--format", "csv")
            .out();
    assertEquals(5, rfm.lines().count(), rfm);
    assertTrue(rfm.lines().anyMatch(l -> l.startsWith("jd:小明tm,")), rfm);

    // the same files again change nothing: the JD buyer stays apart
    cli.expect(0, "-q", "import", "orders", jd.toString());
    cli.expect(0, "-q", "import", "orders", tmall.toString());
    assertEquals("jd:小明tm|1\njd_buyer3|1\n小明tm|2\n小红tm|1\n", ordersPerCustomer());
    cli.expect(0, "check");
  }

  /**
   * One rule whatever the order of the imports (review14 N5): the Tmall buyer keeps the text, so
   * the JD buyer stored as 小明tm by the JD export imported first moves to jd:小明tm, with its
   * follow-up and contact data, when the Tmall export names a 小明tm; the import says so.
   */
  @Test
  void eitherImportOrderGivesTheSameStoreAndTheMoveIsSaid() throws Exception {
    cli.expect(0, "-q", "import", "orders", jd.toString());
    assertEquals("小明tm|张三|1******6198|江苏\n", cli.sql(CONTACTS + " WHERE name = '张三'"));
    cli.expect(0, "followup", "add", "--customer", "小明tm", "--channel", "phone", "--agent", "a");
    CliRunner.Result r = cli.run("import", "orders", tmall.toString());
    assertEquals(0, r.exit(), r.toString());
    assertTrue(
        r.err()
            .contains(
                "tm.csv: 1 JD buyer is now under jd:<account>: a Taobao/Tmall buyer has the same"
                    + " account name and keeps it: jd:小明tm"),
        r.err());
    assertEquals("jd:小明tm\n", cli.sql("SELECT customer_id FROM followups"));

    CliRunner other = new CliRunner(otherDir);
    other.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    other.expect(0, "-q", "import", "orders", tmall.toString());
    r = other.run("import", "orders", jd.toString());
    assertTrue(r.err().contains("1 JD buyer is now under jd:<account>"), r.toString());
    // the same store either way: buyers, their contact data, orders and figures
    for (String q : DUMPS) {
      assertEquals(other.sql(q), cli.sql(q), q);
    }
    assertEquals(
        "jd:小明tm|张三|1******6198|江苏\njd_buyer3|王五|1******5555|广东\n",
        cli.sql(CONTACTS + " ORDER BY customer_id"));
    assertEquals(
        other.run("--now", NOW, "customers", "list", "--format", "csv").out(),
        cli.run("--now", NOW, "customers", "list", "--format", "csv").out());
    String show = cli.expect(0, "--now", NOW, "customers", "show", "小明tm").out();
    assertTrue(show.contains("297.00"), show); // the Tmall buyer, whichever came first

    // imported again, in either order: nothing moves, nothing is said
    r = cli.run("import", "orders", tmall.toString(), jd.toString());
    assertTrue(!r.err().contains("jd:<account>"), r.toString());
    for (String q : DUMPS) {
      assertEquals(other.sql(q), cli.sql(q), q);
    }
    cli.expect(0, "check");
  }

  @Test
  void theNoteIsSaidInChinese() throws Exception {
    cli.expect(0, "-q", "import", "orders", jd.toString());
    CliRunner zh = new CliRunner(dir).env("LANG", "zh_CN.UTF-8");
    CliRunner.Result r = zh.run("import", "orders", tmall.toString());
    assertEquals(0, r.exit(), r.toString());
    assertTrue(
        r.err().contains("1 位京东买家改记为 jd:<下单帐号>：淘宝/天猫有同名买家（买家会员名相同），同名归淘宝/天猫买家：jd:小明tm"), r.err());
  }

  static final String CONTACTS = "SELECT customer_id, name, phone, province FROM customers";

  /** The tables a buyer's identity shows in, without the import ids (which say the order). */
  static final String[] DUMPS = {
    "SELECT customer_id, name, phone, email, province, city, region, registered_at,"
        + " accepts_marketing FROM customers ORDER BY customer_id",
    "SELECT order_id, customer_id, source, total, paid_at FROM orders ORDER BY order_id",
    "SELECT * FROM customer_figures ORDER BY customer_id, currency"
  };

  @Test
  void aStoreOfOnePlatformKeepsItsIds() throws Exception {
    cli.expect(0, "-q", "import", "orders", tmall.toString());
    cli.expect(0, "-q", "import", "orders", tmall.toString());
    assertEquals("小明tm|2\n小红tm|1\n", ordersPerCustomer());
  }

  /** customer_id|orders of each customer, in id order. */
  private String ordersPerCustomer() throws Exception {
    return cli.sql(
        "SELECT customer_id, count(*) FROM orders GROUP BY customer_id ORDER BY customer_id");
  }
}
