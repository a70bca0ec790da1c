package com.shopops.domain.customers;

/** Where a customer stands in their life with the shop (客户生命周期). */
public enum LifecycleStage {
  /** Registered or known, no paid order yet (潜在客户). */
  PROSPECT("prospect"),
  /** Exactly one paid order (首购). */
  FIRST_PURCHASE("first purchase"),
  /** Two or more paid orders (复购). */
  REPEAT("repeat"),
  /** Buys habitually: see {@link LifecyclePolicy} (忠诚客户). */
  LOYAL("loyal"),
  /** Silent longer than usual for them, not yet churned (沉睡预警). */
  LAPSING("lapsing"),
  /** Silent longer than churn_after (流失). */
  CHURNED("churned");

  private final String label;

  LifecycleStage(String label) {
    this.label = label;
  }

  /** The name shown to users and accepted by filters, e.g. "first purchase". */
  public String label() {
    return label;
  }
}
