package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An older export imported after a newer one changes no money. */
class OlderExportTest {
  @TempDir Path dir;

  @Test
  void anOlderExportDoesNotTakeATotalBack() {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
    Path today =
        TestFiles.write(
            dir,
            "today.csv",
            "order_id,created_at,paid_at,status,amount\n"
                + "A1,2026-11-18 11:00:00,2026-11-18 11:01:00,completed,45.00\n");
    Path lastWeek =
        TestFiles.write(
            dir,
            "last-week.csv",
            "order_id,created_at,paid_at,status,amount\nA1,2026-11-18 11:00:00,,pending,0.00\n");
    cli.expect(0, "import", "orders", today.toString());
    cli.expect(0, "import", "orders", lastWeek.toString());
    String csv = cli.expect(0, "orders", "list", "--format", "csv").out();
    assertEquals(
        "order_id,customer_id,created_at,paid_at,shipped_at,delivered_at,status,amount,"
            + "shipping_fee,total,items,carrier,tracking_no,province,city,region\n"
            + "A1,,2026-11-18 11:00:00,2026-11-18 11:01:00,,,completed,45.00,,45.00,0,,,,,\n",
        csv);
  }
}
