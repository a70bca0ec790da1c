package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.shopops.store.TestPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review19 V13/V23 on PostgreSQL: the returns imported before the shipments are judged again when
 * the delivery times arrive, and again when the return rules change, as on SQLite.
 */
@Tag("postgres")
class PgReturnWindowJudgedAgainTest {
  @TempDir Path dir;

  @Test
  void flagsFollowTheDeliveryTimesAndTheRules() throws Exception {
    TestPostgres pg = TestPostgres.get();
    String db = pg.newDatabase();
    CliRunner cli = new CliRunner(dir).store(pg.url(db));
    ReturnWindowJudgedAgainTest.returnsFirst(cli, dir);
    try (Connection c = pg.connection(db)) {
      assertEquals("R1|0|0\nR2|0|0\n", CliRunner.rows(c, ReturnWindowJudgedAgainTest.FLAGS));
      cli.expect(
          0,
          "-q",
          "import",
          "shipments",
          TestFiles.write(dir, "s.csv", ReturnWindowJudgedAgainTest.SHIPMENTS).toString());
      assertEquals("R1|1|0\nR2|0|0\n", CliRunner.rows(c, ReturnWindowJudgedAgainTest.FLAGS));
      cli.expect(0, "config", "set", "returns.window_days.other", "30");
      assertEquals("R1|0|0\nR2|0|0\n", CliRunner.rows(c, ReturnWindowJudgedAgainTest.FLAGS));
    }
  }
}
