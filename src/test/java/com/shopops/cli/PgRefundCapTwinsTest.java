package com.shopops.cli;

import com.shopops.store.TestPostgres;
import org.junit.jupiter.api.Tag;

/** {@link RefundCapTwinsTest} on PostgreSQL: the SQL form there against the same Java form. */
@Tag("postgres")
class PgRefundCapTwinsTest extends RefundCapTwinsTest {
  private String db;

  @Override
  CliRunner newStore() {
    TestPostgres pg = TestPostgres.get();
    db = pg.newDatabase();
    CliRunner cli = new CliRunner(dir).store(pg.url(db));
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "--currency", "CNY", "-q");
    return cli;
  }

  @Override
  java.sql.Connection connection(CliRunner cli) throws Exception {
    return TestPostgres.get().connection(db);
  }
}
