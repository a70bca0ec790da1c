package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import complaints} (issue 12, item 10): complaints are data. The scorecard's complaint
 * rate has figures, and the promotion list leaves out a customer whose complaint is open.
 */
class ComplaintsImportTest {
  @TempDir Path dir;

  static final String ORDERS =
      String.join(
          "\n",
          "Name,Email,Financial Status,Paid at,Accepts Marketing,Currency,Total,Created at,"
              + "Lineitem quantity,Lineitem name,Lineitem price",
          "#1001,b1@example.com,paid,2026-11-02 10:00:00 +0800,yes,CNY,10.00,"
              + "2026-11-02 10:00:00 +0800,1,Mug,10.00",
          "#1002,b2@example.com,paid,2026-11-03 10:00:00 +0800,yes,CNY,10.00,"
              + "2026-11-03 10:00:00 +0800,1,Mug,10.00",
          "#1003,b3@example.com,paid,2026-11-04 10:00:00 +0800,yes,CNY,10.00,"
              + "2026-11-04 10:00:00 +0800,1,Mug,10.00",
          "#1004,b3@example.com,paid,2026-11-05 10:00:00 +0800,yes,CNY,10.00,"
              + "2026-11-05 10:00:00 +0800,1,Mug,10.00",
          "");

  static final String COMPLAINTS =
      String.join(
          "\n",
          "投诉编号,订单编号,买家会员名,投诉时间,完结时间,投诉类型,处理结果",
          "T1,#1001,,2026-11-06 09:00:00,,发货慢,处理中",
          "T2,,b2@example.com,2026-11-06 09:00:00,2026-11-07 09:00:00,质量问题,已解决",
          "T3,#9999,,2026-11-06 09:00:00,,发货慢,处理中",
          "");

  @Test
  void complaintsAreStoredAndReadByTheScoreAndThePromotionList() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
    cli.expect(0, "import", "orders", TestFiles.write(dir, "orders_export.csv", ORDERS).toString());
    Path f = TestFiles.write(dir, "投诉.csv", COMPLAINTS);
    // T3's order is unknown and names no customer: a complaint of nobody is refused
    var refused = cli.expect(1, "import", "complaints", f.toString());
    assertTrue(
        refused.err().contains("投诉.csv:4: order_id (column \"订单编号\"): unknown order #9999"),
        refused.err());
    assertEquals(List.of(), OrderMoneyTest.rows(cli, "SELECT complaint_id FROM complaints"));
    var r = cli.expect(0, "import", "complaints", f.toString(), "--on-error", "skip");
    assertTrue(r.err().contains("2 complaints (2 new"), r.err());
    assertEquals(
        List.of(
            "T1|#1001|null|1793926800|null|发货慢|处理中",
            "T2|null|b2@example.com|1793926800|1794013200|质量问题|已解决"),
        OrderMoneyTest.rows(
            cli,
            "SELECT complaint_id, order_id, customer_id, opened_at, closed_at, type, outcome"
                + " FROM complaints ORDER BY complaint_id"));
    // 2 complaints opened over the 4 orders paid in the week
    var score =
        cli.expect(
            0,
            "--now",
            "2026-11-20 10:00",
            "score",
            "--from",
            "2026-11-02",
            "--to",
            "2026-11-08",
            "--format",
            "csv");
    assertTrue(
        score.out().contains("customer_relationship,complaint_rate,0.5000,0.0,"), score.out());
    // as of 11-06 noon both complaints are open; on 11-20 only T1 (b1's) is
    var during =
        cli.expect(
            0, "--now", "2026-11-06 12:00", "export", "promotion", "--dry-run", "--format", "csv");
    assertEquals(List.of("b3@example.com"), OrderConsentCurrencyTest.ids(during.out()));
    assertTrue(during.err().contains("open return/complaint 2"), during.err());
    var later =
        cli.expect(
            0, "--now", "2026-11-20 10:00", "export", "promotion", "--dry-run", "--format", "csv");
    assertEquals(
        List.of("b2@example.com", "b3@example.com"), OrderConsentCurrencyTest.ids(later.out()));
    assertTrue(later.err().contains("open return/complaint 1"), later.err());
  }
}
