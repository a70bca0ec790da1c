package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * tryout24b A2, generic twin: GR1 (100.00 paid 11-10) stated refunded 10.00 by a file imported
 * 11-12 10:00; a hand refund of 5.00 paid 11-12 12:00; the next file (imported 11-13 10:00) states
 * 12.00, less than 10.00 + 5.00: it contains part of the hand refund, so 11-13 books 0.00 (before:
 * every metrics died "refunds cannot be negative: -300").
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

  @Test
  void aFileRaisingTheRefundByLessThanAHandRefundBooksNothingOnItsImportDay() {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "--currency", "CNY", "-q");
    String now = "2026-11-12 10:00";
    cli.expect(
        0, "--now", now, "-q", "import", "orders", file("g10.csv", "paid", "10.00").toString());
    String at = "2026-11-12 12:00";
    cli.expect(
        0,
        "--now",
        at,
        "-q",
        "returns",
        "add",
        "GR1",
        "--sku",
        "SKU-A",
        "--refund-only",
        "--refund",
        "5",
        "--reason",
        "other",
        "--id",
        "RTG1",
        "--at",
        at);
    cli.expect(0, "--now", at, "-q", "returns", "update", "RTG1", "--status", "approved");
    cli.expect(0, "--now", at, "-q", "returns", "update", "RTG1", "--status", "refunded");
    cli.expect(
        0,
        "--now",
        "2026-11-13 10:00",
        "-q",
        "import",
        "orders",
        file("g12.csv", "completed", "12.00").toString());
    String[] rows =
        cli.expect(
                0,
                "--now",
                "2026-11-14 10:00",
                "metrics",
                "--by",
                "day",
                "--from",
                "2026-11-10",
                "--to",
                "2026-11-13",
                "--format",
                "csv")
            .out()
            .split("\n");
    int col = java.util.Arrays.asList(rows[0].split(",")).indexOf("net_sales");
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i < rows.length; i++) {
      String[] cells = rows[i].split(",", -1);
      sb.append(cells[0]).append(' ').append(cells[col]).append('\n');
    }
    assertEquals(
        "2026-11-10 90.00\n2026-11-11 0.00\n2026-11-12 -5.00\n2026-11-13 0.00\n", sb.toString());
    String[] customers =
        cli.expect(0, "--now", "2026-11-14 10:00", "customers", "list", "--format", "csv")
            .out()
            .split("\n");
    int spent = java.util.Arrays.asList(customers[0].split(",")).indexOf("spent");
    assertEquals("88.00", customers[1].split(",", -1)[spent]);
  }
}
