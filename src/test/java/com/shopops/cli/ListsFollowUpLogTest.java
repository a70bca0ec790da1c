package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The round trip the refusal of a list advises (tryout31a A2): a promotion list with the columns
 * channel and agent added is imported by {@code import followups} (en or zh headers, csv or an xlsx
 * LibreOffice saved), and {@code import customers} refuses it, naming {@code import followups} with
 * the store: before, followups sent it to customers, which stored nothing ("3 unchanged").
 */
class ListsFollowUpLogTest {
  static final String RES = "src/test/resources/lists/";
  static final String NOW = "2026-11-20 10:00";

  @TempDir Path dir;
  CliRunner cli;
  String shopops;

  @BeforeEach
  void store() {
    cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
    cli.expect(0, "import", "customers", RES + "customers.csv", "-q");
    cli.expect(0, "import", "orders", RES + "orders.csv", "-q");
    shopops = "shopops --db " + cli.db().toAbsolutePath().normalize();
  }

  /** The promotion list as csv, each row with {@code added} appended (and its header). */
  private Path list(String name, String header, String added, String addedValues) throws Exception {
    String csv = cli.expect(0, "--now", NOW, "export", "promotion", "--dry-run", "-f", "csv").out();
    List<String> lines = csv.lines().toList();
    String body =
        lines.stream()
            .skip(1)
            .map(l -> l + addedValues)
            .collect(Collectors.joining("\n", "", "\n"));
    Path p = dir.resolve(name);
    Files.writeString(
        p, (header == null ? lines.get(0) : header) + added + "\n" + body, StandardCharsets.UTF_8);
    return p;
  }

  /** What {@code import customers} says of a list with channel and agent added. */
  private String refusedAsCustomers(String file) {
    return "shopops: "
        + file
        + ": this is a shopops `export promotion` list with the columns channel and agent"
        + " added: a follow-up log, not what `shopops import customers` reads\n"
        + "  hint: log the contacts with `"
        + shopops
        + " import followups "
        + file
        + "`\n";
  }

  private String counts() throws Exception {
    return cli.sql("SELECT (SELECT count(*) FROM followups), (SELECT count(*) FROM customers)");
  }

  @Test
  void aListWithChannelAndAgentIsAFollowUpLog() throws Exception {
    Path fu = list("promo-fu.csv", null, ",channel,agent", ",sms,wang");
    String before = counts();
    var r = cli.expect(1, "import", "customers", fu.toString());
    assertEquals(refusedAsCustomers(fu.toString()), r.err());
    r = cli.expect(1, "--lang", "zh", "import", "customers", fu.toString());
    assertEquals(
        "shopops："
            + fu
            + "：这是 shopops 的 `export promotion` 名单，加上了渠道和客服列：是跟进记录，不是"
            + " `shopops import customers` 要读的文件\n"
            + "  提示：用 `"
            + shopops
            + " import followups "
            + fu
            + "` 记录这些联系\n",
        r.err());
    assertEquals(before, counts()); // store unchanged

    cli.expect(0, "--now", NOW, "import", "followups", fu.toString(), "-q");
    assertEquals(
        "AN|sms|wang\nC13|sms|wang\nC14|sms|wang\nFE|sms|wang\nFX|sms|wang\nR1|sms|wang\nY1|sms|wang\n",
        cli.sql("SELECT customer_id, channel, agent FROM followups ORDER BY customer_id"));
  }

  @Test
  void aListWithChineseHeadersAndChannelAndAgentIsAFollowUpLog() throws Exception {
    Path fu = list("promo-zh.csv", "客户ID,名称,手机号,邮箱,地区,分群,会员等级,原因,优惠,优惠代码", ",渠道,客服", ",电话,小李");
    cli.expect(1, "import", "customers", fu.toString());
    cli.expect(0, "--now", NOW, "import", "followups", fu.toString(), "-q");
    assertEquals(
        "7|phone|小李\n",
        cli.sql("SELECT count(*), channel, agent FROM followups GROUP BY channel, agent"));
  }

  @Test
  void theListLibreOfficeSavedAsXlsxWithChineseHeadersIsAFollowUpLog() throws Exception {
    String xlsx = RES + "promo-logged-lo.xlsx";
    var r = cli.expect(1, "import", "customers", xlsx);
    assertEquals(refusedAsCustomers(xlsx), r.err());
    cli.expect(0, "--now", NOW, "import", "followups", xlsx, "-q");
    assertEquals(
        "007123|phone|小李\n2200000000000000001|phone|小李\nX001|phone|小李\nX002|phone|小李\n"
            + "X003|phone|小李\n",
        cli.sql("SELECT customer_id, channel, agent FROM followups ORDER BY customer_id"));
  }

  @Test
  void aListWithOtherColumnsAddedIsStillAListNeverCustomers() throws Exception {
    Path noted = list("promo-noted.csv", null, ",note", ",called");
    String before = counts();
    var r = cli.expect(1, "import", "customers", noted.toString());
    assertEquals(
        "shopops: "
            + noted
            + ": this is a shopops `export promotion` list (whom to contact), not what `shopops"
            + " import customers` reads\n"
            + "  hint: to log the contacts made from it, add the columns channel and agent (渠道,"
            + " 客服) with how and by whom each customer was reached, then `"
            + shopops
            + " import followups "
            + noted
            + "` (docs/customers-cli.md, \"The follow-up log\")\n",
        r.err());
    cli.expect(1, "import", "followups", noted.toString());
    assertEquals(before, counts());

    Path channelOnly = list("promo-channel.csv", null, ",渠道", ",电话");
    r = cli.expect(1, "import", "followups", channelOnly.toString());
    assertEquals(
        "shopops: "
            + channelOnly
            + ": this is a shopops `export promotion` list (whom to contact), not a follow-up log:"
            + " it has no agent column\n",
        r.err().lines().findFirst().orElseThrow() + "\n");
    r = cli.expect(1, "--lang", "zh", "import", "followups", channelOnly.toString());
    assertEquals(
        "shopops：" + channelOnly + "：这是 shopops 的 `export promotion` 名单（要联系的人），不是跟进记录：没有 agent 列\n",
        r.err().lines().findFirst().orElseThrow() + "\n");
    assertEquals(before, counts());
  }
}
