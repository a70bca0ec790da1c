package com.shopops.cli;

import com.shopops.store.TestPostgres;
import org.junit.jupiter.api.Tag;

/**
 * {@link MaskedBuyerIdsTest} on PostgreSQL. The customers-file refusal and the {@code check} row
 * are read back with the SQLite shell of {@link CliRunner#sql}, so they run on SQLite only (not
 * test methods here: an override without {@code @Test} is not run).
 */
@Tag("postgres")
class PgMaskedBuyerIdsTest extends MaskedBuyerIdsTest {
  @Override
  CliRunner runner() {
    TestPostgres pg = TestPostgres.get();
    return new CliRunner(dir).store(pg.url(pg.newDatabase()));
  }

  @Override
  void aCustomersFileRowWithAMaskedIdIsRefused() {}

  @Override
  void checkNamesACustomerOfAMaskedIdStoredBefore() {}
}
