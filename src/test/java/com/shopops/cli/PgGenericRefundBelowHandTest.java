package com.shopops.cli;

import com.shopops.store.TestPostgres;
import org.junit.jupiter.api.Tag;

/** {@link GenericRefundBelowHandTest} on PostgreSQL: the refund reversal reads the same there. */
@Tag("postgres")
class PgGenericRefundBelowHandTest extends GenericRefundBelowHandTest {
  @Override
  CliRunner newStore() {
    TestPostgres pg = TestPostgres.get();
    CliRunner cli = new CliRunner(dir).store(pg.url(pg.newDatabase()));
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "--currency", "CNY", "-q");
    return cli;
  }
}
