package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An order paid and then closed (交易关闭 / 已取消 with a payment time) counts in sales and, its money
 * having gone back to the buyer, as refunded in net_sales (review11 K15), less any refund already
 * recorded for it.
 */
class ClosedAfterPaymentTest {
  @TempDir Path dir;

  @Test
  void netSalesDeductsTheTotalOfAnOrderClosedAfterPayment() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    Path orders =
        TestFiles.write(
            dir,
            "orders.csv",
            "order_id,customer_id,created_at,paid_at,status,sku,quantity,amount,shipping_fee\n"
                + "O1,C1,2026-11-10 10:00:00,2026-11-10 10:00:00,completed,T,1,100.00,0\n"
                + "O2,C2,2026-11-10 11:00:00,2026-11-10 11:00:00,cancelled,T,1,98.00,0\n"
                + "O3,C3,2026-11-10 12:00:00,,cancelled,T,1,50.00,0\n");
    cli.expect(0, "-q", "import", "orders", orders.toString());
    String m = cli.novemberMetrics("2026-11-20 10:00");
    // sales 198.00 (both paid orders), net 100.00: O2's 98.00 went back; O3 was never paid
    assertTrue(m.contains("\n2026-11,,,2,2,198.00,100.00,"), m);
  }
}
