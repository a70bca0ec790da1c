package com.shopops.cli;

import org.junit.jupiter.api.Tag;

/** {@link ExportParcelRemovalTest} (tryout23b A10) on PostgreSQL. */
@Tag("postgres")
class PgExportParcelRemovalTest extends ExportParcelRemovalTest {
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
