package com.shopops.domain.metrics;

import java.math.BigDecimal;

/**
 * The four capabilities merchants are assessed on (docs/metrics.md {@code score}), with the default
 * weight of each in the overall score (they sum to 1).
 */
public enum Capability {
  /** 售前: product information completeness, stock. Default weight 0.20. */
  PRE_SALE("pre_sale", "Pre-sale (售前)", "0.20"),
  /** 售中: order processing speed, on-time shipping, on-time delivery. Default weight 0.30. */
  IN_SALE("in_sale", "In-sale (售中)", "0.30"),
  /** 售后: return processing speed, refunds on time. Default weight 0.25. */
  AFTER_SALE("after_sale", "After-sale (售后)", "0.25"),
  /** 客户关系: ratings (DSR), repeat purchase, complaint rate. Default weight 0.25. */
  CUSTOMER_RELATIONSHIP("customer_relationship", "Customer relationship (客户关系)", "0.25");

  private final String key;
  private final String label;
  private final BigDecimal defaultWeight;

  Capability(String key, String label, String defaultWeight) {
    this.key = key;
    this.label = label;
    this.defaultWeight = new BigDecimal(defaultWeight);
  }

  /** Configuration and json key, e.g. {@code after_sale}. */
  public String key() {
    return key;
  }

  public String label() {
    return label;
  }

  public BigDecimal defaultWeight() {
    return defaultWeight;
  }
}
