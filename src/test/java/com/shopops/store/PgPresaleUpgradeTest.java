package com.shopops.store;

import java.sql.Connection;
import org.junit.jupiter.api.Tag;

/**
 * {@link PresaleUpgradeTest} on PostgreSQL: V046 of its dialect, the same stored times, figures and
 * notes (tryout22a A2, A3).
 */
@Tag("postgres")
class PgPresaleUpgradeTest extends PresaleUpgradeTest {
  private String db;

  private String db() {
    if (db == null) {
      db = TestPostgres.get().newDatabase();
    }
    return db;
  }

  @Override
  Connection connect() throws Exception {
    return TestPostgres.get().connection(db());
  }

  @Override
  String location() {
    return TestPostgres.get().url(db());
  }
}
