package com.shopops.domain.sla;

/**
 * How many orders are an alert as of a given instant ({@link ShippingStatus#isAlert}): overdue
 * (unshipped past {@code ship_within}) and breached (past {@code ship_max}, shipped or not). With
 * {@code --fail-on-breach} any alert fails the run (exit 3); without it nothing does.
 */
public record SlaAlerts(long overdue, long breached) {
  public static final SlaAlerts NONE = new SlaAlerts(0, 0);

  /** The alerts among a report's figures. */
  public static SlaAlerts of(SlaFigures f) {
    return new SlaAlerts(
        f.count(ShippingStatus.OVERDUE),
        f.count(ShippingStatus.BREACHED) + f.count(ShippingStatus.SHIPPED_BREACHED));
  }

  public boolean any() {
    return overdue + breached > 0;
  }

  /** Whether a run asked to fail on a breach ({@code --fail-on-breach}) fails. */
  public boolean failsRun(boolean failOnBreach) {
    return failOnBreach && any();
  }

  /** {@code 2 overdue, 1 breached}: the reason a run failed. */
  public String summary() {
    return overdue + " overdue, " + breached + " breached";
  }

  /** Counts alerts as orders are classified, one status at a time. */
  public static final class Counter {
    private long overdue;
    private long breached;

    public void add(ShippingStatus s) {
      if (!s.isAlert()) {
        return;
      }
      if (s == ShippingStatus.OVERDUE) {
        overdue++;
      } else {
        breached++;
      }
    }

    public SlaAlerts alerts() {
      return new SlaAlerts(overdue, breached);
    }
  }
}
