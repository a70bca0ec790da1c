package com.shopops.cli;

import com.shopops.store.TestPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link RefundStepsTest} on PostgreSQL: the same figures (task refundsteps). */
@Tag("postgres")
class PgRefundStepsTest {
  @TempDir Path dir;

  @Test
  void aGrowingRefundAndALaterCloseLeaveAnEndedMonthAsItWasOnPostgres() {
    TestPostgres pg = TestPostgres.get();
    String url = pg.url(pg.newDatabase());
    RefundStepsTest.check(new CliRunner(dir).store(url), url, dir);
  }
}
