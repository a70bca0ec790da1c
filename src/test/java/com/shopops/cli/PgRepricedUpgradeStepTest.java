package com.shopops.cli;

import com.shopops.store.TestPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import org.junit.jupiter.api.Tag;

/**
 * {@link RepricedUpgradeStepTest} on PostgreSQL: the upgrade's repair stopped half-way leaves the
 * database at schema 52, nothing changed; and `store copy` of an old SQLite store into PostgreSQL
 * gives what upgrading the source and then copying gives.
 */
@Tag("postgres")
class PgRepricedUpgradeStepTest extends RepricedUpgradeStepTest {
  private CliRunner pgCli;

  private String pgDb;

  @Override
  CliRunner store(Path where) {
    TestPostgres pg = TestPostgres.get();
    pgDb = pg.newDatabase();
    pgCli = new CliRunner(where).store(pg.url(pgDb));
    pgCli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    return pgCli;
  }

  @Override
  String location(CliRunner cli) {
    return TestPostgres.get().url(pgDb);
  }

  @Override
  Connection connect(CliRunner cli) throws Exception {
    return cli == pgCli ? TestPostgres.get().connection(pgDb) : super.connect(cli);
  }

  @Override
  void assertStillAt52(CliRunner cli) {
    // PostgreSQL records the version in schema_migrations only
  }

  /** A new empty database: the copy's target. */
  @Override
  String target(String name) {
    TestPostgres pg = TestPostgres.get();
    String db = pg.newDatabase();
    return pg.url(db);
  }

  @Override
  String qTarget(String target, String query) throws Exception {
    String db = target.substring(target.lastIndexOf('/') + 1);
    int q = db.indexOf('?');
    try (Connection c = TestPostgres.get().connection(q < 0 ? db : db.substring(0, q))) {
      return CliRunner.rows(c, query);
    }
  }
}
