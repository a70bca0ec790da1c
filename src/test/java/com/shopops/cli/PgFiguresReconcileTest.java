package com.shopops.cli;

import com.shopops.store.TestPostgres;
import org.junit.jupiter.api.Tag;

/**
 * {@link FiguresReconcileTest} on PostgreSQL: the refunds order exports state beyond returns
 * (returns report), the closed orders with nothing to take off (import and metrics) are one SQL for
 * both dialects.
 */
@Tag("postgres")
class PgFiguresReconcileTest extends FiguresReconcileTest {
  @Override
  CliRunner newStore(String tz, String currency) {
    TestPostgres pg = TestPostgres.get();
    CliRunner cli = new CliRunner(dir).store(pg.url(pg.newDatabase()));
    cli.expect(0, "init", "--tz", tz, "--currency", currency, "-q");
    return cli;
  }
}
