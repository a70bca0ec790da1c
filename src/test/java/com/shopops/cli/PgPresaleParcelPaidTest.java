package com.shopops.cli;

import org.junit.jupiter.api.Tag;

/** {@link PresaleParcelPaidTest} on PostgreSQL: the same paid times, days and messages. */
@Tag("postgres")
class PgPresaleParcelPaidTest extends PresaleParcelPaidTest {
  private final PgTwinStore pg = new PgTwinStore();

  @Override
  CliRunner newStore() {
    return pg.init(dir);
  }

  @Override
  String q(CliRunner cli, String query) throws Exception {
    return pg.q(query);
  }
}
