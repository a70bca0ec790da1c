package com.shopops.cli;

import com.shopops.store.TestPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** tryout26b B6 on PostgreSQL: the older export's note, as on SQLite. */
@Tag("postgres")
class PgOlderSnapshotNoteTest {
  @TempDir Path dir;

  @Test
  void anOlderExportAfterANewerOneSaysSoOnce() throws Exception {
    TestPostgres pg = TestPostgres.get();
    OlderSnapshotNoteTest.newerThenOlder(
        new CliRunner(dir).store(pg.url(pg.newDatabase())), dir, false);
  }

  @Test
  void anExportOlderOnlyByItsRefundSaysSo() throws Exception {
    TestPostgres pg = TestPostgres.get();
    OlderSnapshotNoteTest.olderRefundOnly(
        new CliRunner(dir).store(pg.url(pg.newDatabase())), dir, false);
  }
}
