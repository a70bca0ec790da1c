package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report's action lists on a crafted store, as of 2026-11-20 10:00 Shanghai: two orders due
 * within the 4 h at-risk window, seven past their 24 h ship-by deadline (five shown, two more), a
 * return received on 11-15 and not refunded (due 11-22), a follow-up planned for 11-18.
 */
class ReportActionsTest {
  static final String NOW = "2026-11-20 10:00";

  static final String ORDERS =
      """
      order_id,customer_id,created_at,paid_at,shipped_at,delivered_at,amount,shipping_fee
      R1,C1,2026-11-19 11:00:00,2026-11-19 11:00:00,,,10.00,0
      R2,C2,2026-11-19 12:30:00,2026-11-19 12:30:00,,,10.00,0
      L1,C3,2026-11-18 09:00:00,2026-11-18 09:00:00,,,10.00,0
      L2,C3,2026-11-17 09:00:00,2026-11-17 09:00:00,,,10.00,0
      L3,C3,2026-11-16 09:00:00,2026-11-16 09:00:00,,,10.00,0
      L4,C3,2026-11-15 09:00:00,2026-11-15 09:00:00,,,10.00,0
      L5,C3,2026-11-14 09:00:00,2026-11-14 09:00:00,,,10.00,0
      L6,C3,2026-11-13 09:00:00,2026-11-13 09:00:00,,,10.00,0
      L7,13812345678,2026-11-12 09:00:00,2026-11-12 09:00:00,,,10.00,0
      D1,C4,2026-11-01 09:00:00,2026-11-01 09:00:00,2026-11-01 18:00:00,2026-11-03 10:00:00,20.00,0
      """;

  static final String RETURNS =
      """
      return_id,order_id,quantity,requested_at,approved_at,received_at,refunded_at,reason,refund_amount
      RT1,D1,1,2026-11-10 10:00:00,2026-11-10 12:00:00,2026-11-15 10:00:00,,size,20.00
      """;

  @TempDir Path dir;
  CliRunner cli;

  @BeforeEach
  void setUp() throws IOException {
    cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
    cli.expect(0, "import", "orders", write("orders.csv", ORDERS).toString());
    cli.expect(0, "import", "returns", write("returns.csv", RETURNS).toString());
    cli.expect(
        0,
        "--now",
        "2026-11-17 10:00",
        "followup",
        "add",
        "--customer",
        "C4",
        "--channel",
        "phone",
        "--agent",
        "Wang",
        "--next",
        "2026-11-18");
  }

  Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  static List<String> section(String page, String from, String to) {
    int a = page.indexOf(from);
    int b = page.indexOf(to, a);
    return page.substring(a, b).lines().toList();
  }

  @Test
  void theActionListsShowCountsTheFirstFiveAndHowManyMore() throws IOException {
    Path html = dir.resolve("r.html");
    cli.expect(0, "--now", NOW, "report", "--html", html.toString());
    String page = Files.readString(html);
    assertEquals(
        List.of(
            "<h2>Today&#39;s actions</h2>",
            "<h3>Orders at risk of missing their ship-by deadline <span class=\"c hot\">2</span></h3>",
            "<table class=\"act\">",
            "<tr><th>order</th><th>ship by</th><th class=\"n\">time</th></tr>",
            "<tr><td>R1</td><td>11-20 11:00</td><td class=\"n\">1.0 h left</td></tr>",
            "<tr><td>R2</td><td>11-20 12:30</td><td class=\"n\">2.5 h left</td></tr>",
            "</table>",
            "<h3>Orders past their ship-by deadline <span class=\"c hot\">7</span></h3>",
            "<table class=\"act\">",
            "<tr><th>order</th><th>ship by</th><th class=\"n\">time</th></tr>",
            "<tr><td>L7</td><td>11-13 09:00</td><td class=\"n\">7 d late</td></tr>",
            "<tr><td>L6</td><td>11-14 09:00</td><td class=\"n\">6 d late</td></tr>",
            "<tr><td>L5</td><td>11-15 09:00</td><td class=\"n\">5 d late</td></tr>",
            "<tr><td>L4</td><td>11-16 09:00</td><td class=\"n\">4 d late</td></tr>",
            "<tr><td>L3</td><td>11-17 09:00</td><td class=\"n\">3 d late</td></tr>",
            "</table>",
            "<p class=\"muted\">2 more: shopops sla overdue</p>",
            "<h3>Refunds due (returned goods received) <span class=\"c hot\">1</span></h3>",
            "<table class=\"act\">",
            "<tr><th>return</th><th>order</th><th>refund by</th><th class=\"n\">time</th></tr>",
            "<tr><td>RT1</td><td>D1</td><td>11-22 10:00</td><td class=\"n\">2 d left</td></tr>",
            "</table>",
            "<h3>Return windows closing within a day <span class=\"c\">0</span></h3>",
            "<p class=\"muted\">None.</p>",
            "<h3>Follow-ups due <span class=\"c hot\">1</span></h3>",
            "<table class=\"act\">",
            "<tr><th>customer</th><th>order</th><th>planned</th><th class=\"n\">time</th></tr>",
            "<tr><td>C4</td><td></td><td>11-18 00:00</td><td class=\"n\">2 d late</td></tr>",
            "</table>"),
        section(page, "<h2>Today", "<h2>Daily"));
    // the same lists in Chinese
    cli.expect(0, "--now", NOW, "--lang", "zh", "report", "--html", html.toString(), "--force");
    String zh = Files.readString(html);
    assertTrue(zh.contains("<h3>已超过最晚发货时间的订单 <span class=\"c hot\">7</span></h3>"), zh);
    assertTrue(zh.contains("<p class=\"muted\">另有 2 条：shopops sla overdue</p>"), zh);
    assertTrue(zh.contains("<td class=\"n\">剩 1.0 小时</td>"), zh);
    assertTrue(zh.contains("<td class=\"n\">超时 2 天</td>"), zh);
    assertFalse(zh.contains("vs previous period"), "the cards' changes are in Chinese too");
  }

  @Test
  void pngWithoutHtmlAndNeitherIsAUsageError() {
    var none = cli.expect(2, "--now", NOW, "report");
    assertTrue(none.err().contains("report: give --html FILE, --png FILE or both"), none.err());
  }
}
