package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generic orders file with no time at all ({@code order_id,amount}) is accepted (SPEC §3: only
 * ids are required), and every place that leaves its orders out says so with the count (generic25).
 */
class TimelessOrdersTest {
  @TempDir Path dir;
  CliRunner cli;

  private static final String HINT =
      "add a created_at (下单时间) or paid_at (付款时间) column to their file, or name its date"
          + " column in a mapping file (--map FILE), and import it again";

  private static final String WHAT = "no created, paid, shipped or delivered time";

  @BeforeEach
  void store() {
    cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "--currency", "CNY");
  }

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private static String line(String err, String start) {
    return err.lines().filter(l -> l.startsWith(start)).findFirst().orElse("(none) " + err);
  }

  @Test
  void theImportSaysHowManyOrdersHaveNoTimeAndWhatThatMeans() throws Exception {
    Path f = file("noTime.csv", "订单号,金额\nB1,100.00\nB2,50.50\n");
    var r = cli.expect(0, "import", "orders", f.toString());
    assertEquals(
        f
            + ": 2 orders stored without any order time ("
            + WHAT
            + "): in no day, week or month of metrics and the report, on no ship-by clock (sla),"
            + " with no 7-day return window and no RFM recency for the buyer; add a created_at"
            + " (下单时间) or paid_at (付款时间) column to the file, or name its date column in a"
            + " mapping file (--map FILE), and import it again",
        line(r.err(), f + ": 2 orders stored"));
    assertEquals("2\n", cli.sql("SELECT count(*) FROM orders WHERE created_at IS NULL"));
    var zh = cli.expect(0, "--lang", "zh", "import", "orders", f.toString());
    assertEquals(
        f
            + "：2 单存入时没有任何订单时间（没有下单、付款、发货或签收时间）：不计入指标和报告的任何日、周、月，"
            + "没有发货时效计时（sla），没有 7 天无理由退货期，买家也没有 RFM 最近购买间隔；请在文件中加上 下单时间"
            + "（created_at）或 付款时间（paid_at）列，或在映射文件（--map FILE）中指定其日期列，再导入一次",
        line(zh.err(), f + "：2 单"));
  }

  @Test
  void someRowsTimedSomeNotAndEveryReportThatLeavesThemOutSaysSo() throws IOException {
    Path f =
        file(
            "mixed.csv",
            "order_id,customer_id,amount,created_at,status\n"
                + "C1,u1,100.00,2026-11-01 10:00:00,paid\n"
                + "C2,u2,50.50,,paid\n"
                + "C3,u1,20.00,,pending\n"
                + "C4,u3,30.00,2026-11-02 10:00:00,paid\n");
    var r = cli.expect(0, "import", "orders", f.toString());
    assertEquals(
        f
            + ": 2 orders stored without any order time ("
            + WHAT
            + " in their rows): in no day, week or month of metrics and the report, on no ship-by"
            + " clock (sla), with no 7-day return window and no RFM recency for the buyer; fill in"
            + " created_at (下单时间) or paid_at (付款时间) for them and import the file again",
        line(r.err(), f + ": 2 orders stored"));
    String now = "2026-11-10 12:00";
    String metrics =
        cli.expect(0, "--now", now, "metrics", "--by", "month", "--from", "2026-11-01").err();
    assertEquals(
        "note: 2 orders have no order time ("
            + WHAT
            + "; e.g. C2, C3): in no day, week or month, so in none of these figures; "
            + HINT,
        line(metrics, "note: 2 orders have no"));
    String sla = cli.expect(0, "--now", now, "sla", "report").err();
    assertEquals(
        "note: 2 orders have no order time ("
            + WHAT
            + "; e.g. C2, C3): on no day and not on the shipping clock (the row without a day,"
            + " column not_paid); "
            + HINT,
        line(sla, "note: 2 orders have no"));
    String rfm = cli.expect(0, "--now", now, "customers", "segment", "--method", "rfm").err();
    assertEquals(
        "note: 2 orders have no order time ("
            + WHAT
            + "; e.g. C2, C3): no buyer's recency, orders or spend counts them; "
            + HINT,
        line(rfm, "note: 2 orders have no"));
    String show = cli.expect(0, "--now", now, "customers", "show", "u1").err();
    assertEquals(
        "note: 1 of this customer's orders has no order time ("
            + WHAT
            + "; e.g. C3): not in recency, orders or lifetime value; "
            + HINT,
        line(show, "note: 1 of"));
    assertTrue(
        !cli.expect(0, "--now", now, "customers", "show", "u3").err().contains("order time"));
    var check = cli.expect(0, "check");
    assertEquals(
        "order times,\"2 orders have no order time (e.g. C2, C3): in no day, week or month, on no"
            + " ship-by clock, with no return window or recency; "
            + HINT
            + "\"",
        line(check.out(), "order times"));
    String zh = cli.expect(0, "--lang", "zh", "--now", now, "metrics", "--by", "month").err();
    assertEquals(
        "注：2 单没有订单时间（没有下单、付款、发货或签收时间；例如 C2, C3）：不属于任何日、周、月，不计入这些数字；"
            + "请在其文件中加上 下单时间（created_at）或 付款时间（paid_at）列，或在映射文件（--map FILE）中指定其日期列，"
            + "再导入一次",
        line(zh, "注：2 单没有"));
  }

  @Test
  void aStoreWhoseOrdersAllHaveATimeSaysNothingAndChecksOk() throws IOException {
    Path f = file("timed.csv", "order_id,amount,paid_at\nT1,10.00,2026-11-01 10:00:00\n");
    assertTrue(!cli.expect(0, "import", "orders", f.toString()).err().contains("order time"));
    assertEquals("order times,ok", line(cli.expect(0, "check").out(), "order times"));
    assertTrue(!cli.expect(0, "--now", "2026-11-10 12:00", "metrics").err().contains("order time"));
  }

  @Test
  void theReportTheListsAndADryRunSayItToo() throws Exception { // tryout25b B1, B2, B8
    Path nt = file("nt.csv", "订单号,金额\nA1,100.00\nA2,50.00\nA3,30.00\n");
    var dry = cli.expect(0, "import", "orders", nt.toString(), "--dry-run");
    assertTrue(
        dry.err()
            .contains(nt + ": 3 orders would be stored without any order time (" + WHAT + "): "),
        dry.err());
    var dryZh = cli.expect(0, "--lang", "zh", "import", "orders", nt.toString(), "--dry-run");
    assertTrue(dryZh.err().contains(nt + "：3 单将存入，但没有任何订单时间（没有下单、付款、发货或签收时间）："), dryZh.err());
    assertEquals("0\n", cli.sql("SELECT count(*) FROM orders"));
    cli.expect(0, "import", "orders", nt.toString());
    Path mixed =
        file(
            "mixed.csv",
            "order_id,customer_id,paid_at,amount,status\n"
                + "M1,C1,2026-11-10 10:00:00,100.00,paid\n"
                + "M2,C2,,50.00,paid\n"
                + "M3,C1,2026-11-11 09:00:00,30.00,paid\n"
                + "M4,C3,,20.00,\n");
    cli.expect(0, "import", "orders", mixed.toString());
    String now = "2026-11-20 10:00";
    String metricsNote =
        "5 orders have no order time ("
            + WHAT
            + "; e.g. A1, A2, A3): in no day, week or month, so in none of these figures; "
            + HINT;
    Path html = dir.resolve("n.html");
    cli.expect(0, "--now", now, "report", "--html", html.toString());
    assertTrue(Files.readString(html).contains(metricsNote), "report notes");
    Path htmlZh = dir.resolve("zh.html");
    cli.expect(0, "--lang", "zh", "--now", now, "report", "--html", htmlZh.toString());
    assertTrue(
        Files.readString(htmlZh)
            .contains("5 单没有订单时间（没有下单、付款、发货或签收时间；例如 A1, A2, A3）：不属于任何日、周、月，不计入这些数字；"),
        "zh report notes");
    var list = cli.expect(0, "--now", now, "customers", "list");
    assertEquals(
        "note: 5 orders have no order time ("
            + WHAT
            + "; e.g. A1, A2, A3): no buyer's recency, orders or spend counts them; "
            + HINT,
        line(list.err(), "note: 5 orders"));
    assertTrue(!list.out().contains("C2"), list.out());
    String listZh = cli.expect(0, "--lang", "zh", "--now", now, "customers", "list").err();
    assertEquals(
        "注：5 单没有订单时间（没有下单、付款、发货或签收时间；例如 A1, A2, A3）：不计入任何买家的最近购买间隔、订单数和消费金额；"
            + "请在其文件中加上 下单时间（created_at）或 付款时间（paid_at）列，或在映射文件（--map FILE）中指定其日期列，"
            + "再导入一次",
        line(listZh, "注：5 单"));
    var orders = cli.expect(0, "orders", "list", "--from", "2026-11-01", "--to", "2026-11-20");
    assertEquals(
        "note: 5 orders have no order time ("
            + WHAT
            + "; e.g. A1, A2, A3): on no day, so not listed for --from/--to; "
            + HINT,
        line(orders.err(), "note: 5 orders"));
    String ordersZh =
        cli.expect(
                0, "--lang", "zh", "orders", "list", "--from", "2026-11-01", "--to", "2026-11-20")
            .err();
    assertEquals(
        "注：5 单没有订单时间（没有下单、付款、发货或签收时间；例如 A1, A2, A3）：不属于任何一天，因此不在 --from/--to 的列表中；"
            + "请在其文件中加上 下单时间（created_at）或 付款时间（paid_at）列，或在映射文件（--map FILE）中指定其日期列，"
            + "再导入一次",
        line(ordersZh, "注：5 单"));
    assertTrue(!cli.expect(0, "orders", "list").err().contains("order time"));
  }

  @Test
  void anOrdersFileWithNoOrderIdIsToldSoNotCalledACustomersFile() throws Exception { // B9
    Path f = file("noid.csv", "金额,买家\n100.00,C1\n");
    var r = cli.expect(1, "--lang", "zh", "import", "orders", f.toString());
    assertTrue(r.err().contains("缺少必需的列 订单号"), r.err());
    assertTrue(!r.err().contains("customers 文件"), r.err());
    assertEquals("0\n", cli.sql("SELECT count(*) FROM orders"));
  }
}
