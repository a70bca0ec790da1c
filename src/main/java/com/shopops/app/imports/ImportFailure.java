package com.shopops.app.imports;

import com.shopops.app.UserException;
import com.shopops.store.ImportSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;

/** How a file's import that failed ends, the same for every input format. */
final class ImportFailure {
  private ImportFailure() {}

  /**
   * Ends a file's import that failed: nothing written, no rejects file, the progress bar gone.
   * Returns the exception to throw: a refusal of the store as an import error naming the file.
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
