package com.shopops.cli;

import java.nio.file.Path;

/**
 * A store holding an order, the refund its export states and a refund entered by hand: the set-up
 * OrderRefundCapTest, HandRefundAfterExportTest, StatedRefundGrowthTest, TmallRefundRaisedTest,
 * GenericRefundBelowHandTest (and their PostgreSQL twins) and RefundCapTwinsTest share — the hand
 * refund's three commands, the Tmall 订单报表 of order {@link #ID} stating 退款金额 50.00 of 300.00, and
 * the figures they read (net_sales by day, the buyer's spent).
 */
final class RefundFixture {
  private RefundFixture() {}

  /** A Tmall order paid 2026-11-11 00:01:20 for 300.00 (one 烟酰胺精华液 30ml, SKU SER-NIA-30). */
  static final String ID = "5100000000000000001";

  /** The clock of the Tmall tests: the 订单报表 of 11-15 10:00 imported, the 价保 refunded. */
  static final String NOW = "2026-11-15 12:00";

  /**
   * A refund entered by hand ({@code returns add --refund-only}) of {@code amount} on {@code sku}
   * of {@code order}, asked at {@code at} under id {@code id}, then approved and refunded at {@code
   * at}; each command run at {@code now}.
   */
  static void handRefund(
      CliRunner cli,
      String now,
      String order,
      String sku,
      String amount,
      String reason,
      String id,
      String at) {
    cli.expect(
        0,
        refundOnly(
            java.util.List.of("--now", now, "-q"), order, sku, amount, reason, id, "--at", at));
    cli.expect(0, "--now", now, "-q", "returns", "update", id, "--status", "approved", "--at", at);
    cli.expect(0, "--now", now, "-q", "returns", "update", id, "--status", "refunded", "--at", at);
  }

  /**
   * The words of a refund entered by hand: {@code global} (the options before the command), then
   * {@code returns add ORDER --sku SKU --refund-only --refund AMOUNT --reason REASON --id ID} and
   * {@code more}.
   */
  static String[] refundOnly(
      java.util.List<String> global,
      String order,
      String sku,
      String amount,
      String reason,
      String id,
      String... more) {
    java.util.List<String> args = new java.util.ArrayList<>(global);
    args.addAll(
        java.util.List.of(
            "returns",
            "add",
            order,
            "--sku",
            sku,
            "--refund-only",
            "--refund",
            amount,
            "--reason",
            reason,
            "--id",
            id));
    args.addAll(java.util.List.of(more));
    return args.toArray(String[]::new);
  }

  /** The 订单报表 of order {@link #ID} exported at {@code stamp} (yyyyMMddHHmm): 退款金额 50.00. */
  static Path tmallList(Path dir, String stamp) {
    String row =
        TmallOrderDiscountTest.listRow(
            ID, "b1_buyer", "300.00", "2026-11-11 00:01:00", "2026-11-11 00:01:20");
    return TestFiles.write(
        dir,
        "ExportOrderList" + stamp + ".csv",
        (TmallOrderDiscountTest.LIST_HEADER + row.substring(0, row.length() - 5) + "50.00\n")
            .getBytes(TmallOrderDiscountTest.GBK));
  }

  /** The 宝贝报表 (items) of order {@link #ID}, exported 11-15 10:00. */
  static Path tmallItems(Path dir) {
    return TestFiles.write(
        dir,
        "ExportOrderDetailList202611151000.csv",
        (TmallOrderDiscountTest.ITEMS_HEADER
                + ID
                + ",烟酰胺精华液 30ml,300.00,1,SER-NIA-30,,,,交易成功,SER-NIA-30\n")
            .getBytes(TmallOrderDiscountTest.GBK));
  }

  /**
   * A new store of Asia/Shanghai holding the 订单报表 of 11-15 10:00 and its items, imported at NOW.
   */
  static void importTmallOrder(CliRunner cli, Path dir) {
    cli.expect(
        0,
        "--now",
        NOW,
        "-q",
        "import",
        "orders",
        tmallList(dir, "202611151000").toString(),
        tmallItems(dir).toString());
  }

  /** net_sales of each day from {@code from} to {@code to} ("date figure" a line), read at now. */
  static String netByDay(CliRunner cli, String now, String from, String to) {
    String[] rows =
        cli.expect(
                0,
                "--now",
                now,
                "metrics",
                "--by",
                "day",
                "--from",
                from,
                "--to",
                to,
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
    return sb.toString();
  }

  /** The spent of the first customer {@code customers list} shows, read at now. */
  static String spent(CliRunner cli, String now) {
    String[] rows =
        cli.expect(0, "--now", now, "customers", "list", "--format", "csv").out().split("\n");
    int col = java.util.Arrays.asList(rows[0].split(",")).indexOf("spent");
    return rows[1].split(",", -1)[col];
  }

  /**
   * The customer's money as `customers segment --method rfm` (monetary) and `customers show`
   * (lifetime_value) read it, both {@code expected}: the figures net sales agrees with.
   */
  static void customersSay(CliRunner cli, String now, String customer, String expected) {
    String[] rfm =
        cli.expect(0, "--now", now, "customers", "segment", "--method", "rfm", "--format", "csv")
            .out()
            .split("\n");
    int m = java.util.Arrays.asList(rfm[0].split(",")).indexOf("monetary");
    org.junit.jupiter.api.Assertions.assertEquals(expected, rfm[1].split(",", -1)[m], rfm[1]);
    String[] show =
        cli.expect(0, "--now", now, "customers", "show", customer, "--format", "csv")
            .out()
            .split("\n");
    int v = java.util.Arrays.asList(show[0].split(",")).indexOf("lifetime_value");
    org.junit.jupiter.api.Assertions.assertEquals(expected, show[1].split(",", -1)[v], show[1]);
  }
}
