package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.shopops.store.TestPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * tryout22b B8 on PostgreSQL: `shipments restore-parcel --reason` stores why (V047
 * parcel_removals.restored_reason) and `shipments list` shows it beside the removal's reason.
 */
@Tag("postgres")
class PgParcelRestoreReasonTest {
  @TempDir Path dir;

  @Test
  void aRestoreKeepsItsOwnReason() throws Exception {
    TestPostgres pg = TestPostgres.get();
    String db = pg.newDatabase();
    CliRunner cli = new CliRunner(dir).store(pg.url(db));
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    cli.expect(
        0,
        "--now",
        "2026-11-20 10:00",
        "-q",
        "import",
        "orders",
        TestFiles.write(
                dir,
                "gen.csv",
                "order_id,customer_id,created_at,paid_at,status,sku,title,quantity,amount\n"
                    + "SO1,C1,2026-11-01 09:00:00,2026-11-01 09:05:00,paid,SKU-X,杯子,2,100.00\n")
            .toString());
    cli.expect(
        0,
        "--now",
        "2026-11-20 10:00",
        "-q",
        "import",
        "shipments",
        TestFiles.write(
                dir,
                "s.csv",
                "order_id,carrier,tracking_no,shipped_at,delivered_at\n"
                    + "SO1,顺丰速运,SF001,2026-11-02 18:00:00,\n"
                    + "SO1,顺丰速运,SF002,2026-11-02 19:00:00,\n")
            .toString());
    String[] who = {"--agent", "小王"};
    cli.expect(
        0,
        "--now",
        "2026-11-20 10:00",
        "-q",
        "shipments",
        "remove-parcel",
        "SO1",
        "SF002",
        who[0],
        who[1],
        "--reason",
        "typo");
    cli.expect(
        0,
        "--now",
        "2026-11-20 11:00",
        "-q",
        "shipments",
        "restore-parcel",
        "SO1",
        "SF002",
        "--agent",
        "老李",
        "--reason",
        "not a typo");
    try (var c = pg.connection(db)) {
      assertEquals(
          "typo|老李|not a typo\n",
          CliRunner.rows(c, "SELECT reason, restored_by, restored_reason FROM parcel_removals"));
    }
    assertEquals(
        "restored,SF002,小王,typo,2026-11-20 11:00:00,老李,not a typo",
        cli.expect(0, "shipments", "list", "SO1", "-f", "csv")
            .out()
            .lines()
            .filter(l -> l.startsWith("restored,"))
            .map(l -> l.replaceAll(",顺丰速运,[^,]*,,shipments import,s\\.csv,2026-11-20 10:00:00", ""))
            .findFirst()
            .orElse(""));
  }
}
