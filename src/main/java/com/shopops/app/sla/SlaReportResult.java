package com.shopops.app.sla;

import com.shopops.domain.sla.SlaAlerts;
import com.shopops.domain.sla.SlaFigures;
import java.util.List;

/**
 * {@code sla report}: the figures per group in output order, the total over every order (each once,
 * even when it counts under several SKUs) and the alerts in that total; {@code leftOut} orders have
 * implausible times (shipped before paid, delivered before shipped) and are left out of the median
 * and p90 hours. {@code judgedBy211} deliveries were judged against China's 211 rule because no
 * promised delivery was imported for them, in a store outside China (review F7: Olist).
 */
public record SlaReportResult(
    SlaGrouping by,
    List<Group> groups,
    SlaFigures total,
    SlaAlerts alerts,
    long leftOut,
    long inferredPaid,
    boolean inferredUsed,
    long judgedBy211) {
  /** The label of orders without a value for the grouping (no carrier, no SKU, …). */
  public static final String NONE = "(none)";

  public SlaReportResult {
    groups = List.copyOf(groups);
  }

  /** Without orders left out of the hours or inferred paid times. */
  public SlaReportResult(SlaGrouping by, List<Group> groups, SlaFigures total, SlaAlerts alerts) {
    this(by, groups, total, alerts, 0, 0, false, 0);
  }

  /** One group: a day, week, carrier, province or SKU, or {@link #NONE}. */
  public record Group(String key, SlaFigures figures) {}
}
