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
 * {@link ExportedAtUnchangedTest} on PostgreSQL (PgOrderStage skipUnchanged): the same summaries
 * and the same stored export times, the orders' and their lines', as on SQLite.
 */
@Tag("postgres")
class PgExportedAtUnchangedTest {
  @TempDir Path dir;

  @Test
  void sameSummariesAndTimesAsOnSqlite() throws Exception {
    TestPostgres pg = TestPostgres.get();
    String db = pg.newDatabase();
    Path file = dir.resolve("s.db");
    String onSqlite = ExportedAtUnchangedTest.steps(new CliRunner(dir).store(file.toString()), dir);
    String onPg = ExportedAtUnchangedTest.steps(new CliRunner(dir).store(pg.url(db)), dir);
    assertEquals(ExportedAtUnchangedTest.EXPECTED, onPg);
    assertEquals(onSqlite, onPg);
    try (Connection a = DriverManager.getConnection("jdbc:sqlite:" + file);
        Connection b = pg.connection(db)) {
      assertEquals(
          PgImportParityTest.rows(a, ExportedAtUnchangedTest.TIMES),
          PgImportParityTest.rows(b, ExportedAtUnchangedTest.TIMES));
    }
  }
}
