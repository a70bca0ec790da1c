package com.shopops.app.imports;

import com.shopops.store.ImportSession;
import java.sql.SQLException;
import java.time.ZoneId;

/**
 * Turns the parsed rows of one import kind into domain records and writes them. One instance per
 * file; rows arrive in file order.
 */
interface KindHandler {
  KindSpec spec();

  /**
   * Takes what the operator asked of the whole file (traffic's {@code --channel}) before it is
   * read; nothing by default.
   */
  default void configure(ImportOptions options) {}

  /** What the earlier files of the same command found ({@link SameCommand}); unused by default. */
  default void sameCommand(SameCommand command) {}

  /**
   * Refuses the file, once its columns are matched, when they do not go with what {@link
   * #configure} was given (traffic: {@code --channel} and a channel column); none by default.
   */
  default void checkColumns(HeaderMatch match) {}

  /** Called once, before the first row. */
  void start(ImportSession session, Preset preset, HeaderMatch match, ZoneId zone, Rejects rejects)
      throws SQLException;

  /** One row, possibly carrying errors already (the handler decides what they reject). */
  void accept(ParsedRow row) throws SQLException;

  /** No more rows: write what is pending and say what was written. */
  Outcome finish() throws SQLException;

  /** Records (orders, customers…) inserted, updated and unchanged; line items written. */
  /** What the operator should know about the file once it is read (none by default). */
  default java.util.List<ImportNote> notes(String file) {
    return java.util.List.of();
  }

  /**
   * The notes of {@link #notes} that `imports show` says again, kept with the import (English, as
   * its problems): what a team member who did not run the import should still learn (none by
   * default).
   */
  default java.util.List<String> keptNotes() {
    return java.util.List.of();
  }

  /** Releases what the handler holds outside the store (rows put aside); after a failure too. */
  default void close() {}

  /**
   * Called before {@link #start} when the file is read a second time after a {@link Regroup}: the
   * handler groups every row of the file before writing any (unused by default).
   */
  default void regroup() {}

  /**
   * Thrown by a handler that finds, after it wrote some records, the rows of one of them scattered
   * further apart than it looks ahead: the runner throws away what the file wrote and reads the
   * file again, calling {@link #regroup} first. Not an error: the operator sees nothing of it.
   */
  final class Regroup extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Regroup(String file, long line, String id) {
      // a signal, not a failure: no stack trace
      super(
          file + ":" + line + ": " + id + " came back after other records were written",
          null,
          false,
          false);
    }
  }

  record Outcome(long inserted, long updated, long unchanged, long records, long lines) {}

  /** Where rejected rows are reported. */
  interface Rejects {
    /** Rejects these rows for this reason. */
    void reject(java.util.List<ParsedRow> rows, RowError reason);

    /**
     * An implausible row that is imported as it is (delivered before shipped, shipped before
     * paid…): recorded as an anomaly of the import, listed by {@code imports show ID}. {@code what}
     * names the problem in a word or two ({@code delivered-before-shipped}), {@code message} says
     * what is wrong with the values.
     */
    void anomaly(ParsedRow row, String recordId, String what, String message);

    /** An anomaly at a line of the file, found once the row was gone (by the store's merge). */
    void anomaly(long line, String recordId, String what, String message);

    /** An anomaly named by its message key ({@link com.shopops.text.Problem}, review13 M6). */
    default void anomaly(
        ParsedRow row, String recordId, String what, com.shopops.text.Problem problem) {
      anomaly(row.line(), recordId, what, problem);
    }

    /** An anomaly named by its message key, at a line of the file. */
    void anomaly(long line, String recordId, String what, com.shopops.text.Problem problem);

    /**
     * A row its layout expects and does not import (Online Retail's cancellation invoices and stock
     * adjustments): no bad row, so it neither refuses the file nor counts as rejected, and it is
     * not in the rejects file; the import's record keeps it (kind {@value RejectedRows#KEPT_ASIDE},
     * listed by {@code imports show ID}) with the reason, which says what was left out ({@code
     * metrics} reads the cancellations back from it).
     */
    void keepAside(ParsedRow row, String recordId, String reason);
  }
}
