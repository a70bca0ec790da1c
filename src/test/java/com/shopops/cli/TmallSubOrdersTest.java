package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Tmall 子订单 export where one sub-order was refunded and closed (交易关闭, 退款成功): the order keeps the
 * status of its live sub-orders and records the refund as partial; it is cancelled only when every
 * sub-order is closed.
 */
class TmallSubOrdersTest {
  static final String HEADER =
      "子订单编号,主订单编号,商品标题,商品价格,购买数量,订单状态,商家编码,买家实付金额,退款状态,退款金额,"
          + "订单创建时间,订单付款时间,买家会员名,发货时间,物流公司,物流单号";
  static final List<String> ROWS =
      List.of(
          "4000000000000000031,4000000000000000030,龙井,100.00,1,卖家已发货，等待买家确认,TEA-LJ,"
              + "100.00,,0.00,2026-11-18 10:00:00,2026-11-18 10:01:00,tb_丙,2026-11-18 18:00:00,"
              + "顺丰速运,SF999",
          "4000000000000000032,4000000000000000030,芒果干,25.00,2,交易关闭,SNK-M,50.00,退款成功,50.00,"
              + "2026-11-18 10:00:00,2026-11-18 10:01:00,tb_丙,,,",
          "4000000000000000041,4000000000000000040,龙井,100.00,1,交易成功,TEA-LJ,100.00,,0.00,"
              + "2026-11-01 10:00:00,2026-11-01 10:01:00,tb_丙,2026-11-01 18:00:00,顺丰速运,SF998",
          "4000000000000000042,4000000000000000040,芒果干,25.00,2,交易关闭,SNK-M,50.00,退款成功,50.00,"
              + "2026-11-01 10:00:00,2026-11-01 10:01:00,tb_丙,,,",
          // every sub-order closed: the order is cancelled
          "4000000000000000051,4000000000000000050,龙井,100.00,1,交易关闭,TEA-LJ,100.00,退款成功,"
              + "100.00,2026-11-02 10:00:00,2026-11-02 10:01:00,tb_丙,,,",
          "4000000000000000052,4000000000000000050,芒果干,25.00,2,交易关闭,SNK-M,50.00,退款成功,50.00,"
              + "2026-11-02 10:00:00,2026-11-02 10:01:00,tb_丙,,,");
  static final String STORED =
      "4000000000000000030|shipped|15000|5000\n"
          + "4000000000000000040|completed|15000|5000\n"
          + "4000000000000000050|cancelled|15000|15000\n";

  @TempDir Path dir;
  CliRunner cli;

  @BeforeEach
  void init() {
    cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
  }

  private Path file(String name, List<String> rows) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, HEADER + "\n" + String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
    return f;
  }

  private String stored() throws Exception {
    StringBuilder out = new StringBuilder();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + cli.db());
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "select order_id, status, amount, refunded from orders order by order_id")) {
      while (rs.next()) {
        out.append(rs.getString(1))
            .append('|')
            .append(rs.getString(2))
            .append('|')
            .append(rs.getLong(3))
            .append('|')
            .append(rs.getLong(4))
            .append('\n');
      }
    }
    return out.toString();
  }

  @Test
  void aClosedSubOrderDoesNotCancelTheOrder() throws Exception {
    Path f = file("sub.csv", ROWS);
    cli.expect(0, "import", "orders", f.toString());
    assertEquals(STORED, stored());
    assertEquals(
        "order_id,status\n4000000000000000040,completed\n",
        cli.expect(0, "orders", "list", "--status", "completed", "--columns", "order_id,status")
            .out());
    var again = cli.expect(0, "import", "orders", f.toString());
    assertTrue(again.err().contains("(0 new, 0 updated, 3 unchanged)"), again.err());
    assertEquals(STORED, stored());
  }

  @Test
  void theOrderOfTheRowsInTheFileDoesNotMatter() throws Exception {
    List<String> reversed = new ArrayList<>(ROWS);
    Collections.reverse(reversed);
    cli.expect(0, "import", "orders", file("rev.csv", reversed).toString());
    assertEquals(STORED, stored());
  }
}
