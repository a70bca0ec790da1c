package com.shopops.cli;

import org.junit.jupiter.api.Tag;

/** {@link PaidSeenAgainUpgradeTest} (paid25b: V052) on PostgreSQL. */
@Tag("postgres")
class PgPaidSeenAgainUpgradeTest extends PaidSeenAgainUpgradeTest {
  private final PgTwinStore pg = new PgTwinStore();

  @Override
  CliRunner newStore() {
    return pg.init(dir);
  }

  @Override
  java.sql.Connection connection(CliRunner cli) throws Exception {
    return pg.connection();
  }
}
