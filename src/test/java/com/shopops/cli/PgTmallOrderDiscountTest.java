package com.shopops.cli;

import org.junit.jupiter.api.Tag;

/**
 * {@link TmallOrderDiscountTest} on PostgreSQL: the same discount, refund check and anomalies
 * (review20 X5, tryout18 W3).
 */
@Tag("postgres")
class PgTmallOrderDiscountTest extends TmallOrderDiscountTest {
  private final PgTwinStore pg = new PgTwinStore();

  @Override
  CliRunner store() {
    return pg.init(dir);
  }

  @Override
  void exec(CliRunner cli, String update) throws Exception {
    pg.exec(update);
  }

  @Override
  void asSchema51WithB2sDamage(CliRunner cli) throws Exception {
    pg.exec("UPDATE orders SET amount = 31800, discount = 3000");
    pg.exec("DELETE FROM anomalies");
    pg.exec("DELETE FROM schema_migrations WHERE version > 51");
  }

  @Override
  String q(CliRunner cli, String query) throws Exception {
    return pg.q(query);
  }
}
