package com.shopops.app.returns;

import com.shopops.domain.returns.ReturnReport;
import java.time.Instant;
import java.time.LocalDate;

/**
 * {@code returns report}: grouped by {@code by}, over the days {@code from..to} (inclusive, store
 * zone; null {@code to}: the day of {@code asOf}; null {@code from}: 29 days before {@code to}).
 */
public record ReportQuery(ReturnReport.By by, LocalDate from, LocalDate to, Instant asOf) {}
