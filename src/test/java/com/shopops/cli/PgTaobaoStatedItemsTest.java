package com.shopops.cli;

import com.shopops.store.TestPostgres;
import org.junit.jupiter.api.Tag;

/**
 * {@link TaobaoStatedItemsTest} on PostgreSQL: a 订单报表's 宝贝标题 and 宝贝总数量 stored and merged the same
 * (tryout20 Y10).
 */
@Tag("postgres")
class PgTaobaoStatedItemsTest extends TaobaoStatedItemsTest {
  private String db;

  @Override
  CliRunner empty() {
    TestPostgres pg = TestPostgres.get();
    db = pg.newDatabase();
    CliRunner cli = new CliRunner(dir).store(pg.url(db));
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    return cli;
  }

  @Override
  String q(CliRunner cli, String query) throws Exception {
    try (var c = TestPostgres.get().connection(db)) {
      return CliRunner.rows(c, query);
    }
  }
}
