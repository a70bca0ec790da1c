package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review19 V14: the warehouse's late list says what to pack when asked: {@code sla overdue|at-risk
 * --columns …,sku,quantity}; the default columns are unchanged.
 */
class SlaItemsColumnsTest {
  @TempDir Path dir;

  private CliRunner store() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    Path f =
        TestFiles.write(
            dir,
            "orders.csv",
            String.join(
                "\n",
                "order_id,customer_id,created_at,paid_at,status,sku,title,quantity,amount",
                "A1,C1,2026-11-19 08:00:00,2026-11-19 08:00:00,paid,SKU-CASE15,壳,1,39.90",
                "A1,C1,2026-11-19 08:00:00,2026-11-19 08:00:00,paid,SKU-CBL1M,线,2,39.80",
                "A2,C2,2026-11-19 09:00:00,2026-11-19 09:00:00,paid,SKU-BAND7,表带,3,30.00",
                "A3,C3,2026-11-20 07:00:00,2026-11-20 07:00:00,paid,SKU-BAND7,表带,1,10.00",
                ""));
    cli.expect(0, "import", "orders", f.toString(), "-q");
    return cli;
  }

  @Test
  void theLateListSaysWhatToPack() throws Exception {
    CliRunner cli = store();
    var overdue =
        cli.expect(
            0,
            "--now",
            "2026-11-20 10:00",
            "sla",
            "overdue",
            "--columns",
            "order_id,sku,quantity",
            "--format",
            "csv");
    // before: exit 2, --columns: no column "sku" in this list
    assertEquals(
        "order_id,sku,quantity\nA1,\"SKU-CASE15 ×1, SKU-CBL1M ×2\",3\nA2,SKU-BAND7,3\n",
        overdue.out());
    var atRisk =
        cli.expect(
            0,
            "--now",
            "2026-11-20 10:00",
            "sla",
            "at-risk",
            "--within",
            "24h",
            "--columns",
            "order_id,quantity",
            "--format",
            "csv");
    assertEquals("order_id,quantity\nA3,1\n", atRisk.out());
    // the default csv keeps its columns
    var plain = cli.expect(0, "--now", "2026-11-20 10:00", "sla", "overdue", "--format", "csv");
    assertEquals(
        "order_id,customer_id,paid_at,ship_by,shipped_at,hours_late,carrier,province,status",
        plain.out().lines().findFirst().orElseThrow());
  }
}
