package com.shopops.cli;

import com.shopops.store.TestPostgres;
import org.junit.jupiter.api.Tag;

/**
 * {@link TmallOrderDiscountTest} on PostgreSQL: the same discount, refund check and anomalies
 * (review20 X5, tryout18 W3).
 */
@Tag("postgres")
class PgTmallOrderDiscountTest extends TmallOrderDiscountTest {
  private String db;

  @Override
  CliRunner store() {
    TestPostgres pg = TestPostgres.get();
    db = pg.newDatabase();
    CliRunner cli = new CliRunner(dir).store(pg.url(db));
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    return cli;
  }

  @Override
  void exec(CliRunner cli, String update) throws Exception {
    try (var c = TestPostgres.get().connection(db);
        var st = c.createStatement()) {
      st.executeUpdate(update);
    }
  }

  @Override
  String q(CliRunner cli, String query) throws Exception {
    try (var c = TestPostgres.get().connection(db)) {
      return CliRunner.rows(c, query);
    }
  }
}
