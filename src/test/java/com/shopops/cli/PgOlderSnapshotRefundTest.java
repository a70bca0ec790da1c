package com.shopops.cli;

import com.shopops.store.TestPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** tryout26a A2 on PostgreSQL: the older snapshot's {@code older-refund} anomaly, as on SQLite. */
@Tag("postgres")
class PgOlderSnapshotRefundTest {
  @TempDir Path dir;

  @Test
  void anOlderSnapshotWithoutTheStoredRefundIsSaid() {
    TestPostgres pg = TestPostgres.get();
    OlderSnapshotRefundTest.newerThenOlder(new CliRunner(dir).store(pg.url(pg.newDatabase())), dir);
  }
}
