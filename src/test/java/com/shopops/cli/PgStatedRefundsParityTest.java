package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopops.store.TestPostgres;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Customer money net of the refunds exports state beyond the orders' refunded returns
 * (store.ReturnFigures#STATED_REFUND_OF) is the same on PostgreSQL, where the returns' refunds are
 * joined once instead of looked up per use (session 21, issue 18), as on SQLite: G1 paid 200.00,
 * stated refunded 120.00, a return refunded 50.00 of it (70.00 beyond: net 80.00); G4 paid 80.00,
 * stated 30.00, a return refunded 40.00 (covered: net 40.00); G3 closed after payment (net 0.00).
 */
@Tag("postgres")
class PgStatedRefundsParityTest {
  @TempDir Path dir;

  static final String ORDERS =
      "order_id,customer_id,created_at,paid_at,delivered_at,status,amount,shipping_fee,refunded\n"
          + "G1,C1,2026-11-01 10:00:00,2026-11-01 10:05:00,2026-11-03 10:00:00,completed,200.00,"
          + "0.00,120.00\n"
          + "G2,C1,2026-11-02 10:00:00,2026-11-02 10:05:00,2026-11-04 10:00:00,completed,100.00,"
          + "0.00,\n"
          + "G3,C2,2026-11-01 11:00:00,2026-11-01 11:05:00,,cancelled,59.00,0.00,\n"
          + "G4,C3,2026-11-01 12:00:00,2026-11-01 12:05:00,2026-11-03 10:00:00,completed,80.00,"
          + "0.00,30.00\n"
          + "G5,C4,2026-11-03 13:00:00,2026-11-03 13:05:00,2026-11-05 10:00:00,completed,90.00,"
          + "0.00,\n";

  static final String RETURNS =
      "return_id,order_id,quantity,requested_at,approved_at,received_at,refunded_at,"
          + "refund_amount\n"
          + "R1,G1,1,2026-11-05 10:00:00,2026-11-05 11:00:00,2026-11-07 10:00:00,"
          + "2026-11-08 10:00:00,50.00\n"
          + "R2,G4,1,2026-11-05 10:00:00,2026-11-05 11:00:00,2026-11-07 10:00:00,"
          + "2026-11-08 10:00:00,40.00\n";

  @Test
  void customerMoneyNetOfStatedRefundsAsOnSqlite() {
    TestPostgres pg = TestPostgres.get();
    CliRunner sqlite = new CliRunner(dir).store(dir.resolve("s.db").toString());
    CliRunner postgres = new CliRunner(dir).store(pg.url(pg.newDatabase()));
    Path orders = TestFiles.write(dir, "orders.csv", ORDERS);
    Path returns = TestFiles.write(dir, "returns.csv", RETURNS);
    List<List<String>> said = new ArrayList<>();
    for (CliRunner cli : List.of(sqlite, postgres)) {
      cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
      cli.expect(0, "--now", "2026-11-10 10:00", "import", "orders", orders.toString(), "-q");
      cli.expect(0, "--now", "2026-11-10 10:00", "import", "returns", returns.toString(), "-q");
      List<String> out = new ArrayList<>();
      for (String method : List.of("rfm", "tier", "lifecycle", "pyramid")) {
        out.add(
            cli.expect(
                    0,
                    "--now",
                    "2026-11-10 10:00",
                    "customers",
                    "segment",
                    "--method",
                    method,
                    "--format",
                    "csv")
                .out());
      }
      for (String c : List.of("C1", "C2", "C3")) {
        out.add(
            cli.expect(0, "--now", "2026-11-10 10:00", "customers", "show", c, "--format", "csv")
                .out());
      }
      said.add(out);
    }
    assertEquals(said.get(0), said.get(1));
    List<String> onPg = said.get(1);
    assertEquals(
        "customer_id,recency_days,orders,monetary,r,f,m,segment\n"
            + "C1,8,2,180.00,5,4,5,Potential Loyalist\n"
            + "C2,9,1,0.00,4,1,1,New Customers\n"
            + "C3,9,1,40.00,4,1,2,New Customers\n"
            + "C4,7,1,90.00,5,1,4,New Customers\n",
        onPg.get(0));
    assertTrue(onPg.get(4).contains("\nC1,,,,,,,,,2,180.00,"), onPg.get(4));
    assertTrue(onPg.get(6).contains("\nC3,,,,,,,,,1,40.00,"), onPg.get(6));
  }
}
