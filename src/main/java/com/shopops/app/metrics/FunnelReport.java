package com.shopops.app.metrics;

import com.shopops.domain.metrics.DateRange;
import com.shopops.domain.metrics.Funnel;
import java.util.List;

/** The answer to a {@link FunnelQuery}: the stages in order, and notes for stderr. */
public record FunnelReport(DateRange range, List<Funnel.Step> steps, List<String> notes) {}
