package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `orders list --status` with a platform's own word lists the orders in that platform state, not
 * every order of the status it stands for (review18 T4): 锁定 is one JD order of four paid ones.
 */
class PlatformStatusFilterTest {
  @TempDir Path dir;
  CliRunner cli;

  @BeforeEach
  void setUp() {
    cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
    String f =
        OrderStatusWordsTest.TMALL
            + OrderStatusWordsTest.tmallRow(1, "买家已付款，等待卖家发货")
            + OrderStatusWordsTest.tmallRow(2, "买家已付款，等待卖家发货")
            + OrderStatusWordsTest.tmallRow(3, "锁定")
            + OrderStatusWordsTest.tmallRow(4, "交易关闭")
            + OrderStatusWordsTest.tmallRow(5, "交易成功");
    cli.expect(0, "import", "orders", TestFiles.write(dir, "o.csv", f).toString());
    // a JD-style 已取消 stored beside the Tmall 交易关闭: both are cancelled
    cli.expect(
        0,
        "import",
        "orders",
        TestFiles.write(
                dir, "o2.csv", OrderStatusWordsTest.TMALL + OrderStatusWordsTest.tmallRow(6, "已取消"))
            .toString());
  }

  @Test
  void aPlatformWordListsTheOrdersInThatPlatformState() {
    var locked = cli.expect(0, "orders", "list", "--status", "锁定", "--format", "csv");
    assertEquals("3077000000000000003,paid,锁定\n", cut(locked.out()));
    assertEquals("", locked.err());
    var closed = cli.expect(0, "orders", "list", "--status", "交易关闭", "--format", "csv");
    assertEquals("3077000000000000004,cancelled,交易关闭\n", cut(closed.out()));
    // our code: every order in the status, whatever the platform says
    var paid = cli.expect(0, "orders", "list", "--status", "paid", "--format", "csv");
    assertEquals(
        "3077000000000000001,paid,买家已付款，等待卖家发货\n"
            + "3077000000000000002,paid,买家已付款，等待卖家发货\n"
            + "3077000000000000003,paid,锁定\n",
        cut(paid.out()));
    assertEquals("", paid.err());
  }

  @Test
  void aWordNoOrderHasIsReadAsItsStatusAndSaysSo() {
    var r = cli.expect(0, "orders", "list", "--status", "待发货", "--format", "csv");
    assertEquals(3, cut(r.out()).lines().count());
    assertEquals(
        "note: no order's platform status is 待发货: it is read as paid, every order in that status"
            + " is listed\n",
        r.err());
    var zh = cli.expect(0, "--lang", "zh", "orders", "list", "--status", "待发货", "--format", "csv");
    assertEquals("注：没有订单的平台状态是“待发货”：按“已付款”读，列出该状态的全部订单\n", zh.err());
  }

  /** order_id, status and the stored platform_status of each row, header left out. */
  private String cut(String csv) {
    StringBuilder out = new StringBuilder();
    var lines = csv.lines().toList();
    var head = java.util.Arrays.asList(lines.get(0).split(","));
    int id = head.indexOf("order_id");
    int st = head.indexOf("status");
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split(",", -1);
      String word;
      try {
        word =
            cli.sql("SELECT platform_status FROM orders WHERE order_id = '" + c[id] + "'").strip();
      } catch (java.sql.SQLException e) {
        throw new AssertionError(e);
      }
      out.append(c[id]).append(',').append(c[st]).append(',').append(word).append('\n');
    }
    return out.toString();
  }
}
