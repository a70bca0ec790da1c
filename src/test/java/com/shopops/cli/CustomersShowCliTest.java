package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code customers show}: one customer on one screen, by id or phone number. */
class CustomersShowCliTest {
  static final String RES = CustomersSegmentCliTest.RES;
  static final String NOW = CustomersSegmentCliTest.NOW;

  @TempDir Path dir;
  CliRunner cli;

  @BeforeEach
  void store() {
    cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
    cli.expect(0, "import", "customers", RES + "customers.csv", "-q");
    cli.expect(0, "import", "orders", RES + "rfm-orders.csv", "-q");
    cli.expect(
        0,
        "--now",
        "2026-11-19 21:30",
        "followup",
        "add",
        "--customer",
        "A",
        "--order",
        "A2",
        "--channel",
        "phone",
        "--agent",
        "小王",
        "--outcome",
        "未接通",
        "--next",
        "2026-11-20");
    cli.expect(
        0,
        "--now",
        "2026-11-20 09:00",
        "followup",
        "add",
        "--customer",
        "A",
        "--channel",
        "im",
        "--agent",
        "小李",
        "--outcome",
        "问发票",
        "--next",
        "2026-11-27");
  }

  @Test
  void oneScreenForACustomerWithOrdersAndFollowUps() {
    var r = cli.expect(0, "--now", NOW, "customers", "show", "A");
    // csv: the profile row, then every section json has (review10 J12)
    assertEquals(
        """
        customer_id,name,phone,email,province,city,region,registered_at,accepts_marketing,orders,lifetime_value,last_order_at,recency_days,rfm,segment,growth,tier,next_tier,growth_to_next,lifecycle,median_gap_days,next_followup_at,followup_due,next_followup_note,other_currencies
        A,王芳,138****1234,wf@example.com,浙江,杭州,华东,2026-01-05 10:00:00,true,2,150.00,2026-11-19 20:01:00,1,R5 F3 M2,Potential Loyalist,170,普通,银牌,330,repeat,9,2026-11-20 00:00:00,true,"#1 小王 via phone, order A2: 未接通",

        # orders
        order_id,created_at,paid_at,total,refunded,currency,status,shipped_at,delivered_at,carrier,tracking_no
        A3,2026-11-19 21:00:00,,999.00,,CNY,cancelled,,,,
        A2,2026-11-19 20:00:00,2026-11-19 20:01:00,100.00,,CNY,paid,,,,
        A1,2026-11-10 09:00:00,2026-11-10 09:05:00,50.00,,CNY,completed,,,,

        # followups
        id,created_at,customer_id,order_id,channel,agent,outcome,note,next_at,corrects
        2,2026-11-20 09:00:00,A,,im,小李,问发票,,2026-11-27 00:00:00,
        1,2026-11-19 21:30:00,A,A2,phone,小王,未接通,,2026-11-20 00:00:00,

        # contacts
        at,kind,list,agent
        """,
        r.out());
    // the terminal: the profile, then each list, orders and follow-ups latest first
    String screen = cli.terminal(true).expect(0, "--now", NOW, "customers", "show", "A").out();
    assertTrue(screen.contains("segment             Potential Loyalist"), screen);
    int orders = screen.indexOf("orders:\n");
    int followups = screen.indexOf("followups:\n");
    assertTrue(orders > 0 && followups > orders, screen);
    String orderList = screen.substring(orders, followups);
    // a table, or one record after the other where the table does not fit (review11 K4)
    assertTrue(
        orderList.indexOf("A3") < orderList.indexOf("A2")
            && orderList.indexOf("A2") < orderList.indexOf("A1"),
        orderList);
    String log = screen.substring(followups);
    assertTrue(log.indexOf("问发票") > 0 && log.indexOf("问发票") < log.indexOf("未接通"), log);
  }

  @Test
  void returnsAndContactsWhenTheStoreHasThem() throws Exception {
    // the returns capability's table (its own migration), with the SPEC's generic columns
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + cli.db());
        Statement st = c.createStatement()) {
      // 2026-11-19 12:00 +08:00 = 1795060800
      st.execute(
          "INSERT INTO returns (return_id, order_id, sku, quantity, requested_at,"
              + " refunded_at, reason, refund_amount) VALUES ('R1', 'B4', 'SKU-1', 1, 1795060800,"
              + " 1795060800, 'quality', 5000)");
      st.execute(
          "INSERT INTO lists (list_id, kind, name, created_at, rows) VALUES"
              + " (1, 'promotion', 'promotion-20261118-0900', 1794963600, 1)");
      st.execute(
          "INSERT INTO contacts (customer_id, kind, list_id, at) VALUES"
              + " ('B', 'promotion', 1, 1794963600)");
    }
    var r = cli.expect(0, "--now", NOW, "customers", "show", "13900001111", "--format", "json");
    String out = r.out();
    assertTrue(out.contains("\"customer_id\": \"B\""), out);
    assertTrue(out.contains("\"phone\": \"139****1111\""), out);
    assertTrue(out.contains("\"lifetime_value\": 950.00"), out); // 1000.00 less the 50.00 refund
    assertTrue(
        out.contains(
            "\"returns\": [\n    {\n      \"return_id\": \"R1\",\n"
                + "      \"order_id\": \"B4\","),
        out);
    assertTrue(out.contains("\"refund_amount\": 50.00"), out);
    assertTrue(out.contains("\"requested_at\": \"2026-11-19T12:00:00+08:00\""), out);
    assertTrue(
        out.contains(
            "\"contacts\": [\n    {\n      \"at\": \"2026-11-18T09:00:00+08:00\",\n"
                + "      \"kind\": \"promotion\",\n      \"list\": \"promotion-20261118-0900\""),
        out);
    assertTrue(out.contains("\"followups\": []"), out);
    assertTrue(out.startsWith("{\n  \"customer\": {\n"), out);
    // net of refunds in RFM too
    var seg = cli.expect(0, "--now", NOW, "customers", "segment");
    assertTrue(seg.out().contains("\nB,1,5,950.00,5,5,5,Champions\n"), seg.out());
  }

  // The shipment record's time wins over the order export's (store.Fulfilment), as in every report
  @Test
  void reviewsAndTheShipmentRecordsFulfilment() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + cli.db());
        Statement st = c.createStatement()) {
      // 2026-11-19 12:00 +08:00 = 1795060800; 2026-11-18 09:00 +08:00 = 1794963600
      st.execute(
          "UPDATE orders SET shipped_at = 1794963600, carrier = 'ZTO' WHERE order_id = 'A1'");
      st.execute(
          "INSERT INTO shipments (order_id, carrier, tracking_no, shipped_at) VALUES"
              + " ('A1', 'SF', 'SF123', 1795060800)");
      st.execute(
          "INSERT INTO reviews (order_id, rating_description, rating_service,"
              + " rating_logistics, comment, reviewed_at, import_id) VALUES"
              + " ('A1', 5, 4, NULL, '好', 1795060800, NULL)");
    }
    String out = cli.expect(0, "--now", NOW, "customers", "show", "A", "--format", "json").out();
    assertTrue(
        out.contains(
            """
              "shipped_at": "2026-11-19T12:00:00+08:00",
              "delivered_at": null,
              "carrier": "SF",
              "tracking_no": "SF123"
        """),
        out);
    assertTrue(
        out.contains(
            """
          "reviews": [
            {
              "order_id": "A1",
              "rating_description": "5",
              "rating_service": "4",
              "rating_logistics": null,
              "comment": "好",
              "reviewed_at": "2026-11-19T12:00:00+08:00"
            }
          ],
        """),
        out);
  }

  @Test
  void phoneLookupMatchesDigitsAndRefusesAmbiguity() {
    var unmasked = cli.expect(0, "--now", NOW, "customers", "show", "138 1234 1234", "--unmasked");
    assertTrue(unmasked.out().contains("\nA,王芳,13812341234,"), unmasked.out());
    var twice = cli.expect(1, "customers", "show", "13500003333");
    assertTrue(
        twice.err().contains("phone 135****3333 belongs to 2 customers: T1, T2"), twice.err());
    var none = cli.expect(1, "customers", "show", "C404");
    assertEquals(
        "shopops: no customer C404 in "
            + cli.db()
            + "\n  hint: `shopops customers list`"
            + " shows the customers; a phone number is matched on its digits\n",
        none.err());
  }

  @Test
  void prospectWithoutOrders() {
    var r = cli.expect(0, "--now", NOW, "customers", "show", "K", "--format", "json");
    assertTrue(r.out().contains("\"lifecycle\": \"prospect\""), r.out());
    assertTrue(r.out().contains("\"segment\": null"), r.out());
    assertTrue(r.out().contains("\"orders\": []"), r.out());
  }

  @Test
  void aTerminalLeavesOutFieldsWithoutAValueJsonKeepsThem() {
    // D has orders but no profile row: no name, phone, email, province, city, registered_at...
    String screen = cli.terminal(true).expect(0, "--now", NOW, "customers", "show", "D").out();
    String profile = screen.substring(0, screen.indexOf("\n\n")).replaceAll(" +\n", "\n");
    assertEquals(
        """
        field           value
        --------------  -------------------
        customer_id     D
        region          西南
        orders          1
        lifetime_value  500.00
        last_order_at   2026-08-22 12:00:00
        recency_days    90
        rfm             R2 F1 M4
        segment         About To Sleep
        growth          510
        tier            Silver
        next_tier       Gold
        growth_to_next  1,490
        lifecycle       first purchase""",
        profile.stripTrailing());
    // json and csv keep every field
    cli.terminal(false);
    String json = cli.expect(0, "--now", NOW, "customers", "show", "D", "--format", "json").out();
    assertTrue(json.contains("\"name\": null"), json);
    assertTrue(json.contains("\"next_followup_note\": null"), json);
    String csv = cli.expect(0, "--now", NOW, "customers", "show", "D").out();
    assertTrue(csv.startsWith("customer_id,name,phone,email,"), csv);
    assertTrue(csv.contains("\nD,,,,,,西南,,,1,500.00,"), csv);
  }
}
