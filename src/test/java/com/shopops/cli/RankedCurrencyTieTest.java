package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Madrid shop (EUR) whose Tmall orders are as many as its euro ones ranks its buyers in euros
 * (tryout17 U8): on a tie the store's own currency is the ranked one. Before, the alphabet chose
 * CNY, and the shop's Spanish buyers dropped out of RFM and the money lists.
 */
class RankedCurrencyTieTest {
  @TempDir Path dir;

  @Test
  void aTieRanksTheStoresOwnCurrency() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Europe/Madrid", "--currency", "EUR", "-q");
    String orders =
        "order_id,customer_id,paid_at,status,amount,currency\n"
            + "E1,C1,2026-11-01 10:00:00,paid,45.00,EUR\n"
            + "Y1,C3,2026-11-02 10:00:00,paid,300.00,CNY\n";
    cli.expect(0, "-q", "import", "orders", TestFiles.write(dir, "o.csv", orders).toString());
    String rfm =
        cli.expect(
                0,
                "--now",
                "2026-12-01 12:00",
                "customers",
                "segment",
                "--method",
                "rfm",
                "--format",
                "csv",
                "--columns",
                "customer_id,monetary")
            .out();
    assertEquals("customer_id,monetary\nC1,45.00\n", rfm);
  }
}
