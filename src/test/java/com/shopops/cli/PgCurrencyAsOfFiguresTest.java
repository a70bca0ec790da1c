package com.shopops.cli;

import com.shopops.store.TestPostgres;
import org.junit.jupiter.api.Tag;

/**
 * {@link CurrencyAsOfFiguresTest} on PostgreSQL: the same figures (review12 L7, L1, L10, L14), with
 * the per-period currencies, the customer list's currency filter and the as-of bounds in its SQL.
 */
@Tag("postgres")
class PgCurrencyAsOfFiguresTest extends CurrencyAsOfFiguresTest {
  @Override
  CliRunner runner() {
    TestPostgres pg = TestPostgres.get();
    return new CliRunner(dir).store(pg.url(pg.newDatabase()));
  }
}
