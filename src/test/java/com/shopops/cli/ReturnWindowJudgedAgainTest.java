package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window flags of a stored return follow what is known (review19 V13, V23): a no-reason return
 * imported before its order's delivery time is judged again when the shipments arrive or correct
 * it, and every stored return again when the return rules change ({@code config set returns.*}).
 * Before, the flag was frozen at the return's import: a request at 24:00 of the 7th day stayed
 * "inside" for ever, and a Shopify return stayed "outside" after the shop's 30 days were set.
 */
class ReturnWindowJudgedAgainTest {
  @TempDir Path dir;

  static final String ORDERS =
      "order_id,customer_id,created_at,paid_at,status,sku,quantity,amount\n"
          + "A1,C1,2026-11-01 10:00:00,2026-11-01 10:01:00,shipped,BAND,1,199.00\n"
          + "A2,C2,2026-11-01 10:00:00,2026-11-01 10:01:00,shipped,CASE,1,25.00\n";

  /** A1 asked at 24:00 of the 7th day after a delivery on 11-05; A2 at 23:59 of its 7th. */
  static final String RETURNS =
      "return_id,order_id,sku,quantity,requested_at,reason\n"
          + "R1,A1,BAND,1,2026-11-13 00:00:00,no_reason\n"
          + "R2,A2,CASE,1,2026-11-12 23:59:00,no_reason\n";

  static final String SHIPMENTS =
      "order_id,carrier,tracking_no,shipped_at,delivered_at\n"
          + "A1,SF,SF1,2026-11-03 09:00:00,2026-11-05 15:00:00\n"
          + "A2,SF,SF2,2026-11-03 09:00:00,2026-11-05 15:00:00\n";

  /** The courier's corrected list: A1 was signed for a day later, so R1 is inside after all. */
  static final String SHIPMENTS_CORRECTED =
      "order_id,carrier,tracking_no,shipped_at,delivered_at\n"
          + "A1,SF,SF1,2026-11-03 09:00:00,2026-11-06 09:00:00\n";

  static final String FLAGS =
      "SELECT return_id, outside_window, not_eligible FROM returns ORDER BY return_id";

  static void returnsFirst(CliRunner cli, Path dir) throws Exception {
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    cli.expect(0, "-q", "import", "orders", TestFiles.write(dir, "o.csv", ORDERS).toString());
    cli.expect(0, "-q", "import", "returns", TestFiles.write(dir, "r.csv", RETURNS).toString());
  }

  @Test
  void shipmentsImportedAfterTheReturnsJudgeTheirWindowAgain() throws Exception {
    CliRunner cli = new CliRunner(dir);
    returnsFirst(cli, dir);
    assertEquals("R1|0|0\nR2|0|0\n", cli.sql(FLAGS)); // no delivery time yet: nothing to judge
    CliRunner.Result ship =
        cli.expect(0, "import", "shipments", TestFiles.write(dir, "s.csv", SHIPMENTS).toString());
    assertEquals("R1|1|0\nR2|0|0\n", cli.sql(FLAGS)); // as if the shipments had come first
    assertTrue(
        ship.err()
            .contains(
                "s.csv: the no-reason window of 1 stored return was judged again with the"
                    + " delivery times now known"),
        ship.err());
    assertEquals(
        "return_id,order_id,sku,quantity,reason,step,since,waited_hours,due_at,overdue,"
            + "outside_window\n"
            + "R2,A2,CASE,1,no_reason,requested,2026-11-12 23:59:00,178.0,"
            + "2026-11-14 23:59:00,true,false\n"
            + "R1,A1,BAND,1,no_reason,requested,2026-11-13 00:00:00,178.0,"
            + "2026-11-15 00:00:00,true,true\n",
        cli.expect(0, "--now", "2026-11-20 10:00", "returns", "open").out());
    // the delivery corrected to a day later: R1's request is inside the window again
    CliRunner.Result corrected =
        cli.expect(
            0,
            "import",
            "shipments",
            TestFiles.write(dir, "s2.csv", SHIPMENTS_CORRECTED).toString());
    assertEquals("R1|0|0\nR2|0|0\n", cli.sql(FLAGS));
    assertTrue(corrected.err().contains("1 stored return was judged again"), corrected.err());
    // the same list again changes nothing and says nothing of returns
    CliRunner.Result again =
        cli.expect(
            0,
            "import",
            "shipments",
            TestFiles.write(dir, "s3.csv", SHIPMENTS_CORRECTED).toString());
    assertEquals("R1|0|0\nR2|0|0\n", cli.sql(FLAGS));
    assertTrue(!again.err().contains("judged again"), again.err());
  }

  /** tryout21 Z15: a stale outside_window (set by SQL) is mended by check --rebuild. */
  @Test
  void checkRebuildJudgesStaleWindowsAgain() throws Exception {
    CliRunner cli = new CliRunner(dir);
    returnsFirst(cli, dir);
    cli.expect(0, "-q", "import", "shipments", TestFiles.write(dir, "s.csv", SHIPMENTS).toString());
    assertEquals("R1|1|0\nR2|0|0\n", cli.sql(FLAGS));
    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + cli.db());
        var st = c.createStatement()) {
      st.executeUpdate("UPDATE returns SET outside_window = 1 - outside_window");
    }
    assertEquals("R1|0|0\nR2|1|0\n", cli.sql(FLAGS));
    cli.expect(0, "-q", "check", "--rebuild");
    assertEquals("R1|1|0\nR2|0|0\n", cli.sql(FLAGS));
  }

  @Test
  void theSameStoreWhateverTheOrderOfTheImports() throws Exception {
    CliRunner first = new CliRunner(dir).store(dir.resolve("first.db").toString());
    first.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    first.expect(0, "-q", "import", "orders", TestFiles.write(dir, "o.csv", ORDERS).toString());
    first.expect(
        0, "-q", "import", "shipments", TestFiles.write(dir, "s.csv", SHIPMENTS).toString());
    first.expect(0, "-q", "import", "returns", TestFiles.write(dir, "r.csv", RETURNS).toString());
    CliRunner later = new CliRunner(dir).store(dir.resolve("later.db").toString());
    returnsFirst(later, dir);
    later.expect(0, "-q", "import", "shipments", dir.resolve("s.csv").toString());
    assertEquals(
        CliRunner.sql(dir.resolve("first.db"), FLAGS),
        CliRunner.sql(dir.resolve("later.db"), FLAGS));
    assertEquals("R1|1|0\nR2|0|0\n", CliRunner.sql(dir.resolve("later.db"), FLAGS));
  }

  /** A JD shop's overseas Shopify side store promises 30 days; its JD orders keep China's 7. */
  @Test
  void aChangeOfTheRulesJudgesTheStoredReturnsAgain() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    cli.expect(0, "-q", "import", "orders", TestFiles.write(dir, "o.csv", ORDERS).toString());
    cli.expect(0, "-q", "import", "shipments", TestFiles.write(dir, "s.csv", SHIPMENTS).toString());
    String late =
        "return_id,order_id,sku,quantity,requested_at,reason\n"
            + "S9,A2,CASE,1,2026-11-25 10:00:00,no_reason\n";
    cli.expect(0, "-q", "import", "returns", TestFiles.write(dir, "late.csv", late).toString());
    assertEquals("S9|1|0\n", cli.sql(FLAGS));
    CliRunner.Result set = cli.expect(0, "config", "set", "returns.window_days.other", "30");
    assertEquals(
        "returns.window_days.other = 30\n"
            + "note: the no-reason window of 1 stored return was judged again under the new rules"
            + " (returns open/show show the new outside_window and not_eligible)\n",
        set.err());
    assertEquals("S9|0|0\n", cli.sql(FLAGS));
    assertEquals(
        "order_id,customer_id,delivered_at,window_closes_at,days_left,hours_left\n"
            + "A1,C1,2026-11-05 15:00:00,2026-12-06 00:00:00,15,14\n"
            + "A2,C2,2026-11-05 15:00:00,2026-12-06 00:00:00,15,14\n",
        cli.expect(0, "--now", "2026-11-20 10:00", "returns", "eligible").out());
    // a not-eligible SKU is a rule too
    cli.expect(0, "config", "set", "returns.not_eligible_skus", "CASE");
    assertEquals("S9|0|1\n", cli.sql(FLAGS));
    CliRunner.Result unset = cli.expect(0, "config", "unset", "returns.window_days.other");
    assertTrue(unset.err().contains("1 stored return was judged again"), unset.err());
    assertEquals("S9|1|1\n", cli.sql(FLAGS));
    // another rule changes no flag and says nothing of returns
    CliRunner.Result other = cli.expect(0, "config", "set", "sla.ship_within", "48h");
    assertEquals("sla.ship_within = 48h\n", other.err());
  }
}
