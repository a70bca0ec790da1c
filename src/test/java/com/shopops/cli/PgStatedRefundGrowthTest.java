package com.shopops.cli;

import com.shopops.store.TestPostgres;
import org.junit.jupiter.api.Tag;

/**
 * {@link StatedRefundGrowthTest} on PostgreSQL: V051's step trigger function keeps when each figure
 * was stated there too (it runs after V048's BEFORE UPDATE row trigger).
 */
@Tag("postgres")
class PgStatedRefundGrowthTest extends StatedRefundGrowthTest {
  @Override
  CliRunner newStore() {
    TestPostgres pg = TestPostgres.get();
    CliRunner cli = new CliRunner(dir).store(pg.url(pg.newDatabase()));
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "--currency", "USD", "-q");
    return cli;
  }
}
