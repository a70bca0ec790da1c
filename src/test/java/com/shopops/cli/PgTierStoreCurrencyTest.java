package com.shopops.cli;

import com.shopops.store.TestPostgres;
import org.junit.jupiter.api.Tag;

/**
 * {@link TierStoreCurrencyTest} on PostgreSQL: the same buyers' queries, kept figures and raw rows.
 */
@Tag("postgres")
class PgTierStoreCurrencyTest extends TierStoreCurrencyTest {
  @Override
  CliRunner runner() {
    TestPostgres pg = TestPostgres.get();
    return new CliRunner(dir).store(pg.url(pg.newDatabase()));
  }
}
