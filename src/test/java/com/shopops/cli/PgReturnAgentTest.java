package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopops.store.TestPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `returns add|update --agent` on PostgreSQL (V026): the same history as on SQLite, `returns show`
 * alike, the agent defaulting to the database user, and `store copy` carrying return_events.
 */
@Tag("postgres")
class PgReturnAgentTest {
  @TempDir Path dir;

  /** ReturnAgentTest's steps: R1 requested, approved, a refused rejection. */
  private static void steps(CliRunner cli) {
    ReturnAgentTest.store(cli);
    ReturnAgentTest.requested(cli);
    ReturnAgentTest.step(cli, 0, "approved", "2026-11-12 10:00", "小李");
    ReturnAgentTest.step(cli, 1, "rejected", "2026-11-12 10:30", "小张");
  }

  @Test
  void theHistoryIsAsOnSqliteAndIsCopied() throws Exception {
    TestPostgres pg = TestPostgres.get();
    String db = pg.newDatabase();
    CliRunner sqlite = new CliRunner(dir).store(dir.resolve("r.db").toString());
    CliRunner postgres = new CliRunner(dir).store(pg.url(db));
    steps(sqlite);
    steps(postgres);
    String show = sqlite.expect(0, "returns", "show", "R1", "--format", "csv").out();
    assertTrue(show.endsWith("R1,approved,2026-11-12 10:00:00,小李,,,,,,\n"), show);
    assertEquals(show, postgres.expect(0, "returns", "show", "R1", "--format", "csv").out());
    // no --agent: the database user
    postgres.expect(0, "-q", "returns", "update", "R1", "--status", "received");
    String user = postgres.expect(0, "returns", "show", "R1", "--format", "csv").out();
    assertTrue(user.matches("(?s).*\nR1,received,[^,]+,[^,\n]+,,,,,,\n"), user);
    // PostgreSQL -> SQLite carries the history
    Path back = dir.resolve("back.db");
    postgres.expect(0, "-q", "store", "copy", pg.url(db), back.toString());
    assertEquals(
        user, new CliRunner(dir).store(back.toString()).expect(0, "returns", "show", "R1").out());
  }
}
