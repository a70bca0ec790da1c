package com.shopops.cli;

import com.shopops.store.TestPostgres;
import org.junit.jupiter.api.Tag;

/**
 * {@link MixedCurrencyClvTest} on PostgreSQL: the buyers' query (every buyer for the tiers, the
 * ranked ones for RFM) and the other currencies' orders the CLV money leaves out.
 */
@Tag("postgres")
class PgMixedCurrencyClvTest extends MixedCurrencyClvTest {
  @Override
  CliRunner runner() {
    TestPostgres pg = TestPostgres.get();
    return new CliRunner(dir).store(pg.url(pg.newDatabase()));
  }
}
