package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An order paid and then cancelled with all its money back (JD 已取消 before shipping) is no purchase
 * for the customer figures (review19 V8): before, a buyer whose only order was one had 1 order, RFM
 * "New Customers", lifecycle "first purchase" and growth 10. The order stays in the orders; as of
 * an instant before it closed it still counted.
 */
class VoidedPurchaseTest {
  @TempDir Path dir;

  CliRunner runner() {
    return new CliRunner(dir);
  }

  private CliRunner store() throws Exception {
    CliRunner cli = runner();
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    String orders =
        "order_id,customer_id,paid_at,status,sku,amount\n"
            + "A1,A,2026-11-01 10:00:00,cancelled,X,59.00\n"
            + "B1,B,2026-11-02 10:00:00,paid,Y,100.00\n"
            + "B2,B,2026-11-10 10:00:00,cancelled,X,50.00\n"
            + "C1,C,2026-11-05 10:00:00,paid,Y,80.00\n"
            + "D1,D,2026-11-25 10:00:00,paid,Y,30.00\n";
    cli.expect(0, "-q", "import", "orders", TestFiles.write(dir, "o.csv", orders).toString());
    cli.expect(
        0,
        "-q",
        "import",
        "customers",
        TestFiles.write(dir, "c.csv", "customer_id,accepts_marketing\nA,yes\nB,yes\nC,yes\n")
            .toString());
    return cli;
  }

  private static String csv(CliRunner cli, String now, String... args) {
    String[] all = new String[args.length + 4];
    all[0] = "--now";
    all[1] = now;
    System.arraycopy(args, 0, all, 2, args.length);
    all[args.length + 2] = "--format";
    all[args.length + 3] = "csv";
    return cli.expect(0, all).out();
  }

  @Test
  void anOrderCancelledWithAllItsMoneyBackIsNoPurchase() throws Exception {
    CliRunner cli = store();
    // 12-01: the maintained figures; 11-20: before D's order, the raw rows: the same answers
    for (String now : List.of("2026-12-01 12:00", "2026-11-20 12:00")) {
      assertEquals(
          "customer_id,orders,spent,last_order_at\n"
              + "A,0,0.00,\n"
              + "B,1,100.00,2026-11-02 10:00:00\n"
              + "C,1,80.00,2026-11-05 10:00:00\n",
          csv(
              cli,
              now,
              "customers",
              "list",
              "--limit",
              "3",
              "--columns",
              "customer_id,orders,spent,last_order_at"),
          now);
      String tiers = csv(cli, now, "customers", "segment", "--method", "tier");
      assertTrue(tiers.contains("\nA,0.00,0,0,0,普通,银牌,500\n"), tiers);
      assertTrue(tiers.contains("\nB,100.00,1,0,110,普通,银牌,390\n"), tiers);
      String rfm =
          csv(
              cli,
              now,
              "customers",
              "segment",
              "--method",
              "rfm",
              "--columns",
              "customer_id,recency_days,orders,monetary");
      assertTrue(!rfm.contains("\nA,"), rfm);
      assertTrue(
          rfm.contains("\nB," + ("2026-12-01 12:00".equals(now) ? 29 : 18) + ",1,100.00"), rfm);
      String stages =
          csv(
              cli,
              now,
              "customers",
              "segment",
              "--method",
              "lifecycle",
              "--columns",
              "customer_id,stage");
      assertTrue(stages.contains("\nA,prospect\n"), stages);
      assertTrue(stages.contains("\nB,first purchase\n"), stages);
    }
    String show =
        cli.expect(0, "--now", "2026-12-01 12:00", "customers", "show", "A", "--format", "json")
            .out();
    assertTrue(show.contains("\"orders\": 0,"), show);
    assertTrue(show.contains("\"growth\": 0,"), show);
    assertTrue(show.contains("\"segment\": null,"), show);
    assertTrue(show.contains("\"order_id\": \"A1\""), show); // it stays in the orders
    // nobody bought X: A's and B's X orders were cancelled
    assertEquals(
        "customer_id\n",
        csv(
            cli,
            "2026-12-01 12:00",
            "export",
            "promotion",
            "--bought",
            "X",
            "--dry-run",
            "--columns",
            "customer_id"));
  }

  @Test
  void asOfBeforeItClosedItStillCounts() throws Exception {
    CliRunner cli = store();
    // B2 paid 11-10 and first stored open; a later export closes it on 11-15 (the import's clock)
    cli.expect(
        0,
        "-q",
        "--now",
        "2026-11-12 10:00",
        "import",
        "orders",
        TestFiles.write(
                dir,
                "open.csv",
                "order_id,customer_id,paid_at,status,sku,amount\n"
                    + "E1,E,2026-11-10 10:00:00,paid,X,50.00\n")
            .toString());
    cli.expect(
        0,
        "-q",
        "--now",
        "2026-11-15 10:00",
        "import",
        "orders",
        TestFiles.write(
                dir,
                "closed.csv",
                "order_id,customer_id,paid_at,status,sku,amount\n"
                    + "E1,E,2026-11-10 10:00:00,cancelled,X,50.00\n")
            .toString());
    String cols = "customer_id,orders,spent,last_order_at";
    assertTrue(
        csv(cli, "2026-11-14 12:00", "customers", "list", "--columns", cols)
            .contains("\nE,1,50.00,2026-11-10 10:00:00\n"));
    assertTrue(
        csv(cli, "2026-12-01 12:00", "customers", "list", "--columns", cols)
            .contains("\nE,0,0.00,\n"));
  }
}
