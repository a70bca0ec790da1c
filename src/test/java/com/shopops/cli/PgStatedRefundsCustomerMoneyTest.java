package com.shopops.cli;

import com.shopops.store.TestPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link StatedRefundsCustomerMoneyTest} on PostgreSQL: the same figures (review12 L15). */
@Tag("postgres")
class PgStatedRefundsCustomerMoneyTest {
  @TempDir Path dir;

  @Test
  void customerMoneyIsNetOfStatedRefundsOnPostgres() {
    TestPostgres pg = TestPostgres.get();
    StatedRefundsCustomerMoneyTest.check(new CliRunner(dir).store(pg.url(pg.newDatabase())));
  }
}
