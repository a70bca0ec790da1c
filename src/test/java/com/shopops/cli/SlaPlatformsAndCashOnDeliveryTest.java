package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The delivery promise of an order depends on its marketplace (review16 Q11): JD's orders and those
 * of other exports are judged against 211, Tmall/Taobao's are not; and cash-on-delivery orders
 * timed from their order time are said so (review14 N7).
 */
class SlaPlatformsAndCashOnDeliveryTest {
  private static final String NOW = "2026-11-20 10:00";

  @TempDir Path dir;
  private CliRunner cli;

  @BeforeEach
  void init() {
    cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
  }

  private String file(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p.toString();
  }

  /** The cells of the csv row whose first cell is {@code key}, by column name. */
  private static String cell(String csv, String key, String column) {
    List<String> lines = Arrays.asList(csv.split("\n"));
    List<String> header = Arrays.asList(lines.get(0).split(","));
    for (String line : lines) {
      if (line.startsWith(key + ",")) {
        return Arrays.asList(line.split(",", -1)).get(header.indexOf(column));
      }
    }
    throw new AssertionError("no row " + key + " in\n" + csv);
  }

  /**
   * The same outbound and delivery times, one order of each: JD (jd-orders), Tmall (taobao-orders)
   * and a shop's own export (generic layout), each on its own carrier so that {@code --by carrier}
   * is per marketplace. Outbound at the 211 edges; delivered at the 211 promise or one second
   * after.
   */
  private void twoPlatformStore() throws IOException {
    StringBuilder jd = new StringBuilder("订单号,商品ID,订购数量,支付方式,下单时间,付款确认时间,订单状态,应付金额,下单帐号\n");
    StringBuilder tm = new StringBuilder("订单编号,买家会员名,订单付款时间,订单创建时间,订单状态,买家实际支付金额\n");
    StringBuilder own =
        new StringBuilder("order_id,customer_id,created_at,paid_at,status,amount\n");
    StringBuilder ship = new StringBuilder("order_id,carrier,shipped_at,delivered_at\n");
    String[][] times = {
      {"10:59:59", "2026-11-10 23:00:00"}, // 211: on time
      {"10:59:59", "2026-11-10 23:00:01"}, // late
      {"11:00:00", "2026-11-11 14:00:00"}, // on time (next day 14:00)
      {"11:00:00", "2026-11-11 14:00:01"}, // late
      {"22:59:59", "2026-11-11 14:00:00"}, // on time
      {"23:00:00", "2026-11-11 23:00:00"}, // on time (next day 23:00)
      {"23:00:00", "2026-11-11 23:00:01"}, // late
    };
    for (int i = 0; i < times.length; i++) {
      String n = String.valueOf(i + 1);
      jd.append(
          "90000000000"
              + n
              + ",100001,1,在线支付,2026-11-10 07:50:00,2026-11-10 08:00:00,已完成,39.90,jd_"
              + n
              + "\n");
      tm.append(
          "300000000000000000"
              + n
              + ",tm_"
              + n
              + ",2026-11-10 08:00:00,2026-11-10 07:55:00,交易成功,89.70\n");
      own.append(
          "SO" + n + ",C" + n + ",2026-11-10 07:58:00,2026-11-10 08:00:00,completed,10.00\n");
      String shipped = "2026-11-10 " + times[i][0];
      ship.append("90000000000" + n + ",京东物流," + shipped + "," + times[i][1] + "\n");
      ship.append("300000000000000000" + n + ",中通快递," + shipped + "," + times[i][1] + "\n");
      ship.append("SO" + n + ",顺丰速运," + shipped + "," + times[i][1] + "\n");
    }
    cli.expect(0, "import", "orders", file("jd.csv", jd.toString()));
    cli.expect(0, "import", "orders", file("ExportOrderList.csv", tm.toString()));
    cli.expect(0, "import", "orders", file("orders.csv", own.toString()));
    cli.expect(0, "import", "shipments", file("shipments.csv", ship.toString()));
  }

  @Test
  void deliveryIsJudgedBy211ForJdAndOwnExportsNotForTmall() throws IOException {
    twoPlatformStore();
    String csv = cli.expect(0, "--now", NOW, "sla", "report", "--by", "carrier").out();
    for (String jdOrOwn : List.of("京东物流", "顺丰速运")) {
      assertEquals("7", cell(csv, jdOrOwn, "orders"), jdOrOwn);
      assertEquals("4", cell(csv, jdOrOwn, "delivered_on_time"), jdOrOwn);
      assertEquals("3", cell(csv, jdOrOwn, "delivered_late"), jdOrOwn);
      assertEquals("0", cell(csv, jdOrOwn, "delivered_no_promise"), jdOrOwn);
      assertEquals("0.5714", cell(csv, jdOrOwn, "delivery_on_time_rate"), jdOrOwn);
    }
    // Tmall: the same times, no promise to judge them by (was 4 on time, 3 late by 211)
    assertEquals("0", cell(csv, "中通快递", "delivered_on_time"));
    assertEquals("0", cell(csv, "中通快递", "delivered_late"));
    assertEquals("7", cell(csv, "中通快递", "delivered_no_promise"));
    assertEquals("", cell(csv, "中通快递", "delivery_on_time_rate"));
    // its ship-by deadline is the same as the others': shipped within 24 h of payment
    assertEquals("7", cell(csv, "中通快递", "shipped_on_time"));
    assertEquals("1.0000", cell(csv, "中通快递", "on_time_ship_rate"));
    assertEquals("8", cell(csv, "total", "delivered_on_time"));
    assertEquals("6", cell(csv, "total", "delivered_late"));
    assertEquals("7", cell(csv, "total", "delivered_no_promise"));
    assertEquals("0.5714", cell(csv, "total", "delivery_on_time_rate"));
    String err = cli.expect(0, "--now", NOW, "sla", "report").err();
    assertTrue(
        err.contains(
            "note: 7 Taobao/Tmall deliveries without a delivery promise (column"
                + " delivered_no_promise): 211 is JD's promise, not Taobao/Tmall's; a shipments"
                + " file's estimated delivery (预计送达时间) gives one\n"),
        err);
  }

  @Test
  void aJdOrderSentByAnotherCarrierHasNo211Promise() throws IOException {
    // review19 V2: a JD POP shop ships some parcels itself. 900000000001 by 京东物流 (211 applies),
    // 900000000002 by 中通快递 and 900000000003 by 顺丰速运, each signed 40 h after outbound
    cli.expect(
        0,
        "import",
        "orders",
        file(
            "jd.csv",
            "订单号,商品ID,订购数量,支付方式,下单时间,付款确认时间,订单状态,应付金额,下单帐号\n"
                + "900000000001,100001,1,在线支付,2026-11-06 07:50:00,2026-11-06 08:00:00,已完成,39.90,jd_1\n"
                + "900000000002,100001,1,在线支付,2026-11-06 07:50:00,2026-11-06 08:00:00,已完成,39.90,jd_2\n"
                + "900000000003,100001,1,在线支付,2026-11-06 07:50:00,2026-11-06 08:00:00,已完成,39.90,jd_3\n"));
    cli.expect(
        0,
        "import",
        "shipments",
        file(
            "ship.csv",
            "order_id,carrier,shipped_at,delivered_at\n"
                + "900000000001,京东物流,2026-11-06 18:00:00,2026-11-07 13:00:00\n"
                + "900000000002,中通快递,2026-11-06 18:00:00,2026-11-08 10:00:00\n"
                + "900000000003,顺丰速运,2026-11-06 18:00:00,2026-11-08 10:00:00\n"));
    CliRunner.Result r = cli.expect(0, "--now", NOW, "sla", "report", "--by", "carrier");
    assertEquals("1", cell(r.out(), "京东物流", "delivered_on_time"));
    for (String other : List.of("中通快递", "顺丰速运")) {
      // before: delivered_late 1, delivery_on_time_rate 0.0000 (next day 14:00 by 211)
      assertEquals("0", cell(r.out(), other, "delivered_late"), other);
      assertEquals("1", cell(r.out(), other, "delivered_no_promise"), other);
      assertEquals("", cell(r.out(), other, "delivery_on_time_rate"), other);
    }
    assertEquals("1.0000", cell(r.out(), "total", "delivery_on_time_rate"));
    assertTrue(
        r.err()
            .contains(
                "note: 2 JD deliveries by another carrier than JD's own without a delivery promise"
                    + " (column delivered_no_promise): 211 is 京东物流's promise; set your own with"
                    + " `shopops config set sla.deliver_within_days.jd 3`, or a shipments file's"
                    + " estimated delivery (预计送达时间) gives one\n"),
        r.err());
    assertFalse(r.err().contains("Taobao/Tmall deliveries"), r.err());
    String zh = cli.expect(0, "--lang", "zh", "--now", NOW, "sla", "report").err();
    assertTrue(zh.contains("注：2 笔京东订单由京东物流以外的快递送达，没有送达承诺"), zh);
    // the shop's own promise for its JD orders judges them: 2 days → on time
    cli.expect(0, "config", "set", "sla.deliver_within_days.jd", "2");
    String two = cli.expect(0, "--now", NOW, "sla", "report", "--by", "carrier").out();
    assertEquals("1", cell(two, "中通快递", "delivered_on_time"));
    assertEquals("0", cell(two, "中通快递", "delivered_no_promise"));
  }

  @Test
  void aTmallOrdersEstimatedDeliveryIsItsPromise() throws IOException {
    twoPlatformStore();
    // 3000000000000000001 and …02 promised by the end of 2026-11-10: the first on time, the
    // second one second late (23:00:01 is before the end of the day: on time too)
    cli.expect(
        0,
        "import",
        "shipments",
        file(
            "estimates.csv",
            "order_id,estimated_delivery_at\n"
                + "3000000000000000001,2026-11-10 23:00:00\n"
                + "3000000000000000002,2026-11-10 23:00:00\n"));
    String csv = cli.expect(0, "--now", NOW, "sla", "report", "--by", "carrier").out();
    assertEquals("1", cell(csv, "中通快递", "delivered_on_time"));
    assertEquals("1", cell(csv, "中通快递", "delivered_late"));
    assertEquals("5", cell(csv, "中通快递", "delivered_no_promise"));
    assertEquals("0.5000", cell(csv, "中通快递", "delivery_on_time_rate"));
  }

  @Test
  void aTmallParcelInTransitIsNeverPastA211Promise() throws IOException {
    cli.expect(
        0,
        "import",
        "orders",
        file(
            "ExportOrderList.csv",
            "订单编号,买家会员名,订单付款时间,订单创建时间,订单状态,买家实际支付金额\n"
                + "3000000000000000009,tm_9,2026-11-10 08:00:00,2026-11-10 07:55:00,卖家已发货，等待买家确认,89.70\n"));
    cli.expect(
        0,
        "import",
        "shipments",
        file(
            "s.csv",
            "order_id,carrier,shipped_at\n3000000000000000009,中通快递,2026-11-10 10:00:00\n"));
    String csv = cli.expect(0, "--now", NOW, "sla", "report").out();
    assertEquals("1", cell(csv, "total", "in_transit"));
    assertEquals("0", cell(csv, "total", "in_transit_past_promise"));
  }

  /**
   * As of 2026-03-03 06:00: COD1 (货到付款, ordered 03-02 09:00) at risk; COD2 (ordered 03-01 20:00)
   * and P1 (paid 03-01 21:00) overdue; COD3 shipped and delivered, its paid time the delivery.
   */
  private void cashOnDeliveryStore() throws IOException {
    cli.expect(
        0,
        "import",
        "orders",
        file(
            "orders.csv",
            """
            order_id,customer_id,created_at,paid_at,shipped_at,delivered_at,status,payment_method
            COD1,C1,2026-03-02 09:00:00,,,,paid,货到付款
            COD2,C2,2026-03-01 20:00:00,,,,paid,货到付款
            P1,C3,2026-03-01 20:30:00,2026-03-01 21:00:00,,,paid,在线支付
            COD3,C4,2026-03-01 08:00:00,,2026-03-01 12:00:00,2026-03-02 10:00:00,delivered,货到付款
            """));
  }

  @Test
  void cashOnDeliveryOrdersTimedFromTheirOrderTimeAreCounted() throws IOException {
    cashOnDeliveryStore();
    String now = "2026-03-03 06:00";
    CliRunner.Result overdue = cli.expect(0, "--now", now, "sla", "overdue");
    assertEquals(
        "order_id,customer_id,paid_at,ship_by,shipped_at,hours_late,carrier,province,status\n"
            + "COD2,C2,2026-03-01 20:00:00,2026-03-02 20:00:00,,10.0,,,overdue\n"
            + "P1,C3,2026-03-01 21:00:00,2026-03-02 21:00:00,,9.0,,,overdue\n",
        overdue.out());
    assertEquals("note: cash-on-delivery orders timed from order time (1 order)\n", overdue.err());
    // the listing's own orders: at-risk shows COD1 only
    assertEquals(
        "note: cash-on-delivery orders timed from order time (1 order)\n",
        cli.expect(0, "--now", now, "sla", "at-risk").err());
    // the report's: COD1, COD2 and COD3 (P1 was paid)
    String err = cli.expect(0, "--now", now, "sla", "report").err();
    assertTrue(
        err.contains("note: cash-on-delivery orders timed from order time (3 orders)\n"), err);
    assertTrue(
        cli.expect(0, "--lang", "zh", "--now", now, "sla", "report")
            .err()
            .contains("注：货到付款订单按下单时间计时 (3 单)\n"));
    // none in the listing: no note
    assertEquals("", cli.expect(0, "--now", "2026-03-01 22:00", "sla", "breaches").err());
  }

  @Test
  void theClockStartColumnIsHeadedSoInATableOnly() throws IOException {
    cashOnDeliveryStore();
    String now = "2026-03-03 06:00";
    String table =
        cli.expect(0, "--now", now, "sla", "overdue", "--format", "table", "--wide").out();
    assertTrue(table.startsWith("order_id  customer_id  clock starts         ship_by"), table);
    String zh =
        cli.expect(0, "--lang", "zh", "--now", now, "sla", "overdue", "--format", "table", "--wide")
            .out();
    assertTrue(zh.startsWith("订单号  客户ID  计时起点             最晚发货"), zh);
    assertTrue(
        cli.expect(0, "--lang", "zh", "--now", now, "sla", "overdue")
            .out()
            .startsWith("order_id,customer_id,paid_at,ship_by,"));
    String json = cli.expect(0, "--now", now, "sla", "overdue", "--format", "json").out();
    assertTrue(json.contains("\"paid_at\": \"2026-03-01T20:00:00+08:00\""), json);
    assertFalse(json.contains("clock starts"), json);
  }
}
