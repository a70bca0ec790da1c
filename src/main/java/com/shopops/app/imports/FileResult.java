package com.shopops.app.imports;

import java.util.List;

/**
 * What importing one file did. {@code errors} holds the first problems found (up to a cap); {@code
 * hints} what to do about them, said once after them (a spreadsheet's dates: the mapping file that
 * reads them).
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
    List<String> notes,
    long anomalies,
    boolean refused,
    List<String> hints) {

  /** Without anomalies: implausible rows imported as they are. */
  public FileResult(
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
      List<String> notes) {
    this(
        file,
        preset,
        encoding,
        rows,
        records,
        inserted,
        updated,
        unchanged,
        rejected,
        lines,
        errors,
        errorCount,
        written,
        importId,
        millis,
        notes,
        0,
        errorCount > 0 && !written,
        List.of());
  }

  /**
   * Whether the file was refused for its bad rows (under {@code --on-error abort}); a dry run with
   * {@code --on-error skip} is not, it writes nothing because it was asked to.
   */
  public boolean failed() {
    return refused;
  }
}
