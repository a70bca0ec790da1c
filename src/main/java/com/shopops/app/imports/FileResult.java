package com.shopops.app.imports;

import java.util.List;

/**
 * What importing one file did. {@code errors} holds the first problems found (up to a cap); {@code
 * hints} what to do about them, said once after them (a spreadsheet's dates: the mapping file that
 * reads them). {@code notes}: what the operator should know about the file once it is read.
 */
public record FileResult(
    String file,
    String preset,
    String encoding,
    long rows,
    long records,
    long inserted,
    long updated,
    long unchanged,
    long rejected,
    long lines,
    List<RowError> errors,
    long errorCount,
    boolean written,
    long importId,
    long millis,
    List<ImportNote> notes,
    long anomalies,
    boolean refused,
    List<String> hints,
    boolean noneKept) {

  /**
   * Whether the file was refused for its bad rows (under {@code --on-error abort}), or every row it
   * had was refused under {@code --on-error skip} ({@code noneKept}: nothing to import, exit 1); a
   * dry run with {@code --on-error skip} that keeps some rows is not, it writes nothing because it
   * was asked to.
   */
  public boolean failed() {
    return refused;
  }
}
