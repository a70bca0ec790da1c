package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JD's own order states (review13 M17): a paid order JD holds (锁定 / 已锁定, 暂停 / POP暂停) is still paid
 * and still to ship, not cancelled; 等待发货 and 付款成功 are paid. The reviewer's files are in
 * src/test/resources/import/jd-review13.
 */
class JdHeldOrderTest {
  static final String RES = "src/test/resources/import/jd-review13/";

  @TempDir Path dir;

  @Test
  void aLockedPaidOrderIsPaidOnTheClockAndNotRefunded() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    cli.expect(
        0, "-q", "import", "orders", Path.of(RES + "jd_locked.csv").toAbsolutePath().toString());
    assertEquals("paid|锁定\n", cli.sql("SELECT status, platform_status FROM orders"));
    // orders 1, buyers 1, sales 309.00, net 309.00: no money went back (was net 0.00)
    String m = cli.novemberMetrics("2026-11-20 10:00");
    assertTrue(m.contains(",1,1,309.00,309.00,"), m);
    // paid 2026-11-18 22:05, not shipped 36 h later: on the overdue list (was empty)
    String overdue =
        cli.expect(0, "--now", "2026-11-20 10:00", "sla", "overdue", "--format", "csv").out();
    assertTrue(overdue.contains("250002"), overdue);
  }

  @Test
  void theReviewersJdStatesAreReadOnlyTheSplitParentIsRefused() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    // 已拆分 (a parent order JD split into child orders) is still refused: counting it would count
    // the child orders' money twice
    CliRunner.Result r =
        cli.run(
            "import",
            "orders",
            Path.of(RES + "jd_status.csv").toAbsolutePath().toString(),
            "--on-error",
            "skip");
    assertTrue(r.err().contains("已拆分") && !r.err().contains("暂停"), r.toString());
    assertEquals(
        String.join(
            "\n",
            "260000|pending",
            "260001|paid",
            "260002|shipped",
            "260003|completed",
            "260004|cancelled",
            "260005|paid",
            "260006|paid",
            "260007|cancelled",
            "260008|paid",
            "260009|cancelled",
            "260010|paid",
            "260012|paid",
            "260013|paid",
            ""),
        cli.sql("SELECT order_id, status FROM orders ORDER BY order_id"));
  }
}
