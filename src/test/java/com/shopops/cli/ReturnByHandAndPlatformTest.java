package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A return entered by hand and the platform's export of the same request: one rule (tryout20 Y11,
 * Y5; review20 X9). The platform's row is the record: its units and times are the return's, a hand
 * entry of other units is absorbed (never a refusal of the file), and {@code returns show} keeps
 * the steps recorded by hand in the history, marked replaced where the platform dates them
 * otherwise, beside the platform's time for the step.
 *
 * <p>Fixture as ReturnAgentTest's: SO1 delivered 2026-11-10 23:59 with TEA-LJ-250 ×2 (536.00).
 */
class ReturnByHandAndPlatformTest {
  @TempDir Path dir;
  CliRunner cli;

  static final String HEADER =
      "return_id,order_id,sku,quantity,requested_at,approved_at,received_at,refunded_at,reason,"
          + "refund_amount\n";

  @BeforeEach
  void store() {
    cli = new CliRunner(dir).env("USER", "ops");
    ReturnAgentTest.store(cli);
  }

  private String file(String name, String rows) throws Exception {
    return TestFiles.write(dir, name, HEADER + rows).toString();
  }

  private String history(String returnId) {
    String csv = cli.expect(0, "returns", "show", returnId, "--format", "csv").out();
    return csv.substring(csv.indexOf("# history"));
  }

  /**
   * Y11: the buyer said "both" on the phone (2 units by hand), then filed 1 unit on the platform.
   * Before, the file was refused whole ("returns … total 3 units, but 2 were bought"); now the hand
   * entry is absorbed, with the platform's 1 unit, and the anomaly names it and both quantities.
   */
  @Test
  void aHandEntryOfOtherUnitsIsAbsorbedWithThePlatformsUnits() throws Exception {
    cli.expect(
        0,
        "-q",
        "returns",
        "add",
        "SO1",
        "--sku",
        "TEA-LJ-250",
        "--quantity",
        "2",
        "--reason",
        "no-reason",
        "--at",
        "2026-11-12 09:00",
        "--agent",
        "小王");
    CliRunner.Result r =
        cli.expect(
            0,
            "import",
            "returns",
            file("r.csv", "AS8001,SO1,TEA-LJ-250,1,2026-11-12 10:00,,,,no-reason,\n"));
    assertTrue(r.err().contains("1 new"), r.err());
    assertEquals(
        "AS8001|SO1|TEA-LJ-250|1|0\n",
        cli.sql("SELECT return_id, order_id, sku, quantity, refund_amount FROM returns"));
    assertEquals(
        "AS8001|1|requested|小王\n",
        cli.sql("SELECT return_id, seq, status, agent FROM return_events"));
    String show = cli.expect(0, "imports", "show", "2").out();
    assertTrue(
        show.contains(
            "anomaly:return-recorded-by-hand,AS8001,\"return RT20261112001, recorded by hand, is"
                + " the platform's AS8001 (same order and line; 2 units recorded by hand, 1 on the"
                + " platform): stored once, under the platform's id, with the platform's units and"
                + " times;"),
        show);
    String zh = cli.expect(0, "--lang", "zh", "imports", "show", "2").out();
    assertTrue(zh.contains("手工登记 2 件，平台 1 件"), zh);
    assertEquals(
        "# history\nreturn_id,step,at,agent,note,corrects,step_at,refund_before,refund_after,reason\n"
            + "AS8001,requested,2026-11-12 09:00:00,小王,replaced,,,,,\n"
            + "AS8001,requested,2026-11-12 10:00:00,(import),,,,,,\n",
        history("AS8001"));
  }

  /**
   * Y5: the steps phoned in and stepped by hand, then the platform's row of the same request with
   * its own times. The record is the platform's (fields), and the history says so: each hand step
   * dated otherwise is marked replaced, with the platform's time beside it. Before, the history
   * listed only the hand times under fields holding the platform's.
   */
  @Test
  void theHistoryOfAnAbsorbedReturnAgreesWithItsFields() throws Exception {
    cli.expect(
        0,
        "-q",
        "returns",
        "add",
        "SO1",
        "--sku",
        "TEA-LJ-250",
        "--reason",
        "no-reason",
        "--at",
        "2026-11-12 09:00",
        "--agent",
        "小王");
    cli.expect(
        0,
        "-q",
        "returns",
        "update",
        "RT20261112001",
        "--status",
        "approved",
        "--at",
        "2026-11-12 12:00",
        "--agent",
        "小李");
    cli.expect(
        0,
        "-q",
        "import",
        "returns",
        file(
            "r.csv",
            "AS9001,SO1,TEA-LJ-250,1,2026-11-12 09:05,2026-11-12 10:00,2026-11-14 10:00,"
                + "2026-11-15 10:00,no-reason,268.00\n"));
    String csv = cli.expect(0, "returns", "show", "AS9001", "--format", "csv").out();
    assertTrue(
        csv.contains(
            "AS9001,SO1,TEA-LJ-250,1,refunded,2026-11-12 09:05:00,2026-11-12 10:00:00,,"
                + "2026-11-14 10:00:00,2026-11-15 10:00:00,"),
        csv);
    assertEquals(
        "# history\nreturn_id,step,at,agent,note,corrects,step_at,refund_before,refund_after,reason\n"
            + "AS9001,requested,2026-11-12 09:00:00,小王,replaced,,,,,\n"
            + "AS9001,requested,2026-11-12 09:05:00,(import),,,,,,\n"
            + "AS9001,approved,2026-11-12 10:00:00,(import),,,,,,\n"
            + "AS9001,approved,2026-11-12 12:00:00,小李,replaced,,,,,\n"
            + "AS9001,received,2026-11-14 10:00:00,(import),,,,,,\n"
            + "AS9001,refunded,2026-11-15 10:00:00,(import),,,,,,\n",
        history("AS9001"));
    String zh =
        cli.expect(0, "--lang", "zh", "returns", "show", "AS9001", "--format", "table").out();
    assertTrue(zh.contains("已被取代"), zh);
  }

  /**
   * X9: a return imported, stepped by a 客服, then a later export of the platform states the steps'
   * own times. The fields take the export's times; the history keeps cs1's steps, marked replaced,
   * and lists the export's. A step the export dates as cs1 did stays cs1's alone.
   */
  @Test
  void aLaterExportOverHandStepsIsShownInTheHistory() throws Exception {
    cli.expect(
        0,
        "-q",
        "import",
        "returns",
        file("r1.csv", "TK1001,SO1,TEA-LJ-250,1,2026-11-12 09:00,,,,quality,\n"));
    cli.expect(
        0,
        "-q",
        "returns",
        "update",
        "TK1001",
        "--status",
        "approved",
        "--at",
        "2026-11-18 09:00",
        "--agent",
        "cs1");
    cli.expect(
        0,
        "-q",
        "returns",
        "update",
        "TK1001",
        "--status",
        "received",
        "--at",
        "2026-11-19 10:00",
        "--agent",
        "cs1");
    cli.expect(
        0,
        "-q",
        "import",
        "returns",
        file(
            "r2.csv",
            "TK1001,SO1,TEA-LJ-250,1,2026-11-12 09:00,2026-11-18 08:30,2026-11-19 10:00,"
                + "2026-11-20 09:55,quality,268.00\n"));
    assertEquals(
        "# history\nreturn_id,step,at,agent,note,corrects,step_at,refund_before,refund_after,reason\n"
            + "TK1001,requested,2026-11-12 09:00:00,(import),,,,,,\n"
            + "TK1001,approved,2026-11-18 08:30:00,(import),,,,,,\n"
            + "TK1001,approved,2026-11-18 09:00:00,cs1,replaced,,,,,\n"
            + "TK1001,received,2026-11-19 10:00:00,cs1,,,,,,\n"
            + "TK1001,refunded,2026-11-20 09:55:00,(import),,,,,,\n",
        history("TK1001"));
    // review20 X9 rest: the import says which hand step it re-dated, old → new, and who recorded it
    // (before: no anomaly); cs1's received step at the file's own time is not named
    assertEquals(
        "anomaly:hand-step-redated|TK1001|steps recorded by hand that this file dates otherwise:"
            + " approved 2026-11-18 09:00 (cs1) → 2026-11-18 08:30; the return takes the file's"
            + " times, and returns show keeps the hand steps marked replaced\n",
        cli.sql("SELECT kind, record_id, message FROM anomalies WHERE kind LIKE '%hand-step%'"));
  }
}
