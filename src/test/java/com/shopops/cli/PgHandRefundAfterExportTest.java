package com.shopops.cli;

import com.shopops.store.TestPostgres;
import org.junit.jupiter.api.Tag;

/**
 * {@link HandRefundAfterExportTest} on PostgreSQL: a 价保 refunded by hand after the export is a
 * further refund there too (the customer figures read the returns' sums joined on PostgreSQL).
 */
@Tag("postgres")
class PgHandRefundAfterExportTest extends HandRefundAfterExportTest {
  @Override
  CliRunner newStore() {
    TestPostgres pg = TestPostgres.get();
    CliRunner cli = new CliRunner(dir).store(pg.url(pg.newDatabase()));
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    return cli;
  }
}
