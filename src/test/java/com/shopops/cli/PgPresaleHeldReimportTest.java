package com.shopops.cli;

import com.shopops.store.TestPostgres;
import org.junit.jupiter.api.Tag;

/** {@link PresaleHeldReimportTest} on PostgreSQL: the same paid times, days and messages. */
@Tag("postgres")
class PgPresaleHeldReimportTest extends PresaleHeldReimportTest {
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
  java.sql.Connection connection(CliRunner cli) throws Exception {
    return TestPostgres.get().connection(db);
  }
}
