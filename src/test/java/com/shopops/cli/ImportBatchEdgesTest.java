package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopops.store.ReturnStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the batched lookups and writes of the returns and customers imports could go wrong: two
 * returns of one order in one batch, a return id in two batches, a rejected row in the middle of a
 * batch, a customer on rows of different batches. Each row must see what the rows before it wrote,
 * as if the file were read one row at a time.
 */
class ImportBatchEdgesTest {
  @TempDir Path dir;
  CliRunner cli;

  /** Orders O1..O{@value #ORDERS}: SKU S1 ×2 for 100.00, delivered 2026-11-10 10:00. */
  private static final int ORDERS = ReturnStore.BATCH + 60;

  @BeforeEach
  void store() throws IOException {
    cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
    List<String> orders = new ArrayList<>();
    orders.add(
        "order_id,customer_id,created_at,paid_at,shipped_at,delivered_at,status,sku,quantity,"
            + "amount");
    for (int i = 1; i <= ORDERS; i++) {
      orders.add(
          "O"
              + i
              + ",C"
              + i
              + ",2026-11-08 09:00:00,2026-11-08 09:05:00,2026-11-09 10:00:00,"
              + "2026-11-10 10:00:00,delivered,S1,2,100.00");
    }
    cli.expect(0, "import", "orders", file("orders.csv", orders).toString());
  }

  private Path file(String name, List<String> lines) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return p;
  }

  private static String ret(String id, String order, int qty, String refundedAt, String refund) {
    return id
        + ","
        + order
        + ",S1,"
        + qty
        + ",2026-11-12 10:00:00,2026-11-12 11:00:00,,,"
        + refundedAt
        + ",quality,"
        + refund;
  }

  @Test
  void returnsSeeTheRowsBeforeThemInTheSameBatchAndInEarlierOnes() throws Exception {
    List<String> rows = new ArrayList<>();
    rows.add(
        "return_id,order_id,sku,quantity,requested_at,approved_at,rejected_at,received_at,"
            + "refunded_at,reason,refund_amount");
    for (int i = 1; i <= ORDERS; i++) {
      rows.add(ret("R" + i, "O" + i, 1, "", ""));
      if (i == 10) {
        rows.add(ret("R10b", "O10", 1, "", "")); // the same order again, same batch: 2 of 2
        rows.add(ret("R10c", "O10", 1, "", "")); // a third unit of two: rejected
        rows.add(ret("RX", "NOPE", 1, "", "")); // mid-batch rejection; the next rows go on
      }
      if (i == ReturnStore.BATCH + 20) {
        rows.add(ret("R3b", "O3", 2, "", "")); // O3 gave 1 unit in the first batch: 3 > 2
        rows.add(ret("R2", "O2", 1, "2026-11-13 10:00:00", "50.00")); // R2 again: refunded
        rows.add(ret("R5b", "O5", 1, "", "")); // O5's second unit, a batch later: fine
      }
    }
    Path f = file("returns.csv", rows);
    // line numbers: header 1, R1..R10 lines 2-11, R10b 12, R10c 13, RX 14
    int r3b = 1 + (ReturnStore.BATCH + 20) + 3 + 1;
    var r = cli.expect(0, "import", "returns", f.toString(), "--on-error", "skip");
    assertEquals(
        List.of(
            f + ":13: quantity: returns of order O10 SKU S1 total 3 units, but 2 were bought",
            f
                + ":14: order_id: order NOPE is not in the store; import its orders before its"
                + " returns",
            f
                + ":"
                + r3b
                + ": quantity: returns of order O3 SKU S1 total 3 units, but 2 were bought"),
        r.err().lines().filter(l -> l.startsWith(f + ":") && !l.contains(" rows, ")).toList(),
        r.toString());
    String rows322 = (rows.size() - 1) + " rows, " + (ORDERS + 3) + " returns";
    assertTrue(
        r.err()
            .contains(rows322 + " (" + (ORDERS + 2) + " new, 1 updated, 0 unchanged), 3 rejected"),
        r.toString());
    assertEquals(
        (ORDERS + 2) + "\n",
        cli.sql("SELECT count(*) FROM returns"),
        "R1..R" + ORDERS + ", R10b and R5b");
    assertEquals(
        "R10|1\nR10b|1\n",
        cli.sql("SELECT return_id, quantity FROM returns WHERE order_id = 'O10'"));
    assertEquals("", cli.sql("SELECT * FROM returns WHERE return_id IN ('R10c', 'RX', 'R3b')"));
    assertEquals(
        "O2|1|5000|1\n",
        cli.sql(
            "SELECT order_id, quantity, refund_amount, refunded_at IS NOT NULL FROM returns"
                + " WHERE return_id = 'R2'"));
    assertEquals(
        "R5|R5b\n",
        cli.sql(
            "SELECT group_concat(return_id, '|') FROM returns"
                + " WHERE order_id = 'O5' ORDER BY return_id"));
    // the refund reached the buyer's maintained figures
    assertEquals(
        "5000\n", cli.sql("SELECT refunded FROM customer_figures WHERE customer_id = 'C2'"));
  }

  @Test
  void aCustomerOnRowsOfDifferentBatchesIsOneCustomerWithTheLaterValues() throws Exception {
    cli.expect(
        0,
        "import",
        "customers",
        file("before.csv", List.of("customer_id,name,city", "C1,Ann,杭州", "C2,Bo,上海", "C3,Cy,北京"))
            .toString());
    List<String> rows = new ArrayList<>();
    rows.add("customer_id,name,phone,city");
    rows.add("C1,Ann Li,,"); // changes C1's name
    rows.add("C2,Bob,,"); // changes C2's name, changed back below
    rows.add("C3,Cy,,"); // unchanged
    for (int i = 4; i <= 2 * ReturnStore.BATCH + 10; i++) {
      rows.add("C" + i + ",N" + i + ",,");
      if (i == 300) {
        rows.add("C2,Bo,,"); // a later batch: the name back as stored before the import
        rows.add("C4,,,广州"); // a new customer again, its blank name keeps N4
      }
      if (i == 301) {
        rows.add(",Nobody,,"); // a rejected row in the middle of a batch: no id (a row of only
        // commas is a spreadsheet's blank row, skipped: review18 T5)
      }
    }
    Path f = file("customers.csv", rows);
    var r = cli.expect(0, "import", "customers", f.toString(), "--on-error", "skip");
    assertTrue(
        r.err().startsWith(f + ":305: customer_id: missing (every row needs a customer id)\n"),
        r.toString());
    int all = 2 * ReturnStore.BATCH + 10;
    assertTrue(
        r.err()
            .contains(
                all + " customers (" + (all - 3) + " new, 1 updated, 2 unchanged), 1 rejected"),
        r.toString());
    assertEquals(
        "C1|Ann Li|null|杭州\nC2|Bo|null|上海\nC3|Cy|null|北京\nC4|N4|null|广州\n",
        cli.sql(
            "SELECT customer_id, name, phone, city FROM customers"
                + " WHERE customer_id IN ('C1', 'C2', 'C3', 'C4') ORDER BY customer_id"));
    assertEquals(all + "\n", cli.sql("SELECT count(*) FROM customers"));
  }
}
