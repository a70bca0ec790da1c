package com.shopops.cli;

import com.shopops.store.TestPostgres;
import java.nio.file.Path;

/**
 * The store of a CLI test's PostgreSQL twin: a new database per test, initialised in Asia/Shanghai
 * as the SQLite test's own store, and the rows of a query on it ('|' between values).
 */
final class PgTwinStore {
  private String db;

  /** A new database, `init --tz Asia/Shanghai`, and the CLI on it. */
  CliRunner init(Path dir) {
    TestPostgres pg = TestPostgres.get();
    db = pg.newDatabase();
    CliRunner cli = new CliRunner(dir).store(pg.url(db));
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    return cli;
  }

  /** The rows {@code query} returns on the database of the last {@link #init}. */
  String q(String query) throws Exception {
    try (var c = TestPostgres.get().connection(db)) {
      return CliRunner.rows(c, query);
    }
  }

  /** A connection to the database of the last {@link #init}. */
  java.sql.Connection connection() throws java.sql.SQLException {
    return TestPostgres.get().connection(db);
  }

  /** Runs {@code update} on the database of the last {@link #init}. */
  void exec(String update) throws Exception {
    try (var c = TestPostgres.get().connection(db);
        var st = c.createStatement()) {
      st.executeUpdate(update);
    }
  }
}
