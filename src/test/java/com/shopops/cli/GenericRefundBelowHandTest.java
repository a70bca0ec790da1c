package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * tryout24b A2, generic twin: GR1 (100.00 paid 11-10) stated refunded 10.00 by a file imported
 * 11-12 10:00; a hand refund of 5.00 paid 11-12 12:00; the next file (imported 11-13 10:00) states
 * 12.00, less than 10.00 + 5.00: it contains the hand refund. The export wins (refunds25): GR1 is
 * refunded 12.00 everywhere, 11-13 books a refund reversal of 3.00 (net +3.00; before 0.00, the
 * days netting 85.00 while customers said 88.00; before fix24a "refunds cannot be negative: -300").
 */
class GenericRefundBelowHandTest {
  @TempDir Path dir;

  private static final String HEADER =
      "order_id,customer_id,created_at,paid_at,status,amount,shipping_fee,total,refunded,sku,quantity\n";

  private Path file(String name, String status, String refunded) {
    return TestFiles.write(
        dir,
        name,
        HEADER
            + "GR1,gc1,2026-11-10 10:00,2026-11-10 10:00,"
            + status
            + ",100.00,0.00,100.00,"
            + refunded
            + ",SKU-A,1\n");
  }

  /** A new store (SQLite here; PostgreSQL in {@link PgGenericRefundBelowHandTest}). */
  CliRunner newStore() {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "--currency", "CNY", "-q");
    return cli;
  }

  @Test
  void aFileRaisingTheRefundByLessThanAHandRefundWinsAndBooksARefundReversal() {
    CliRunner cli = newStore();
    String now = "2026-11-12 10:00";
    cli.expect(
        0, "--now", now, "-q", "import", "orders", file("g10.csv", "paid", "10.00").toString());
    String at = "2026-11-12 12:00";
    RefundFixture.handRefund(cli, at, "GR1", "SKU-A", "5", "other", "RTG1", at);
    CliRunner.Result imported =
        cli.expect(
            0,
            "--now",
            "2026-11-13 10:00",
            "import",
            "orders",
            file("g12.csv", "completed", "12.00").toString());
    assertTrue(
        imported
            .err()
            .contains(
                "g12.csv: order GR1: the export states refunded 12.00, less than the 10.00 stated"
                    + " before + 5.00 refunded by hand since; taken as the export states, refunded"
                    + " 12.00: 3.00 reversed (退款冲回) in net_sales on 2026-11-13, the day of this"
                    + " import"),
        imported.err());
    assertEquals(
        "2026-11-10 90.00\n2026-11-11 0.00\n2026-11-12 -5.00\n2026-11-13 3.00\n",
        RefundFixture.netByDay(cli, "2026-11-14 10:00", "2026-11-10", "2026-11-13"));
    assertEquals("88.00", RefundFixture.spent(cli, "2026-11-14 10:00"));
    RefundFixture.customersSay(cli, "2026-11-14 10:00", "gc1", "88.00");
    // tryout26b B7: beside a 100.00 order, lifetime_value 88.00 is said net of the 12.00 the export
    // states, which holds the 5.00 refunded by hand (before: only the 5.00 return was on screen)
    CliRunner.Result show = cli.expect(0, "--now", "2026-11-14 10:00", "customers", "show", "gc1");
    assertTrue(
        (show.out() + show.err())
            .contains(
                "lifetime_value is net of what these orders were refunded, as net sales counts it"
                    + " (each refund counted once; orders show ID lists them): GR1 12.00 (the export"
                    + " states 12.00, returns refunded 5.00)"),
        show.out() + show.err());
    CliRunner.Result zh =
        cli.expect(0, "--lang", "zh", "--now", "2026-11-14 10:00", "customers", "show", "gc1");
    assertTrue(
        (zh.out() + zh.err()).contains("GR1 12.00（导出所写 12.00，退货退款 5.00）"), zh.out() + zh.err());
    // tryout28b B7: the order's row shows its refund beside its total, en and zh
    assertTrue(show.out().contains(",100.00,12.00,CNY,"), show.out());
    assertTrue(zh.out().contains(",100.00,12.00,CNY,"), zh.out());
    CliRunner.Result metrics =
        cli.expect(
            0,
            "--now",
            "2026-11-14 10:00",
            "metrics",
            "--by",
            "month",
            "--from",
            "2026-11-01",
            "--to",
            "2026-11-13",
            "--format",
            "csv");
    assertTrue(metrics.out().contains(",100.00,88.00,"), metrics.out());
    assertTrue(
        metrics
            .err()
            .contains(
                "net_sales: refund reversed (退款冲回) on 2026-11-13: order GR1: its order export"
                    + " states refunded 12.00, less than the 10.00 stated before + 5.00 refunded by"
                    + " hand since; taken as the export states, refunded 12.00: 3.00 reversed"),
        metrics.err());
  }
}
