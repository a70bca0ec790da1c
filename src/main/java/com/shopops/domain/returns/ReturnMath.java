package com.shopops.domain.returns;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The figures of {@code returns report}. */
public final class ReturnMath {
  private ReturnMath() {}

  /**
   * Return rate = returned units / delivered units (of the same SKU, category or period), as a
   * fraction with 4 decimals, half-up: 1 of 3 → 0.3333. Null when nothing was delivered. Not capped
   * at 1: units returned in a period may come from deliveries of an earlier one.
   */
  public static BigDecimal returnRate(long returnedUnits, long deliveredUnits) {
    if (returnedUnits < 0 || deliveredUnits < 0) {
      throw new IllegalArgumentException("unit counts must not be negative");
    }
    if (deliveredUnits == 0) {
      return null;
    }
    return BigDecimal.valueOf(returnedUnits)
        .divide(BigDecimal.valueOf(deliveredUnits), 4, RoundingMode.HALF_UP);
  }

  /** Time from request to refund, when both are known and in order. */
  public static Optional<Duration> requestToRefund(ReturnRecord r) {
    if (r.requestedAt() == null
        || r.refundedAt() == null
        || r.refundedAt().isBefore(r.requestedAt())) {
      return Optional.empty();
    }
    return Optional.of(Duration.between(r.requestedAt(), r.refundedAt()));
  }

  /**
   * Median request→refund time in hours over the refunded returns (2 decimals, half-up); null when
   * none was refunded. For an even count it is the mean of the two middle values (as R's {@code
   * median} and SQL {@code percentile_cont(0.5)}).
   */
  public static BigDecimal medianRequestToRefundHours(Collection<ReturnRecord> returns) {
    List<Duration> durations = new ArrayList<>();
    for (ReturnRecord r : returns) {
      requestToRefund(r).ifPresent(durations::add);
    }
    return medianHours(durations);
  }

  /** Median of {@code durations} in hours (see {@link #medianRequestToRefundHours}). */
  public static BigDecimal medianHours(Collection<Duration> durations) {
    if (durations.isEmpty()) {
      return null;
    }
    long[] seconds = durations.stream().mapToLong(Duration::toSeconds).sorted().toArray();
    int n = seconds.length;
    BigDecimal middle =
        n % 2 == 1
            ? BigDecimal.valueOf(seconds[n / 2])
            : BigDecimal.valueOf(seconds[n / 2 - 1])
                .add(BigDecimal.valueOf(seconds[n / 2]))
                .divide(BigDecimal.valueOf(2));
    return middle.divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP);
  }

  /** Money refunded (fen) by returns that reached REFUNDED. */
  public static long refundTotal(Collection<ReturnRecord> returns) {
    long total = 0;
    for (ReturnRecord r : returns) {
      if (r.refundedAt() != null) {
        total = Math.addExact(total, r.refundAmount());
      }
    }
    return total;
  }

  /**
   * Units returned, not counting rejected or withdrawn returns, nor exchanges (换货 / 维修: the buyer
   * keeps a unit of the sale, review19 V7).
   */
  public static long returnedUnits(Collection<ReturnRecord> returns) {
    long units = 0;
    for (ReturnRecord r : returns) {
      if (r.counts() && !r.exchange()) {
        units += r.quantity();
      }
    }
    return units;
  }
}
