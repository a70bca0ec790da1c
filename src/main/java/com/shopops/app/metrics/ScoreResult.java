package com.shopops.app.metrics;

import com.shopops.domain.metrics.DateRange;
import com.shopops.domain.metrics.Scorecard;

/** The answer to a {@link ScoreQuery}: the scorecard of {@code period} against {@code previous}. */
public record ScoreResult(DateRange period, DateRange previous, Scorecard card) {}
