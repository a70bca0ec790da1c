package com.shopops.app.returns;

import com.shopops.domain.returns.ReturnReport;
import java.time.LocalDate;
import java.util.List;

/**
 * The rows of {@code returns report} (the total last) over the days {@code first..last}; their
 * {@code refund_total} in {@code currency}, and the notes on what it leaves out (the refunds of
 * returns of orders in other currencies).
 */
public record ReturnsReport(
    ReturnReport.By by,
    LocalDate first,
    LocalDate last,
    List<ReturnReport.Row> rows,
    String currency,
    List<String> notes) {
  public ReturnsReport {
    notes = List.copyOf(notes);
  }
}
