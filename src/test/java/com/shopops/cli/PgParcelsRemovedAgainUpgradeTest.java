package com.shopops.cli;

import com.shopops.store.TestPostgres;
import org.junit.jupiter.api.Tag;

/** {@link ParcelsRemovedAgainUpgradeTest} (tryout23b A8) on PostgreSQL. */
@Tag("postgres")
class PgParcelsRemovedAgainUpgradeTest extends ParcelsRemovedAgainUpgradeTest {
  private String db;

  @Override
  CliRunner newStore() {
    TestPostgres pg = TestPostgres.get();
    db = pg.newDatabase();
    return new CliRunner(dir).store(pg.url(db));
  }

  @Override
  java.sql.Connection connection(CliRunner cli) throws Exception {
    return TestPostgres.get().connection(db);
  }
}
