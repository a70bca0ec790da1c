package com.shopops.cli;

import org.junit.jupiter.api.Tag;

/** {@link PresaleHeldReimportTest} on PostgreSQL: the same paid times, days and messages. */
@Tag("postgres")
class PgPresaleHeldReimportTest extends PresaleHeldReimportTest {
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
