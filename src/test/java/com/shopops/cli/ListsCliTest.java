package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * export promotion|followup, lists and lists undo through the real CLI: the guards at their edges
 * (consent, open return, cool-down), the anniversary month across a year end and February, masking,
 * spreadsheet safety, contacts recorded, dry run, undo.
 */
class ListsCliTest {
  static final String RES = "src/test/resources/lists/";
  static final String NOW = "2026-11-20 10:00";
  static final String HEADER =
      "customer_id,name,phone,email,region,segment,tier,reason,offer,offer_code\n";

  @TempDir Path dir;
  CliRunner cli;

  @BeforeEach
  void store() {
    cli = new CliRunner(dir).env("USER", "ops-wang"); // who makes a list without --agent
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
    cli.expect(0, "import", "customers", RES + "customers.csv", "-q");
    cli.expect(0, "import", "orders", RES + "orders.csv", "-q");
    cli.expect(0, "import", "returns", RES + "returns.csv", "-q");
    // C13 contacted 13 calendar days before NOW (cooling down), C14 exactly 14 days (eligible)
    cli.expect(
        0,
        "--now",
        "2026-11-07 00:00",
        "followup",
        "add",
        "--customer",
        "C13",
        "--channel",
        "phone",
        "--agent",
        "小王");
    cli.expect(
        0,
        "--now",
        "2026-11-06 23:59:59",
        "followup",
        "add",
        "--customer",
        "C14",
        "--channel",
        "phone",
        "--agent",
        "小王");
  }

  private static List<String> ids(String csv) {
    return csv.lines().skip(1).map(l -> l.substring(0, l.indexOf(','))).toList();
  }

  @Test
  void promotionLeavesOutNoConsentOpenReturnsAndTheCoolDownAtItsEdge() {
    var r = cli.expect(0, "--now", NOW, "export", "promotion", "--dry-run");
    // N1 said no, U1 never said (unknown is no), R1 has an open return, C13 is cooling down;
    // most valuable first, equal spend by id (AN before C14)
    assertEquals(List.of("Y1", "AN", "C14", "FE", "FX"), ids(r.out()));
    assertEquals(
        "chosen 5; excluded: not matching 0, no consent 2, open return/complaint 1, cooling down"
            + " 1; cool-down 14 days\ndry run: no contacts recorded\n",
        r.err());
    assertTrue(r.out().startsWith(HEADER + "Y1,王芳,138****1234,wf@example.com,华东,"), r.out());
    // the cool-down is configurable: 15 days takes C14 too, 0 turns it off
    assertEquals(
        List.of("Y1", "AN", "FE", "FX"),
        ids(
            cli.expect(0, "--now", NOW, "export", "promotion", "--dry-run", "--cooldown", "15d")
                .out()));
    assertEquals(
        List.of("Y1", "C13", "AN", "C14", "FE", "FX"),
        ids(
            cli.expect(0, "--now", NOW, "export", "promotion", "--dry-run", "--cooldown", "0")
                .out()));
    cli.expect(0, "config", "set", "lists.cooldown", "13d");
    assertEquals(
        List.of("Y1", "C13", "AN", "C14", "FE", "FX"),
        ids(cli.expect(0, "--now", NOW, "export", "promotion", "--dry-run").out()));
  }

  @Test
  void filtersReasonsOffersAndLimit() {
    var r =
        cli.expect(
            0,
            "--now",
            NOW,
            "export",
            "promotion",
            "--dry-run",
            "--region",
            "华东,北京",
            "--bought",
            "SNK-NUT-750",
            "--cooldown",
            "0",
            "--unmasked");
    assertEquals(
        HEADER
            + "C13,孙一,13500003333,,华北,New Customers,普通,segment New Customers; region 北京;"
            + " bought SNK-NUT-750; spent ¥300.00; last order 2026-11-01,new-customer coupon,"
            + "new-customer-coupon\n"
            + "C14,孙二,13500004444,,华北,New Customers,普通,segment New Customers; region 北京;"
            + " bought SNK-NUT-750; spent ¥200.00; last order 2026-11-01,new-customer coupon,"
            + "new-customer-coupon\n",
        r.out());
    // Y1 and U1 are in 华东 but bought no SNK-NUT-750 / gave no consent; R1 has an open return
    assertEquals(
        "chosen 2; excluded: not matching 5, no consent 1, open return/complaint 1,"
            + " cooling down 0; cool-down 0 days\ndry run: no contacts recorded\n",
        r.err());
    var zh =
        cli.expect(
            0,
            "--now",
            NOW,
            "export",
            "promotion",
            "--dry-run",
            "--limit",
            "1",
            "--lang",
            "zh",
            "--min-spend",
            "¥500");
    assertEquals(List.of("Y1"), ids(zh.out()));
    assertTrue(
        zh.out().endsWith(",分群 新客户；累计消费 ¥500.00；最近下单 2026-11-01,新人券," + "new-customer-coupon\n"),
        zh.out());
    assertTrue(
        zh.err().startsWith("选中 1；排除：不符合条件 5，未同意营销 2，退货/投诉未结 1，冷却期内 0；冷却期 14 天\n"), zh.err());
    var cut = cli.expect(0, "--now", NOW, "export", "promotion", "--dry-run", "--limit", "2");
    assertEquals(List.of("Y1", "AN"), ids(cut.out()));
    assertTrue(cut.err().startsWith("chosen 2 (limit cut 3);"), cut.err());
    var bad = cli.expect(2, "--now", NOW, "export", "promotion", "--cooldown", "1.5d");
    assertTrue(bad.err().contains("--cooldown"), bad.err());
  }

  @Test
  void anOpenComplaintInTheFollowUpLogKeepsTheCustomerOffUntilItsThreadIsClosed() {
    // 19 days before NOW: outside the cool-down, so only the complaint can keep Y1 off the list
    cli.expect(
        0,
        "--now",
        "2026-11-01 10:00",
        "followup",
        "add",
        "--customer",
        "Y1",
        "--channel",
        "phone",
        "--agent",
        "小王",
        "--outcome",
        "投诉：物流太慢",
        "--next",
        "2026-11-25");
    var r = cli.expect(0, "--now", NOW, "export", "promotion", "--dry-run");
    assertEquals(List.of("AN", "C14", "FE", "FX"), ids(r.out()));
    assertTrue(
        r.err()
            .startsWith(
                "chosen 4; excluded: not matching 0, no consent 2,"
                    + " open return/complaint 2, cooling down 1;"),
        r.err());
    // the next entry of the thread closes it (no next date): Y1 is back
    cli.expect(
        0,
        "--now",
        "2026-11-02 10:00",
        "followup",
        "add",
        "--customer",
        "Y1",
        "--channel",
        "phone",
        "--agent",
        "小王",
        "--outcome",
        "已解决");
    assertEquals(
        List.of("Y1", "AN", "C14", "FE", "FX"),
        ids(cli.expect(0, "--now", NOW, "export", "promotion", "--dry-run").out()));
  }

  @Test
  void badOptionValuesAreUsageErrors() {
    for (String days : List.of("99999999999d", "99999999999", "36501", "36h", "-1d")) {
      var r = cli.expect(2, "--now", NOW, "export", "promotion", "--cooldown", days);
      assertTrue(r.err().startsWith("shopops: Invalid value for option '--cooldown': "), r.err());
    }
    assertEquals(
        "shopops: --segment: no segment \"Champs\"\n  hint: use one of Champions,"
            + " Loyal Customers, Potential Loyalist, New Customers, Promising, Need Attention,"
            + " About To Sleep, At Risk, Can't Lose Them, Lost, Others\n",
        cli.expect(2, "--now", NOW, "export", "promotion", "--segment", "Champs").err());
    assertTrue(
        cli.expect(2, "--now", NOW, "export", "promotion", "--tier", "黄金")
            .err()
            // the tiers as an English session's tables name them (tryout17 U5)
            .startsWith("shopops: --tier: no tier \"黄金\"\n  hint: use one of Regular, Silver,"));
    assertTrue(
        cli.expect(2, "--now", NOW, "export", "promotion", "--lifecycle", "dormant")
            .err()
            .startsWith(
                "shopops: Invalid value for option '--lifecycle' (STAGE): no lifecycle"
                    + " stage \"dormant\"; use one of prospect, first purchase, repeat, loyal, lapsing,"
                    + " churned\n"));
    cli.expect(2, "--now", NOW, "export", "promotion", "--since", "2026-13-01");
    cli.expect(2, "--now", NOW, "export", "promotion", "--lang", "fr");
    // names are matched ignoring case and punctuation
    cli.expect(
        0,
        "--now",
        NOW,
        "export",
        "promotion",
        "--dry-run",
        "--segment",
        "new-customers",
        "--lifecycle",
        "First_Purchase",
        "--tier",
        "普通",
        "--cooldown",
        "336h");
  }

  @Test
  void agentNamesWhoUndidAListAndWhoRanAnImportElseTheLogin() throws Exception {
    cli.expect(0, "--now", NOW, "export", "promotion", "--name", "a");
    cli.expect(0, "--now", NOW, "lists", "undo", "1", "--agent", " 小李 ");
    assertEquals("1|ops-wang|小李\n", cli.sql("SELECT list_id, agent, undone_by FROM lists"));
    cli.expect(0, "import", "returns", RES + "returns.csv", "-q", "--agent", "仓库-老张");
    assertEquals(
        "1|ops-wang\n2|ops-wang\n3|ops-wang\n4|仓库-老张\n",
        cli.sql("SELECT import_id, user_name FROM imports ORDER BY import_id"));
    // a blank name is a usage error: nothing undone, nothing imported
    cli.expect(0, "--now", NOW, "export", "promotion", "--name", "b");
    cli.expect(2, "--now", NOW, "lists", "undo", "2", "--agent", "");
    cli.expect(2, "import", "returns", RES + "returns.csv", "--agent", " ");
    assertEquals("1|小李\n2|-\n", cli.sql("SELECT list_id, coalesce(undone_by, '-') FROM lists"));
    assertEquals("4\n", cli.sql("SELECT count(*) FROM imports"));
  }

  @Test
  void writingRecordsContactsSoASecondRunTheSameDayChoosesNobodyAndUndoBringsThemBack()
      throws Exception {
    var first = cli.expect(0, "--now", NOW, "export", "promotion", "--name", "双11返场");
    assertEquals(5, ids(first.out()).size());
    assertTrue(
        first
            .err()
            .endsWith(
                "recorded list 1 \"双11返场\": 5 contacts (undo: shopops --db "
                    + cli.db().toAbsolutePath()
                    + " lists undo 1)\n"),
        first.err());
    var second = cli.expect(0, "--now", "2026-11-20 18:00", "export", "promotion");
    assertEquals(HEADER, second.out());
    assertEquals(
        "chosen 0; excluded: not matching 0, no consent 2, open return/complaint 1,"
            + " cooling down 6; cool-down 14 days\nempty list: no contacts recorded\n",
        second.err());
    assertEquals(
        "list_id,name,kind,rows,contacts,created_at,file,undone_at,agent,undone_by\n"
            + "1,双11返场,promotion,5,5,2026-11-20 10:00:00,,,ops-wang,\n",
        cli.expect(0, "lists").out());
    var show = cli.expect(0, "--now", NOW, "customers", "show", "AN", "--format", "json").out();
    assertTrue(
        show.replaceAll("\\s+", "")
            .endsWith(
                "\"contacts\":[{\"at\":\"2026-11-20T10:00:00+08:00\","
                    + "\"kind\":\"promotion\",\"list\":\"双11返场\",\"agent\":\"ops-wang\"}]}"),
        show);

    cli.env("USER", "ops-li"); // another login takes it back
    var undo = cli.expect(0, "--now", "2026-11-20 11:00", "lists", "undo", "1");
    assertEquals(
        "undid list 1 \"双11返场\" (promotion, 2026-11-20 10:00:00): removed 5 contacts\n",
        undo.err());
    assertEquals(
        List.of("Y1", "AN", "C14", "FE", "FX"),
        ids(cli.expect(0, "--now", "2026-11-20 18:00", "export", "promotion", "--dry-run").out()));
    assertEquals(
        "list_id,name,kind,rows,contacts,created_at,file,undone_at,agent,undone_by\n"
            + "1,双11返场,promotion,5,0,2026-11-20 10:00:00,,2026-11-20 11:00:00,ops-wang,ops-li\n",
        cli.expect(0, "lists").out());
    assertEquals("1|ops-wang|ops-li\n", cli.sql("SELECT list_id, agent, undone_by FROM lists"));
    cli.env("USER", "ops-zhao");
    var again = cli.expect(1, "lists", "undo", "1");
    assertEquals(
        "shopops: list 1 \"双11返场\" was already undone at 2026-11-20 11:00:00\n", again.err());
    assertEquals("1|ops-li\n", cli.sql("SELECT list_id, undone_by FROM lists")); // unchanged
    var unknown = cli.expect(1, "lists", "undo", "7");
    assertTrue(unknown.err().startsWith("shopops: no list 7 in "), unknown.err());
  }

  @Test
  void aListRecordsWhoMadeItTheAgentElseTheLoginName() throws Exception {
    cli.expect(0, "--now", NOW, "export", "promotion", "--limit", "1", "--agent", " 小李 ");
    cli.expect(0, "--now", NOW, "export", "followup", "--kind", "satisfaction");
    cli.env("USER", " ").env("LOGNAME", "cron");
    var blank = cli.expect(2, "--now", NOW, "export", "promotion", "--limit", "1", "--agent", "");
    assertTrue(blank.err().contains("'--agent': a name is required, not \"\""), blank.err());
    cli.expect(0, "--now", NOW, "export", "promotion", "--limit", "1");
    cli.expect(0, "--now", NOW, "export", "promotion", "--dry-run", "--agent", "小赵");
    List<String> rows = new java.util.ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + cli.db());
        var st = c.createStatement();
        var rs = st.executeQuery("SELECT list_id, kind, agent FROM lists ORDER BY list_id")) {
      while (rs.next()) {
        rows.add(rs.getLong(1) + " " + rs.getString(2) + " " + rs.getString(3));
      }
    }
    assertEquals(List.of("1 promotion 小李", "2 satisfaction ops-wang", "3 promotion cron"), rows);
    String json = cli.expect(0, "lists", "--format", "json").out();
    assertTrue(json.replaceAll("\\s+", "").contains("\"agent\":\"小李\""), json);
    // a list made before V013 has no agent: empty
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + cli.db());
        var st = c.createStatement()) {
      st.executeUpdate("UPDATE lists SET agent = NULL WHERE list_id = 1");
    }
    String first = cli.expect(0, "lists").out().lines().skip(1).findFirst().orElseThrow();
    // undone_at, agent, undone_by empty
    assertTrue(first.startsWith("1,") && first.endsWith(",,,"), first);
  }

  @Test
  void dryRunRecordsNothing() {
    cli.expect(0, "--now", NOW, "export", "promotion", "--dry-run");
    cli.expect(0, "--now", NOW, "export", "followup", "--kind", "satisfaction", "--dry-run");
    assertEquals(
        "list_id,name,kind,rows,contacts,created_at,file,undone_at,agent,undone_by\n",
        cli.expect(0, "lists").out());
    assertEquals(
        5, ids(cli.expect(0, "--now", NOW, "export", "promotion", "--dry-run").out()).size());
  }

  @Test
  void outWritesABomWithExcelAndRefusesToOverwriteWithoutForce() throws Exception {
    Path file = dir.resolve("promo.csv");
    var r = cli.expect(0, "--now", NOW, "export", "promotion", "--out", file.toString(), "--excel");
    assertEquals("", r.out());
    byte[] bytes = Files.readAllBytes(file);
    assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
    assertTrue(new String(bytes, StandardCharsets.UTF_8).startsWith("\uFEFF" + HEADER));
    assertTrue(r.err().startsWith("Wrote 5 rows to " + file + "\n"), r.err());

    var refused =
        cli.expect(2, "--now", "2026-12-20 10:00", "export", "promotion", "--out", file.toString());
    assertEquals(
        "shopops: " + file + " already exists\n  hint: pass --force to replace it\n",
        refused.err());
    assertArrayEquals(bytes, Files.readAllBytes(file));
    assertEquals(1, cli.expect(0, "lists").out().lines().count() - 1); // nothing recorded
    cli.expect(
        0, "--now", "2026-12-20 10:00", "export", "promotion", "--out", file.toString(), "--force");
    assertFalse(Files.readString(file).startsWith("\uFEFF"));
  }

  @Test
  void anniversaryAcrossTheYearEnd() {
    String[] args = {"export", "followup", "--kind", "anniversary", "--dry-run"};
    // January 2027 is due from 2026-12-25 (7 days before) to 12-31; AN bought in Jan 2025 and 2026
    assertEquals(List.of(), ids(cli.expect(0, cat("--now", "2026-12-24 23:59", args)).out()));
    var due = cli.expect(0, cat("--now", "2026-12-25 00:00", args));
    assertEquals(
        "customer_id,name,phone,email,month,years,bought,reason,offer,offer_code\n"
            + "AN,周年,133****5555,an@example.com,2027-01,2025 2026,普洱熟茶; 西湖龙井 250g,"
            + "\"bought in January 2025, 2026: 普洱熟茶, 西湖龙井 250g; spent ¥200.00\","
            + "member price,member-price\n",
        due.out());
    assertEquals(List.of("AN"), ids(cli.expect(0, cat("--now", "2026-12-31 23:59", args)).out()));
    assertEquals(List.of(), ids(cli.expect(0, cat("--now", "2027-01-01 00:00", args)).out()));
    assertEquals(
        List.of("AN"),
        ids(
            cli.expect(
                    0,
                    "--now",
                    "2026-12-20 00:00",
                    "export",
                    "followup",
                    "--kind",
                    "anniversary",
                    "--dry-run",
                    "--ahead",
                    "12")
                .out()));
  }

  @Test
  void anniversaryInFebruaryCountsStoreZoneMonths() {
    String[] args = {"export", "followup", "--kind", "anniversary", "--dry-run"};
    // FE bought on 2024-02-29 and 2025-02-10; FX on 2024-02-29 and 2025-03-01 00:30 Beijing time
    // (still February in UTC): March in the store zone, so FX has one February only
    assertEquals(List.of(), ids(cli.expect(0, cat("--now", "2026-01-24 10:00", args)).out()));
    var r = cli.expect(0, cat("--now", "2026-01-25 10:00", args));
    assertEquals(List.of("FE"), ids(r.out()));
    assertTrue(r.out().contains(",2026-02,2024 2025,月饼礼盒,"), r.out());
    assertTrue(r.err().startsWith("chosen 1; excluded: not matching 8,"), r.err());
  }

  @Test
  void followUpKinds() {
    // satisfaction: delivered on 2026-11-17 (3 days before), no review of it imported
    var sat =
        cli.expect(0, "--now", NOW, "export", "followup", "--kind", "satisfaction", "--dry-run");
    assertEquals(
        "order_id,customer_id,name,phone,delivered_at,message\n"
            + "C14-1,C14,孙二,135****4444,2026-11-17 09:00:00,\"Hello, your order C14-1 was delivered"
            + " 3 days ago. Are you happy with it? If anything is wrong, just tell us; otherwise we"
            + " would be grateful for a review. Thank you!\"\n",
        sat.out());
    assertFalse(sat.err().contains("no reviews table"), sat.err()); // the store has one (empty)
    assertEquals(
        "order_id,customer_id,name,phone,delivered_at,message\n",
        cli.expect(
                0,
                "--now",
                NOW,
                "export",
                "followup",
                "--kind",
                "satisfaction",
                "--days",
                "2",
                "--dry-run")
            .out());
    // returns: RT1 waits for approval
    var ret =
        cli.expect(
            0,
            "--now",
            NOW,
            "export",
            "followup",
            "--kind",
            "returns",
            "--unmasked",
            "--lang",
            "zh");
    assertTrue(
        ret.out()
            .startsWith(
                "return_id,order_id,customer_id,name,phone,waiting_for,"
                    + "waiting_since,hours_waiting,refund_overdue,refund_amount,message\n"
                    + "RT1,R1-1,R1,赵敏,13600002222,approval,2026-11-18 10:00:00,48,false,,您好，"),
        ret.out());
    // --lang zh is the global option now: the summary on stderr is Chinese too
    assertTrue(
        ret.err()
            .endsWith(
                "已记录名单 1 \"returns-20261120-1000\"：1 位联系人（撤销：shopops --db "
                    + cli.db().toAbsolutePath()
                    + " lists undo 1）\n"),
        ret.err());
    var bad = cli.expect(2, "--now", NOW, "export", "followup", "--kind", "promotion");
    assertEquals(
        "shopops: Invalid value for option '--kind': \"promotion\" is not a follow-up"
            + " kind; use winback, delay, returns, satisfaction, anniversary, vip\n"
            + "Try `shopops help export followup` for the options.\n",
        bad.err());
  }

  @Test
  void delayListsOverdueAndAtRiskOrdersNewestRiskFirst() throws Exception {
    Path orders = dir.resolve("late.csv");
    Files.writeString(
        orders,
        """
        order_id,customer_id,created_at,paid_at,status,amount,province
        L1,Y1,2026-11-19 08:00:00,2026-11-19 08:00:00,paid,10.00,浙江
        L2,AN,2026-11-19 12:00:00,2026-11-19 12:00:00,paid,10.00,江苏
        L3,FE,2026-11-19 20:00:00,2026-11-19 20:00:00,paid,10.00,四川
        L4,C13,2026-11-19 10:59:00,2026-11-19 10:59:00,paid,10.00,浙江
        """);
    cli.expect(0, "import", "orders", orders.toString(), "-q");
    var r = cli.expect(0, "--now", NOW, "export", "followup", "--kind", "delay", "--dry-run");
    List<String> lines = r.out().lines().toList();
    assertEquals(
        "order_id,customer_id,name,phone,status,ship_by,hours_late,hours_left,message",
        lines.get(0));
    assertTrue(
        lines.get(1).startsWith("L2,AN,周年,133****5555,at_risk,2026-11-20 12:00:00,,2.0,"), r.out());
    // 59 minutes left: 1.0 hours, as `sla at-risk` says (not 0, the whole hours rounded down)
    assertTrue(lines.get(2).contains(",at_risk,2026-11-20 10:59:00,,1.0,"), r.out());
    assertTrue(
        lines.get(3).startsWith("L1,Y1,王芳,138****1234,overdue,2026-11-20 08:00:00,2.0,,"), r.out());
    assertEquals(4, lines.size());
    assertEquals(
        "order_id,hours_left\nL4,1.0\nL2,2.0\n",
        cli.expect(0, "--now", NOW, "sla", "at-risk", "--columns", "order_id,hours_left").out());
  }

  /**
   * Every formula-trigger prefix in every text column: quoted with ' by default, raw with --raw.
   */
  @Test
  void everyInjectionPrefixOnEveryTextColumnIsNeutralised() throws Exception {
    String[] prefixes = {"=", "+", "-", "@", "\t", "\r", "\n", "\0"};
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + cli.db())) {
      c.createStatement().execute("DELETE FROM contacts");
      c.createStatement().execute("DELETE FROM followups");
      c.createStatement().execute("DELETE FROM returns");
      c.createStatement().execute("DELETE FROM order_lines");
      c.createStatement().execute("DELETE FROM orders");
      c.createStatement().execute("DELETE FROM customers");
      try (PreparedStatement cust =
              c.prepareStatement(
                  "INSERT INTO customers (customer_id, name, phone, email, region, accepts_marketing)"
                      + " VALUES (?, ?, ?, ?, ?, 1)");
          PreparedStatement ord =
              c.prepareStatement(
                  "INSERT INTO orders (order_id, customer_id, created_at, paid_at, status, amount,"
                      + " total) VALUES (?, ?, 1763000000, 1763000000, 'completed', ?, ?)")) {
        for (int i = 0; i < prefixes.length; i++) {
          String p = prefixes[i];
          String id = "X" + i;
          cust.setString(1, id);
          cust.setString(2, p + "cmd|' /C calc'!A0");
          cust.setString(3, p + "86 138 1234 567" + i);
          cust.setString(4, p + "x" + i + "@example.com");
          cust.setString(5, p + "1+1");
          cust.executeUpdate();
          ord.setString(1, "O" + i);
          ord.setString(2, id);
          ord.setLong(3, 10_000L - i);
          ord.setLong(4, 10_000L - i);
          ord.executeUpdate();
        }
      }
    }
    cli.expect(0, "config", "set", "customers.segments", "[{\"name\":\"=SUM(1+1)\"}]");
    cli.expect(0, "config", "set", "customers.tiers", "@普通:0,-银牌:500");
    cli.expect(
        0,
        "config",
        "set",
        "lists.offers",
        "{\"default\":{\"code\":\"+code\",\"en\":\"=HYPERLINK(\\\"http://x\\\")\"},"
            + "\"segments\":{}}");
    String safe =
        cli.expect(0, "--now", NOW, "export", "promotion", "--unmasked", "--dry-run").out();
    String raw =
        cli.expect(0, "--now", NOW, "export", "promotion", "--unmasked", "--dry-run", "--raw")
            .out();
    CSVFormat header = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
    List<CSVRecord> safeRows = header.parse(new StringReader(safe)).getRecords();
    List<CSVRecord> rawRows = header.parse(new StringReader(raw)).getRecords();
    assertEquals(prefixes.length, safeRows.size(), safe);
    for (int i = 0; i < prefixes.length; i++) {
      CSVRecord s = safeRows.get(i);
      CSVRecord w = rawRows.get(i);
      String p = prefixes[i];
      assertEquals("X" + i, s.get("customer_id"));
      assertEquals("'" + p + "cmd|' /C calc'!A0", s.get("name"));
      // a phone number and nothing else (+86 138…) is no formula risk: written as it is (review17
      // R18), so that it reads back as the same phone
      String phone = p + "86 138 1234 567" + i;
      assertEquals(p.equals("+") ? phone : "'" + phone, s.get("phone"));
      assertEquals("'" + p + "x" + i + "@example.com", s.get("email"));
      assertEquals("'" + p + "1+1", s.get("region"));
      assertEquals("'=SUM(1+1)", s.get("segment"));
      assertEquals("'@普通", s.get("tier"));
      assertEquals("'=HYPERLINK(\"http://x\")", s.get("offer"));
      assertEquals("'+code", s.get("offer_code"));
      assertTrue(s.get("reason").startsWith("segment =SUM(1+1); spent ¥"), s.get("reason"));
      for (String cell : s) {
        assertFalse(
            !cell.isEmpty() && "=+-@\t\r\n\0".indexOf(cell.charAt(0)) >= 0 && !cell.equals(phone),
            "unsafe cell " + cell);
      }
      assertEquals(p + "cmd|' /C calc'!A0", w.get("name"));
      assertEquals(p + "x" + i + "@example.com", w.get("email"));
      assertEquals("=SUM(1+1)", w.get("segment"));
    }
    // masked phones (the default) lose the prefix: only digits and * remain
    String masked = cli.expect(0, "--now", NOW, "export", "promotion", "--dry-run").out();
    assertTrue(masked.contains(",138****5670,"), masked);
  }

  @Test
  void twoExportsAtOnceOnSqliteTakeTurnsAndNeverContactOneCustomerTwice() throws Exception {
    // SQLite: the write transaction of a recorded list is BEGIN IMMEDIATE, taken before the
    // cool-down is read; whichever export comes second finds everyone cooling down
    var go = new java.util.concurrent.CyclicBarrier(2);
    var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      List<java.util.concurrent.Future<CliRunner.Result>> runs = new java.util.ArrayList<>();
      for (String out : List.of("one.csv", "two.csv")) {
        runs.add(
            pool.submit(
                () -> {
                  go.await();
                  return cli.run(
                      "--now", NOW, "export", "promotion", "--out", dir.resolve(out).toString());
                }));
      }
      List<String> errs = new java.util.ArrayList<>();
      for (var f : runs) {
        CliRunner.Result r = f.get(2, java.util.concurrent.TimeUnit.MINUTES);
        assertEquals(0, r.exit(), r.toString());
        errs.add(r.err());
      }
      assertEquals(
          1, errs.stream().filter(e -> e.contains("recorded list 1 ")).count(), errs.toString());
      assertEquals(
          1, errs.stream().filter(e -> e.contains("cooling down 6")).count(), errs.toString());
    } finally {
      pool.shutdownNow();
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + cli.db());
        var st = c.createStatement();
        var rs =
            st.executeQuery(
                "SELECT (SELECT count(*) FROM lists), count(*), count(DISTINCT customer_id)"
                    + " FROM contacts")) {
      rs.next();
      assertEquals(List.of(1, 5, 5), List.of(rs.getInt(1), rs.getInt(2), rs.getInt(3)));
    }
  }

  @Test
  void helpSaysTheFilesAreSafeAndHowToTurnItOff() {
    picocli.CommandLine export =
        Cli.build(new CliRunner(dir).context()).getSubcommands().get("export");
    for (String cmd : List.of("promotion", "followup")) {
      // usage wraps its lines: compare with single spaces
      String help = export.getSubcommands().get(cmd).getUsageMessage().replaceAll("\\s+", " ");
      for (String s :
          List.of(
              "--raw",
              "OWASP CSV injection",
              "--excel",
              "UTF-8 BOM",
              "--force",
              "--dry-run",
              "--unmasked",
              "Examples:")) {
        assertTrue(help.contains(s), s + " in\n" + help);
      }
    }
    assertTrue(
        export
            .getUsageMessage()
            .replaceAll("\\s+", " ")
            .contains("a leading ' (--raw turns that off for machine pipelines)"));
  }

  private static String[] cat(String a, String b, String... rest) {
    String[] out = new String[rest.length + 2];
    out[0] = a;
    out[1] = b;
    System.arraycopy(rest, 0, out, 2, rest.length);
    return out;
  }
}
