package com.shopops.cli;

import com.shopops.store.TestPostgres;
import org.junit.jupiter.api.Tag;

/** {@link TmallRefundRaisedTest} on PostgreSQL: the import's refund notes read the same there. */
@Tag("postgres")
class PgTmallRefundRaisedTest extends TmallRefundRaisedTest {
  @Override
  CliRunner newStore() {
    TestPostgres pg = TestPostgres.get();
    CliRunner cli = new CliRunner(dir).store(pg.url(pg.newDatabase()));
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    return cli;
  }
}
