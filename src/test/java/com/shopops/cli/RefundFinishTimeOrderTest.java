package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A refund's month does not depend on the order of the exports (review16 Q2, Zhao Min). tr13_a
 * (卖家已收货， 等待退款, no time) imported at 12-01 08:00 dates the receipt by that import's clock; tr13_b
 * (退款成功, 退款完结时间 2026-11-30 22:00) imported at 09:00 was stored refunded at 09:00 with the false
 * anomaly "no time for refunded in the file": November net 4,961.00 and December −434.00 where
 * tr13_b alone gives 4,461.00 and 66.00. The file's time now wins and the import-dated receipt is
 * moved back to it. Files: src/test/resources/import/returns-review16 (the reviewer's, as given,
 * GBK).
 */
class RefundFinishTimeOrderTest {
  static final String RES = "src/test/resources/import/returns-review16/";
  static final long FINISHED = 1796047200L; // 2026-11-30 22:00 Shanghai
  static final long REQUESTED = 1795399200L; // 2026-11-23 10:00 Shanghai

  @TempDir Path dir;

  private CliRunner store(String name) throws Exception {
    Files.createDirectories(dir.resolve(name));
    CliRunner cli = new CliRunner(dir.resolve(name));
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    cli.expect(
        0, "-q", "import", "orders", file("tm_orders_202611.csv"), file("tm_items_202611.csv"));
    return cli;
  }

  private static String file(String name) {
    return Path.of(RES + name).toAbsolutePath().toString();
  }

  private static String steps(CliRunner cli) throws Exception {
    return cli.sql(
        "SELECT requested_at, approved_at, rejected_at, received_at, refunded_at, refund_amount"
            + " FROM returns WHERE return_id = 'TR13'");
  }

  private static String months(CliRunner cli) {
    return cli.expect(
            0,
            "--now",
            "2026-12-05 12:00",
            "metrics",
            "--by",
            "month",
            "--from",
            "2026-11-01",
            "--to",
            "2026-12-31",
            "--format",
            "csv")
        .out();
  }

  @Test
  void theFilesFinishTimeWinsOverAnEarlierImportsClock() throws Exception {
    CliRunner ab = store("ab");
    ab.expect(0, "-q", "--now", "2026-12-01 08:00", "import", "returns", file("tr13_a.csv"));
    String out =
        ab.expect(0, "--now", "2026-12-01 09:00", "import", "returns", file("tr13_b.csv"))
            .toString();
    assertTrue(out.contains("1 updated"), out);
    // refunded at the file's 退款完结时间; the receipt dated by the 08:00 import moved back to it
    assertEquals(REQUESTED + "|null|null|" + FINISHED + "|" + FINISHED + "|50000\n", steps(ab));
    String notes = ab.sql("SELECT kind, message FROM anomalies ORDER BY anomaly_id");
    assertTrue(
        notes.contains(
            "anomaly:step-moved-back|received (2026-12-01 08:00) dated by an earlier import's"
                + " clock, after the finish time the file gives: moved back to 2026-11-30 22:00"),
        notes);
    assertTrue(!notes.contains("no time for refunded"), notes);
    // review16 Q14: in Chinese the steps are named as `returns list` names them, not received
    String moved = ab.expect(0, "--lang", "zh", "imports", "show", "4", "--format", "table").out();
    assertTrue(
        moved.contains(
            "步骤时间已移回  TR13    已收货（2026-12-01 08:00）按之前一次导入的时间记录，晚于文件给出的完结时间："
                + "已移回 2026-11-30 22:00"),
        moved);
    String dated = ab.expect(0, "--lang", "zh", "imports", "show", "3", "--format", "table").out();
    assertTrue(
        dated.contains("文件中没有已收货的时间：按导入时间记为 2026-12-01 08:00（请用 received_at 列给出实际发生的时间）"), dated);
    assertTrue(!moved.contains("received") && !dated.contains(" received "), moved + dated);

    CliRunner b = store("b");
    b.expect(0, "-q", "--now", "2026-12-01 09:00", "import", "returns", file("tr13_b.csv"));
    assertEquals(REQUESTED + "|null|null|null|" + FINISHED + "|50000\n", steps(b));
    // every figure of the month is the same in both orders: November 4,461.00 net, December 66.00
    String m = months(ab);
    assertEquals(months(b), m);
    assertTrue(m.contains("4461.00"), m);
  }

  @Test
  void aReceiptTheFileDatedIsNotMoved() throws Exception {
    CliRunner cli = store("f");
    Path a =
        TestFiles.write(
            dir,
            "a.csv",
            "退款编号,订单编号,商家编码,退款的申请时间,卖家收货时间,退款状态,买家退款金额\n"
                + "TR13,3029940000000000113,TM-BOOT,2026-11-23 10:00:00,2026-12-01 08:00:00,"
                + "卖家已收货，等待退款,500.00\n");
    cli.expect(0, "-q", "--now", "2026-12-01 08:00", "import", "returns", a.toString());
    cli.expect(0, "-q", "--now", "2026-12-01 09:00", "import", "returns", file("tr13_b.csv"));
    // the file's receipt stands; the refund cannot be before it: dated by the import, as before
    assertEquals(
        REQUESTED + "|null|null|1796083200|1796086800|50000\n",
        steps(cli)); // 12-01 08:00 and 09:00
  }
}
