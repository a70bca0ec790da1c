package com.shopops.cli;

import org.junit.jupiter.api.Tag;

/** {@link PresaleParcelUpgradeTest} (tryout24a A8) on PostgreSQL. */
@Tag("postgres")
class PgPresaleParcelUpgradeTest extends PresaleParcelUpgradeTest {
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
