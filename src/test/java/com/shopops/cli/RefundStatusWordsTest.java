package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopops.app.imports.Presets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 退款状态 texts of Taobao/Tmall and JD refund exports (review11 K20, returns): an unknown one is
 * refused like an unknown 订单状态, never stored as a plain request; 退款关闭 (the buyer withdrew, or never
 * sent the goods back) is withdrawn, not the shop's refusal, and `returns report` counts it apart
 * from 已拒绝.
 */
class RefundStatusWordsTest {
  static final String REFUNDS = "退款编号,订单编号,退款的申请时间,买家退款金额,退款状态,退款完结时间\n";

  @TempDir Path dir;
  CliRunner cli;

  @BeforeEach
  void setUp() throws Exception {
    cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
    StringBuilder orders = new StringBuilder(OrderStatusWordsTest.TMALL);
    for (int n = 1; n <= 6; n++) {
      orders.append(OrderStatusWordsTest.tmallRow(n, "交易成功"));
    }
    cli.expect(0, "import", "orders", TestFiles.write(dir, "o.csv", orders.toString()).toString());
  }

  static String refund(int n, String amount, String status, String finished) {
    return "TS"
        + n
        + ",307700000000000000"
        + n
        + ",2026-11-11 09:00:00,"
        + amount
        + ","
        + status
        + ","
        + finished
        + "\n";
  }

  @Test
  void taobaoRefundStatusesAreStoredAsWhatTheySayAndClosedIsNotRejected() throws Exception {
    Path f =
        TestFiles.write(
            dir,
            "rst.csv",
            REFUNDS
                + refund(1, "10.00", "退款关闭", "2026-11-12 10:00:00")
                + refund(2, "10.00", "卖家拒绝退款", "2026-11-12 11:00:00")
                + refund(3, "10.00", "退款成功", "2026-11-12 12:00:00")
                + refund(4, "10.00", "买家已经申请退款，等待卖家同意", "")
                + refund(5, "10.00", "已拒绝退款", "2026-11-12 13:00:00"));
    cli.expect(0, "import", "returns", f.toString());
    assertEquals(
        "TS1|null|null|null|1794448800\n"
            + "TS2|1794452400|null|null|null\n"
            + "TS3|null|null|1794456000|null\n"
            + "TS4|null|null|null|null\n"
            + "TS5|1794459600|null|null|null\n",
        cli.sql(
            "SELECT return_id, rejected_at, approved_at, refunded_at, withdrawn_at FROM returns"
                + " ORDER BY return_id"));

    // 已拒绝 counts the shop's refusals only; the withdrawn request has its own column, and its
    // units are not returned units
    String report =
        cli.expect(
                0,
                "--now",
                "2026-11-20 10:00",
                "returns",
                "report",
                "--by",
                "month",
                "--from",
                "2026-11-01",
                "--to",
                "2026-11-30",
                "--format",
                "csv")
            .out();
    assertTrue(
        report.startsWith(
            "month,returns,rejected,returned_units,delivered_units,return_rate,refunded,"
                + "refund_total,median_refund_hours,withdrawn,partial\n"),
        report);
    assertTrue(report.contains("2026-11,5,2,2,"), report);
    assertTrue(report.endsWith(",1,\n"), report);
    var zh =
        cli.env("LANG", "zh_CN.UTF-8")
            .expect(
                0,
                "--now",
                "2026-11-20 10:00",
                "returns",
                "report",
                "--by",
                "month",
                "--from",
                "2026-11-01",
                "--to",
                "2026-11-30",
                "--format",
                "table",
                "--wide");
    assertTrue(zh.out().contains("已拒绝") && zh.out().contains("已关闭"), zh.out());

    // a closed request is no longer open
    String open = cli.expect(0, "--now", "2026-11-20 10:00", "returns", "open").out();
    assertTrue(!open.contains("TS1,") && open.contains("TS4,"), open);
  }

  @Test
  void anUnknownRefundStatusIsRefusedNamingLineColumnAndTextAndTheStoreIsUnchanged()
      throws Exception {
    Path f =
        TestFiles.write(
            dir,
            "rst.csv",
            REFUNDS
                + refund(1, "10.00", "退款成功", "2026-11-12 12:00:00")
                + refund(6, "1.00", "火星", ""));
    var r = cli.expect(1, "import", "returns", f.toString());
    assertTrue(
        r.err()
            .contains(
                "rst.csv:3: status (column \"退款状态\"): unknown refund status \"火星\": shopops does"
                    + " not guess where the return stands; taobao-refunds knows "
                    + TAOBAO_WORDS
                    + "; give its meaning (requested, approved,"
                    + " rejected, received, refunded or withdrawn) under \"status\" in a mapping"
                    + " file (see README \"Mapping files\")"),
        r.err());
    assertEquals("0\n", cli.sql("SELECT count(*) FROM returns"));

    var zh = cli.env("LANG", "zh_CN.UTF-8").expect(1, "import", "returns", f.toString());
    assertTrue(
        zh.err()
            .contains(
                "rst.csv 第 3 行，状态（列“退款状态”）：未知退款状态 \"火星\"：shopops 不会猜测退货处于哪一步；taobao-refunds"
                    + " 认识的状态："
                    + TAOBAO_WORDS
                    + "；请在映射文件的"
                    + " \"status\" 中写明它的含义（requested、approved、rejected、received、refunded 或"
                    + " withdrawn；见 README \"Mapping files\"）"),
        zh.err());
    assertEquals("0\n", cli.sql("SELECT count(*) FROM returns"));
  }

  @Test
  void aStoredRequestLaterClosedIsWithdrawnAndARefusedOneStaysRefused() throws Exception {
    cli.expect(
        0,
        "import",
        "returns",
        TestFiles.write(
                dir,
                "r1.csv",
                REFUNDS
                    + refund(1, "10.00", "买家已经申请退款，等待卖家同意", "")
                    + refund(2, "10.00", "卖家拒绝退款", "2026-11-12 11:00:00"))
            .toString());
    cli.expect(
        0,
        "import",
        "returns",
        TestFiles.write(
                dir,
                "r2.csv",
                REFUNDS
                    + refund(1, "10.00", "退款关闭", "2026-11-13 10:00:00")
                    + refund(2, "10.00", "退款关闭", "2026-11-14 10:00:00"))
            .toString());
    assertEquals(
        "TS1|withdrawn\nTS2|rejected\n",
        cli.sql(
            "SELECT return_id, CASE WHEN withdrawn_at IS NOT NULL THEN 'withdrawn'"
                + " WHEN rejected_at IS NOT NULL THEN 'rejected' END FROM returns ORDER BY 1"));
  }

  @Test
  void jdCancelledServiceRequestIsWithdrawnAndReturnsUpdateTakesWithdrawn() throws Exception {
    Path jd =
        TestFiles.write(
            dir,
            "jd.csv",
            "服务单号,订单号,申请时间,服务单状态\n"
                + "J1,3077000000000000001,2026-11-11 09:00:00,取消\n"
                + "J2,3077000000000000002,2026-11-11 09:00:00,审核不通过\n");
    cli.expect(0, "import", "returns", jd.toString());
    assertEquals(
        "J1|0|1\nJ2|1|0\n",
        cli.sql(
            "SELECT return_id, rejected_at IS NOT NULL, withdrawn_at IS NOT NULL FROM returns"
                + " ORDER BY 1"));

    cli.expect(
        0,
        "returns",
        "add",
        "3077000000000000003",
        "--id",
        "R9",
        "--reason",
        "quality",
        "--at",
        "2026-11-15 10:00");
    var zh =
        cli.env("LANG", "zh_CN.UTF-8")
            .expect(
                0, "returns", "update", "R9", "--status", "withdrawn", "--at", "2026-11-16 10:00");
    assertTrue(zh.err().contains("退货 R9 状态为已关闭，时间 2026-11-16 10:00:00"), zh.err());
    assertTrue(
        zh.out().endsWith(",2026-11-16 10:00:00,,return\n"), zh.out()); // withdrawn_at, no amount
    // asked, a return (kind, review19 V7)
    assertEquals(
        "1\n",
        cli.sql(
            "SELECT count(*) FROM returns WHERE withdrawn_at IS NOT NULL AND return_id = 'R9'"));
    // final: it cannot be approved afterwards
    var again = cli.expect(1, "returns", "update", "R9", "--status", "approved");
    assertTrue(again.err().contains("无法将退货 R9 改为已同意：它已于 2026-11-16 10:00 已关闭"), again.err());
  }

  /** Taobao/Tmall 退款状态 words and the step each is stored as (docs/returns.md). */
  static final Map<String, String> TAOBAO =
      Map.of(
          "买家已经申请退款，等待卖家同意", "requested",
          "卖家已经同意退款，等待买家退货", "approved",
          "买家已经退货，等待卖家确认收货", "approved",
          "卖家已收货，等待退款", "received",
          "卖家拒绝退款", "rejected",
          "已拒绝退款", "rejected",
          "退款成功", "refunded",
          "退款关闭", "withdrawn");

  /** The Taobao words as the message that refuses another lists them. */
  static final String TAOBAO_WORDS =
      "买家已经申请退款，等待卖家同意, 买家已经退货，等待卖家确认收货, 卖家已收货，等待退款, 卖家已经同意退款，等待买家退货,"
          + " 卖家拒绝退款, 已拒绝退款, 退款关闭, 退款成功";

  /**
   * JD 服务单状态 words that name a step, and the step each is stored as (docs/returns.md): JD's 服务单环节
   * (申请阶段, 审核不通过 printed 审核关闭, 客服审核, 商家审核, 京东收货, 商家收货, 京东处理, 商家处理, 用户确认, 完成, 取消) and the 商家后台 list
   * words.
   */
  static final Map<String, String> JD_STEPS =
      Map.ofEntries(
          Map.entry("申请阶段", "requested"),
          Map.entry("待审核", "requested"),
          Map.entry("审核中", "requested"),
          Map.entry("客服审核", "requested"),
          Map.entry("商家审核", "requested"),
          Map.entry("审核通过", "approved"),
          Map.entry("审核不通过", "rejected"),
          Map.entry("审核未通过", "rejected"),
          Map.entry("审核关闭", "rejected"),
          Map.entry("待收货", "approved"),
          Map.entry("待用户发货", "approved"),
          Map.entry("待商家收货", "approved"),
          Map.entry("京东收货", "approved"),
          Map.entry("商家收货", "approved"),
          Map.entry("已收货", "received"),
          Map.entry("处理中", "received"),
          Map.entry("京东处理", "received"),
          Map.entry("商家处理", "received"),
          Map.entry("待用户确认", "received"),
          Map.entry("用户确认", "received"),
          Map.entry("待退款", "received"),
          Map.entry("已退款", "refunded"),
          Map.entry("取消", "withdrawn"),
          Map.entry("已取消", "withdrawn"));

  /** The JD words as the message that refuses another lists them. */
  static final String JD_WORDS =
      "京东处理, 京东收货, 取消, 商家处理, 商家审核, 商家收货, 处理中, 完成, 审核不通过, 审核中, 审核关闭, 审核未通过,"
          + " 审核通过, 客服审核, 已取消, 已完成, 已收货, 已退款, 待商家收货, 待审核, 待收货, 待用户发货, 待用户确认, 待退款,"
          + " 用户确认, 申请阶段";

  /** Every JD word: those above, and 完成, which names no step (the row's times decide). */
  static final Map<String, String> JD = withFinished();

  private static Map<String, String> withFinished() {
    Map<String, String> all = new java.util.HashMap<>(JD_STEPS);
    all.put("完成", "");
    all.put("已完成", "");
    return Map.copyOf(all);
  }

  private static final String STEP =
      "SELECT return_id, CASE WHEN withdrawn_at IS NOT NULL THEN 'withdrawn'"
          + " WHEN refunded_at IS NOT NULL THEN 'refunded'"
          + " WHEN received_at IS NOT NULL THEN 'received'"
          + " WHEN rejected_at IS NOT NULL THEN 'rejected'"
          + " WHEN approved_at IS NOT NULL THEN 'approved' ELSE 'requested' END"
          + " FROM returns ORDER BY 1";

  private void moreOrders(int from, int to) {
    StringBuilder orders = new StringBuilder(OrderStatusWordsTest.TMALL);
    for (int n = from; n <= to; n++) {
      orders.append(OrderStatusWordsTest.tmallRow(n, "交易成功"));
    }
    cli.expect(0, "import", "orders", TestFiles.write(dir, "o2.csv", orders.toString()).toString());
  }

  /**
   * One vocabulary per platform (review13 M3): each word of the Taobao and JD presets is stored as
   * the step docs/returns.md gives it, and the presets know no other words.
   */
  @Test
  void eachPlatformWordIsStoredAsItsPresetSays() throws Exception {
    assertEquals(TAOBAO, Presets.named("taobao-refunds").orElseThrow().status());
    assertEquals(JD, Presets.named("jd-refunds").orElseThrow().status());
    moreOrders(7, 48); // JD's returns on orders 1–24, Taobao's on 41–48
    StringBuilder jd = new StringBuilder("服务单号,订单号,申请时间,服务单状态,完成时间\n");
    StringBuilder taobao = new StringBuilder(REFUNDS);
    StringBuilder expected = new StringBuilder();
    List<String> jdWords = new ArrayList<>(new TreeSet<>(JD_STEPS.keySet()));
    for (int i = 0; i < jdWords.size(); i++) {
      String id = String.format("J%02d", i + 1);
      jd.append(id + ",307700000000000000" + (i + 1));
      jd.append(",2026-11-11 09:00:00," + jdWords.get(i) + ",2026-11-12 12:00:00\n");
      expected.append(id + "|" + JD_STEPS.get(jdWords.get(i)) + "\n");
    }
    List<String> words = new ArrayList<>(new TreeSet<>(TAOBAO.keySet()));
    for (int i = 0; i < words.size(); i++) {
      taobao.append(refund(i + 41, "10.00", words.get(i), "2026-11-12 12:00:00"));
      expected.append("TS" + (i + 41) + "|" + TAOBAO.get(words.get(i)) + "\n");
    }
    cli.expect(0, "import", "returns", TestFiles.write(dir, "j.csv", jd.toString()).toString());
    cli.expect(0, "import", "returns", TestFiles.write(dir, "t.csv", taobao.toString()).toString());
    assertEquals(expected.toString(), cli.sql(STEP));
  }

  /**
   * JD's 完成 ends a service request whatever came of it (review14 N4): it is known, so its row is
   * not refused, and it names no step, so the row's times say where the return stands; a return
   * they leave open is closed without a refund (withdrawn; JdFinishedWithoutRefundTest).
   */
  @Test
  void jdFinishedIsReadFromTheRowsTimes() throws Exception {
    Path jd =
        TestFiles.write(
            dir,
            "jd-done.csv",
            "服务单号,订单号,申请时间,退款时间,服务单状态\n"
                + "J1,3077000000000000001,2026-11-11 09:00:00,2026-11-12 10:00:00,完成\n"
                + "J2,3077000000000000002,2026-11-11 09:00:00,,完成\n"
                + "J3,3077000000000000003,2026-11-11 09:00:00,,审核中\n");
    cli.expect(0, "import", "returns", jd.toString());
    assertEquals("J1|refunded\nJ2|withdrawn\nJ3|requested\n", cli.sql(STEP));
  }

  /**
   * A word JD does not print (火星, 已关闭: no JD source names it) still refuses its row after the JD
   * vocabulary grew (review14 N4), with the en and zh messages as before, and nothing is written.
   */
  @Test
  void aTrulyUnknownJdWordIsRefusedInEnglishAndChinese() throws Exception {
    Path jd =
        TestFiles.write(
            dir,
            "jd3.csv",
            "服务单号,订单号,申请时间,服务单状态\n"
                + "J1,3077000000000000001,2026-11-11 09:00:00,已完成\n"
                + "J2,3077000000000000002,2026-11-11 09:00:00,火星\n"
                + "J3,3077000000000000003,2026-11-11 09:00:00,已关闭\n");
    var en = cli.expect(1, "import", "returns", jd.toString());
    assertTrue(
        en.err()
            .contains(
                "jd3.csv:3: status (column \"服务单状态\"): unknown refund status \"火星\": shopops"
                    + " does not guess where the return stands; jd-refunds knows "
                    + JD_WORDS
                    + "; give its meaning (requested, approved, rejected, received, refunded or"
                    + " withdrawn) under \"status\" in a mapping file (see README \"Mapping files\")"),
        en.err());
    assertTrue(
        en.err().contains("jd3.csv:4: status (column \"服务单状态\"): unknown refund status \"已关闭\""),
        en.err());
    var zh = cli.env("LANG", "zh_CN.UTF-8").expect(1, "import", "returns", jd.toString());
    assertTrue(
        zh.err()
            .contains(
                "jd3.csv 第 3 行，状态（列“服务单状态”）：未知退款状态 \"火星\"：shopops 不会猜测退货处于哪一步；jd-refunds"
                    + " 认识的状态："
                    + JD_WORDS
                    + "；请在映射文件的 \"status\" 中写明它的含义（requested、approved、rejected、received、refunded 或"
                    + " withdrawn；见 README \"Mapping files\"）"),
        zh.err());
    assertEquals("0\n", cli.sql("SELECT count(*) FROM returns"));
  }

  /**
   * Nothing is read from part of a text (review13 M3): a JD row with a Taobao word, or with a text
   * that holds both 拒绝 and 同意, is refused as unknown, naming the JD words; a Taobao word with an
   * ASCII comma is the preset's word; the store keeps only the good rows.
   */
  @Test
  void aWordOfAnotherPlatformOrAPartOfAWordIsRefusedAsUnknown() throws Exception {
    Path jd =
        TestFiles.write(
            dir,
            "jd2.csv",
            "服务单号,订单号,申请时间,服务单状态\n"
                + "J1,3077000000000000001,2026-11-11 09:00:00,待审核\n"
                + "J2,3077000000000000002,2026-11-11 09:00:00,退款成功\n"
                + "J3,3077000000000000003,2026-11-11 09:00:00,拒绝后同意\n");
    var r = cli.expect(0, "import", "returns", "--on-error", "skip", jd.toString());
    assertTrue(
        r.err()
            .contains(
                "jd2.csv:3: status (column \"服务单状态\"): unknown refund status \"退款成功\": shopops"
                    + " does not guess where the return stands; jd-refunds knows "
                    + JD_WORDS
                    + "; give its meaning"),
        r.err());
    assertTrue(
        r.err().contains("jd2.csv:4: status (column \"服务单状态\"): unknown refund status \"拒绝后同意\""),
        r.err());
    assertEquals("J1|requested\n", cli.sql(STEP));

    cli.expect(
        0,
        "import",
        "returns",
        TestFiles.write(dir, "t.csv", REFUNDS + refund(4, "10.00", "\"卖家已经同意退款,等待买家退货\"", ""))
            .toString());
    assertEquals("J1|requested\nTS4|approved\n", cli.sql(STEP));
  }

  /**
   * The generic layout reads the codes, its plain words (pending, closed…) and every platform's
   * words; a mapping file reads its own words over the generic layout's, and nothing else.
   */
  @Test
  void theGenericLayoutAndAMappingFileReadTheirDocumentedWords() throws Exception {
    Path generic =
        TestFiles.write(
            dir,
            "g.csv",
            "return_id,order_id,requested_at,status\n"
                + "G1,3077000000000000001,2026-11-11 09:00:00,pending\n"
                + "G2,3077000000000000002,2026-11-11 09:00:00,退款成功\n"
                + "G3,3077000000000000003,2026-11-11 09:00:00,Approved\n");
    cli.expect(0, "import", "returns", generic.toString());
    Path map =
        TestFiles.write(
            dir,
            "m.json",
            "{\"kind\": \"returns\", \"fields\": {\"return_id\": [\"RMA\"], \"order_id\":"
                + " [\"Order\"], \"requested_at\": [\"Asked\"], \"status\": [\"State\"]},"
                + " \"status\": {\"Done\": \"refunded\"}}");
    Path mapped =
        TestFiles.write(
            dir,
            "m.csv",
            "RMA,Order,Asked,State\n"
                + "M4,3077000000000000004,2026-11-11 09:00:00,done\n"
                + "M5,3077000000000000005,2026-11-11 09:00:00,closed\n"
                + "M6,3077000000000000006,2026-11-11 09:00:00,Finished\n");
    var r = cli.expect(1, "import", "returns", "--map", map.toString(), mapped.toString());
    assertTrue(
        r.err().contains("m.csv:4: status (column \"State\"): unknown refund status \"Finished\""),
        r.err());
    assertTrue(r.err().contains(" knows Done, canceled, cancelled, closed, "), r.err());
    assertEquals("G1|requested\nG2|refunded\nG3|approved\n", cli.sql(STEP));
    cli.expect(
        0, "import", "returns", "--map", map.toString(), "--on-error", "skip", mapped.toString());
    assertEquals(
        "G1|requested\nG2|refunded\nG3|approved\nM4|refunded\nM5|withdrawn\n", cli.sql(STEP));
  }
}
