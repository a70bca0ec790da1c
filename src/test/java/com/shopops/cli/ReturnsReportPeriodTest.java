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
 * review16 Q7: a closed month's row of {@code returns report --by month} is the same whatever later
 * {@code --to} or {@code --now} the report runs to; each return is counted as it stood at the end
 * of its own month. Only a month the report covers in part is marked {@code partial}.
 *
 * <p>Store (Asia/Shanghai): SKU A ×2 delivered 10-03, A ×1 10-20, B ×1 10-25, A ×1 11-05 (4 units
 * delivered in October, 1 in November). A Tmall 退款管理 export: TB1 requested 10-05, refunded 10-09
 * 12:00 (100.00); TB2 requested 10-28 09:00, refunded 11-03 15:00 (100.00); TB3 requested 10-30,
 * refused 11-01 (50.00 asked); TB4 requested 11-08, refunded 11-20 (100.00).
 */
class ReturnsReportPeriodTest {
  @TempDir Path dir;
  CliRunner cli;

  private static final String OCTOBER = "2026-10,3,0,3,4,0.7500,1,100.00,98.00,0,false";

  @BeforeEach
  void store() throws IOException {
    cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
    Path orders =
        file(
            "orders.csv",
            "order_id,customer_id,created_at,paid_at,shipped_at,delivered_at,status,sku,quantity,"
                + "amount",
            "O1,C1,2026-10-01 10:00:00,2026-10-01 10:01:00,2026-10-02 08:00:00,"
                + "2026-10-03 15:00:00,delivered,A,2,200.00",
            "O2,C2,2026-10-17 10:00:00,2026-10-17 10:01:00,2026-10-18 08:00:00,"
                + "2026-10-20 15:00:00,delivered,A,1,100.00",
            "O3,C3,2026-10-22 10:00:00,2026-10-22 10:01:00,2026-10-23 08:00:00,"
                + "2026-10-25 15:00:00,delivered,B,1,50.00",
            "O4,C4,2026-11-02 10:00:00,2026-11-02 10:01:00,2026-11-03 08:00:00,"
                + "2026-11-05 15:00:00,delivered,A,1,100.00");
    cli.expect(0, "import", "orders", orders.toString());
    Path refunds =
        file(
            "退款管理.csv",
            "退款编号,订单编号,商家编码,退货数量,退款申请时间,退款金额,退款原因,退款状态,退款完结时间",
            "TB1,O1,A,1,2026-10-05 10:00:00,100.00,七天无理由退货,退款成功,2026-10-09 12:00:00",
            "TB2,O2,A,1,2026-10-28 09:00:00,100.00,七天无理由退货,退款成功,2026-11-03 15:00:00",
            "TB3,O3,B,1,2026-10-30 20:00:00,50.00,质量问题,卖家拒绝退款,2026-11-01 10:00:00",
            "TB4,O4,A,1,2026-11-08 10:00:00,100.00,七天无理由退货,退款成功,2026-11-20 10:00:00");
    cli.expect(0, "import", "returns", refunds.toString());
  }

  private Path file(String name, String... lines) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return p;
  }

  private List<String> monthRows(String now, String... period) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of("--now", now, "returns", "report", "--by", "month", "--format", "csv"));
    args.addAll(List.of(period));
    return cli.expect(0, args.toArray(String[]::new)).out().lines().toList();
  }

  @Test
  void octoberIsTheSameWhateverLaterDayTheReportRunsTo() {
    // as October ended: TB2's refund (11-03) and TB3's refusal (11-01) had not happened
    for (String to : List.of("2026-10-31", "2026-11-15", "2026-11-30")) {
      List<String> rows = monthRows("2026-12-05 10:00", "--from", "2026-10-01", "--to", to);
      assertEquals(OCTOBER, rows.get(1), to);
    }
    // no --to: the report runs to --now; October is the same on 11-02, 11-15 and 12-05
    for (String now : List.of("2026-11-02 08:00", "2026-11-15 12:00", "2026-12-05 10:00")) {
      List<String> rows = monthRows(now, "--from", "2026-10-01");
      assertEquals(OCTOBER, rows.get(1), now);
    }
    // before the fix, --to 2026-11-30 counted TB3 refused and TB2 refunded in October:
    // 2026-10,3,1,2,4,0.5000,2,200.00,…; --to 2026-10-31 gave the row above
    List<String> rows = monthRows("2026-12-05 10:00", "--from", "2026-10-01", "--to", "2026-11-30");
    assertEquals(
        List.of(
            "month,returns,rejected,returned_units,delivered_units,return_rate,refunded,"
                + "refund_total,median_refund_hours,withdrawn,partial",
            OCTOBER,
            "2026-11,1,0,1,1,1.0000,1,100.00,288.00,0,false",
            // the total as the returns stood at the end: TB3 refused, TB2 refunded (11-03) —
            // in no month's row (each as of its month's end) but in the total's (tryout)
            "(all),4,1,3,5,0.6000,3,300.00,150.00,0,"),
        rows);
  }

  @Test
  void aMonthTheReportCoversInPartIsMarkedPartial() {
    // --to 11-15: November is cut (TB4 requested 11-08 is not refunded by then)
    var r =
        cli.expect(
            0,
            "--now",
            "2026-12-05 10:00",
            "returns",
            "report",
            "--by",
            "month",
            "--from",
            "2026-10-01",
            "--to",
            "2026-11-15",
            "--format",
            "csv");
    List<String> rows = r.out().lines().toList();
    assertEquals(OCTOBER, rows.get(1));
    assertEquals("2026-11,1,0,1,1,1.0000,0,0.00,,0,true", rows.get(2));
    assertTrue(
        r.err()
            .contains(
                "note: partial (the report covers only part of it, or it has not ended at --now):"
                    + " 2026-11\n"),
        r.err());
    // --now inside November: the month has not ended
    rows = monthRows("2026-11-25 10:00", "--from", "2026-10-01", "--to", "2026-11-30");
    assertEquals("2026-11,1,0,1,1,1.0000,1,100.00,288.00,0,true", rows.get(2));
    // --from 10-10 cuts October: TB1 (10-05) and the 10-03 delivery are out of it
    rows = monthRows("2026-12-05 10:00", "--from", "2026-10-10", "--to", "2026-10-31");
    assertEquals("2026-10,2,0,2,2,1.0000,0,0.00,,0,true", rows.get(1));
    // by week: the week of Monday 2026-10-26 ends 11-01 24:00, after TB3's refusal (11-01 10:00)
    // and before TB2's refund (11-03): TB3 is refused in it, TB2 not refunded
    var w =
        cli.expect(
            0,
            "--now",
            "2026-12-05 10:00",
            "returns",
            "report",
            "--by",
            "week",
            "--from",
            "2026-10-26",
            "--to",
            "2026-11-01",
            "--format",
            "csv");
    assertEquals(
        List.of(
            "week,returns,rejected,returned_units,delivered_units,return_rate,refunded,"
                + "refund_total,median_refund_hours,withdrawn,partial",
            "2026-10-26,2,1,1,,,0,0.00,,0,false",
            "(all),2,1,1,0,,0,0.00,,0,"),
        w.out().lines().toList());
  }

  @Test
  void zhNamesThePartialColumn() {
    var r =
        cli.expect(
            0,
            "--now",
            "2026-11-25 10:00",
            "--lang",
            "zh",
            "returns",
            "report",
            "--by",
            "month",
            "--from",
            "2026-10-01",
            "--format",
            "table",
            "--wide");
    assertTrue(r.out().contains("不完整"), r.out()); // the column, with --wide (80 columns: the note)
    assertTrue(r.err().contains("不完整（报表只覆盖其一部分，或到 --now 时尚未结束）：2026-11"), r.err());
  }
}
