package com.shopops.app.imports;

import com.shopops.store.Store;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The import use case: the files of one command, each in its own transaction, in an order that puts
 * line items after the orders they belong to. The first file that fails stops the rest; the files
 * imported before it stay.
 */
public final class ImportService {
  private final Store store;
  private final Supplier<Instant> clock;
  private final ImportProgress progress;
  private final String user;

  /** {@code clock} gives the time an import is recorded at; {@code progress} watches reading. */
  public ImportService(Store store, Supplier<Instant> clock, ImportProgress progress) {
    this(store, clock, progress, null);
  }

  /** As above, recording {@code user} as who ran each import ({@link Store#user}; null: unsaid). */
  public ImportService(Store store, Supplier<Instant> clock, ImportProgress progress, String user) {
    this.store = store;
    this.clock = clock;
    this.progress = progress;
    this.user = user;
  }

  /**
   * Imports the files and hands each file's result to {@code done} as soon as it is known (a
   * progress bar and the file's summary alternate on a terminal). Returns false when a file had bad
   * rows and was not written (under {@code --on-error abort}); later files are then not read.
   *
   * @throws ImportException when a file cannot be imported at all; the files before it stay
   */
  public boolean importFiles(
      ImportOptions options, List<ImportSource> files, Consumer<FileResult> done) {
    List<ImportSource> ordered = FileOrder.of(files, options);
    ImportRunner runner =
        new ImportRunner(
            store,
            options,
            clock,
            progress,
            user,
            new SameCommand(ordered.size() > 1 && options.kind() == ImportKind.ORDERS));
    for (ImportSource f : ordered) {
      FileResult r = runner.importFile(f.path(), f.name());
      done.accept(r);
      if (r.failed()) {
        return false;
      }
    }
    return true;
  }
}
