package com.shopops.cli;

import com.shopops.store.TestPostgres;
import org.junit.jupiter.api.Tag;

/**
 * {@link PresalePaidInFullTest} on PostgreSQL: the same figures and stored times (tryout21 Z2). The
 * upgrade of a SQLite store of schema 40 is SQLite's own.
 */
@Tag("postgres")
class PgPresalePaidInFullTest extends PresalePaidInFullTest {
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

  @Override
  void anOlderStoresDepositOnlyPresaleIsNoSaleAfterTheUpgrade() {
    // a SQLite store's schema taken back to 40: not a PostgreSQL case
  }
}
