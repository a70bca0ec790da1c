package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paid means paid (issue 12): a Shopify export like a real store's (51 orders, 48 of them {@code
 * Financial Status: paid} with {@code Paid at} blank: draft and manual-payment orders) counts those
 * orders as paid everywhere, with the paid time inferred and said so.
 */
class PaidMeansPaidTest {
  static final String HEADER =
      "Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,Accepts Marketing,"
          + "Currency,Subtotal,Shipping,Total,Created at,Lineitem quantity,Lineitem name,"
          + "Lineitem price,Lineitem sku,Refunded Amount";

  @TempDir Path dir;
  CliRunner cli;

  @BeforeEach
  void setUp() {
    cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "UTC");
  }

  /**
   * #1001–#1048 paid, Paid at blank, created 2026-11-02 10:00 + n minutes, unfulfilled; #1049 paid
   * with a paid time; #1050 pending; #1051 voided. Each order has one line of 10.00 and its buyer
   * b{n}@example.com; #1001 has a second line on a second row (no order fields).
   */
  static String shopify() {
    StringBuilder sb = new StringBuilder(HEADER).append('\n');
    for (int n = 1; n <= 51; n++) {
      String financial = n <= 49 ? "paid" : n == 50 ? "pending" : "voided";
      String paidAt = n == 49 ? "2026-11-02 12:00:00 +0000" : "";
      String created = String.format("2026-11-02 %02d:%02d:00 +0000", 10 + n / 60, n % 60);
      sb.append("#")
          .append(1000 + n)
          .append(",b")
          .append(n)
          .append("@example.com,")
          .append(financial)
          .append(',')
          .append(paidAt)
          .append(",unfulfilled,,")
          .append(n % 2 == 0 ? "yes" : "no")
          .append(",USD,10.00,0.00,10.00,")
          .append(created)
          .append(",1,Mug,10.00,MUG-1,\n");
      if (n == 1) {
        sb.append("#1001,,,,,,,,,,,,1,Lid,0.00,LID-1,\n");
      }
    }
    return sb.toString();
  }

  long scalar(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + cli.db());
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void paidStatusWithoutPaidTimeCountsAsPaidWithAnInferredTime() throws Exception {
    Path f = TestFiles.write(dir, "orders_export.csv", shopify());
    var r = cli.expect(0, "import", "orders", f.toString());
    assertTrue(
        r.err()
            .contains(
                "orders_export.csv: 48 orders are paid by their status but have"
                    + " no paid time: inferred from the created time"),
        r.err());
    assertEquals(51, scalar("SELECT count(*) FROM orders"));
    assertEquals(48, scalar("SELECT count(*) FROM orders WHERE paid_at_inferred = 1"));
    assertEquals(
        48,
        scalar(
            "SELECT count(*) FROM orders WHERE paid_at_inferred = 1"
                + " AND paid_at = created_at"));
    assertEquals(49, scalar("SELECT count(*) FROM orders WHERE paid_at IS NOT NULL"));
    assertEquals(
        0,
        scalar(
            "SELECT count(*) FROM orders WHERE order_id IN ('#1050', '#1051')"
                + " AND paid_at IS NOT NULL"));
    assertEquals(51, scalar("SELECT count(*) FROM orders WHERE currency = 'USD'"));

    // orders list --status paid and the reports agree: 49 paid orders
    var listed = cli.expect(0, "orders", "list", "--status", "paid", "--format", "csv");
    assertEquals(50, listed.out().strip().split("\n").length, listed.out()); // header + 49
    var m =
        cli.expect(
            0,
            "--now",
            "2026-11-03 00:00",
            "metrics",
            "--from",
            "2026-11-02",
            "--to",
            "2026-11-02",
            "--format",
            "csv");
    String row = m.out().strip().split("\n")[1];
    String[] cells = row.split(",", -1);
    assertEquals("49", cells[3], m.out()); // orders
    assertEquals("49", cells[4], m.out()); // buyers
    assertEquals("490.00", cells[5], m.out()); // sales
    assertTrue(
        m.err()
            .contains(
                "note: 48 orders count as paid by their status without a paid time"
                    + " in the export: paid time inferred"),
        m.err());
    assertTrue(
        m.err().contains("note: sales, net_sales, sales_per_buyer and aov are in USD"), m.err());
  }

  @Test
  void theSlaClockStartsAtAnInferredTimeOnlyWhenConfigured() throws Exception {
    Path f = TestFiles.write(dir, "orders_export.csv", shopify());
    cli.expect(0, "import", "orders", f.toString());
    // 2026-11-03 08:00: the inferred orders were created 22 h ago (ship within 24 h): at risk
    // within 3 h; #1049, paid at 12:00, has 4 h left
    var off =
        cli.expect(
            0, "--now", "2026-11-03 08:00", "sla", "at-risk", "--within", "3h", "--format", "csv");
    assertEquals(1, off.out().strip().split("\n").length, off.out()); // header only
    assertTrue(
        off.err()
            .contains(
                "note: 48 orders have paid times inferred from a status that"
                    + " says paid (none in the export): not on the shipping clock;"
                    + " `shopops config set sla.infer_paid_at true` starts it there"),
        off.err());

    cli.expect(0, "config", "set", "sla.infer_paid_at", "true");
    var on =
        cli.expect(
            0, "--now", "2026-11-03 08:00", "sla", "at-risk", "--within", "3h", "--format", "csv");
    assertEquals(49, on.out().strip().split("\n").length, on.out()); // header + 48
    assertTrue(on.out().contains("\"#1001\","), on.out());
    assertFalse(on.out().contains("#1049"), on.out());
    assertTrue(on.err().contains("the ship-by clock starts there (sla.infer_paid_at)"), on.err());

    var report = cli.expect(0, "--now", "2026-11-03 08:00", "sla", "report", "--format", "csv");
    assertTrue(report.err().contains("48 orders have paid times inferred"), report.err());
  }

  @Test
  void aPaidTimeFromAnExportReplacesAnInferredOneButNeverTheOtherWayRound() throws Exception {
    Path f = TestFiles.write(dir, "orders_export.csv", shopify());
    cli.expect(0, "import", "orders", f.toString());
    Path later =
        TestFiles.write(
            dir,
            "later.csv",
            HEADER
                + "\n"
                + "#1002,b2@example.com,paid,2026-11-02 15:00:00 +0000,unfulfilled,,yes,USD,10.00,0.00,"
                + "10.00,2026-11-02 10:02:00 +0000,1,Mug,10.00,MUG-1,\n");
    cli.expect(0, "import", "orders", later.toString());
    assertEquals(0, scalar("SELECT paid_at_inferred FROM orders WHERE order_id = '#1002'"));
    assertEquals(
        java.time.Instant.parse("2026-11-02T15:00:00Z").getEpochSecond(),
        scalar("SELECT paid_at FROM orders WHERE order_id = '#1002'"));
    // the first export again: its inferred time does not replace the exported one
    cli.expect(0, "import", "orders", f.toString());
    assertEquals(0, scalar("SELECT paid_at_inferred FROM orders WHERE order_id = '#1002'"));
    assertEquals(
        java.time.Instant.parse("2026-11-02T15:00:00Z").getEpochSecond(),
        scalar("SELECT paid_at FROM orders WHERE order_id = '#1002'"));
  }

  @Test
  void jdCashOnDeliveryIsPaidWhenCompleted() throws Exception {
    Path f =
        TestFiles.write(
            dir,
            "jd.csv",
            String.join(
                "\n",
                "订单号,商品ID,商品名称,订购数量,支付方式,下单时间,京东价,订单金额,应付金额,订单状态,下单帐号," + "付款确认时间,订单完成时间",
                "J1,100,杯子,1,货到付款,2026-11-01 10:00:00,50.00,50.00,50.00,完成,u1,,"
                    + "2026-11-04 18:00:00",
                "J2,100,杯子,1,货到付款,2026-11-01 11:00:00,50.00,50.00,50.00,等待出库,u2,,",
                "J3,100,杯子,1,在线支付,2026-11-01 12:00:00,50.00,50.00,50.00,等待出库,u3,,",
                "J4,100,杯子,1,在线支付,2026-11-01 13:00:00,50.00,50.00,50.00,等待出库,u4,"
                    + "2026-11-01 13:05:00,",
                ""));
    cli.expect(0, "import", "orders", f.toString());
    assertEquals(
        java.time.OffsetDateTime.parse("2026-11-04T18:00:00+08:00").toEpochSecond(), // Beijing time
        scalar("SELECT paid_at FROM orders WHERE order_id = 'J1' AND paid_at_inferred = 1"));
    assertEquals(
        0,
        scalar("SELECT count(*) FROM orders WHERE order_id = 'J2'" + " AND paid_at IS NOT NULL"));
    assertEquals(
        java.time.OffsetDateTime.parse("2026-11-01T12:00:00+08:00").toEpochSecond(),
        scalar("SELECT paid_at FROM orders WHERE order_id = 'J3' AND paid_at_inferred = 1"));
    assertEquals(0, scalar("SELECT paid_at_inferred FROM orders WHERE order_id = 'J4'"));
  }
}
