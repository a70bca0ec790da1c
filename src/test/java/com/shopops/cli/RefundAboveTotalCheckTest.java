package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store that already holds a refund above its order's total (written before tryout20 Y9's import
 * rule refused new ones): {@code check} names the orders with both figures and exits 1, and changes
 * nothing. Before, it said nothing and exited 0.
 *
 * <p>Fixture as ReturnAgentTest's: SO1 625.90 (536.00 + 89.90), SO2 45.00 (39.00 + 6.00 shipping).
 */
class RefundAboveTotalCheckTest {
  @TempDir Path dir;

  @Test
  void checkNamesOrdersRefundedAboveTheirTotalAndChangesNothing() throws Exception {
    CliRunner cli = new CliRunner(dir);
    ReturnAgentTest.store(cli);
    cli.expect(
        0,
        "-q",
        "import",
        "returns",
        TestFiles.write(
                dir,
                "r.csv",
                "return_id,order_id,sku,quantity,requested_at,refunded_at,reason,refund_amount\n"
                    + "R2,SO2,ACC-CASE-15,1,2026-11-12 09:00,2026-11-13 09:00,quality,39.00\n")
            .toString());
    assertTrue(
        cli.expect(0, "check", "--format", "csv").out().contains("refunds above total,ok\n"));
    // as an older shopops stored them: a stated refund above SO1's total, a return's above SO2's
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + cli.db());
        Statement st = c.createStatement()) {
      st.executeUpdate("UPDATE orders SET refunded = 70000 WHERE order_id = 'SO1'");
      st.executeUpdate("UPDATE returns SET refund_amount = 5000 WHERE return_id = 'R2'");
    }
    CliRunner.Result r = cli.run("check", "--format", "csv");
    assertEquals(1, r.exit(), r.err());
    assertTrue(
        r.out()
            .contains(
                "refunds above total,\"2 orders were refunded more than their total (a return"
                    + " refunded more than a later export states for the order, or a store written"
                    + " before imports refused such refunds; nothing was changed): SO1 (refunded"
                    + " 700.00 of 625.90); SO2 (refunded 50.00 of 45.00); see what was refunded"
                    + " with `shopops --db "
                    + cli.db()
                    + " orders show SO1`, then correct a return's refund with `shopops --db "
                    + cli.db()
                    + " returns correct RETURN_ID --refund AMOUNT --reason TEXT`, or import a"
                    + " corrected export of them\"\n"),
        r.out());
    String zh = cli.run("--lang", "zh", "check", "--format", "table").out();
    assertTrue(zh.contains("SO1（已退 700.00，合计 625.90）"), zh);
    assertEquals(
        "70000|5000\n",
        cli.sql(
            "SELECT o.refunded, r.refund_amount FROM orders o, returns r"
                + " WHERE o.order_id = 'SO1' AND r.return_id = 'R2'"));
  }
}
