package com.shopops.cli;

import com.shopops.store.TestPostgres;
import org.junit.jupiter.api.Tag;

/** {@link MetricsCurrencyViewTest} on PostgreSQL: the currency filters in its SQL (review15 P3). */
@Tag("postgres")
class PgMetricsCurrencyViewTest extends MetricsCurrencyViewTest {
  @Override
  CliRunner runner() {
    TestPostgres pg = TestPostgres.get();
    return new CliRunner(dir).store(pg.url(pg.newDatabase()));
  }
}
