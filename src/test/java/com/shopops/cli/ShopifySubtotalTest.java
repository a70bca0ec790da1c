package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Shopify export's Subtotal (goods after discounts) is read and checked against the order's line
 * items after their discounts (review12 leftover): an order whose lines come to another figure is
 * imported as read, with an anomaly naming it and both figures, in English and in Chinese.
 */
class ShopifySubtotalTest {
  @TempDir Path dir;

  /** The orders export's columns, as Shopify writes them (DOMAIN.md 4.1). */
  static final String HEADER =
      "Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,Accepts Marketing,"
          + "Currency,Subtotal,Shipping,Taxes,Total,Discount Code,Discount Amount,Shipping Method,"
          + "Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem compare at price,"
          + "Lineitem sku,Lineitem requires shipping,Lineitem taxable,Lineitem fulfillment status,"
          + "Billing Name,Billing Street,Billing Address1,Billing Address2,Billing Company,"
          + "Billing City,Billing Zip,Billing Province,Billing Country,Billing Phone,Shipping Name,"
          + "Shipping Street,Shipping Address1,Shipping Address2,Shipping Company,Shipping City,"
          + "Shipping Zip,Shipping Province,Shipping Country,Shipping Phone,Notes,Note Attributes,"
          + "Cancelled at,Payment Method,Payment Reference,Refunded Amount,Vendor,"
          + "Outstanding Balance,Employee,Location,Device ID,Id,Tags,Risk Level,Source,"
          + "Lineitem discount,Tax 1 Name,Tax 1 Value,Tax 2 Name,Tax 2 Value,Tax 3 Name,"
          + "Tax 3 Value,Tax 4 Name,Tax 4 Value,Tax 5 Name,Tax 5 Value,Phone,Receipt Number,Duties,"
          + "Billing Province Name,Shipping Province Name,Payment ID,Payment Terms Name,"
          + "Next Payment Due At,Payment References\n";

  /**
   * #3001: 2 × 25.00 less a 5.00 line discount, and 40.00: 85.00, its Subtotal. #3002: a 10.00
   * order discount (WELCOME10) its line does not show: the line 100.00, less the Discount Amount,
   * is its Subtotal 90.00 (no anomaly: review14 N6). #3003: its one line 100.00, its Subtotal
   * 150.00, no discount: a line item missing from the file.
   */
  static final String ROWS =
      "#3001,ann@example.com,paid,2026-11-02 10:01:00 +0000,unfulfilled,,no,USD,85.00,5.00,0.00,"
          + "90.00,,5.00,Standard,2026-11-02 10:00:00 +0000,2,Mug,25.00,,MUG,,,,Ann,,,,,,,,,,,,,,,,,,"
          + ",,,,,Shopify Payments,,,,,,,,5001,,,,5.00,,,,,,,,,,,,,,,,,,,\n"
          + "#3001,ann@example.com,,,,,,,,,,,,,,,1,Teapot,40.00,,POT,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,"
          + ",,,,,,,,0.00,,,,,,,,,,,,,,,,,,,\n"
          + "#3002,bob@example.com,paid,2026-11-03 10:01:00 +0000,unfulfilled,,no,USD,90.00,0.00,"
          + "0.00,90.00,WELCOME10,10.00,Standard,2026-11-03 10:00:00 +0000,1,Kettle,100.00,,KET,,,,"
          + "Bob,,,,,,,,,,,,,,,,,,,,,,,Shopify Payments,,,,,,,,5002,,,,0.00,,,,,,,,,,,,,,,,,,,\n"
          + "#3003,cat@example.com,paid,2026-11-04 10:01:00 +0000,unfulfilled,,no,USD,150.00,0.00,"
          + "0.00,150.00,,0.00,Standard,2026-11-04 10:00:00 +0000,1,Kettle,100.00,,KET,,,,"
          + "Cat,,,,,,,,,,,,,,,,,,,,,,,Shopify Payments,,,,,,,,5003,,,,0.00,,,,,,,,,,,,,,,,,,,\n";

  @Test
  void anOrderWhoseLinesAreNotItsSubtotalIsImportedWithAnAnomaly() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "UTC", "--currency", "USD", "-q");
    Path f = dir.resolve("orders_export.csv");
    Files.writeString(f, HEADER + ROWS);
    var r = cli.expect(0, "import", "orders", f.toString());
    assertTrue(r.err().contains("3 orders (3 new, 0 updated, 0 unchanged)"), r.err());
    assertTrue(r.err().contains("1 anomaly"), r.err());
    assertTrue(!r.err().contains("Subtotal"), r.err()); // read now, not among the columns not read
    // imported as read: the line items, the total the export states
    assertEquals(
        "#3001|8500|500|9000\n#3002|10000|0|9000\n#3003|10000|0|15000\n",
        cli.sql("SELECT order_id, amount, shipping_fee, total FROM orders ORDER BY order_id"));
    assertEquals(
        "anomaly:subtotal-differs|#3003|the order's line items come to 100.00 after their discounts, but"
            + " its subtotal is 150.00: the line items are kept as read (a line item missing from"
            + " the file, or a discount on the whole order?)\n",
        cli.sql("SELECT kind, record_id, message FROM anomalies"));
    cli.width(250);
    String zh = cli.expect(0, "--lang", "zh", "imports", "show", "1", "--format", "table").out();
    assertTrue(zh.contains("小计不符") && zh.contains("扣除折扣后合计 100.00，但导出的小计（Subtotal）为 150.00"), zh);
    String en = cli.expect(0, "imports", "show", "1", "--format", "csv").out();
    assertTrue(
        en.contains("anomaly:subtotal-differs") && en.contains("#3003") && !en.contains("#3002"),
        en);
  }
}
