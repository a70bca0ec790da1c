package com.shopops.cli;

import org.junit.jupiter.api.Tag;

/**
 * {@link TaobaoStatedItemsTest} on PostgreSQL: a 订单报表's 宝贝标题 and 宝贝总数量 stored and merged the same
 * (tryout20 Y10).
 */
@Tag("postgres")
class PgTaobaoStatedItemsTest extends TaobaoStatedItemsTest {
  private final PgTwinStore pg = new PgTwinStore();

  @Override
  CliRunner empty() {
    return pg.init(dir);
  }

  @Override
  String q(CliRunner cli, String query) throws Exception {
    return pg.q(query);
  }
}
