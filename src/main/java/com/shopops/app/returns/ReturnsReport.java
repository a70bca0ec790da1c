package com.shopops.app.returns;

import com.shopops.domain.returns.ReturnReport;
import java.time.LocalDate;
import java.util.List;

/** The rows of {@code returns report} (the total last) over the days {@code first..last}. */
public record ReturnsReport(
    ReturnReport.By by, LocalDate first, LocalDate last, List<ReturnReport.Row> rows) {}
