package com.shopops.app.imports;

import com.shopops.store.ImportSession;
import com.shopops.text.Problem;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;

/**
 * A kind whose every row is one record (customers, products, reviews, daily traffic, events): a row
 * with a problem is rejected on its own, the others are written. The shared part — rows that could
 * not be read, required fields, counting, the writer's counts — lives here once.
 */
abstract class RowByRowHandler implements KindHandler {
  final String file;
  private Rejects rejects;
  private HeaderMatch match;
  private long records;

  RowByRowHandler(String file) {
    this.file = file;
  }

  @Override
  public final void start(
      ImportSession session, Preset preset, HeaderMatch match, ZoneId zone, Rejects rejects)
      throws SQLException {
    this.rejects = rejects;
    this.match = match;
    open(session);
  }

  /** Takes the writer this kind writes through. */
  abstract void open(ImportSession session) throws SQLException;

  @Override
  public final void accept(ParsedRow r) throws SQLException {
    if (r.hasErrors()) {
      rejects.reject(List.of(r), r.errors().get(0));
      return;
    }
    KindSpec spec = spec();
    for (String field : spec.required()) {
      if (r.get(spec.index(field)) == null) {
        reject(r, field, Problem.of("reason.missing_row", "a " + field.replace('_', ' ')));
        return;
      }
    }
    if (write(r)) {
      records++;
    }
  }

  /** Writes a row that has its required fields; false when it rejected the row instead. */
  abstract boolean write(ParsedRow r) throws SQLException;

  /** An implausible row, imported as it is and recorded as an anomaly, named by its key. */
  final void anomaly(ParsedRow r, String recordId, String what, Problem p) {
    rejects.anomaly(r, recordId, what, p);
  }

  /** Rejects the row for a problem of {@code column}, named by its key (review13 M6). */
  final void reject(ParsedRow r, String column, Problem p) {
    rejects.reject(List.of(r), match.error(file, r.line(), column, p));
  }

  @Override
  public final Outcome finish() throws SQLException {
    long[] c = counts();
    return new Outcome(c[0], c[1], c[2], records(c, records), 0);
  }

  /** The records written: one per row, unless the writer merged rows of one record (customers). */
  long records(long[] counts, long rows) {
    return rows;
  }

  /** The writer's inserted / updated / unchanged, once everything is written. */
  abstract long[] counts() throws SQLException;
}
