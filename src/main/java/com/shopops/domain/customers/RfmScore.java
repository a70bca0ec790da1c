package com.shopops.domain.customers;

/**
 * One customer's RFM row: the csv/json columns {@code customer_id, recency_days, orders, monetary,
 * r, f, m, segment}.
 */
public record RfmScore(
    String customerId,
    long recencyDays,
    int orders,
    long monetary,
    int r,
    int f,
    int m,
    String segment) {

  /** R's {@code rfm_score = R*100 + F*10 + M} (e.g. 545). */
  public int rfmScore() {
    return r * 100 + f * 10 + m;
  }
}
