package com.shopops.app.imports;

import com.shopops.store.ImportLog;
import com.shopops.store.Store;
import java.sql.SQLException;
import java.util.List;

/** The record of every import ({@code shopops imports}), newest first. */
public final class ImportHistory {
  private final Store store;

  public ImportHistory(Store store) {
    this.store = store;
  }

  /** The imports of one kind (null: all), at most {@code limit} (null: all). */
  public List<ImportLog.Entry> list(ImportKind kind, Integer limit) throws SQLException {
    return new ImportLog(store).list(kind == null ? null : kind.code(), limit);
  }

  /**
   * One import and its problems: anomalies (implausible rows imported) and rejected rows; the notes
   * kept with it (English).
   */
  public record Shown(
      ImportLog.Entry entry, List<ImportLog.Problem> problems, List<String> notes) {}

  /** The import with this id and its problems, if there is one. */
  public java.util.Optional<Shown> show(long importId) throws SQLException {
    ImportLog log = new ImportLog(store);
    var entry = log.find(importId);
    if (entry.isEmpty()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        new Shown(entry.get(), log.problems(importId), log.notes(importId)));
  }
}
