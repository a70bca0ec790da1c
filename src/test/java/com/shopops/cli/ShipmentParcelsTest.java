package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An order shipped in two parcels (拆包发货, review19 V24): before, the store kept whichever row came
 * last in the file, so the same two rows in the other order made the order late (shipped 11-04
 * 12:00, 26 h) instead of on time (11-03 15:00) and moved the 7-day window by a day. Now each
 * parcel is kept and the order's shipment is made of them by one rule: shipped when the first
 * parcel left, delivered when the last one was signed for.
 */
class ShipmentParcelsTest {
  @TempDir Path dir;

  private static final String ORDERS =
      "订单号,商品ID,商品名称,订购数量,支付方式,下单时间,京东价,订单金额,结算金额,余额支付,应付金额,订单状态,"
          + "订单类型,下单帐号,客户姓名,运费金额,付款确认时间,货号,订单完成时间\n"
          + "400100000008,100081,智能手环 7,1,在线支付,2026/11/3 10:00,249.00,249.00,249.00,0.00,"
          + "249.00,完成,普通订单,jd_feng08,冯涛,0.00,2026/11/3 10:02,0SKU-BAND7,2026/11/5 15:00\n";

  private static final String HEAD = "订单号,快递公司,运单号,发货时间,签收时间\n";
  private static final String A =
      "400100000008,京东物流,JDVA1000000008A,2026/11/3 15:00,2026/11/5 15:00\n";
  private static final String B =
      "400100000008,京东物流,JDVA1000000008B,2026/11/4 12:00,2026/11/6 10:00\n";

  /** The order as the export says it before the buyer confirmed receipt (等待确认收货). */
  private static final String ORDERS_SHIPPED =
      ORDERS.replace(",完成,", ",等待确认收货,").replace(",2026/11/5 15:00\n", ",\n");

  private CliRunner store(String name, String shipments) throws Exception {
    return store(name, ORDERS, shipments);
  }

  private CliRunner store(String name, String orders, String shipments) throws Exception {
    CliRunner cli = new CliRunner(dir.resolve(name));
    java.nio.file.Files.createDirectories(dir.resolve(name));
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    cli.expect(0, "-q", "import", "orders", TestFiles.write(dir, "o.csv", orders).toString());
    String err =
        cli.expect(0, "import", "shipments", TestFiles.write(dir, name + ".csv", shipments) + "")
            .err();
    // a second parcel is no correction of the first: no conflicting-rows anomaly
    assertEquals(false, err.contains("anomal"), err);
    return cli;
  }

  /** The stored record and parcels, times in Beijing. */
  private static String stored(CliRunner cli) throws Exception {
    return cli.sql(
            "SELECT order_id, carrier, tracking_no, datetime(shipped_at, 'unixepoch', '+8 hours'),"
                + " datetime(delivered_at, 'unixepoch', '+8 hours') FROM shipments")
        + cli.sql(
            "SELECT order_id, parcel, datetime(shipped_at, 'unixepoch', '+8 hours'),"
                + " datetime(delivered_at, 'unixepoch', '+8 hours') FROM shipment_parcels"
                + " ORDER BY parcel");
  }

  private static String total(CliRunner cli) {
    String out = cli.expect(0, "--now", "2026-11-20 10:00", "sla", "report", "-f", "csv").out();
    String[] lines = out.split("\n");
    return lines[lines.length - 1];
  }

  @Test
  void rowOrderChangesNothing() throws Exception {
    CliRunner ab = store("ab", HEAD + A + B);
    CliRunner ba = store("ba", HEAD + B + A);
    String expected =
        "400100000008|京东物流|JDVA1000000008A|2026-11-03 15:00:00|2026-11-06 10:00:00\n"
            + "400100000008|JDVA1000000008A|2026-11-03 15:00:00|2026-11-05 15:00:00\n"
            + "400100000008|JDVA1000000008B|2026-11-04 12:00:00|2026-11-06 10:00:00\n";
    assertEquals(expected, stored(ab));
    assertEquals(expected, stored(ba));
    // on time (paid 10:02, out 15:00: 5.0 h), delivered 11-06 10:00, 67.0 h after the first parcel
    // left (late against 211: by 11-04 15:00); before: shipped late 26.0 h (B last) or delivered
    // in 48.0 h (A last)
    String t = "total,1,1,0,0,0,0,0,0,0,0,0,1.0000,0.0000,5.0,5.0,0,1,0,0,0,0.0000,67.0,67.0";
    assertEquals(t, total(ab));
    assertEquals(t, total(ba));
    // the 7-day window runs from the day after the last parcel was signed for (11-06): closes 11-14
    String row = "400100000008,jd_feng08,2026-11-06 10:00:00,2026-11-14 00:00:00,1,14";
    for (CliRunner cli : new CliRunner[] {ab, ba}) {
      String out = cli.expect(0, "--now", "2026-11-12 10:00", "returns", "eligible").out();
      assertEquals(row, out.lines().filter(l -> l.startsWith("400100000008")).findFirst().get());
    }
  }

  @Test
  void aParcelStillOnItsWayLeavesTheOrderUndelivered() throws Exception {
    String late = "400100000008,京东物流,JDVA1000000008B,2026/11/4 12:00,\n";
    CliRunner cli = store("open", ORDERS_SHIPPED, HEAD + late + A);
    assertEquals(
        "400100000008|京东物流|JDVA1000000008A|2026-11-03 15:00:00|null\n"
            + "400100000008|JDVA1000000008A|2026-11-03 15:00:00|2026-11-05 15:00:00\n"
            + "400100000008|JDVA1000000008B|2026-11-04 12:00:00|null\n",
        stored(cli));
    // a later file signs B for: the order is delivered then, whatever file brought which parcel
    cli.expect(
        0, "-q", "import", "shipments", TestFiles.write(dir, "signed.csv", HEAD + B).toString());
    assertEquals(
        "400100000008|京东物流|JDVA1000000008A|2026-11-03 15:00:00|2026-11-06 10:00:00\n"
            + "400100000008|JDVA1000000008A|2026-11-03 15:00:00|2026-11-05 15:00:00\n"
            + "400100000008|JDVA1000000008B|2026-11-04 12:00:00|2026-11-06 10:00:00\n",
        stored(cli));
  }

  /**
   * tryout20 Y8: a completed order (the buyer confirmed receipt) whose later shipments file names a
   * tracking number as first typed (JDV0O9 for JDVA…A) keeps its signed delivery: the parcel never
   * signed for is a number replaced, not goods on their way.
   */
  @Test
  void aReplacedTrackingNumberOfACompletedOrderLeavesItsDelivery() throws Exception {
    CliRunner cli = store("typo", HEAD + A);
    cli.expect(
        0,
        "-q",
        "import",
        "shipments",
        TestFiles.write(dir, "typo.csv", HEAD + "400100000008,京东物流,JDV0O9,2026/11/3 15:00,\n")
            .toString());
    assertEquals(
        "2026-11-05 15:00:00\n",
        cli.sql("SELECT datetime(delivered_at, 'unixepoch', '+8 hours') FROM shipments"));
    assertEquals(2, Integer.parseInt(cli.sql("SELECT count(*) FROM shipment_parcels").strip()));
  }
}
