package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An orders file a Spanish Excel resaved (review17 R3): {@code ;} between columns, amounts with a
 * decimal comma. Refused without {@code decimal: ","}, read exactly with it.
 */
class DecimalCommaImportTest {
  @TempDir Path dir;
  CliRunner cli;

  private static final String SPANISH =
      "order_id;customer_id;paid_at;amount;status\n"
          + "ES-1;C1;2026-11-02 10:00:00;12,50;paid\n"
          + "ES-2;C2;2026-11-02 11:00:00;1.234,50;paid\n";

  @BeforeEach
  void store() {
    cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Europe/Madrid", "--currency", "EUR", "-q");
  }

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private String stored() {
    return cli.expect(0, "orders", "list", "--format", "csv", "--columns", "order_id,amount").out();
  }

  @Test
  void withoutTheKeyTheFileIsRefusedAtTheFirstDecimalCommaCell() throws IOException {
    Path f = file("pedidos.csv", SPANISH);
    var r = cli.expect(1, "import", "orders", f.toString());
    assertEquals(
        "shopops: "
            + f
            + ":2: the amount \"12,50\" of amount is written with a decimal comma, and nothing"
            + " says the file's amounts are: shopops does not guess between 1,234.50 and"
            + " 1.234,50\n"
            + "  hint: if the file's amounts are written with a decimal comma (a Spanish or other"
            + " continental Excel: 1.234,50), import it again with --decimal , (its layout is"
            + " kept), or with a mapping file that says decimal: \",\" (README \"Mapping files\")\n",
        r.err());
    assertEquals("order_id,amount\n", stored()); // nothing stored
    var zh = cli.expect(1, "--lang", "zh", "import", "orders", f.toString());
    assertTrue(
        zh.err()
            .contains(
                " 的金额 \"12,50\" 用逗号作小数点，而没有任何设置说明文件的金额是这样写的：shopops 不猜是 1,234.50"
                    + " 还是 1.234,50\n"
                    + "  提示：如果文件的金额用逗号作小数点（西班牙语等欧洲版 Excel：1.234,50），请加上 --decimal , 重新导入"
                    + "（仍按原格式读取），或用写明 decimal: \",\" 的映射文件导入（见 README“Mapping files”）\n"),
        zh.err());
    assertTrue(zh.err().startsWith("shopops：" + f + ":2："), zh.err());
    assertFalse(zh.err().contains("decimal comma"), zh.err());
  }

  /**
   * tryout17 U9: a Shopify export resaved by a Spanish Excel keeps its preset (Shopify's rules)
   * with --decimal , instead of a whole mapping file read as the generic layout.
   */
  @Test
  void theOptionReadsAPresetsExportWithADecimalComma() throws Exception {
    Path f =
        file(
            "orders_export_es.csv",
            "Name;Email;Financial Status;Paid at;Subtotal;Shipping;Total;Lineitem quantity;"
                + "Lineitem name;Lineitem price;Lineitem sku\n"
                + "#1001;a@example.com;paid;2026-11-01 10:00:00 +0100;1.234,50;4,90;1.239,40;2;Taza;"
                + "617,25;MUG\n");
    cli.expect(1, "import", "orders", f.toString());
    var r = cli.expect(0, "import", "orders", "--decimal", ",", f.toString());
    assertTrue(r.err().contains("; shopify-orders, UTF-8"), r.err());
    assertEquals(
        "order_id,amount,shipping_fee,total\n\"#1001\",1234.50,4.90,1239.40\n",
        cli.expect(
                0,
                "orders",
                "list",
                "--format",
                "csv",
                "--columns",
                "order_id,amount,shipping_fee,total")
            .out());
    assertEquals(
        "#1001|MUG|2|61725|123450\n",
        cli.sql("SELECT order_id, sku, quantity, unit_price," + " amount FROM order_lines"));
    // a wrong sign is a usage error
    var bad = cli.expect(2, "import", "orders", "--decimal", ";", f.toString());
    assertTrue(bad.err().contains("--decimal"), bad.err());
  }

  @Test
  void theKeyReadsTheAmountsExactly() throws IOException {
    Path f = file("pedidos.csv", SPANISH);
    Path map =
        file(
            "es.yaml",
            "kind: orders\n"
                + "fields:\n"
                + "  order_id: [order_id]\n"
                + "  customer_id: [customer_id]\n"
                + "  paid_at: [paid_at]\n"
                + "  amount: [amount]\n"
                + "  status: [status]\n"
                + "decimal: \",\"\n");
    cli.expect(0, "import", "orders", "--map", map.toString(), f.toString(), "-q");
    assertEquals("order_id,amount\nES-1,12.50\nES-2,1234.50\n", stored());
  }

  /** tryout17 U14: with decimal: ",", 2.000 units are two thousand, not 2. */
  @Test
  void theKeyReadsQuantitiesAsTheAmountsAre() throws Exception {
    Path f =
        file(
            "lineas.csv",
            "order_id;customer_id;paid_at;sku;quantity;unit_price;status\n"
                + "ES-9;C1;2026-11-02 10:00:00;S;2.000;0,05;paid\n");
    Path map =
        file(
            "es.yaml",
            "kind: orders\n"
                + "fields:\n"
                + "  order_id: [order_id]\n"
                + "  customer_id: [customer_id]\n"
                + "  paid_at: [paid_at]\n"
                + "  sku: [sku]\n"
                + "  quantity: [quantity]\n"
                + "  unit_price: [unit_price]\n"
                + "  status: [status]\n"
                + "decimal: \",\"\n");
    cli.expect(0, "import", "orders", "--map", map.toString(), f.toString(), "-q");
    assertEquals(
        "ES-9|2000|10000\n", cli.sql("SELECT order_id, quantity, amount FROM order_lines"));
  }

  @Test
  void aDecimalKeyOfAnotherValueIsRefused() throws IOException {
    Path f = file("pedidos.csv", SPANISH);
    Path map =
        file(
            "es.json",
            "{\"kind\": \"orders\", \"fields\": {\"order_id\": [\"order_id\"], \"amount\":"
                + " [\"amount\"]}, \"decimal\": \"comma\"}");
    var r = cli.expect(1, "import", "orders", "--map", map.toString(), f.toString());
    assertEquals(
        "shopops: "
            + map
            + ": decimal: neither \",\" nor \".\" (\"comma\")\n"
            + "  hint: decimal: \",\" reads amounts written with a decimal comma (1.234,50 as"
            + " 1234.50); decimal: \".\" (the default) with a decimal point\n",
        r.err());
  }
}
