package com.shopops.app.imports;

import com.shopops.app.ExitCodes;
import com.shopops.app.UserException;

/**
 * Told how far reading has got, for the progress bar. It may throw (an unchecked exception) to
 * cancel the import: the file's transaction is rolled back as for any failure.
 */
public interface ImportProgress {
  void update(String file, long bytesRead, long size);

  /** How many rows (records) have been read so far. */
  default void rows(long rows) {}

  void done();

  /** The error of an import cancelled by an interrupt (Ctrl-C in the shell). */
  static UserException cancelled(String file) {
    return new UserException(
        ExitCodes.INTERRUPTED,
        (file == null ? "import" : file)
            + ": cancelled (Ctrl-C); nothing from this file was written",
        null);
  }
}
