package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link LaterSameLinesTest} on PostgreSQL (PgOrderStage#restamp): the same summaries, notes and
 * stored lines with their export times as on SQLite, for the Tmall and the olist sequence.
 */
@Tag("postgres")
class PgLaterSameLinesTest {
  @TempDir Path dir;

  private static final List<String> TABLES =
      List.of(
          LaterSameLinesTest.LINES,
          "SELECT import_id, kind, record_id, message FROM anomalies ORDER BY import_id, kind");

  @Test
  void tmallSameAsOnSqlite() throws Exception {
    OnBothStores.Ran ran =
        OnBothStores.same(dir, cli -> LaterSameLinesTest.tmallSteps(cli, dir), TABLES);
    LaterSameLinesTest.assertContains(ran.printed(), LaterSameLinesTest.TMALL_SAID_13);
    LaterSameLinesTest.assertContains(ran.printed(), LaterSameLinesTest.TMALL_NOTE_13);
    assertEquals(LaterSameLinesTest.TMALL_LINES, ran.pgText(LaterSameLinesTest.LINES));
  }

  @Test
  void olistSameAsOnSqlite() throws Exception {
    OnBothStores.Ran ran =
        OnBothStores.same(dir, cli -> LaterSameLinesTest.olistSteps(cli, dir), TABLES);
    LaterSameLinesTest.assertContains(ran.printed(), LaterSameLinesTest.OLIST_SAID_2);
    assertEquals(LaterSameLinesTest.OLIST_LINES, ran.pgText(LaterSameLinesTest.LINES));
  }
}
