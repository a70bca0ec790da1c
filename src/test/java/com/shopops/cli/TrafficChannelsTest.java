package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopops.render.Renderer;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review13 M12: a JD + Tmall shop's daily traffic exports (京东商智, 生意参谋: 日期, 浏览量, 访客数, no channel
 * column) are kept apart with {@code import traffic --channel NAME} and added up by {@code
 * metrics}, in either order; a second file without a channel that replaces another file's figures
 * says so, naming it. Priya's JD file (GBK) and a Tmall one with the 生意参谋 columns.
 */
class TrafficChannelsTest {
  static final Charset GBK = Charset.forName("GBK");

  /** 生意参谋 店铺流量 overview: no channel column. */
  static final String TMALL = "日期,浏览量,访客数\n2026-11-01,1000,300\n2026-11-02,1200,320\n";

  /** C1 and C2 pay on 11-01 (300.00), C1 again on 11-02 (50.00). */
  static final String ORDERS =
      "order_id,customer_id,created_at,paid_at,amount\n"
          + "O1,C1,2026-11-01 10:00:00,2026-11-01 10:05:00,100.00\n"
          + "O2,C2,2026-11-01 11:00:00,2026-11-01 11:05:00,200.00\n"
          + "O3,C1,2026-11-02 10:00:00,2026-11-02 10:05:00,50.00\n";

  static final String ROWS =
      "2026-11-01|jd|500|100;2026-11-01|tmall|1000|300;"
          + "2026-11-02|jd|600|110;2026-11-02|tmall|1200|320";

  @TempDir Path dir;

  /**
   * The two storefronts' exports, jd_traffic.csv and tmall_traffic.csv, and orders.csv in {@code
   * sub}.
   */
  static void files(Path sub) throws IOException {
    Files.copy(Path.of("src/test/resources/traffic/jd_traffic.csv"), sub.resolve("jd_traffic.csv"));
    Files.write(sub.resolve("tmall_traffic.csv"), TMALL.getBytes(GBK));
    Files.writeString(sub.resolve("orders.csv"), ORDERS, StandardCharsets.UTF_8);
  }

  /**
   * {@code metrics} from 2026-11-01 to {@code to} in CSV as of 2026-11-20 10:00, and {@code more}.
   */
  static List<String> metricsArgs(String to, String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "--now",
                "2026-11-20 10:00",
                "metrics",
                "--from",
                "2026-11-01",
                "--to",
                to,
                "--format",
                "csv"));
    args.addAll(List.of(more));
    return args;
  }

  private CliRunner store(String name) throws IOException {
    Path sub = Files.createDirectories(dir.resolve(name));
    files(sub);
    CliRunner cli = new CliRunner(sub);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "--currency", "CNY");
    cli.expect(0, "import", "orders", sub.resolve("orders.csv").toString());
    return cli;
  }

  private static String file(CliRunner cli, String name) {
    return cli.db().resolveSibling(name).toString();
  }

  private static String rows(CliRunner cli) throws Exception {
    return cli.sql("SELECT date, channel, pv, uv FROM traffic ORDER BY date, channel")
        .strip()
        .replace("\n", ";");
  }

  private static List<String> metrics(CliRunner cli, String... more) {
    return cli.expect(0, metricsArgs("2026-11-02", more).toArray(new String[0]))
        .out()
        .lines()
        .toList();
  }

  @Test
  void twoStorefrontsAddUpInEitherOrder() throws Exception {
    for (List<String> order : List.of(List.of("tmall", "jd"), List.of("jd", "tmall"))) {
      CliRunner cli = store(String.join("-", order));
      for (String channel : order) {
        var r =
            cli.expect(
                0,
                "import",
                "traffic",
                file(cli, channel + "_traffic.csv"),
                "--channel",
                channel.equals("jd") ? "JD" : channel); // a channel's name is in lower case
        assertTrue(r.err().contains("2 traffic (2 new, 0 updated, 0 unchanged)"), r.err());
        assertFalse(r.err().contains("replaced figures"), r.err());
      }
      assertEquals(ROWS, rows(cli), order.toString());
      // the day's UV is the two storefronts' (300 + 100), conversion 2 buyers / 400
      List<String> day = metrics(cli);
      assertEquals(
          "2026-11-01,1500,400,2,2,300.00,300.00,0.0050,0.0050,150.00,150.00,0.0000,,",
          day.get(1),
          order.toString());
      assertEquals(
          "2026-11-02,1800,430,1,1,50.00,50.00,0.0023,0.0023,50.00,50.00,1.0000,,",
          day.get(2),
          order.toString());
      List<String> month = metrics(cli, "--by", "month");
      assertTrue(
          month.get(1).startsWith("2026-11,3300,830,3,2,350.00,350.00,0.0024,0.0036,"),
          month.toString());
      // one storefront's PV/UV; no JD order is stored, so none is jd's (tryout18 W7: before,
      // the whole store's 2 orders)
      assertTrue(metrics(cli, "--channel", "jd").get(1).startsWith("2026-11-01,500,100,0,0,0.00,"));
      // a re-import of the same channel's export changes nothing
      var again =
          cli.expect(0, "import", "traffic", file(cli, "jd_traffic.csv"), "--channel", "jd");
      assertTrue(again.err().contains("(0 new, 0 updated, 2 unchanged)"), again.err());
      assertEquals(ROWS, rows(cli));
    }
  }

  @Test
  void aSecondFileWithoutAChannelNamesTheFileItReplacesAndTheChannelsRepairIt() throws Exception {
    CliRunner cli = store("unlabelled");
    cli.expect(0, "import", "traffic", file(cli, "tmall_traffic.csv"));
    var jd = cli.expect(0, "import", "traffic", file(cli, "jd_traffic.csv"));
    assertTrue(
        jd.err()
            .contains(
                "jd_traffic.csv: the store total of 2 days (2026-11-01 … 2026-11-02) replaced"
                    + " figures imported from "
                    + file(cli, "tmall_traffic.csv")
                    + "; if the two files are different storefronts (Tmall, JD), import each with"
                    + " --channel NAME"),
        jd.err());
    // the JD export again, named: the stored figures are its own, and take its channel
    var named = cli.expect(0, "import", "traffic", file(cli, "jd_traffic.csv"), "--channel", "jd");
    assertTrue(
        named
            .err()
            .contains(
                "the figures of 2 days (2026-11-01 … 2026-11-02) imported without a"
                    + " channel from "
                    + file(cli, "jd_traffic.csv")
                    + " are the same: they are channel jd"
                    + " now"),
        named.err());
    cli.expect(0, "import", "traffic", file(cli, "tmall_traffic.csv"), "--channel", "tmall");
    assertEquals(ROWS, rows(cli));
    assertTrue(metrics(cli).get(1).startsWith("2026-11-01,1500,400,2,2,300.00,300.00,0.0050,"));
    // the same in Chinese
    Path again = cli.db().resolveSibling("jd2.csv");
    Files.copy(Path.of(file(cli, "jd_traffic.csv")), again);
    var zh = cli.expect(0, "--lang", "zh", "import", "traffic", again.toString());
    assertTrue(zh.err().contains("本店已有渠道 jd, tmall 的数据"), zh.err());
  }

  /**
   * A file whose days are partly those another import gave: only those days meet it (the writer
   * reads once which days hold other imports' figures and looks the others up no further; session
   * 25), in its rows' order, and a store total given the same figures takes the channel.
   */
  @Test
  void aFileMeetsOnlyTheDaysAnotherFileGave() throws Exception {
    CliRunner cli = store("partly");
    Path total = cli.db().resolveSibling("total.csv");
    Files.writeString(total, "date,pv,uv\n2026-11-01,1000,300\n2026-11-03,900,200\n");
    cli.expect(0, "import", "traffic", total.toString());
    Path channels = cli.db().resolveSibling("channels.csv");
    Files.writeString(
        channels,
        "date,pv,uv,channel\n"
            + "2026-11-02,600,110,jd\n"
            + "2026-11-01,500,100,jd\n"
            + "2026-11-03,900,200,tmall\n"
            + "2026-11-04,700,120,jd\n");
    var r = cli.expect(0, "import", "traffic", channels.toString());
    assertTrue(r.err().contains("4 traffic (3 new, 0 updated, 1 unchanged)"), r.err());
    assertTrue(
        r.err()
            .contains(
                "channels.csv: on 1 day (2026-11-01) a store total imported without a channel from "
                    + total
                    + " is read instead of the channels' sum"),
        r.err());
    assertTrue(
        r.err()
            .contains(
                "the figures of 1 day (2026-11-03) imported without a channel from "
                    + total
                    + " are the same: they are channel tmall now"),
        r.err());
    assertEquals(
        "2026-11-01||1000|300;2026-11-01|jd|500|100;2026-11-02|jd|600|110;"
            + "2026-11-03|tmall|900|200;2026-11-04|jd|700|120",
        rows(cli));
    // a store total of days that hold channels only on one of them
    Path later = cli.db().resolveSibling("later.csv");
    Files.writeString(later, "date,pv,uv\n2026-11-04,700,120\n2026-11-05,800,130\n");
    var t = cli.expect(0, "import", "traffic", later.toString());
    assertTrue(
        t.err().contains("later.csv: on 1 day (2026-11-04) the store has figures of channels jd"),
        t.err());
  }

  @Test
  void aDayWithoutOneStorefrontsFiguresHasNoConversion() throws Exception {
    CliRunner cli = store("gap");
    Path tmall = cli.db().resolveSibling("tmall3.csv");
    Files.write(tmall, (TMALL + "2026-11-03,900,200\n").getBytes(GBK));
    Path jd = cli.db().resolveSibling("jd3.csv");
    Files.write(jd, "日期,浏览量,访客数\n2026-11-01,500,100\n2026-11-03,400,90\n".getBytes(GBK));
    cli.expect(0, "import", "traffic", tmall.toString(), "--channel", "tmall");
    cli.expect(0, "import", "traffic", jd.toString(), "--channel", "jd");
    var r = cli.expect(0, metricsArgs("2026-11-03").toArray(new String[0]));
    List<String> out = r.out().lines().toList();
    assertTrue(out.get(1).startsWith("2026-11-01,1500,400,2,2,300.00,300.00,0.0050,"), r.out());
    // JD's export misses 11-02: C1's order over Tmall's 320 visitors alone would overstate it
    assertTrue(out.get(2).startsWith("2026-11-02,1200,320,1,1,50.00,50.00,,,"), r.out());
    assertTrue(r.err().contains("2026-11-02 (0/1)"), r.err());
  }

  @Test
  void aChannelForAFileWithItsOwnChannelColumnOrAnotherKindIsRefused() throws Exception {
    CliRunner cli = store("refused");
    Path sources = cli.db().resolveSibling("sources.csv");
    Files.write(sources, "日期,浏览量,访客数,来源\n2026-11-01,10,5,搜索\n".getBytes(GBK));
    var r = cli.expect(1, "import", "traffic", sources.toString(), "--channel", "tmall");
    assertTrue(
        r.err()
            .contains(
                "--channel tmall is for a file without a channel column, and this one" + " has 来源"),
        r.err());
    assertEquals("", rows(cli)); // nothing stored
    var orders = cli.expect(2, "import", "orders", file(cli, "orders.csv"), "--channel", "jd");
    assertTrue(orders.err().contains("--channel is for `import traffic` only"), orders.err());
  }

  @Test
  void theChineseTableLeadsWithWhatThePlatformsShow() throws Exception {
    // review13 M11: 浏览量, 访客数, 买家数, 客单价 (per buyer) at 80 columns; 笔单价 (per order) only wide
    CliRunner cli = store("zh");
    cli.expect(0, "import", "traffic", file(cli, "tmall_traffic.csv"), "--channel", "tmall");
    for (int width : new int[] {80, 120}) {
      CliRunner term =
          new CliRunner(cli.db().getParent()).terminal(true).width(width).env("NO_COLOR", "1");
      String out =
          term.expect(
                  0,
                  "--lang",
                  "zh",
                  "--now",
                  "2026-11-20 10:00",
                  "metrics",
                  "--from",
                  "2026-11-01",
                  "--to",
                  "2026-11-02")
              .out();
      String header = out.lines().findFirst().orElseThrow();
      for (String label : List.of("浏览量", "访客数", "买家数", "销售额", "客单价", "转化率")) {
        assertTrue(header.contains(label), width + ": " + header);
      }
      if (width >= 100) {
        assertTrue(header.contains("笔单价"), width + ": " + header);
      }
      for (String line : out.lines().toList()) {
        assertTrue(Renderer.displayWidth(line) <= width, line);
      }
      // 客单价 = 300.00 / 2 buyers on 11-01
      assertTrue(
          out.lines().anyMatch(l -> l.startsWith("2026-11-01") && l.contains("150.00")), out);
    }
  }
}
