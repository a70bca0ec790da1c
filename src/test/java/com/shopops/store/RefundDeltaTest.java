package com.shopops.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.shopops.cli.CliRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A refund changes its buyer's figures by its delta (V016): added, changed, moved, removed and
 * rolled back, in the order's currency only, and each time the figures equal the raw rows added up
 * anew, with nothing left marked and the RFM breaks' version bumped.
 */
class RefundDeltaTest {
  private static final String ORDERS =
      "order_id,customer_id,created_at,paid_at,status,sku,quantity,amount,shipping_fee,currency\n"
          + "O1,C1,2026-11-01 08:00:00,2026-11-01 09:00:00,delivered,SKU-1,1,100.00,0.00,CNY\n"
          + "O2,C1,2026-11-02 08:00:00,2026-11-02 09:00:00,delivered,SKU-1,1,200.00,0.00,CNY\n"
          + "O3,C1,2026-11-03 08:00:00,2026-11-03 09:00:00,delivered,SKU-1,1,50.00,0.00,USD\n"
          + "O4,C2,2026-11-04 08:00:00,,cancelled,SKU-1,1,80.00,0.00,CNY\n"
          + "O5,C2,2026-11-05 08:00:00,2026-11-05 09:00:00,delivered,SKU-1,1,90.00,0.00,CNY\n";
  private static final String RETURNS =
      "return_id,order_id,sku,quantity,requested_at,approved_at,"
          + "rejected_at,received_at,refunded_at,reason,refund_amount\n";

  @TempDir Path dir;
  private CliRunner cli;

  @BeforeEach
  void store() throws Exception {
    cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
    cli.expect(0, "import", "orders", file("orders.csv", ORDERS));
    importReturns(
        "R1,O1,SKU-1,1,2026-11-08 10:00:00,,,,2026-11-10 11:00:00,quality,30.00",
        "R2,O2,SKU-1,1,2026-11-08 10:00:00,,,,2026-11-12 11:00:00,quality,20.00",
        "R3,O3,SKU-1,1,2026-11-08 10:00:00,,,,2026-11-11 11:00:00,quality,10.00",
        "R4,O4,SKU-1,1,2026-11-08 10:00:00,,,,2026-11-13 11:00:00,quality,5.00");
  }

  @Test
  void refundsAddedToTheirBuyerAndCurrencyOnly() throws Exception {
    assertEquals("C1|CNY|5000|R2\nC1|USD|1000|R3\nC2|CNY|0|null\n", figures());
  }

  @Test
  void aRefundReimportedWithAnotherAmountAddsTheDifference() throws Exception {
    long version = version();
    importReturns("R1,O1,SKU-1,1,2026-11-08 10:00:00,,,,2026-11-10 11:00:00,quality,45.00");
    assertEquals("C1|CNY|6500|R2\nC1|USD|1000|R3\nC2|CNY|0|null\n", figures());
    assertEquals(true, version() > version, "the cached RFM breaks are stale");
  }

  @Test
  void aRefundChangedToALaterTimeBecomesTheLastRefund() throws Exception {
    importReturns("R1,O1,SKU-1,1,2026-11-08 10:00:00,,,,2026-11-14 11:00:00,quality,30.00");
    assertEquals("C1|CNY|5000|R1\nC1|USD|1000|R3\nC2|CNY|0|null\n", figures());
  }

  @Test
  void theLastRefundMadeEarlierGivesWayToTheNextLatest() throws Exception {
    importReturns("R2,O2,SKU-1,1,2026-11-08 10:00:00,,,,2026-11-09 11:00:00,quality,25.00");
    assertEquals("C1|CNY|5500|R1\nC1|USD|1000|R3\nC2|CNY|0|null\n", figures());
  }

  @Test
  void aRefundMovedToAnotherCurrencysOrder() throws Exception {
    write("UPDATE returns SET order_id = 'O1' WHERE return_id = 'R3'"); // by hand
    assertEquals("C1|CNY|6000|R2\nC1|USD|0|null\nC2|CNY|0|null\n", figures());
  }

  @Test
  void aRefundMovedFromACancelledOrderToAPurchase() throws Exception {
    write("UPDATE returns SET order_id = 'O5' WHERE return_id = 'R4'");
    assertEquals("C1|CNY|5000|R2\nC1|USD|1000|R3\nC2|CNY|500|R4\n", figures());
  }

  @Test
  void aRefundOfAnotherCurrencyChangesOnlyItsRow() throws Exception {
    importReturns("R3,O3,SKU-1,1,2026-11-08 10:00:00,,,,2026-11-11 11:00:00,quality,15.00");
    assertEquals("C1|CNY|5000|R2\nC1|USD|1500|R3\nC2|CNY|0|null\n", figures());
  }

  @Test
  void removedRefunds() throws Exception {
    delete("R1"); // not the latest: taken off in place
    assertEquals("C1|CNY|2000|R2\nC1|USD|1000|R3\nC2|CNY|0|null\n", figures());
    delete("R3"); // the only one of its row: added up again
    assertEquals("C1|CNY|2000|R2\nC1|USD|0|null\nC2|CNY|0|null\n", figures());
    delete("R2"); // the latest
    assertEquals("C1|CNY|0|null\nC1|USD|0|null\nC2|CNY|0|null\n", figures());
  }

  @Test
  void aRemovalRolledBackLeavesTheFigures() throws Exception {
    String before = figures();
    long version = version();
    try (Store store = Store.open(cli.db(), Instant.parse("2026-11-20T02:00:00Z"))) {
      assertThrows(
          IllegalStateException.class,
          () ->
              store.inTransaction(
                  conn -> {
                    try (Statement st = conn.createStatement()) {
                      st.executeUpdate("DELETE FROM returns WHERE return_id IN ('R1', 'R2')");
                    }
                    throw new IllegalStateException("undone");
                  }));
    }
    assertEquals(before, figures());
    assertEquals(version, version());
  }

  private void delete(String returnId) throws Exception {
    write("DELETE FROM returns WHERE return_id = '" + returnId + "'");
  }

  /** A write to the store in one transaction, the figures refreshed before it commits. */
  private void write(String sql) throws Exception {
    try (Store store = Store.open(cli.db(), Instant.parse("2026-11-20T02:00:00Z"))) {
      store.inTransaction(
          conn -> {
            try (Statement st = conn.createStatement()) {
              return st.executeUpdate(sql);
            }
          });
    }
  }

  /**
   * Each figures row: buyer, currency, refunded (minor units) and the return whose refund time is
   * the row's last_refund; checked against the raw rows added up anew first.
   */
  private String figures() throws Exception {
    assertEquals("", cli.sql("SELECT * FROM customer_figures_dirty"));
    try (Store store = Store.open(cli.db(), Instant.parse("2026-11-20T02:00:00Z"))) {
      assertEquals(0L, CustomerFigureUpkeep.differences(store));
    }
    return cli.sql(
        "SELECT f.customer_id, f.currency, f.refunded, (SELECT min(r.return_id) FROM returns r"
            + " WHERE r.refunded_at = f.last_refund) FROM customer_figures f ORDER BY 1, 2");
  }

  private long version() throws Exception {
    return Long.parseLong(cli.sql("SELECT version FROM figures_version").strip());
  }

  private void importReturns(String... rows) throws Exception {
    cli.expect(0, "import", "returns", file("r.csv", RETURNS + String.join("\n", rows) + "\n"));
  }

  private String file(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p.toString();
  }
}
