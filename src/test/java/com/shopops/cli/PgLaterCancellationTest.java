package com.shopops.cli;

import com.shopops.store.TestPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link LaterCancellationTest} on PostgreSQL: the same figures (review16 Q6). */
@Tag("postgres")
class PgLaterCancellationTest {
  @TempDir Path dir;

  @Test
  void aLaterCancellationCountsOnTheDayTheImportFirstSawItOnPostgres() {
    TestPostgres pg = TestPostgres.get();
    LaterCancellationTest.check(new CliRunner(dir).store(pg.url(pg.newDatabase())), dir);
  }
}
