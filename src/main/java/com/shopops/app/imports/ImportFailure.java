package com.shopops.app.imports;

import com.shopops.app.UserException;
import com.shopops.store.ImportSession;
import com.shopops.store.StoreErrors;
import com.shopops.store.StoreException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;

/** How a file's import that failed ends, the same for every input format. */
final class ImportFailure {
  private ImportFailure() {}

  /**
   * Ends a file's import that failed: nothing written, no rejects file, the progress bar gone.
   * Returns the exception to throw: a store failure as a store error, any other refusal of the
   * store as an import error naming the file.
   */
  static RuntimeException failed(
      String name,
      ImportSession session,
      RejectedRows rejected,
      ImportProgress progress,
      Exception e) {
    session.rollback();
    rejected.abandon();
    progress.done();
    if (Thread.currentThread().isInterrupted() && !(e instanceof UserException)) {
      return ImportProgress.cancelled(name); // Ctrl-C in the shell, seen first by the writer
    }
    if (e instanceof SQLException sql) {
      // the store's own failure (the PostgreSQL server gone, a busy or full store) is a store error
      // (exit 2), not a refusal of the file (exit 1): a script must not set a good file aside
      // because the server restarted (review12 L22)
      StoreException store = StoreErrors.describe(sql);
      if (store != null) {
        return store;
      }
      return new ImportException(
          name + ": the store refused the data: " + sql.getMessage(),
          "nothing from this file was written");
    }
    if (e instanceof IOException io) {
      return new UncheckedIOException(io);
    }
    return (RuntimeException) e;
  }
}
