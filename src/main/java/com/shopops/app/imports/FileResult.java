package com.shopops.app.imports;

import java.util.List;

/** What importing one file did. {@code errors} holds the first problems found (up to a cap). */
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
    List<String> notes) {

  public boolean failed() {
    return errorCount > 0 && !written;
  }
}
