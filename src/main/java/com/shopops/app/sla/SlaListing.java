package com.shopops.app.sla;

import com.shopops.domain.sla.SlaAlerts;
import java.util.List;

/**
 * The orders a listing keeps, in its order, and the alerts among every order it looked at (an
 * {@code at-risk} listing still counts the overdue and breached orders it does not show), and how
 * many of the orders looked at have a paid time inferred from their status ({@code inferredUsed}:
 * whether the clock started from it, {@code sla.infer_paid_at}).
 */
public record SlaListing(
    List<SlaOrder> rows, SlaAlerts alerts, long inferredPaid, boolean inferredUsed) {
  public SlaListing {
    rows = List.copyOf(rows);
  }

  public SlaListing(List<SlaOrder> rows, SlaAlerts alerts) {
    this(rows, alerts, 0, false);
  }

  /** The cash-on-delivery orders of the listing timed from their order time. */
  public long fromOrderTime() {
    return rows.stream().filter(SlaOrder::clockFromOrderTime).count();
  }
}
