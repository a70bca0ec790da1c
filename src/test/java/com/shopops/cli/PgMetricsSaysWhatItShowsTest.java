package com.shopops.cli;

import org.junit.jupiter.api.Tag;

/**
 * {@link MetricsSaysWhatItShowsTest} on PostgreSQL: the store's paid span (SalesFigures.paidSpan)
 * and whether it holds a return (ReturnFigures.hasReturns) are read by SQL of both dialects.
 */
@Tag("postgres")
class PgMetricsSaysWhatItShowsTest extends MetricsSaysWhatItShowsTest {
  private final PgTwinStore pg = new PgTwinStore();

  @Override
  CliRunner store() {
    return pg.init(dir);
  }
}
