package com.shopops.cli;

import org.junit.jupiter.api.Tag;

/**
 * {@link PresalePaidInFullTest} on PostgreSQL: the same figures and stored times (tryout21 Z2). The
 * upgrade of a SQLite store of schema 40 is SQLite's own.
 */
@Tag("postgres")
class PgPresalePaidInFullTest extends PresalePaidInFullTest {
  private final PgTwinStore pg = new PgTwinStore();

  @Override
  CliRunner newStore() {
    return pg.init(dir);
  }

  @Override
  String q(CliRunner cli, String query) throws Exception {
    return pg.q(query);
  }

  @Override
  void anOlderStoresDepositOnlyPresaleIsNoSaleAfterTheUpgrade() {
    // a SQLite store's schema taken back to 40: not a PostgreSQL case
  }
}
