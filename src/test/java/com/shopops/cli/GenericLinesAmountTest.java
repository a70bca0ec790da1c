package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tryout28a A2 and A4 (amount29). A2: a generic orders export of one row per line states no goods
 * amount for the order: its amount is its rows' summed (README), so it is the lines' money ({@code
 * PaidTotal.FROM_LINES}) and a later {@code order_id,sku,quantity,amount} file's lines take it with
 * them. Before: the lines were replaced (A1 3 × 20.00) but the amount stayed 65.00 beside lines of
 * 85.00 ({@code lines-not-goods} in {@code imports show} only), and the titles Mug and Plate were
 * erased by a file without a title column. A4: a return of a SKU that a later file's lines of the
 * order no longer list stays as recorded, and the import names it. {@link
 * PgGenericLinesAmountTest}: the same on PostgreSQL.
 */
class GenericLinesAmountTest {
  @TempDir Path dir;

  static final String ORDERS =
      "order_id,customer_id,created_at,paid_at,status,sku,title,quantity,amount,shipping_fee\n"
          + "G1,alice,2026-11-01 10:00,2026-11-01 10:05,paid,A1,Mug,2,40.00,5.00\n"
          + "G1,alice,2026-11-01 10:00,2026-11-01 10:05,paid,B1,Plate,1,25.00,5.00\n"
          + "G2,bob,2026-11-02 11:00,2026-11-02 11:10,paid,C1,Bowl,1,30.00,0.00\n";

  static final String ITEMS =
      "order_id,sku,quantity,amount\nG1,A1,3,60.00\nG1,B1,1,25.00\n" + "G2,C1,1,30.00\n";

  static final String ITEMS2 =
      "order_id,sku,quantity,amount\nG1,A1,3,60.00\nG2,C1,1,30.00\n" + "G2,D1,2,18.00\n";

  static final String RETURNS =
      "return_id,order_id,sku,quantity,requested_at,refunded_at,refund_amount\n"
          + "R1,G1,B1,1,2026-11-08 10:00,2026-11-09 10:00,25.00\n";

  static final String ORDERS_SQL =
      "SELECT order_id, amount, amount_derived, shipping_fee FROM orders ORDER BY 1";

  static final String LINES_SQL =
      "SELECT order_id, line_no, sku, title, quantity, unit_price, amount FROM order_lines"
          + " ORDER BY 1, 2";

  static String import_(CliRunner cli, Path dir, String name, String body, String at)
      throws Exception {
    return cli.expect(
            0,
            "--now",
            "2026-11-20 10:00",
            "import",
            "orders",
            TestFiles.write(dir, name, body).toString(),
            "--exported-at",
            at)
        .err()
        .replace(dir.toString() + "/", "")
        .replaceAll(", [0-9.]+ s\n", "\n");
  }

  /** The tryout's steps: orders, a returns file, items, items2; what each import said. */
  static String steps(CliRunner cli, Path dir) throws Exception {
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "--currency", "CNY", "-q");
    StringBuilder said = new StringBuilder();
    said.append(import_(cli, dir, "orders.csv", ORDERS, "2026-11-05 10:00"));
    cli.expect(
        0,
        "-q",
        "--now",
        "2026-11-20 10:00",
        "import",
        "returns",
        TestFiles.write(dir, "returns.csv", RETURNS).toString());
    said.append(import_(cli, dir, "items.csv", ITEMS, "2026-11-06 10:00"));
    said.append(import_(cli, dir, "items-again.csv", ITEMS, "2026-11-06 10:00"));
    said.append(import_(cli, dir, "items2.csv", ITEMS2, "2026-11-07 10:00"));
    return said.toString();
  }

  @Test
  void aGenericItemsFileTakesTheSummedAmountAndKeepsTheTitles() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "--currency", "CNY", "-q");
    import_(cli, dir, "orders.csv", ORDERS, "2026-11-05 10:00");
    // the generic layout's amount is its rows' summed: the lines' money (3), not a stated one (0)
    assertEquals("G1|6500|3|500\nG2|3000|3|0\n", cli.sql(ORDERS_SQL));
    String said = import_(cli, dir, "items.csv", ITEMS, "2026-11-06 10:00");
    assertTrue(
        said.contains("items.csv: 3 rows, 2 orders (0 new, 1 updated, 1 unchanged), 3 line items"),
        said);
    assertEquals("G1|8500|3|500\nG2|3000|3|0\n", cli.sql(ORDERS_SQL));
    // the titles and unit prices of the same SKUs kept: the file has no such column
    assertEquals(
        "G1|1|A1|Mug|3|null|6000\nG1|2|B1|Plate|1|null|2500\nG2|1|C1|Bowl|1|null|3000\n",
        cli.sql(LINES_SQL));
    assertEquals("", cli.sql("SELECT kind, record_id, message FROM anomalies"));
    String show = cli.expect(0, "orders", "show", "G1", "-f", "csv").out();
    assertTrue(show.contains(",85.00,"), show);
    assertTrue(show.contains(",90.00,"), show);
    // the same file again: nothing changes
    String again = import_(cli, dir, "items-again.csv", ITEMS, "2026-11-06 10:00");
    assertTrue(
        again.contains(
            "items-again.csv: 3 rows, 2 orders (0 new, 0 updated, 2 unchanged), 3 line items"),
        again);
    // a line removed, one added: the money follows; D1 has no title to keep
    String two = import_(cli, dir, "items2.csv", ITEMS2, "2026-11-07 10:00");
    assertTrue(
        two.contains("items2.csv: 3 rows, 2 orders (0 new, 2 updated, 0 unchanged), 3 line items"),
        two);
    assertEquals("G1|6000|3|500\nG2|4800|3|0\n", cli.sql(ORDERS_SQL));
    assertEquals(
        "G1|1|A1|Mug|3|null|6000\nG2|1|C1|Bowl|1|null|3000\nG2|2|D1|null|2|null|1800\n",
        cli.sql(LINES_SQL));
    assertEquals("", cli.sql("SELECT kind, record_id, message FROM anomalies"));
  }

  /**
   * A unit price that the file's line does not come to is not kept, nor a title two lines differ
   * on.
   */
  @Test
  void aStoredUnitPriceIsKeptOnlyWhereTheLineComesToIt() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "--currency", "CNY", "-q");
    String priced =
        "order_id,customer_id,created_at,paid_at,status,sku,title,quantity,unit_price,amount\n"
            + "G1,alice,2026-11-01 10:00,2026-11-01 10:05,paid,A1,Mug,2,20.00,40.00\n"
            + "G1,alice,2026-11-01 10:00,2026-11-01 10:05,paid,B1,Plate,1,25.00,25.00\n"
            + "G2,bob,2026-11-02 11:00,2026-11-02 11:10,paid,C1,Bowl,1,30.00,30.00\n";
    import_(cli, dir, "orders.csv", priced, "2026-11-05 10:00");
    import_(
        cli,
        dir,
        "items.csv",
        "order_id,sku,quantity,amount\nG1,A1,3,66.00\nG1,B1,1,25.00\nG2,C1,1,30.00\n",
        "2026-11-06 10:00");
    assertEquals(
        "G1|1|A1|Mug|3|null|6600\nG1|2|B1|Plate|1|2500|2500\nG2|1|C1|Bowl|1|3000|3000\n",
        cli.sql(LINES_SQL));
    assertEquals("G1|9100|3|null\nG2|3000|3|null\n", cli.sql(ORDERS_SQL));
  }

  @Test
  void aReturnOfALineAFileNoLongerListsIsNamed() throws Exception {
    CliRunner cli = new CliRunner(dir);
    String said = steps(cli, dir);
    assertTrue(
        said.contains("items2.csv: 3 rows, 2 orders (0 new, 2 updated, 0 unchanged), 3 line items"),
        said);
    assertEquals(
        "anomaly:return-off-lines|G1|return R1 of SKU B1 (refunded 25.00) stays as recorded, but"
            + " the lines of its order as this file gives them no longer list that SKU: the order"
            + " was changed after the return, or the file leaves the line out; check the order and"
            + " the return in the shop\n",
        cli.sql("SELECT kind, record_id, message FROM anomalies"));
    assertEquals(
        "R1|G1|B1|2500\n", cli.sql("SELECT return_id, order_id, sku, refund_amount FROM returns"));
    String zh = cli.expect(0, "--lang", "zh", "imports", "show", "5").out();
    assertTrue(
        zh.contains(
            "退货 R1（SKU B1，已退款 25.00）仍按记录保留，但本文件给出的该订单商品行里已没有这个 SKU：订单在退货之后被修改过，或文件漏了这一行；请在店铺后台核对此订单和退货"),
        zh);
  }
}
