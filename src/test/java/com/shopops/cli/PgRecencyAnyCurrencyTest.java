package com.shopops.cli;

import com.shopops.store.TestPostgres;
import java.sql.Connection;
import org.junit.jupiter.api.Tag;

/**
 * {@link RecencyAnyCurrencyTest} on PostgreSQL: orders and the last order of every currency, money
 * of the ranked one, from the maintained figures and the raw rows alike.
 */
@Tag("postgres")
class PgRecencyAnyCurrencyTest extends RecencyAnyCurrencyTest {
  private String db;

  @Override
  CliRunner runner() {
    TestPostgres pg = TestPostgres.get();
    db = pg.newDatabase();
    return new CliRunner(dir).store(pg.url(db));
  }

  @Override
  String rows(CliRunner cli, String query) throws Exception {
    try (Connection c = TestPostgres.get().connection(db)) {
      return CliRunner.rows(c, query);
    }
  }
}
