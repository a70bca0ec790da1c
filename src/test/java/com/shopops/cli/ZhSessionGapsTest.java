package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** tryout17 U7 and review18 T6/T4: what a Chinese session still said in English or wrongly. */
class ZhSessionGapsTest {
  static final String RES = CustomersSegmentCliTest.RES;

  @TempDir Path dir;
  CliRunner cli;

  @BeforeEach
  void store() {
    cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
    cli.expect(0, "import", "customers", RES + "customers.csv", "-q");
    cli.expect(0, "import", "orders", RES + "rfm-orders.csv", "-q");
    cli.env("LANG", "zh_CN.UTF-8");
  }

  /** Before: {@code shopops：--tier: no tier "Bronze"} under a Chinese hint. */
  @Test
  void anUnknownTierIsRefusedInChinese() {
    var r = cli.expect(2, "export", "promotion", "--tier", "Bronze", "--dry-run");
    assertEquals("shopops：--tier：没有会员等级 \"Bronze\"", r.err().lines().findFirst().orElseThrow());
  }

  /** review18 T6: the rejects file (what the clerk fixes in WPS) gave its reasons in English. */
  @Test
  void theRejectsFileGivesItsReasonsInTheSessionsLanguage() throws Exception {
    Path rejects = dir.resolve("rejects.csv");
    cli.expect(
        0,
        "import",
        "followups",
        RES + "followups-bad.csv",
        "--on-error",
        "skip",
        "--rejects",
        rejects.toString(),
        "-q");
    String text = java.nio.file.Files.readString(rejects);
    assertEquals(
        "客户ID,渠道,客服,结果,下次跟进,跟进时间,reject_line,reject_reason\n"
            + "B,飞鸽,小李,已回复,,2026-11-18 10:00:00,3,\"渠道（列“渠道”）：未知联系方式（\"\"飞鸽\"\"）；可写 电话、短信、邮件、"
            + "在线消息（旺旺、微信、企业微信、京东咚咚…）或 上门\"\n"
            + "\"\",电话,小李,已回复,,2026-11-18 10:00:00,4,客户ID（列“客户ID”）：缺失（每条联系记录都需要客户ID）\n",
        text);
  }

  /** review18 T6 addendum: the import's refund-total refusal was left in English under zh. */
  @Test
  void theRefundsTotalRefusalOfAnImportIsSaidInChinese() {
    assertEquals(
        "订单 3901000000000000080 的退款共 299.00，超过实付金额 279.00",
        ErrorText.reason(
            com.shopops.render.Messages.of(com.shopops.domain.lists.Language.ZH),
            "refunds of order 3901000000000000080 total 299.00, more than the 279.00 paid for the"
                + " order"));
  }
}
