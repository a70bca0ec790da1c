package com.shopops.cli;

import com.shopops.store.TestPostgres;
import org.junit.jupiter.api.Tag;

/** {@link ReturnsReportCurrencyTest} on PostgreSQL: the returns' order currencies in its SQL. */
@Tag("postgres")
class PgReturnsReportCurrencyTest extends ReturnsReportCurrencyTest {
  @Override
  CliRunner runner() {
    TestPostgres pg = TestPostgres.get();
    return new CliRunner(dir).store(pg.url(pg.newDatabase()));
  }
}
