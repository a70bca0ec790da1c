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
  void asOfVersion(CliRunner cli, int version) throws Exception {
    try (java.sql.Connection c = pg.connection()) {
      OldStore.asOfVersion(c, version);
    }
  }

  @Override
  String q(CliRunner cli, String query) throws Exception {
    return pg.q(query);
  }
}
