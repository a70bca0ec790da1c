package com.shopops.cli;

import com.shopops.store.TestPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** tryout22b B9 on PostgreSQL: an older export's earlier outbound is taken, as on SQLite. */
@Tag("postgres")
class PgOlderExportOutboundTest {
  @TempDir Path dir;

  @Test
  void anOlderPartialExportImportedSecondTakesItsEarlierOutbound() throws Exception {
    TestPostgres pg = TestPostgres.get();
    OlderExportOutboundTest.backwards(
        new CliRunner(dir).store(pg.url(pg.newDatabase())), dir, false);
    OlderExportOutboundTest.backwards(
        new CliRunner(dir).store(pg.url(pg.newDatabase())), dir, true);
  }
}
