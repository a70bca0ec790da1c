package com.shopops.cli;

import com.shopops.store.TestPostgres;
import org.junit.jupiter.api.Tag;

/** {@link MaskedBuyerIdsTest} on PostgreSQL. */
@Tag("postgres")
class PgMaskedBuyerIdsTest extends MaskedBuyerIdsTest {
  @Override
  CliRunner runner() {
    TestPostgres pg = TestPostgres.get();
    return new CliRunner(dir).store(pg.url(pg.newDatabase()));
  }
}
