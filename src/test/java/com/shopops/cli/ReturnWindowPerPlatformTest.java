package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Madrid shop gives 14 days (EU Directive 2011/83 Art.9) while its Tmall storefront keeps Tmall's
 * 7 (review17 R24): {@code returns.window_days.taobao} sets the marketplace's own window, and every
 * rule that reads the window (eligible, the flags of a recorded return, its warning) reads the
 * order's. Before, one window served the whole store: with 14 days the Tmall order was listed as
 * still returnable after Tmall's window had closed; with 7 the shop's own was dropped.
 */
class ReturnWindowPerPlatformTest {
  @TempDir Path dir;

  private static final String TMALL =
      "订单编号,买家会员名,买家应付货款,买家应付邮费,总金额,买家实际支付金额,订单状态,订单创建时间,订单付款时间\n"
          + "3962574745609586001,tb52017719,59.00,0.00,59.00,59.00,卖家已发货，等待买家确认,"
          + "2026-11-05 10:00:00,2026-11-05 10:01:00\n";

  private static final String OWN =
      "order_id,customer_id,created_at,paid_at,status,sku,quantity,amount\n"
          + "W1,C1,2026-11-05 10:00:00,2026-11-05 10:01:00,shipped,CAM-M,1,45.00\n";

  private static final String SHIPMENTS =
      "order_id,carrier,tracking_no,shipped_at,delivered_at\n"
          + "3962574745609586001,SF,SF1,2026-11-06 09:00:00,2026-11-10 12:00:00\n"
          + "W1,SEUR,SE1,2026-11-06 09:00:00,2026-11-10 12:00:00\n";

  private CliRunner store() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Europe/Madrid", "--currency", "EUR", "-q");
    cli.expect(0, "config", "set", "returns.window_days", "14");
    cli.expect(0, "config", "set", "returns.window_days.taobao", "7");
    cli.expect(0, "-q", "import", "orders", TestFiles.write(dir, "tmall.csv", TMALL).toString());
    cli.expect(0, "-q", "import", "orders", TestFiles.write(dir, "own.csv", OWN).toString());
    cli.expect(
        0, "-q", "import", "shipments", TestFiles.write(dir, "ship.csv", SHIPMENTS).toString());
    return cli;
  }

  @Test
  void eachOrderHasItsMarketplacesWindow() throws Exception {
    CliRunner cli = store();
    // delivered 11-10 12:00 (Madrid): Tmall's 7 days close at 24:00 Beijing time on 11-17, which
    // is 11-17 17:00 in Madrid (tryout17 U3: not Madrid's midnight); the shop's 14 on 11-25
    String on17 = cli.expect(0, "--now", "2026-11-17 16:00", "returns", "eligible").out();
    assertEquals(
        "order_id,customer_id,delivered_at,window_closes_at,days_left,hours_left\n"
            + "3962574745609586001,tb52017719,2026-11-10 12:00:00,2026-11-17 17:00:00,0,1\n"
            + "W1,C1,2026-11-10 12:00:00,2026-11-25 00:00:00,7,8\n",
        on17);
    String on20 = cli.expect(0, "--now", "2026-11-20 10:00", "returns", "eligible").out();
    assertEquals(
        "order_id,customer_id,delivered_at,window_closes_at,days_left,hours_left\n"
            + "W1,C1,2026-11-10 12:00:00,2026-11-25 00:00:00,4,14\n",
        on20);
  }

  @Test
  void aReturnIsFlaggedAgainstItsOrdersWindow() throws Exception {
    CliRunner cli = store();
    CliRunner.Result tmall =
        cli.expect(
            0,
            "--now",
            "2026-11-20 10:00",
            "returns",
            "add",
            "3962574745609586001",
            "--reason",
            "no-reason");
    assertTrue(
        tmall.err().contains("after the 7-day no-reason window closed at 2026-11-17 17:00"),
        tmall.err());
    CliRunner.Result own =
        cli.expect(0, "--now", "2026-11-20 10:00", "returns", "add", "W1", "--reason", "no-reason");
    assertEquals(
        "Recorded return RT20261120002 of order W1 SKU CAM-M (1 unit, no_reason)\n", own.err());
    assertEquals(
        "3962574745609586001|1\nW1|0\n",
        cli.sql("SELECT order_id, outside_window FROM returns ORDER BY order_id"));
  }

  @Test
  void aMarketplaceWindowMustBeWholeDays() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Europe/Madrid", "-q");
    CliRunner.Result r = cli.run("config", "set", "returns.window_days.jd", "0");
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().contains("must be at least 1 day"), r.err());
    cli.expect(0, "config", "set", "returns.window_days.jd", "15");
    assertTrue(cli.expect(0, "config", "show").out().contains("returns.window_days.jd"));
  }
}
