package com.shopops.app.returns;

import com.shopops.domain.returns.ReturnReport;
import java.time.Instant;
import java.time.LocalDate;

/**
 * {@code returns report}: grouped by {@code by}, over the days {@code from..to} (inclusive, store
 * zone; null {@code to}: the day of {@code asOf}; null {@code from}: 29 days before {@code to}),
 * its refunds in {@code currency} ({@code --currency}, an ISO 4217 code the caller checked; null:
 * the store's).
 */
public record ReportQuery(
    ReturnReport.By by, LocalDate from, LocalDate to, Instant asOf, String currency) {
  /** The report with its refunds in the store's currency. */
  public ReportQuery(ReturnReport.By by, LocalDate from, LocalDate to, Instant asOf) {
    this(by, from, to, asOf, null);
  }
}
