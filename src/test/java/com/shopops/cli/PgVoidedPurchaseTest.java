package com.shopops.cli;

import com.shopops.store.TestPostgres;
import org.junit.jupiter.api.Tag;

/**
 * {@link VoidedPurchaseTest} on PostgreSQL: the same buyers' queries, kept figures and raw rows.
 */
@Tag("postgres")
class PgVoidedPurchaseTest extends VoidedPurchaseTest {
  @Override
  CliRunner runner() {
    TestPostgres pg = TestPostgres.get();
    return new CliRunner(dir).store(pg.url(pg.newDatabase()));
  }
}
