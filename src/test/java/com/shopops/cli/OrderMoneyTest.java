package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Money as the exports mean it (issue 12): per-line and per-order money fields, refunds in net
 * sales and as acceptable returns, amounts printed in their currency.
 */
class OrderMoneyTest {
  @TempDir Path dir;

  static List<String> rows(CliRunner cli, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + cli.db());
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<String> cells = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          cells.add(rs.getString(i));
        }
        out.add(String.join("|", cells));
      }
    }
    return out;
  }

  static final String ITEMS =
      String.join(
          "\n",
          "order_id,order_item_id,product_id,seller_id,shipping_limit_date,price,freight_value",
          "o1,1,p1,s1,2017-02-13 13:57:51,199.90,18.14",
          "o1,2,p2,s1,2017-02-13 13:57:51,10.00,4.00",
          "o2,1,p3,s2,2017-09-15 18:04:37,48.90,16.60",
          "");

  @Test
  void olistFreightPerItemIsSummedOverTheOrderWithTheBundledMapping() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "UTC", "--currency", "BRL");
    Path orders =
        TestFiles.write(
            dir,
            "orders.csv",
            String.join(
                "\n",
                "order_id,customer_id,order_status,order_purchase_timestamp,order_approved_at,"
                    + "order_delivered_carrier_date,order_delivered_customer_date,"
                    + "order_estimated_delivery_date",
                "o1,c1,delivered,2017-02-01 10:00:00,2017-02-01 10:10:00,2017-02-02 09:00:00,"
                    + "2017-02-06 15:00:00,2017-02-20 00:00:00",
                "o2,c2,shipped,2017-09-10 10:00:00,2017-09-10 11:00:00,2017-09-11 09:00:00,,"
                    + "2017-09-30 00:00:00",
                ""));
    cli.expect(0, "import", "orders", orders.toString());
    // the Olist date columns are read by the generic layout
    assertEquals(
        List.of(
            "o1|delivered|1485943200|1485943800|1486026000|1486393200",
            "o2|shipped|1505037600|1505041200|1505120400|null"),
        rows(
            cli,
            "SELECT order_id, status, created_at, paid_at, shipped_at, delivered_at FROM orders"
                + " ORDER BY order_id"));
    Path items = TestFiles.write(dir, "order_items.csv", ITEMS);
    var r = cli.expect(0, "import", "orders", items.toString(), "--map", "olist-order-items");
    assertTrue(r.err().contains("olist-order-items"), r.err());
    // goods: the prices summed; shipping: freight_value summed (per line), the status kept
    assertEquals(
        List.of("o1|delivered|20990|2214|BRL", "o2|shipped|4890|1660|BRL"),
        rows(
            cli,
            "SELECT order_id, status, amount, shipping_fee, currency FROM orders"
                + " ORDER BY order_id"));
    assertEquals(
        List.of("o1|1|p1|19990", "o1|2|p2|1000", "o2|1|p3|4890"),
        rows(cli, "SELECT order_id, line_no, sku, amount FROM order_lines ORDER BY 1, 2"));
  }

  @Test
  void severalPaymentRowsAreSummedWhenTheMappingSaysPerLineAndRefusedWhenUnsaid() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "UTC");
    Path pay =
        TestFiles.write(
            dir,
            "payments.csv",
            String.join(
                "\n",
                "order_id,paid_at,payment_value,total",
                "P1,2026-11-01 10:00,30.00,30.00",
                "P1,2026-11-01 10:00,70.00,70.00",
                "P2,2026-11-01 11:00,20.00,20.00",
                ""));
    var refused = cli.expect(1, "import", "orders", pay.toString(), "--map", map("").toString());
    assertTrue(
        refused.err().contains("payments.csv:3: order_total (column \"total\"): order P1 has"),
        refused.err());
    assertEquals(List.of(), rows(cli, "SELECT order_id FROM orders"));
    cli.expect(
        0,
        "import",
        "orders",
        pay.toString(),
        "--map",
        map(",\"money\": {\"order_total\": \"per_line\"}").toString());
    assertEquals(
        List.of("P1|10000|10000", "P2|2000|2000"),
        rows(cli, "SELECT order_id, amount, total FROM orders ORDER BY order_id"));
  }

  private Path map(String extra) throws Exception {
    return TestFiles.write(
        dir,
        "pay" + extra.length() + ".json",
        "{\"kind\": \"orders\", \"fields\": {\"order_id\": [\"order_id\"],"
            + " \"paid_at\": [\"paid_at\"], \"amount\": [\"payment_value\"],"
            + " \"order_total\": [\"total\"]}"
            + extra
            + "}");
  }

  @Test
  void jdRepeatedTotalsAreTakenOnceAndAPerOrderAmountIsNotSummed() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "UTC");
    Path f =
        TestFiles.write(
            dir,
            "o.csv",
            String.join(
                "\n",
                "order_id,paid_at,sku,quantity,unit_price,amount,shipping_fee",
                "J1,2026-11-01 10:00,A,1,10.00,25.00,5.00",
                "J1,2026-11-01 10:00,B,1,15.00,25.00,5.00",
                ""));
    Path m =
        TestFiles.write(
            dir,
            "jd.yaml",
            String.join(
                "\n",
                "kind: orders",
                "fields:",
                "  order_id: [order_id]",
                "  paid_at: [paid_at]",
                "  sku: [sku]",
                "  quantity: [quantity]",
                "  unit_price: [unit_price]",
                "  amount: [amount]",
                "  shipping_fee: [shipping_fee]",
                "money:",
                "  amount: per_order",
                ""));
    cli.expect(0, "import", "orders", f.toString(), "--map", m.toString());
    assertEquals(
        List.of("J1|2500|500|null"),
        rows(cli, "SELECT order_id, amount, shipping_fee, total FROM orders"));
    assertEquals(
        List.of("A|1000", "B|1500"),
        rows(cli, "SELECT sku, amount FROM order_lines ORDER BY line_no"));
  }

  static final String TMALL =
      String.join(
          "\n",
          "订单编号,买家会员名,买家应付货款,买家应付邮费,买家实际支付金额,订单状态,订单创建时间,订单付款时间,退款金额",
          // 买家实际支付金额 is net of 退款金额 (README; review11 K12): paid 100.00, 100.00 back
          "3029940000000000001,buyer1,100.00,0.00,0.00,交易关闭,2026-11-02 10:00:00,"
              + "2026-11-02 10:05:00,100.00",
          "3029940000000000002,buyer2,200.00,10.00,180.00,交易成功,2026-11-02 11:00:00,"
              + "2026-11-02 11:05:00,30.00",
          "3029940000000000003,buyer3,50.00,0.00,0.00,交易关闭,2026-11-02 12:00:00,"
              + "2026-11-02 12:05:00,50.00",
          "");

  static final String REFUNDS =
      String.join(
          "\n",
          "退款编号,订单编号,退款的申请时间,退款成功时间,退款金额,退款状态,买家退款原因",
          "R1,3029940000000000001,2026-11-03 09:00:00,2026-11-03 12:00:00,100.00,退款成功,不想要了",
          "R3,3029940000000000003,2026-11-03 09:00:00,2026-11-03 12:00:00,50.00,退款成功,不想要了",
          "");

  @Test
  void tmallRefundsAreStoredCountInNetSalesOnceAndAreAcceptableReturns() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
    cli.expect(0, "import", "orders", TestFiles.write(dir, "tm.csv", TMALL).toString());
    assertEquals(
        List.of(
            "3029940000000000001|10000|10000",
            "3029940000000000002|21000|3000",
            "3029940000000000003|5000|5000"),
        rows(cli, "SELECT order_id, total, refunded FROM orders ORDER BY order_id"));
    var before =
        cli.expect(
            0,
            "--now",
            "2026-11-10 10:00",
            "metrics",
            "--from",
            "2026-11-02",
            "--to",
            "2026-11-03",
            "--format",
            "csv");
    // before the refunds file: the order export's refunds count on the day of payment
    List<String> lines = before.out().lines().toList();
    assertTrue(lines.get(1).startsWith("2026-11-02,,,3,3,360.00,180.00,"), before.out());
    assertTrue(lines.get(2).startsWith("2026-11-03,,,0,0,0.00,0.00,"), before.out());
    // the refunds export: a refund is accepted up to what the order export says was refunded
    cli.expect(0, "import", "returns", TestFiles.write(dir, "rf.csv", REFUNDS).toString());
    assertEquals(
        List.of("R1|10000", "R3|5000"),
        rows(cli, "SELECT return_id, refund_amount FROM returns ORDER BY return_id"));
    var after =
        cli.expect(
            0,
            "--now",
            "2026-11-10 10:00",
            "metrics",
            "--from",
            "2026-11-02",
            "--to",
            "2026-11-03",
            "--format",
            "csv");
    // refunds the returns record are counted on their refund day, never twice
    lines = after.out().lines().toList();
    assertTrue(lines.get(1).startsWith("2026-11-02,,,3,3,360.00,330.00,"), after.out());
    assertTrue(lines.get(2).startsWith("2026-11-03,,,0,0,0.00,-150.00,"), after.out());
  }

  @Test
  void aPromotionReasonSaysTheCurrencyTheBuyerPaidIn() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "UTC", "--currency", "USD");
    Path f =
        TestFiles.write(
            dir,
            "orders_export.csv",
            String.join(
                "\n",
                OrderConsentCurrencyTest.HEADER,
                OrderConsentCurrencyTest.row(
                    "#1001", "b1@example.com", "yes", "USD", "2026-11-04 10:00:00 +0000"),
                ""));
    cli.expect(0, "import", "orders", f.toString());
    var p =
        cli.expect(
            0,
            "--now",
            "2026-11-20 10:00",
            "export",
            "promotion",
            "--dry-run",
            "--lang",
            "en",
            "--format",
            "csv");
    assertTrue(p.out().contains("spent USD 10.00;"), p.out());
    assertTrue(!p.out().contains("¥"), p.out());
  }

  @Test
  void theStoreZoneCannotBeUnset() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
    var r = cli.expect(2, "config", "unset", "zone");
    assertTrue(r.err().contains("zone: the store's time zone cannot be unset"), r.err());
    assertEquals(
        List.of("Asia/Shanghai"), rows(cli, "SELECT value FROM settings WHERE key='zone'"));
  }
}
