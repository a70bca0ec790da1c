package com.shopops.cli;

import com.shopops.store.TestPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** tryout22b B4 on PostgreSQL: an order export imported again leaves a removed parcel removed. */
@Tag("postgres")
class PgParcelsStayRemovedTest {
  @TempDir Path dir;

  @Test
  void theSameOrderExportImportedAgainDoesNotBringTheRemovedParcelBack() throws Exception {
    TestPostgres pg = TestPostgres.get();
    CliRunner cli = new CliRunner(dir).store(pg.url(pg.newDatabase()));
    ParcelsStayRemovedTest.removedFirst(cli, dir);
    ParcelsStayRemovedTest.importedAgain(cli, dir);
  }
}
