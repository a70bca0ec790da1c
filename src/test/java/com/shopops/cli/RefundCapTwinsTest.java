package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.shopops.store.RefundCapTwins;
import java.nio.file.Path;
import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The refund-cap rule has two forms: {@code OrderFacts.statedBeyond} (Java, what {@code returns
 * add|update} hold a refund to) and {@code ReturnFigures.refunded} (SQL, what net sales and
 * customers' spent take off). On the refund tests' scenarios — an export-stated refund before and
 * after hand refunds, several steps, an export repeating its figure, raised, lowered below the hand
 * refunds, no stated refund, an export clock (Tmall file name) and an import clock (generic file) —
 * both say the same figure, and the figure the scenario's test states.
 */
class RefundCapTwinsTest {
  @TempDir Path dir;

  private static final String HEADER =
      "order_id,customer_id,created_at,paid_at,status,amount,shipping_fee,total,refunded,sku,quantity\n";

  /** A new store (SQLite here; PostgreSQL in {@link PgRefundCapTwinsTest}). */
  CliRunner newStore() {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "--currency", "CNY", "-q");
    return cli;
  }

  Connection connection(CliRunner cli) throws Exception {
    return java.sql.DriverManager.getConnection("jdbc:sqlite:" + cli.db());
  }

  /**
   * A generic export of orders A…H (100.00 each, paid 11-10 10:00) whose refunded column is {@code
   * refunded[i]} for the i-th, imported at {@code now}.
   */
  private void importAt(CliRunner cli, String now, String name, String... refunded) {
    StringBuilder sb = new StringBuilder(HEADER);
    for (int i = 0; i < refunded.length; i++) {
      char id = (char) ('A' + i);
      sb.append(id)
          .append(",c")
          .append(id)
          .append(",2026-11-10 10:00,2026-11-10 10:00,paid,100.00,0.00,100.00,")
          .append(refunded[i])
          .append(",SKU-A,1\n");
    }
    cli.expect(0, "--now", now, "-q", "import", "orders", TestFiles.write(dir, name, sb + "") + "");
  }

  private static void hand(CliRunner cli, String order, String amount, String id, String at) {
    RefundFixture.handRefund(cli, at, order, "SKU-A", amount, "other", id, at);
  }

  /** Each order's figure both ways, one line each, against {@code expected} (minor units). */
  private void bothSay(CliRunner cli, String[] orders, long[] expected) throws Exception {
    StringBuilder want = new StringBuilder();
    StringBuilder got = new StringBuilder();
    try (Connection c = connection(cli)) {
      for (int i = 0; i < orders.length; i++) {
        RefundCapTwins.Figures f = RefundCapTwins.of(c, orders[i]);
        want.append(orders[i]).append(' ').append(expected[i]).append(' ').append(expected[i]);
        want.append('\n');
        got.append(orders[i]).append(' ').append(f.sql()).append(' ').append(f.java());
        got.append('\n');
        assertEquals(f.sqlBeyond(), f.javaBeyond(), f.line());
      }
    }
    assertEquals(want.toString(), got.toString());
  }

  @Test
  void bothFormsAgreeOnGenericExportsAndHandRefunds() throws Exception {
    CliRunner cli = newStore();
    // A…H: 0.00 stated on 11-11
    importAt(
        cli,
        "2026-11-11 10:00",
        "g0.csv",
        "0.00",
        "0.00",
        "0.00",
        "0.00",
        "0.00",
        "0.00",
        "0.00",
        "0.00");
    hand(cli, "B", "5", "RTB1", "2026-11-11 12:00"); // B: hand 5.00 before 10.00 is stated
    hand(cli, "F", "5", "RTF1", "2026-11-11 12:00"); // F: hand only
    importAt(
        cli,
        "2026-11-12 10:00",
        "g1.csv",
        "10.00",
        "10.00",
        "10.00",
        "10.00",
        "10.00",
        "0.00",
        "10.00",
        "10.00");
    for (String o : new String[] {"A", "C", "D", "E", "G", "H"}) {
      hand(cli, o, "5", "RT" + o + "2", "2026-11-12 12:00");
    }
    // C raised to 20.00 (holds the 5.00), D lowered to 12.00 (below 10.00 + 5.00), E raised to
    // 20.00, G repeats 10.00, H's file says 0.00 (the store keeps its 10.00: 15.00)
    importAt(
        cli,
        "2026-11-13 10:00",
        "g2.csv",
        "10.00",
        "10.00",
        "20.00",
        "12.00",
        "20.00",
        "0.00",
        "10.00",
        "0.00");
    hand(cli, "E", "3", "RTE3", "2026-11-13 12:00"); // E: after its 20.00
    importAt(
        cli,
        "2026-11-14 10:00",
        "g3.csv",
        "10.00",
        "10.00",
        "20.00",
        "12.00",
        "20.00",
        "0.00",
        "10.00",
        "0.00"); // E repeats 20.00 after the 3.00
    bothSay(
        cli,
        new String[] {"A", "B", "C", "D", "E", "F", "G", "H"},
        new long[] {1500, 1000, 2000, 1200, 2300, 500, 1500, 1500});
  }

  /**
   * HandRefundAfterExportTest's order (退款金额 50.00 of 300.00 in the 订单报表 exported 11-15 10:00): a 价保
   * of 10.00 after the export is on top (60.00), one before it is inside (50.00); a newer export
   * repeating 50.00 does not take in the later one.
   */
  @Test
  void bothFormsAgreeOnATmallExportsClock() throws Exception {
    CliRunner after = newStore();
    RefundFixture.importTmallOrder(after, dir);
    RefundFixture.handRefund(
        after,
        RefundFixture.NOW,
        RefundFixture.ID,
        "SER-NIA-30",
        "10",
        "价保",
        "RT1",
        "2026-11-15 12:00");
    bothSay(after, new String[] {RefundFixture.ID}, new long[] {6000});
    after.expect(
        0,
        "--now",
        "2026-11-16 10:30",
        "-q",
        "import",
        "orders",
        RefundFixture.tmallList(dir, "202611161000").toString());
    bothSay(after, new String[] {RefundFixture.ID}, new long[] {6000});
  }

  @Test
  void bothFormsAgreeOnAHandRefundInsideATmallExport() throws Exception {
    CliRunner before = newStore();
    RefundFixture.importTmallOrder(before, dir);
    RefundFixture.handRefund(
        before,
        RefundFixture.NOW,
        RefundFixture.ID,
        "SER-NIA-30",
        "10",
        "价保",
        "RT1",
        "2026-11-14 09:00");
    bothSay(before, new String[] {RefundFixture.ID}, new long[] {5000});
  }
}
