package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Buyers an older shopops kept under one id across Tmall and JD (review14 N2), and buyers a store
 * of schema 25 scoped the other way round (review14 N5), opened by this build.
 * src/test/resources/upgrade/schema11-buyers/merged.db is what the real old build d4b6fca (schema
 * 11) stored from the reviewer's files in data/ (imported as data/… in this order: the Tmall 订单报表
 * with its 宝贝报表, then the JD export whose 下单帐号 小明tm is another person than the Tmall 小明tm): one
 * customer 小明tm with 3 orders, named 张三 (the JD buyer's 客户姓名) with the Tmall buyer's phone and 浙江
 * address.
 */
class TwoPlatformBuyersUpgradeTest {
  static final Path RES = Path.of("src/test/resources/upgrade/schema11-buyers");

  @TempDir Path dir;
  @TempDir Path freshDir;

  private static String file(String name) {
    return RES.resolve("data").resolve(name).toAbsolutePath().toString();
  }

  static final String CONTACTS =
      "SELECT customer_id, name, phone, province FROM customers WHERE customer_id LIKE '%小明tm'"
          + " ORDER BY customer_id";

  @Test
  void theUpgradeSplitsTheMergedBuyerAndCheckNamesTheFilesForTheirContactData() throws Exception {
    CliRunner cli = new CliRunner(dir);
    Files.copy(RES.resolve("merged.db"), cli.db());
    CliRunner.Result r = cli.run("check", "--format", "csv");
    assertEquals(1, r.exit(), r.toString());
    assertTrue(
        r.err()
            .contains(
                "2 buyers the upgrade split into the Taobao/Tmall and the JD buyer of the same"
                    + " account name have no name or phone: whose they were cannot be told from"
                    + " the store (e.g. 小明tm, jd:小明tm): import these files again:"
                    + " shopops --db "
                    + cli.db()
                    + " import orders data/ExportOrderList202611.csv (the path as typed"
                    + " when imported "),
        r.err());
    // the whole command for each file, as a shell reads them (tryout27a A2)
    assertTrue(
        r.err()
            .matches(
                "(?s).*hint: import these files again: shopops --db "
                    + cli.db()
                    + " import orders"
                    + " data/ExportOrderList202611.csv \\(the path as typed when imported"
                    + " [-0-9: ]+: run it from that directory\\); shopops --db "
                    + cli.db()
                    + " import orders"
                    + " data/jd_collide_nb.csv \\(the path as typed when imported [-0-9: ]+: run"
                    + " it from that directory\\) \\(then `shopops check` is quiet about"
                    + " them\\)\n.*"),
        r.err());
    assertTrue(r.out().contains("two-platform buyers,\"2 buyers the upgrade split into"), r.out());
    // each buyer their own orders; the JD buyer's 张三 is no longer the Tmall buyer's name, and
    // each keeps the address of their own orders
    assertEquals(
        "250001|jd:小明tm\n3029941234567890121|小明tm\n3029941234567890124|小明tm\n",
        cli.sql(
            "SELECT order_id, customer_id FROM orders WHERE customer_id LIKE '%小明tm'"
                + " ORDER BY order_id"));
    assertEquals("jd:小明tm|null|null|江苏\n小明tm|null|null|浙江\n", cli.sql(CONTACTS));
    String list = cli.expect(0, "--now", "2026-11-20 10:00", "customers", "list").out();
    assertTrue(list.contains("\njd:小明tm,,,,江苏,"), list);
    assertTrue(list.contains(",1,398.00,"), list);

    CliRunner zh = new CliRunner(dir).env("LANG", "zh_CN.UTF-8").width(400);
    String zhCheck = zh.expect(1, "check", "--format", "table").out();
    assertTrue(zhCheck.contains("两平台同名买家"), zhCheck);
    assertTrue(zhCheck.contains("升级已把 2 位买家拆分为同名的淘宝/天猫买家和京东买家"), zhCheck);

    // the two exports again: each buyer's contact data from their own rows; check is quiet
    cli.expect(0, "-q", "import", "orders", file("ExportOrderList202611.csv"));
    assertEquals(1, cli.run("check").exit()); // the JD buyer still has none
    cli.expect(0, "-q", "import", "orders", file("jd_collide_nb.csv"));
    cli.expect(0, "check");
    assertEquals("jd:小明tm|张三|1******6198|江苏\n小明tm|null|13812345678|浙江\n", cli.sql(CONTACTS));

    CliRunner fresh = new CliRunner(freshDir);
    fresh.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    fresh.expect(
        0,
        "-q",
        "import",
        "orders",
        file("ExportOrderList202611.csv"),
        file("ExportOrderDetailList202611.csv"));
    fresh.expect(0, "-q", "import", "orders", file("jd_collide_nb.csv"));
    for (String q : TwoPlatformBuyersTest.DUMPS) {
      assertEquals(fresh.sql(q), cli.sql(q), q);
    }
  }

  /**
   * A store of schema 25–27 where the JD export came first kept the JD buyer as 小明tm and the Tmall
   * one as taobao:小明tm: the upgrade turns it round (the Tmall buyer takes the text), contact data
   * and follow-ups with their buyer, and the store is the one the other import order made.
   */
  @Test
  void aStoreThatScopedTheTmallBuyerIsTurnedRound() throws Exception {
    Path tm =
        TestFiles.write(
            freshDir,
            "tm.csv",
            "订单编号,买家会员名,买家实际支付金额,订单状态,订单付款时间,联系手机\n"
                + "3029941234567890121,小明tm,209.00,交易成功,2026-11-01 10:05:00,13812345678\n");
    Path jd =
        TestFiles.write(
            freshDir,
            "jd.csv",
            TwoPlatformBuyersTest.JD_HEADER
                + "250001,100001,蓝牙耳机,1,在线支付,2026-11-05 09:00:00,299.00,299.00,299.00,0.00,"
                + "299.00,完成,,小明tm,张三,江苏 南京市 玄武区,1******6198,,,,,,,0.00,"
                + "2026-11-05 09:01:00,,EAR-1,2026-11-08 10:00:00,,\n");
    CliRunner fresh = new CliRunner(freshDir);
    fresh.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    fresh.expect(0, "-q", "import", "orders", tm.toString(), jd.toString());

    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    cli.expect(0, "-q", "import", "orders", jd.toString(), tm.toString());
    cli.expect(0, "followup", "add", "--customer", "jd:小明tm", "--channel", "phone", "--agent", "a");
    // as schema 25 stored it: the JD buyer under the text, the Tmall one scoped
    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + cli.db());
        var st = c.createStatement()) {
      for (String[] move : new String[][] {{"小明tm", "taobao:小明tm"}, {"jd:小明tm", "小明tm"}}) {
        for (String table : new String[] {"orders", "customers", "followups"}) {
          st.executeUpdate(
              "UPDATE "
                  + table
                  + " SET customer_id = '"
                  + move[1]
                  + "' WHERE customer_id = '"
                  + move[0]
                  + "'");
        }
      }
      // a store of schema 27: before V028 (and V029, which a later shopops added)
      OldStore.asOfVersion(c, 27);
    }
    assertEquals(
        "taobao:小明tm|null|13812345678|null\n小明tm|张三|1******6198|江苏\n",
        cli.sql("SELECT customer_id, name, phone, province FROM customers ORDER BY customer_id"));

    CliRunner.Result r = cli.run("check");
    assertEquals(0, r.exit(), r.toString()); // nothing merged, no contact data lost
    assertTrue(r.err().contains("upgraded store"), r.err());
    for (String q : TwoPlatformBuyersTest.DUMPS) {
      assertEquals(fresh.sql(q), cli.sql(q), q);
    }
    assertEquals("jd:小明tm\n", cli.sql("SELECT customer_id FROM followups"));
    assertEquals(
        "jd:小明tm|张三|1******6198|江苏\n小明tm|null|13812345678|null\n",
        cli.sql("SELECT customer_id, name, phone, province FROM customers ORDER BY customer_id"));
  }
}
