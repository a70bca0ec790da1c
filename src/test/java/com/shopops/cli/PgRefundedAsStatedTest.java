package com.shopops.cli;

import com.shopops.store.TestPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link RefundedAsStatedTest} on PostgreSQL: the same figures, lists and notes (task money20). */
@Tag("postgres")
class PgRefundedAsStatedTest {
  @TempDir Path dir;

  private CliRunner pg() {
    TestPostgres pg = TestPostgres.get();
    return new CliRunner(dir).store(pg.url(pg.newDatabase()));
  }

  @Test
  void aTmallOrderClosedAfterAPartialRefundTakesOffWhatWasRefundedOnPostgres() {
    RefundedAsStatedTest.closedAfterAPartialRefund(pg(), dir);
  }

  @Test
  void anOrderRefundedInFullIsListedAsRefundedWhateverItsStatusOnPostgres() {
    RefundedAsStatedTest.refundedInFullWhateverTheStatus(pg(), dir);
  }

  @Test
  void anOlderExportWithoutTheStoredRefundIsSaidOnPostgres() {
    RefundedAsStatedTest.olderExportWithoutTheRefund(pg(), dir);
  }
}
