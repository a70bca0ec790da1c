package com.shopops.domain.metrics;

import java.time.Instant;
import java.util.Objects;

/**
 * A buyer's review of one order with the three Taobao DSR ratings (DOMAIN §3.4): 描述相符
 * (description), 服务态度 (service), 物流服务 (logistics), each 1–5 or missing.
 */
public record Review(
    String orderId,
    Integer ratingDescription,
    Integer ratingService,
    Integer ratingLogistics,
    String comment,
    Instant reviewedAt) {
  public Review {
    Objects.requireNonNull(orderId, "orderId");
  }

  /** Whether a rating is a whole number 1–5 (or missing). */
  public static boolean validRating(Long r) {
    return r == null || (r >= 1 && r <= 5);
  }
}
