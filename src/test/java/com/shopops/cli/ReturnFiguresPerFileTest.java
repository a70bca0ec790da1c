package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopops.store.ReturnStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A returns import adds its refunds to the customer figures once per file (V027), not per row: the
 * figures after refunds that are new, grown, moved later, made earlier, written twice in one file
 * (in one batch and across batches), beside returns recorded by hand and a dry run, equal the
 * figures added up from the raw rows ({@code check}), and every figure is the refund sum the rows
 * give.
 */
class ReturnFiguresPerFileTest {
  @TempDir Path dir;
  CliRunner cli;

  private static final String HEADER =
      "return_id,order_id,sku,quantity,requested_at,approved_at,rejected_at,received_at,"
          + "refunded_at,reason,refund_amount";

  /** Orders O1..O{@value #ORDERS} of buyers C1..C7: SKU S1 ×2 for 100.00. */
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
              + (i % 7 + 1)
              + ",2026-11-08 09:00:00,2026-11-08 09:05:00,2026-11-09 10:00:00,"
              + "2026-11-10 10:00:00,"
              + (i % 50 == 0 ? "cancelled" : "delivered")
              + ",S1,2,100.00");
    }
    cli.expect(0, "import", "orders", file("orders.csv", orders).toString());
  }

  private Path file(String name, List<String> lines) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return p;
  }

  private static String ret(String id, String order, String refundedAt, String refund) {
    return id
        + ","
        + order
        + ",S1,1,2026-11-12 10:00:00,2026-11-12 11:00:00,,2026-11-13 10:00:00,"
        + refundedAt
        + ",quality,"
        + refund;
  }

  @Test
  void figuresEqualTheRowsAfterEveryKindOfRefundChange() throws Exception {
    List<String> first = new ArrayList<>(List.of(HEADER));
    for (int i = 1; i <= ORDERS; i++) {
      first.add(ret("R" + i, "O" + i, i % 3 == 0 ? "" : "2026-11-14 10:00:00", "30.00"));
      if (i == 5) {
        first.add(ret("R5", "O5", "2026-11-15 10:00:00", "40.00")); // again, same batch: grown
      }
    }
    first.add(ret("R7", "O7", "2026-11-16 10:00:00", "45.00")); // again, a later batch
    cli.expect(0, "import", "returns", file("r1.csv", first).toString());
    assertFiguresAreTheRows();
    assertEquals(4000, scalar("SELECT refund_amount FROM returns WHERE return_id = 'R5'"));

    cli.expect(
        0, "returns", "add", "O2", "--reason", "quality", "--id", "H1", "--at", "2026-11-12 12:00");
    List<String> second = new ArrayList<>(List.of(HEADER));
    second.add(ret("R1", "O1", "2026-11-18 10:00:00", "50.00")); // grown, later: exact
    second.add(ret("R2", "O2", "2026-11-13 12:00:00", "30.00")); // made earlier: added up again
    second.add(ret("R3", "O3", "2026-11-14 10:00:00", "25.00")); // refunded now
    second.add(ret("R4", "O4", "2026-11-14 10:00:00", "10.00")); // shrunk, same time
    second.add(ret("R4", "O4", "2026-11-19 10:00:00", "20.00")); // and again later in the file
    for (int i = 8; i < ORDERS; i += 2) {
      second.add(ret("R" + i, "O" + i, "2026-11-14 10:00:00", "30.00")); // unchanged
    }
    second.add(ret("R9", "O9", "2026-11-13 10:00:00", "5.00")); // earlier, after a batch
    cli.expect(0, "import", "returns", file("r2.csv", second).toString());
    assertFiguresAreTheRows();

    cli.expect(0, "returns", "update", "R6", "--status", "refunded", "--at", "2026-11-20 09:00");
    assertFiguresAreTheRows();
    cli.expect(0, "import", "returns", "--dry-run", file("r3.csv", second).toString());
    assertFiguresAreTheRows();
  }

  /** The maintained figures equal the rows (check), with nothing deferred or staged left over. */
  private void assertFiguresAreTheRows() throws Exception {
    CliRunner.Result check = cli.run("check", "--format", "csv");
    assertTrue(check.out().contains("customer figures,ok\n"), check.toString());
    assertEquals(0L, scalar("SELECT count(*) FROM returns_figures_deferred"));
    assertEquals(0L, scalar("SELECT count(*) FROM customer_figures_dirty"));
    for (int c = 1; c <= 7; c++) {
      assertEquals(
          scalar(
              "SELECT coalesce(sum(r.refund_amount), 0) FROM returns r JOIN orders o"
                  + " ON o.order_id = r.order_id WHERE o.customer_id = 'C"
                  + c
                  + "' AND r.refunded_at IS NOT NULL AND o.paid_at IS NOT NULL"),
          refunded("C" + c),
          "C" + c);
    }
  }

  private long refunded(String customer) throws Exception {
    return scalar(
        "SELECT coalesce(sum(refunded), 0) FROM customer_figures WHERE customer_id = '"
            + customer
            + "'");
  }

  private long scalar(String sql) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + cli.db());
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
