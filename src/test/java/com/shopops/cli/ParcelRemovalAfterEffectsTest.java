package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code shipments remove-parcel} (tryout21): the returns' 7-day windows are judged again with the
 * delivery the removal gives back, as an import of shipments does (Z15); the order export's own
 * parcel is named as such, not said to be missing (Z13).
 */
class ParcelRemovalAfterEffectsTest {
  @TempDir Path dir;

  private static final String HEAD = "order_id,carrier,tracking_no,shipped_at,delivered_at\n";

  private static final String GEN_HEAD =
      "order_id,customer_id,created_at,paid_at,shipped_at,delivered_at,carrier,tracking_no,status,"
          + "sku,title,quantity,amount,shipping_fee,province,city\n";

  private static final String GEN_PAID =
      GEN_HEAD
          + "SO1,C1,2026-11-01 09:00:00,2026-11-01 09:05:00,,,,,paid,SKU-X,杯子,2,100.00,0.00,"
          + "广东,广州\n";

  private static final String GEN_SHIPPED =
      GEN_HEAD
          + "SO1,C1,2026-11-01 09:00:00,2026-11-01 09:05:00,2026-11-01 18:00:00,"
          + "2026-11-10 10:00:00,顺丰速运,SF001,delivered,SKU-X,杯子,2,100.00,0.00,广东,广州\n";

  private static final String P2 = "SO1,顺丰速运,SF002,2026-11-02 18:00:00,2026-11-03 10:00:00\n";

  private CliRunner store(String name) throws Exception {
    java.nio.file.Files.createDirectories(dir.resolve(name));
    CliRunner cli = new CliRunner(dir.resolve(name));
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    return cli;
  }

  private void load(CliRunner cli, String kind, String name, String text) {
    cli.expect(
        0,
        "--now",
        "2026-11-20 10:00",
        "-q",
        "import",
        kind,
        TestFiles.write(dir, name, text).toString());
  }

  @Test
  void removingAParcelJudgesTheReturnWindowsAgain() throws Exception {
    CliRunner cli = store("w");
    load(cli, "orders", "paid.csv", GEN_PAID);
    load(cli, "shipments", "p.csv", HEAD + P2);
    load(cli, "shipments", "typo.csv", HEAD + "SO1,顺丰速运,SF0O2,2026-11-02 18:00:00,\n");
    // no delivery known (SF0O2 not signed for): a no-reason return on 11-15 is not flagged
    cli.expect(
        0,
        "--now",
        "2026-11-20 10:00",
        "-q",
        "returns",
        "add",
        "SO1",
        "--reason",
        "no-reason",
        "--at",
        "2026-11-15 10:00");
    assertEquals("0\n", cli.sql("SELECT outside_window FROM returns WHERE order_id = 'SO1'"));
    CliRunner.Result r =
        cli.expect(
            0,
            "--now",
            "2026-11-20 10:00",
            "shipments",
            "remove-parcel",
            "SO1",
            "SF0O2",
            "--reason",
            "typo",
            "-f",
            "csv");
    // delivered 11-03 10:00 again: the 7-day window closed long before 11-15
    assertEquals("1\n", cli.sql("SELECT outside_window FROM returns WHERE order_id = 'SO1'"));
    assertTrue(
        r.err()
            .contains(
                "SF0O2: the no-reason window of 1 stored return was judged again with the"
                    + " delivery times now known"),
        r.err());
  }

  @Test
  void theOrderExportsOwnParcelIsNamedAsSuch() throws Exception {
    CliRunner cli = store("own");
    load(cli, "orders", "gen.csv", GEN_SHIPPED);
    load(cli, "shipments", "p2.csv", HEAD + P2);
    CliRunner.Result r = cli.expect(1, "shipments", "remove-parcel", "SO1", "SF001");
    assertEquals(
        "shopops: parcel SF001 of order SO1 comes from its order export (gen.csv) and cannot be"
            + " removed here; its parcels: SF001 (order export), SF002 (shipments import)\n"
            + "  hint: correct the tracking number in the order export and import it again\n",
        r.err());
    CliRunner.Result none = cli.expect(1, "shipments", "remove-parcel", "SO1", "SF009");
    assertEquals(
        "shopops: order SO1 has no parcel with tracking number SF009; its parcels: SF001 (order"
            + " export), SF002 (shipments import)\n",
        none.err());
    // each parcel with its source, in zh too (clarity25b)
    CliRunner.Result zh =
        cli.expect(1, "--lang", "zh", "shipments", "remove-parcel", "SO1", "SF009");
    assertEquals("shopops：订单 SO1 没有运单号为 SF009 的包裹；它的包裹：SF001（订单导出）、SF002（发货导入）\n", zh.err());
    assertEquals("0\n", cli.sql("SELECT count(*) FROM parcel_removals"));
  }
}
