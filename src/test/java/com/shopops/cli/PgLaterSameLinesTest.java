package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.shopops.store.TestPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
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

  private void same(Path file, TestPostgres pg, String db) throws Exception {
    try (Connection a = DriverManager.getConnection("jdbc:sqlite:" + file);
        Connection b = pg.connection(db)) {
      for (String t :
          java.util.List.of(
              LaterSameLinesTest.LINES,
              "SELECT import_id, kind, record_id, message FROM anomalies ORDER BY import_id, kind")) {
        assertEquals(PgImportParityTest.rows(a, t), PgImportParityTest.rows(b, t), t);
      }
    }
  }

  @Test
  void tmallSameAsOnSqlite() throws Exception {
    TestPostgres pg = TestPostgres.get();
    String db = pg.newDatabase();
    Path file = dir.resolve("t.db");
    String onSqlite = LaterSameLinesTest.tmallSteps(new CliRunner(dir).store(file.toString()), dir);
    CliRunner cli = new CliRunner(dir).store(pg.url(db));
    String onPg = LaterSameLinesTest.tmallSteps(cli, dir);
    assertEquals(onSqlite, onPg);
    LaterSameLinesTest.assertContains(onPg, LaterSameLinesTest.TMALL_SAID_13);
    LaterSameLinesTest.assertContains(onPg, LaterSameLinesTest.TMALL_NOTE_13);
    try (Connection b = pg.connection(db)) {
      assertEquals(LaterSameLinesTest.TMALL_LINES, CliRunner.rows(b, LaterSameLinesTest.LINES));
    }
    same(file, pg, db);
  }

  @Test
  void olistSameAsOnSqlite() throws Exception {
    TestPostgres pg = TestPostgres.get();
    String db = pg.newDatabase();
    Path file = dir.resolve("o.db");
    String onSqlite = LaterSameLinesTest.olistSteps(new CliRunner(dir).store(file.toString()), dir);
    CliRunner cli = new CliRunner(dir).store(pg.url(db));
    String onPg = LaterSameLinesTest.olistSteps(cli, dir);
    assertEquals(onSqlite, onPg);
    LaterSameLinesTest.assertContains(onPg, LaterSameLinesTest.OLIST_SAID_2);
    try (Connection b = pg.connection(db)) {
      assertEquals(LaterSameLinesTest.OLIST_LINES, CliRunner.rows(b, LaterSameLinesTest.LINES));
    }
    same(file, pg, db);
  }
}
