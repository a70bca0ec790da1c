package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review20 X17: what an order has been refunded is shown by {@code orders show} and by {@code
 * orders list --status partially_refunded}: the refund its export states beyond its returns'
 * refunds (the figure net sales takes off), with a note saying so. The other lists keep their
 * columns (the generic import layout reads them back).
 */
class OrderRefundedShownTest {
  @TempDir Path dir;
  private CliRunner cli;

  @BeforeEach
  void init() throws Exception {
    cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    Path orders =
        TestFiles.write(
            dir,
            "orders.csv",
            "order_id,customer_id,created_at,paid_at,status,sku,quantity,amount,shipping_fee,refunded\n"
                + "O1,C1,2026-11-10 10:00:00,2026-11-10 10:00:00,completed,T,3,745.00,0,239.00\n"
                + "O2,C2,2026-11-10 11:00:00,2026-11-10 11:00:00,completed,T,2,100.00,0,\n"
                + "O3,C3,2026-11-10 12:00:00,2026-11-10 12:00:00,completed,T,1,50.00,0,\n");
    cli.expect(0, "-q", "import", "orders", orders.toString());
    Path returns =
        TestFiles.write(
            dir,
            "returns.csv",
            "return_id,order_id,sku,quantity,requested_at,refunded_at,refund_amount\n"
                + "R1,O2,T,1,2026-11-12 10:00:00,2026-11-13 10:00:00,40.00\n");
    cli.expect(0, "-q", "import", "returns", returns.toString());
  }

  @Test
  void showGivesTheRefundedAmountAndWhereItComesFrom() {
    var r = cli.expect(0, "orders", "show", "O1", "--format", "csv");
    String head = r.out().lines().limit(2).reduce("", (a, b) -> a + b + "\n");
    assertTrue(head.startsWith("order_id,"), head);
    assertTrue(head.contains(",total,refunded,currency,"), head);
    assertTrue(head.contains(",745.00,239.00,"), head);
    // the refunds block (tryout24b A8): the export's figure, the total, what is still refundable
    assertTrue(r.out().contains("\ntotal-refunded,,,239.00\nstill-refundable,,,506.00\n"), r.out());
    assertTrue(r.out().contains("\norder-export,,"), r.out());
    var byReturn = cli.expect(0, "orders", "show", "O2", "--format", "csv");
    assertTrue(byReturn.out().contains(",100.00,40.00,"), byReturn.out());
    assertTrue(
        byReturn.out().contains("\ntotal-refunded,,,40.00\nstill-refundable,,,60.00\n"),
        byReturn.out());
    var none = cli.expect(0, "orders", "show", "O3", "--format", "csv");
    assertTrue(none.out().contains(",50.00,0.00,"), none.out());
    assertTrue(!none.out().contains("total-refunded"), none.out());
  }

  @Test
  void thePartlyRefundedListHasARefundedColumnAndTheOthersKeepTheirs() {
    var r = cli.expect(0, "orders", "list", "--status", "partially_refunded", "--format", "csv");
    var rows = r.out().lines().toList();
    assertEquals(3, rows.size(), r.out());
    assertTrue(rows.get(0).contains(",total,refunded,currency,"), rows.get(0));
    assertTrue(
        rows.get(1).startsWith("O1,") && rows.get(1).contains(",745.00,239.00,"), rows.get(1));
    assertTrue(
        rows.get(2).startsWith("O2,") && rows.get(2).contains(",100.00,40.00,"), rows.get(2));
    assertTrue(r.err().contains("refunded: what each order has been refunded"), r.err());
    String all = cli.expect(0, "orders", "list", "--format", "csv").out();
    assertTrue(!all.lines().findFirst().orElse("").contains("refunded"), all);
  }
}
