package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * A multi-file import the store fails part way (the PostgreSQL server restarted, review20 X11): the
 * failure is known as a store error, so that the command says which files were imported.
 */
class ImportStoreFailureTest {
  @Test
  void aLostServerUnderAnImportIsAStoreErrorWhateverWrapsIt() {
    SQLException lost =
        new SQLException("FATAL: terminating connection due to administrator command", "57P01");
    var s = ImportSummary.storeFailure(new RuntimeException("write", lost));
    assertEquals(
        "store: the connection to the PostgreSQL server was lost (terminating connection due to"
            + " administrator command)",
        s.getMessage());
    assertEquals(
        "run the command again; nothing of an unfinished transaction was written", s.hint());
    var direct = new com.shopops.store.StoreException("store: x", "y");
    assertEquals(direct, ImportSummary.storeFailure(direct));
    assertNull(ImportSummary.storeFailure(new IllegalStateException("a bug")));
  }
}
