package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who moved a return (review13 M13, last paragraph): `returns add|update --agent NAME` records each
 * step with its agent (V026 return_events), the store's user when none is given, and `returns show`
 * prints the history in both languages. A refused step records nothing.
 *
 * <p>Fixture as ReturnsCommandTest's: SO1 delivered 2026-11-10 23:59 with TEA-LJ-250 ×2.
 */
class ReturnAgentTest {
  @TempDir Path dir;
  CliRunner cli;

  static final String EVENTS =
      "SELECT return_id, seq, datetime(at, 'unixepoch'), status, agent FROM return_events"
          + " ORDER BY return_id, seq";

  @BeforeEach
  void store() {
    cli = new CliRunner(dir).env("USER", "ops");
    store(cli);
  }

  /** The fixture's store (also {@link PgReturnAgentTest}'s). */
  static void store(CliRunner cli) {
    cli.expect(0, "init", "-q", "--tz", "Asia/Shanghai");
    cli.expect(0, "-q", "import", "orders", ReturnsCommandTest.fixture("orders.csv").toString());
  }

  /** R1 of SO1's TEA-LJ-250 requested by 小王 at 2026-11-12 09:00. */
  static void requested(CliRunner cli) {
    cli.expect(
        0,
        "-q",
        "returns",
        "add",
        "SO1",
        "--sku",
        "TEA-LJ-250",
        "--reason",
        "quality",
        "--id",
        "R1",
        "--at",
        "2026-11-12 09:00",
        "--agent",
        "小王");
  }

  /** `returns update R1 --status status --at at --agent agent`, exiting {@code exit}. */
  static void step(CliRunner cli, int exit, String status, String at, String agent) {
    cli.expect(
        exit, "-q", "returns", "update", "R1", "--status", status, "--at", at, "--agent", agent);
  }

  @Test
  void eachStepIsRecordedWithItsAgentAndShown() throws Exception {
    requested(cli);
    step(cli, 0, "approved", "2026-11-12 10:00", " 小李 ");
    // no --agent: the store's user (the login name for a store file)
    cli.expect(
        0, "-q", "returns", "update", "R1", "--status", "refunded", "--at", "2026-11-12 11:00");
    assertEquals(
        "R1|1|2026-11-12 01:00:00|requested|小王\n"
            + "R1|2|2026-11-12 02:00:00|approved|小李\n"
            + "R1|3|2026-11-12 03:00:00|refunded|ops\n",
        cli.sql(EVENTS));

    String csv = cli.expect(0, "returns", "show", "R1", "--format", "csv").out();
    assertTrue(csv.startsWith("return_id,order_id,sku,quantity,step,"), csv);
    assertTrue(csv.contains("R1,SO1,TEA-LJ-250,1,refunded,"), csv);
    String history = csv.substring(csv.indexOf("# history"));
    assertEquals(
        "# history\n"
            + "return_id,step,at,agent,note,corrects,step_at,refund_before,refund_after,reason\n"
            + "R1,requested,2026-11-12 09:00:00,小王,,,,,,\n"
            + "R1,approved,2026-11-12 10:00:00,小李,,,,,,\n"
            + "R1,refunded,2026-11-12 11:00:00,ops,,,,,,\n",
        history);
    String zh = cli.expect(0, "--lang", "zh", "returns", "show", "R1", "--format", "table").out();
    assertTrue(zh.contains("客服"), zh);
    assertTrue(zh.contains("已同意"), zh);
    assertTrue(zh.contains("小李"), zh);
  }

  @Test
  void aRefusedStepRecordsNoEventAndAnUnknownReturnIsNamed() throws Exception {
    requested(cli);
    step(cli, 0, "rejected", "2026-11-12 10:00", "小李");
    // approving a rejected return is refused: nothing changes, no event
    step(cli, 1, "approved", "2026-11-12 11:00", "小张");
    assertEquals(
        "R1|1|2026-11-12 01:00:00|requested|小王\nR1|2|2026-11-12 02:00:00|rejected|小李\n",
        cli.sql(EVENTS));
    var none = cli.expect(1, "returns", "show", "R9");
    assertTrue(none.err().contains("no return R9"), none.err());
    // a blank --agent is a usage error, as for every command that records someone
    cli.expect(2, "returns", "update", "R1", "--status", "received", "--agent", " ");
  }

  /**
   * An imported return's steps are its times (the tryout at the end of session 14 saw "(no rows)"):
   * `returns show` lists each from the return's time for it, with the agent (import), in the order
   * they happened, beside the steps recorded from the terminal; zh names the agent 导入. No event is
   * written for them.
   */
  @Test
  void anImportedReturnsStepsAreListedFromItsTimes() throws Exception {
    java.nio.file.Path f = dir.resolve("r.csv");
    java.nio.file.Files.writeString(
        f,
        "return_id,order_id,sku,quantity,requested_at,approved_at,reason\n"
            + "R7,SO1,TEA-LJ-250,1,2026-11-12 09:00,2026-11-12 10:30,quality\n");
    cli.expect(0, "-q", "import", "returns", f.toString());
    cli.expect(
        0,
        "-q",
        "returns",
        "update",
        "R7",
        "--status",
        "received",
        "--at",
        "2026-11-13 09:00",
        "--agent",
        "小李");
    String csv = cli.expect(0, "returns", "show", "R7", "--format", "csv").out();
    assertTrue(
        csv.endsWith(
            "# history\nreturn_id,step,at,agent,note,corrects,step_at,refund_before,refund_after,reason\n"
                + "R7,requested,2026-11-12 09:00:00,(import),,,,,,\n"
                + "R7,approved,2026-11-12 10:30:00,(import),,,,,,\n"
                + "R7,received,2026-11-13 09:00:00,小李,,,,,,\n"),
        csv);
    assertEquals("R7|1|2026-11-13 01:00:00|received|小李\n", cli.sql(EVENTS));
    String zh = cli.expect(0, "--lang", "zh", "returns", "show", "R7", "--format", "table").out();
    assertTrue(zh.contains("（导入）"), zh);
  }
}
