package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rows of one order further apart than the import looks ahead (OrdersHandler.LOOKAHEAD_ROWS) are
 * merged into the stored order one by one: amounts added, lines appended and numbered on. The store
 * is the same as from the file with the rows together, whatever the number of orders queued between
 * two merges (the statements of short batches are kept and reused).
 */
class ScatteredOrderRowsTest {
  @TempDir Path dir;

  private static final String HEADER =
      "order_id,customer_id,created_at,status,sku,quantity,amount\n";

  private static String row(String order, String sku, int cents) {
    return order
        + ",C1,2026-11-01 10:00,paid,"
        + sku
        + ",1,"
        + cents / 100
        + "."
        + String.format("%02d", cents % 100)
        + "\n";
  }

  @Test
  void farApartRowsGiveTheSameStoreAsRowsTogether() throws Exception {
    int fillers = 50_100;
    List<String> first = new ArrayList<>();
    List<String> last = new ArrayList<>();
    for (int k = 0; k < 40; k++) { // 40 orders with a first line at the top, more at the end
      first.add(row("M" + k, "A", 100 + k));
      for (int l = 0; l <= k % 3; l++) {
        last.add(row("M" + k, "B" + l, 10 + l));
      }
    }
    StringBuilder scattered = new StringBuilder(HEADER);
    StringBuilder together = new StringBuilder(HEADER);
    first.forEach(scattered::append);
    for (int i = 0; i < fillers; i++) {
      String r = row("F" + i, "X", 500);
      scattered.append(r);
      together.append(r);
      if (i > fillers - 200 && !last.isEmpty() && i % 3 == 0) { // merges between a few queued
        scattered.append(last.remove(0));
      }
    }
    last.forEach(scattered::append);
    for (int k = 0; k < 40; k++) {
      together.append(row("M" + k, "A", 100 + k));
      for (int l = 0; l <= k % 3; l++) {
        together.append(row("M" + k, "B" + l, 10 + l));
      }
    }
    Path a = dir.resolve("scattered.csv");
    Path b = dir.resolve("together.csv");
    Files.writeString(a, scattered);
    Files.writeString(b, together);
    CliRunner one = new CliRunner(Files.createDirectories(dir.resolve("one")));
    CliRunner two = new CliRunner(Files.createDirectories(dir.resolve("two")));
    for (CliRunner cli : List.of(one, two)) {
      cli.expect(0, "init", "--tz", "Asia/Shanghai");
    }
    one.expect(0, "import", "orders", a.toString());
    two.expect(0, "import", "orders", b.toString());
    String orders = "SELECT order_id, amount, total, status FROM orders ORDER BY order_id";
    String lines =
        "SELECT order_id, line_no, sku, amount FROM order_lines ORDER BY order_id, line_no";
    assertEquals(CliRunner.sql(two.db(), orders), CliRunner.sql(one.db(), orders));
    assertEquals(CliRunner.sql(two.db(), lines), CliRunner.sql(one.db(), lines));
    assertEquals(
        "M2|1|A|102\nM2|2|B0|10\nM2|3|B1|11\nM2|4|B2|12\n",
        CliRunner.sql(
            one.db(),
            "SELECT order_id, line_no, sku, amount FROM order_lines WHERE order_id = 'M2'"
                + " ORDER BY line_no"));
    assertEquals(
        "135", CliRunner.sql(one.db(), "SELECT amount FROM orders WHERE order_id = 'M2'").strip());
  }
}
