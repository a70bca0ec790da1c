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

  @Override
  void olderVersion(CliRunner cli) throws Exception {
    q(cli, "ALTER TABLE order_refund_steps DROP COLUMN before_stated_at"); // V051 (refunds24)
    q(cli, "ALTER TABLE order_refund_steps DROP COLUMN after_stated_at");
    q(cli, "ALTER TABLE orders DROP COLUMN paid_seen_at"); // V049's column
    q(cli, "DELETE FROM schema_migrations WHERE version > 48");
  }
}
