package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real 订单状态 texts of Tmall and JD exports are read as what they say, and a text shopops does not
 * know is never guessed from the order's times (review11 K20: 卖家已发货，等待买家确认收货 was read as paid, so
 * shipped orders were listed overdue).
 */
class OrderStatusWordsTest {
  static final String TMALL = "订单编号,买家会员名,买家应付货款,买家应付邮费,买家实际支付金额,订单状态,订单创建时间,订单付款时间\n";

  @TempDir Path dir;
  CliRunner cli;

  @BeforeEach
  void setUp() {
    cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
  }

  static String tmallRow(int n, String status) {
    return "307700000000000000"
        + n
        + ",b"
        + n
        + ",10.00,0,10.00,"
        + status
        + ",2026-11-10 10:00:00,2026-11-10 10:01:00\n";
  }

  @Test
  void tmallStatusTextsOfRealExportsAreReadAsWhatTheySay() throws Exception {
    Path f =
        TestFiles.write(
            dir,
            "st.csv",
            TMALL
                + tmallRow(1, "卖家已发货｜｜｜等待买家确认")
                + tmallRow(2, "\"买家已付款,等待卖家发货\"")
                + tmallRow(3, "交易成功 ")
                + tmallRow(4, "部分发货")
                + tmallRow(5, "卖家已发货，等待买家确认收货")
                + tmallRow(6, "等待卖家发货"));
    cli.expect(0, "import", "orders", f.toString());
    assertEquals(
        "3077000000000000001|shipped\n"
            + "3077000000000000002|paid\n"
            + "3077000000000000003|completed\n"
            + "3077000000000000004|shipped\n"
            + "3077000000000000005|shipped\n"
            + "3077000000000000006|paid\n",
        cli.sql("SELECT order_id, status FROM orders ORDER BY order_id"));
    // only the order still waiting to ship is overdue, not the shipped ones
    String overdue =
        cli.expect(0, "--now", "2026-11-12 10:00", "sla", "overdue", "--format", "csv").out();
    assertTrue(overdue.contains("3077000000000000002,"), overdue);
    assertTrue(overdue.contains("3077000000000000006,"), overdue);
    assertTrue(!overdue.contains("3077000000000000004,"), overdue);
    assertTrue(!overdue.contains("3077000000000000005,"), overdue);
  }

  @Test
  void jdStatusTextsOfRealExportsAreReadAsWhatTheySay() throws Exception {
    String header = "订单号,商品ID,商品名称,订购数量,支付方式,下单时间,京东价,订单金额,应付金额,订单状态,下单帐号,付款确认时间\n";
    StringBuilder sb = new StringBuilder(header);
    String[] words = {"等待付款", "正在出库", "(删除)已取消", "等待厂商处理", "配送退货", "等待收货", "已拒收"};
    for (int i = 0; i < words.length; i++) {
      sb.append("29000000000")
          .append(i)
          .append(",100,杯子,1,在线支付,2026-11-12 08:15:30,10.00,10.00,10.00,")
          .append(words[i])
          .append(",jd_")
          .append(i)
          .append(",2026-11-12 08:16:02\n");
    }
    Path f = TestFiles.write(dir, "jd.csv", sb.toString());
    cli.expect(0, "import", "orders", f.toString());
    assertEquals(
        "290000000000|pending\n"
            + "290000000001|paid\n"
            + "290000000002|cancelled\n"
            + "290000000003|paid\n"
            + "290000000004|cancelled\n"
            + "290000000005|shipped\n"
            + "290000000006|cancelled\n",
        cli.sql("SELECT order_id, status FROM orders ORDER BY order_id"));
  }

  @Test
  void anUnknownStatusTextIsRefusedNotGuessedAndTheStoreIsUnchanged() throws Exception {
    Path f = TestFiles.write(dir, "st2.csv", TMALL + tmallRow(1, "交易成功") + tmallRow(9, "火星状态"));
    var r = cli.expect(1, "import", "orders", f.toString());
    assertTrue(
        r.err()
            .contains(
                "st2.csv:3: status (column \"订单状态\"): unknown order status \"火星状态\": shopops does not guess where"
                    + " the order stands; give its meaning (pending, paid, shipped, delivered,"
                    + " completed, cancelled or refunded) under \"status\" in a mapping file"),
        r.err());
    assertEquals("0\n", cli.sql("SELECT count(*) FROM orders"));

    // in Chinese, the whole reason is Chinese
    var zh = cli.env("LANG", "zh_CN.UTF-8").expect(1, "import", "orders", f.toString());
    assertTrue(zh.err().contains("未知订单状态 \"火星状态\"：shopops 不会猜测订单处于哪一步"), zh.err());

    // --on-error skip imports the others and leaves that order out, named
    var skipped = cli.expect(0, "import", "orders", "--on-error", "skip", f.toString());
    assertTrue(skipped.err().contains("火星状态"), skipped.err());
    assertEquals("3077000000000000001|completed\n", cli.sql("SELECT order_id, status FROM orders"));
  }

  @Test
  void anUnknownTextTheMappingFileNamesIsRead() throws Exception {
    Path map =
        TestFiles.write(
            dir,
            "map.yaml",
            "kind: orders\n"
                + "fields:\n"
                + "  order_id: [订单编号]\n"
                + "  paid_at: [订单付款时间]\n"
                + "  created_at: [订单创建时间]\n"
                + "  amount: [买家应付货款]\n"
                + "  status: [订单状态]\n"
                + "status: {火星状态: shipped}\n");
    Path f = TestFiles.write(dir, "st2.csv", TMALL + tmallRow(9, "火星状态"));
    cli.expect(0, "import", "orders", "--map", map.toString(), f.toString());
    assertEquals(
        "3077000000000000009|shipped|火星状态\n",
        cli.sql("SELECT order_id, status, platform_status FROM orders"));
  }
}
