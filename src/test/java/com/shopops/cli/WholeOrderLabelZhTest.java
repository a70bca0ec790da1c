package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Review19 V14: the row of whole-order returns in `returns report --by sku` is said in Chinese. */
class WholeOrderLabelZhTest {
  @TempDir Path dir;

  @Test
  void theWholeOrderRowIsSaidInChinese() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    Path o =
        TestFiles.write(
            dir,
            "orders.csv",
            "order_id,customer_id,created_at,paid_at,shipped_at,delivered_at,status,sku,quantity,amount\n"
                + "A1,C1,2026-11-01 08:00:00,2026-11-01 08:00:00,2026-11-01 18:00:00,"
                + "2026-11-03 10:00:00,delivered,SKU-1,1,30.00\n");
    cli.expect(0, "import", "orders", o.toString(), "-q");
    Path r =
        TestFiles.write(
            dir, "returns.csv", "return_id,order_id,requested_at\nR1,A1,2026-11-04 10:00:00\n");
    cli.expect(0, "import", "returns", r.toString(), "-q");
    String[] report = {
      "--now",
      "2026-11-20 10:00",
      "returns",
      "report",
      "--by",
      "sku",
      "--from",
      "2026-11-01",
      "--to",
      "2026-11-19",
      "--format",
      "table"
    };
    String en = cli.expect(0, report).out();
    assertTrue(en.contains("(whole order)"), en);
    String[] zhArgs = new String[report.length + 2];
    zhArgs[0] = "--lang";
    zhArgs[1] = "zh";
    System.arraycopy(report, 0, zhArgs, 2, report.length);
    String zh = cli.expect(0, zhArgs).out();
    // before: (whole order)
    assertTrue(zh.contains("（整单）"), zh);
    assertFalse(zh.contains("whole order"), zh);
  }
}
