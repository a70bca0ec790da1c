package com.shopops.cli;

import com.shopops.store.TestPostgres;
import org.junit.jupiter.api.Tag;

/** {@link PaidSeenAgainUpgradeTest} (paid25b: V052) on PostgreSQL. */
@Tag("postgres")
class PgPaidSeenAgainUpgradeTest extends PaidSeenAgainUpgradeTest {
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

  @Override
  void schema51(CliRunner cli) throws Exception {
    q(cli, "DELETE FROM schema_migrations WHERE version > 51");
  }
}
