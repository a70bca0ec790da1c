package com.shopops.cli;

import com.shopops.store.TestPostgres;
import org.junit.jupiter.api.Tag;

/** {@link PresaleParcelUpgradeTest} (tryout24a A8) on PostgreSQL. */
@Tag("postgres")
class PgPresaleParcelUpgradeTest extends PresaleParcelUpgradeTest {
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
  void olderVersion(CliRunner cli) throws Exception {
    q(cli, "ALTER TABLE order_refund_steps DROP COLUMN before_stated_at"); // V051 (refunds24)
    q(cli, "ALTER TABLE order_refund_steps DROP COLUMN after_stated_at");
    q(cli, "ALTER TABLE orders DROP COLUMN paid_seen_at"); // V049's column
    q(cli, "DELETE FROM schema_migrations WHERE version > 48");
  }
}
