package com.shopops.cli;

import com.shopops.store.TestPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link LaterPartialRefundTest} on PostgreSQL: the same figures (task timeedge). */
@Tag("postgres")
class PgLaterPartialRefundTest {
  @TempDir Path dir;

  @Test
  void aLaterPartialRefundCountsOnTheDayTheImportFirstSawItOnPostgres() {
    TestPostgres pg = TestPostgres.get();
    LaterPartialRefundTest.check(new CliRunner(dir).store(pg.url(pg.newDatabase())), dir);
  }
}
