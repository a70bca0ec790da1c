package com.shopops.app.sla;

import com.shopops.domain.sla.SlaAlerts;
import com.shopops.domain.sla.SlaFigures;
import java.util.List;

/**
 * {@code sla report}: the figures per group in output order, the total over every order (each once,
 * even when it counts under several SKUs) and the alerts in that total; {@code leftOut} orders have
 * implausible times (shipped before paid, delivered before shipped) and are left out of the median
 * and p90 hours.
 */
public record SlaReportResult(
    SlaGrouping by,
    List<Group> groups,
    SlaFigures total,
    SlaAlerts alerts,
    long leftOut,
    long inferredPaid,
    boolean inferredUsed) {
  /** The label of orders without a value for the grouping (no carrier, no SKU, …). */
  public static final String NONE = "(none)";

  public SlaReportResult {
    groups = List.copyOf(groups);
  }

  /** Without orders left out of the hours or inferred paid times. */
  public SlaReportResult(SlaGrouping by, List<Group> groups, SlaFigures total, SlaAlerts alerts) {
    this(by, groups, total, alerts, 0, 0, false);
  }

  /** One group: a day, week, carrier, province or SKU, or {@link #NONE}. */
  public record Group(String key, SlaFigures figures) {}
}
