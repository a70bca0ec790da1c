package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * V040: a refund marks its order's day of the kept SLA figures only when the refund can move the
 * order (no shipped or delivered time, no tracking number); a shipped order's refunds mark nothing,
 * so a first load of returns does not classify every day again.
 */
class SlaRefundMarksTest {
  @TempDir Path dir;

  @Test
  void onlyARefundOfAnUnshippedOrderMarksItsDay() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "-q", "--tz", "Asia/Shanghai");
    cli.expect(0, "-q", "import", "orders", Path.of("examples/orders.csv").toAbsolutePath() + "");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + cli.db());
        Statement st = c.createStatement()) {
      st.execute("DELETE FROM sla_figures_dirty");
      // shipped (a shipped time and a tracking number): its refund cannot move it
      st.execute(
          "INSERT INTO returns (return_id, order_id, quantity, refunded_at, refund_amount)"
              + " VALUES ('R1', 'SO202605010002', 1, 1779000000, 100)");
      assertEquals("0\n", CliRunner.rows(c, "SELECT count(*) FROM sla_figures_dirty"));
      st.execute("UPDATE returns SET refund_amount = 50 WHERE return_id = 'R1'");
      st.execute("DELETE FROM returns WHERE return_id = 'R1'");
      assertEquals("0\n", CliRunner.rows(c, "SELECT count(*) FROM sla_figures_dirty"));
      // paid, not shipped: its refund may take it off the clock
      st.execute(
          "INSERT INTO returns (return_id, order_id, quantity, refunded_at, refund_amount)"
              + " VALUES ('R2', 'SO202611170001', 1, 1779000000, 100)");
      st.execute("UPDATE returns SET refunded_at = NULL WHERE return_id = 'R2'");
      st.execute("DELETE FROM returns WHERE return_id = 'R2'");
      assertEquals(
          "SO202611170001|3\n",
          CliRunner.rows(c, "SELECT order_id, count(*) FROM sla_figures_dirty GROUP BY order_id"));
    }
  }
}
