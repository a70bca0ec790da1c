package com.shopops.cli;

import com.shopops.store.TestPostgres;
import org.junit.jupiter.api.Tag;

/** {@link ExportParcelRemovalTest} (tryout23b A10) on PostgreSQL. */
@Tag("postgres")
class PgExportParcelRemovalTest extends ExportParcelRemovalTest {
  private String db;

  @Override
  CliRunner newStore() {
    TestPostgres pg = TestPostgres.get();
    db = pg.newDatabase();
    CliRunner cli = new CliRunner(dir).store(pg.url(db));
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    return cli;
  }

  @Override
  String q(CliRunner cli, String query) throws Exception {
    try (var c = TestPostgres.get().connection(db)) {
      return CliRunner.rows(c, query);
    }
  }
}
