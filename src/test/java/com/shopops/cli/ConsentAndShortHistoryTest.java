package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * review11 K24 and K22: consent words and headers of Chinese CRM exports, the 渠道 words of 客服 logs,
 * the note of a promotion where no customer has a consent value, and RFM over weeks of orders (a
 * note, and no win-back offer to a buyer who has not left).
 */
class ConsentAndShortHistoryTest {
  @TempDir Path dir;
  CliRunner cli;

  static final String NOW = "2026-11-18 10:00";

  @BeforeEach
  void setUp() throws Exception {
    cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    // four weeks of orders: buyerB (29 days ago) is the oldest and scores R1, "Lost"
    Path y =
        TestFiles.write(
            dir,
            "y.csv",
            "订单编号,买家会员名,买家实际支付金额,订单付款时间\n"
                + "3022000000000000001,buyerY,10.00,2026-11-10 10:00:00\n"
                + "3022000000000000002,buyerY,5.50,2026-11-11 10:00:00\n"
                + "3022000000000000003,buyerA,7.00,2026-11-01 10:00:00\n"
                + "3022000000000000004,buyerB,70.00,2026-10-20 10:00:00\n");
    cli.expect(0, "-q", "import", "orders", y.toString());
  }

  static final String SHORT_EN =
      "note: the paid orders span only 29 days (since 2026-10-20): RFM ranks recency among them,"
          + " so a low R score (Lost, At Risk…) marks the longest-silent of these buyers, not one"
          + " who left (churned: silent over 180 days); `shopops customers segment --method"
          + " lifecycle` says who is lapsing or churned\n";
  static final String SHORT_ZH =
      "注：已付款订单只覆盖 29 天（自 2026-10-20 起）：RFM 的 R 分是这些买家之间的相对排名，R 分低（已流失、流失风险客户…）"
          + "只说明在这些买家中沉默最久，并不表示已经流失（流失：超过 180 天未购买）；谁在流失或已流失请看"
          + " `shopops customers segment --method lifecycle`\n";

  @Test
  void aPromotionWithoutAnyConsentSaysWhyItIsEmptyAndHowToRecordConsent() {
    String header = "customer_id,name,phone,email,region,segment,tier,reason,offer,offer_code\n";
    var en = cli.expect(0, "--now", NOW, "export", "promotion", "--dry-run", "--format", "csv");
    assertEquals(header, en.out());
    assertEquals(
        "note: no customer has a marketing consent value: every customer is left out (no"
            + " consent); import a customer file with an accepts_marketing column (yes/no, 是/否,"
            + " 同意/不同意)\n"
            + "chosen 0; excluded: not matching 0, no consent 3, open return/complaint 0,"
            + " cooling down 0; cool-down 14 days\n"
            + "dry run: no contacts recorded\n",
        en.err());
    var zh =
        cli.expect(
            0, "--lang", "zh", "--now", NOW, "export", "promotion", "--dry-run", "--format", "csv");
    assertEquals(
        "注：没有任何客户有营销同意信息：所有客户都按“未同意营销”排除；请导入带营销同意列的客户文件"
            + "（accepts_marketing 或 接受营销、是否同意营销…，写 是/否 或 同意/不同意）\n"
            + "选中 0；排除：不符合条件 0，未同意营销 3，退货/投诉未结 0，冷却期内 0；冷却期 14 天\n"
            + "试运行：未记录联系\n",
        zh.err());
  }

  @Test
  void consentWordsAndHeadersOfChineseExportsAreReadAndTheLostBuyerOfLastMonthGetsNoWinback()
      throws Exception {
    Path c = TestFiles.write(dir, "c.csv", "会员ID,是否同意营销\nbuyerY,同意\nbuyerA,不同意\nbuyerB,已同意\n");
    cli.expect(0, "-q", "import", "customers", c.toString());
    assertEquals(
        "buyerA|0\nbuyerB|1\nbuyerY|1\n",
        cli.sql("SELECT customer_id, accepts_marketing FROM customers ORDER BY 1"));
    var zh =
        cli.expect(
            0, "--lang", "zh", "--now", NOW, "export", "promotion", "--dry-run", "--format", "csv");
    // buyerB is Lost by RFM but a first-purchase buyer by lifecycle: the default offer, not
    // 回归专享券
    assertEquals(
        "customer_id,name,phone,email,region,segment,tier,reason,offer,offer_code\n"
            + "buyerB,,,,,Lost,普通,分群 已流失；累计消费 ¥70.00；最近下单 2026-10-20,新品上新提醒,new-arrivals\n"
            + "buyerY,,,,,Potential Loyalist,普通,分群 潜力客户；累计消费 ¥15.50；最近下单 2026-11-11,会员专享价,"
            + "member-price\n",
        zh.out());
    assertEquals(
        SHORT_ZH + "选中 2；排除：不符合条件 0，未同意营销 1，退货/投诉未结 0，冷却期内 0；冷却期 14 天\n试运行：未记录联系\n", zh.err());

    // a year later buyerB has churned (silent 394 days): the win-back offer, and no note
    var later =
        cli.expect(
            0,
            "--now",
            "2027-11-18 10:00",
            "export",
            "promotion",
            "--dry-run",
            "--format",
            "csv",
            "--columns",
            "customer_id,segment,offer_code");
    assertEquals(
        "customer_id,segment,offer_code\nbuyerB,Lost,winback-coupon\n"
            + "buyerY,Potential Loyalist,member-price\n",
        later.out());
    assertEquals(
        "chosen 2; excluded: not matching 0, no consent 1, open return/complaint 0,"
            + " cooling down 0; cool-down 14 days\ndry run: no contacts recorded\n",
        later.err());
  }

  @Test
  void aRefusedConsentWordNamesWhatIsAccepted() throws Exception {
    Path c = TestFiles.write(dir, "c.csv", "会员ID,接受营销\nzz,也许\n");
    var zh = cli.expect(1, "--lang", "zh", "import", "customers", c.toString());
    assertEquals(
        "c.csv 第 2 行，接受营销（列“接受营销”）：不是“是/否”（\"也许\"）；可写 是/否、同意/不同意、Y/N 或 1/0",
        zh.err().lines().findFirst().orElseThrow().replace(dir + "/", ""));
    assertEquals("0\n", cli.sql("SELECT count(*) FROM customers"));
  }

  @Test
  void rfmOverWeeksOfOrdersSaysSoInSegmentAndShow() {
    var seg = cli.expect(0, "--now", NOW, "customers", "segment", "--format", "csv");
    assertEquals(
        "customer_id,recency_days,orders,monetary,r,f,m,segment\n"
            + "buyerA,17,1,7.00,3,1,1,About To Sleep\n"
            + "buyerB,29,1,70.00,1,1,5,Lost\n"
            + "buyerY,7,2,15.50,5,3,3,Potential Loyalist\n",
        seg.out());
    assertEquals(true, seg.err().endsWith(SHORT_EN), seg.err());
    var zh = cli.expect(0, "--lang", "zh", "--now", NOW, "customers", "show", "buyerB");
    assertEquals(true, zh.err().endsWith(SHORT_ZH), zh.err());
    // lifecycle is the measure of who left: no note there; nor once the history is long enough
    assertEquals(
        false,
        cli.expect(
                0, "--now", NOW, "customers", "segment", "--method", "lifecycle", "--format", "csv")
            .err()
            .contains("span only"));
    assertEquals(
        false,
        cli.expect(0, "--now", "2027-11-18 10:00", "customers", "segment", "--format", "csv")
            .err()
            .contains("span only"));
  }

  @Test
  void channelWordsOfServiceLogsAreRead() throws Exception {
    Path f =
        TestFiles.write(
            dir,
            "fu.csv",
            "客户ID,渠道,客服,结果,跟进时间\n"
                + "buyerY,电话回访,小王,已联系,2026-11-12 10:00\n"
                + "buyerA,企业微信,小王,已联系,2026-11-12 11:00\n"
                + "buyerB,QQ,小王,已联系,2026-11-12 12:00\n");
    cli.expect(0, "-q", "import", "followups", f.toString());
    assertEquals(
        "buyerA|im\nbuyerB|im\nbuyerY|phone\n",
        cli.sql("SELECT customer_id, channel FROM followups ORDER BY 1"));
    Path bad = TestFiles.write(dir, "bad.csv", "客户ID,渠道,客服\nbuyerY,飞鸽,小王\n");
    var zh = cli.expect(1, "--lang", "zh", "import", "followups", bad.toString());
    assertEquals(
        "bad.csv 第 2 行，渠道（列“渠道”）：未知联系方式（\"飞鸽\"）；可写 电话、短信、邮件、在线消息（旺旺、微信、企业微信、京东咚咚…）或 上门",
        zh.err().lines().findFirst().orElseThrow().replace(dir + "/", ""));
  }
}
