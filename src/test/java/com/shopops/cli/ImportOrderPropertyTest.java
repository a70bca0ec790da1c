package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * Order does not matter (issue 13 item 5): snapshots of a few orders at successive stages (pending
 * with no total, paid, shipped with a carrier, delivered), spread over several exports whose rows
 * are shuffled, imported in two random orders, give the same store: orders and line items (their
 * numbering follows the rows' order in the file that wrote them).
 */
class ImportOrderPropertyTest {
  static final String HEADER =
      "order_id,customer_id,created_at,paid_at,shipped_at,delivered_at,status,sku,quantity,"
          + "amount,order_total,carrier\n";

  /** One order's rows at a stage (0 pending … 3 delivered). */
  static List<String> snapshot(int order, int stage) {
    List<String> rows = new ArrayList<>();
    String[] status = {"pending", "paid", "shipped", "delivered"};
    long a1 = 1000 + order * 10L;
    long a2 = 500 + order;
    for (int l = 1; l <= 2; l++) {
      rows.add(
          String.join(
                  ",",
                  "O" + order,
                  "C" + order,
                  "2026-11-0" + order + " 10:00",
                  stage >= 1 ? "2026-11-0" + order + " 10:05" : "",
                  stage >= 2 ? "2026-11-0" + (order + 1) + " 09:00" : "",
                  stage >= 3 ? "2026-11-0" + (order + 3) + " 15:00" : "",
                  status[stage],
                  "S" + l,
                  "1",
                  money(l == 1 ? a1 : a2),
                  stage >= 1 ? money(a1 + a2) : "0.00",
                  stage >= 2 ? "顺丰速运" : "")
              + "\n");
    }
    return rows;
  }

  static String money(long minor) {
    return minor / 100 + "." + String.format("%02d", minor % 100);
  }

  @Property(tries = 12)
  void anyOrderOfImportsGivesTheSameStore(@ForAll @LongRange(min = 1, max = 1_000_000) long seed)
      throws Exception {
    Random rnd = new Random(seed);
    Path dir = Files.createTempDirectory("order-property");
    int files = 2 + rnd.nextInt(3);
    List<Path> exports = new ArrayList<>();
    for (int f = 0; f < files; f++) {
      List<String> rows = new ArrayList<>();
      for (int o = 1; o <= 3; o++) {
        if (rnd.nextInt(4) > 0) {
          List<String> snap = snapshot(o, rnd.nextInt(4));
          rows.addAll(snap);
          if (rnd.nextInt(5) == 0) {
            rows.add(snap.get(0)); // an exact duplicate row
          }
        }
      }
      Collections.shuffle(rows, rnd);
      exports.add(TestFiles.write(dir, "export" + f + ".csv", HEADER + String.join("", rows)));
    }
    String first = store(dir.resolve("a"), exports, new Random(rnd.nextLong()));
    String second = store(dir.resolve("b"), exports, new Random(rnd.nextLong()));
    assertEquals(first, second);
  }

  private static String store(Path dir, List<Path> exports, Random rnd) throws Exception {
    Files.createDirectories(dir);
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
    List<Path> order = new ArrayList<>(exports);
    Collections.shuffle(order, rnd);
    for (Path p : order) {
      cli.expect(0, "import", "orders", p.toString());
    }
    return CliRunner.sql(
            cli.db(),
            "SELECT order_id, customer_id, created_at, paid_at, shipped_at, delivered_at, status,"
                + " platform_status, amount, shipping_fee, total, carrier FROM orders ORDER BY 1")
        + CliRunner.sql(
            cli.db(),
            // line numbers follow the rows' order in the export that wrote them: the lines, not
            // their numbering, are the store's content
            "SELECT order_id, sku, quantity, amount FROM order_lines ORDER BY 1, 2");
  }
}
