package com.shopops.cli;

import com.shopops.store.TestPostgres;
import org.junit.jupiter.api.Tag;

/** {@link ChannelOrdersMetricsTest} on PostgreSQL: the orders, sales and refunds of a platform. */
@Tag("postgres")
class PgChannelOrdersMetricsTest extends ChannelOrdersMetricsTest {
  @Override
  CliRunner runner() {
    TestPostgres pg = TestPostgres.get();
    return new CliRunner(dir).store(pg.url(pg.newDatabase()));
  }
}
