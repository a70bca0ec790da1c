package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * review16 Q9: a return refused (卖家拒绝退款) or closed (退款关闭) shows no refund: refund_amount is empty
 * and the 退款金额 the export gave is requested_amount (申请金额); only a refunded return shows
 * refund_amount, and only it counts in net_sales, the report's refund_total and the customer's
 * money.
 *
 * <p>O1 (C1, A 100.00) refused TB1 asking 100.00; O2 (C1, A 100.00) closed TB2 asking 100.00; O3
 * (C2, B 80.00) refunded TB3 80.00 on 2026-11-08.
 */
class RefusedReturnAmountTest {
  @TempDir Path dir;
  CliRunner cli;

  private static final String RETURN_HEADER =
      "return_id,order_id,sku,quantity,step,requested_at,approved_at,rejected_at,received_at,"
          + "refunded_at,reason,refund_amount,outside_window,not_eligible,withdrawn_at,"
          + "requested_amount,kind";

  @BeforeEach
  void store() throws IOException {
    cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
    Path orders =
        file(
            "orders.csv",
            "order_id,customer_id,created_at,paid_at,shipped_at,delivered_at,status,sku,quantity,"
                + "amount",
            "O1,C1,2026-11-01 10:00:00,2026-11-01 10:01:00,2026-11-02 08:00:00,"
                + "2026-11-03 15:00:00,delivered,A,1,100.00",
            "O2,C1,2026-11-01 10:00:00,2026-11-01 10:01:00,2026-11-02 08:00:00,"
                + "2026-11-03 15:00:00,delivered,A,1,100.00",
            "O3,C2,2026-11-01 10:00:00,2026-11-01 10:01:00,2026-11-02 08:00:00,"
                + "2026-11-03 15:00:00,delivered,B,1,80.00");
    cli.expect(0, "import", "orders", orders.toString());
    Path refunds =
        file(
            "退款管理.csv",
            "退款编号,订单编号,商家编码,退货数量,退款申请时间,退款金额,退款原因,退款状态,退款完结时间",
            "TB1,O1,A,1,2026-11-05 10:00:00,100.00,七天无理由退货,卖家拒绝退款,2026-11-06 10:00:00",
            "TB2,O2,A,1,2026-11-05 11:00:00,100.00,七天无理由退货,退款关闭,2026-11-07 10:00:00",
            "TB3,O3,B,1,2026-11-05 12:00:00,80.00,质量问题,退款成功,2026-11-08 10:00:00");
    cli.expect(0, "import", "returns", refunds.toString());
  }

  private Path file(String name, String... lines) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return p;
  }

  private List<String> out(String... args) {
    return cli.expect(0, args).out().lines().toList();
  }

  @Test
  void aRefusedOrClosedReturnShowsTheAmountAskedNotARefund() {
    List<String> rows =
        out("--now", "2026-11-20 10:00", "returns", "show", "TB1", "--format", "csv");
    assertEquals(RETURN_HEADER, rows.get(0));
    assertEquals(
        "TB1,O1,A,1,rejected,2026-11-05 10:00:00,,2026-11-06 10:00:00,,,no_reason,,false,false,,"
            + "100.00,return",
        rows.get(1));
    rows = out("--now", "2026-11-20 10:00", "returns", "show", "TB2", "--format", "csv");
    assertEquals(
        "TB2,O2,A,1,withdrawn,2026-11-05 11:00:00,,,,,no_reason,,false,false,"
            + "2026-11-07 10:00:00,100.00,return",
        rows.get(1));
    rows = out("--now", "2026-11-20 10:00", "returns", "show", "TB3", "--format", "csv");
    assertEquals(
        "TB3,O3,B,1,refunded,2026-11-05 12:00:00,,,,2026-11-08 10:00:00,quality,80.00,false,"
            + "false,,,return",
        rows.get(1));
    // orders show lists the return the same way
    rows = out("orders", "show", "O1", "--format", "csv");
    assertEquals(
        "TB1,O1,A,1,rejected,2026-11-05 10:00:00,,2026-11-06 10:00:00,,,no_reason,,false,false,,"
            + "100.00,return",
        rows.get(rows.size() - 1));
    // zh: 退款金额 empty, 申请金额 100.00
    String zh =
        cli.expect(0, "--lang", "zh", "returns", "show", "TB1", "--format", "table", "--wide")
            .out();
    assertTrue(zh.contains("申请金额"), zh);
  }

  @Test
  void onlyTheRefundedReturnCountsInRefundFigures() {
    // net_sales: 280.00 paid on 11-01, 80.00 refunded on 11-08; the 200.00 asked is not refunded
    List<String> rows =
        out(
            "--now",
            "2026-11-20 10:00",
            "metrics",
            "--by",
            "month",
            "--from",
            "2026-11-01",
            "--to",
            "2026-11-19",
            "--format",
            "csv");
    assertTrue(rows.get(1).startsWith("2026-11,,,3,2,280.00,200.00,"), rows.get(1));
    rows =
        out(
            "--now",
            "2026-11-20 10:00",
            "returns",
            "report",
            "--by",
            "reason",
            "--from",
            "2026-11-01",
            "--to",
            "2026-11-19",
            "--format",
            "csv");
    assertEquals("(all),3,1,1,3,0.3333,1,80.00,70.00,1", rows.get(rows.size() - 1));
    // C1's two orders: 200.00 spent, nothing refunded
    rows = out("--now", "2026-11-20 10:00", "customers", "show", "C1", "--format", "csv");
    List<String> header = List.of(rows.get(0).split(","));
    List<String> c1 = List.of(rows.get(1).split(",", -1));
    assertEquals("200.00", c1.get(header.indexOf("lifetime_value")));
    rows = out("--now", "2026-11-20 10:00", "customers", "show", "C2", "--format", "csv");
    assertEquals("0.00", List.of(rows.get(1).split(",", -1)).get(header.indexOf("lifetime_value")));
  }
}
