package com.shopops.app.sla;

import com.shopops.domain.sla.SlaAlerts;
import java.util.List;

/**
 * The orders a listing keeps, in its order, and the alerts among every order it looked at (an
 * {@code at-risk} listing still counts the overdue and breached orders it does not show).
 */
public record SlaListing(List<SlaOrder> rows, SlaAlerts alerts) {
  public SlaListing {
    rows = List.copyOf(rows);
  }
}
