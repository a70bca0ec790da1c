package com.shopops.app.returns;

import com.shopops.domain.returns.ReturnReport;
import java.time.Instant;
import java.time.LocalDate;

/**
 * {@code returns report}: grouped by {@code by}, over the days {@code from..to} (inclusive, store
 * zone; null {@code to}: the day of {@code asOf}; null {@code from}: 29 days before {@code to}),
 * its refunds in {@code currency} ({@code --currency}, an ISO 4217 code the caller checked; null:
 * the store's). {@code forStoreReport}: read by {@code report}, whose page shows no {@code
 * refund_total} column: its note on the refunds net sales takes off is worded about the page
 * (tryout28b B5).
 */
public record ReportQuery(
    ReturnReport.By by,
    LocalDate from,
    LocalDate to,
    Instant asOf,
    String currency,
    boolean forStoreReport) {
  /** The report with its refunds in the store's currency. */
  public ReportQuery(ReturnReport.By by, LocalDate from, LocalDate to, Instant asOf) {
    this(by, from, to, asOf, null);
  }

  /** {@code returns report} with its refunds in {@code currency}. */
  public ReportQuery(
      ReturnReport.By by, LocalDate from, LocalDate to, Instant asOf, String currency) {
    this(by, from, to, asOf, currency, false);
  }
}
