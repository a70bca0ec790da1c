package com.shopops.domain.sla;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;

/**
 * A growable sample of durations (whole seconds, unboxed: a million orders cost 8 MB) with the
 * linear-interpolation percentile.
 *
 * <p>Percentile method: linear interpolation between closest ranks — Hyndman–Fan type 7, the
 * default of R's {@code quantile()} and numpy, and Excel's {@code PERCENTILE.INC}/{@code MEDIAN},
 * so an analyst re-computing from the exported CSV gets the same figure. For sorted {@code
 * x[0..n-1]}: {@code h = (n-1)p}, result {@code x[floor h] + (h - floor h)(x[floor h + 1] - x[floor
 * h])}; the median of an even-sized sample is the mean of the two middle values. Computed exactly,
 * rounded once to hours.
 */
final class DurationSample {
  private long[] seconds = new long[16];
  private int size;

  void add(Duration d) {
    if (size == seconds.length) {
      seconds = Arrays.copyOf(seconds, size * 2);
    }
    seconds[size++] = d.getSeconds();
  }

  void addAll(DurationSample other) {
    addSeconds(other.seconds());
  }

  int size() {
    return size;
  }

  /** The seconds held, in the order added. */
  long[] seconds() {
    return Arrays.copyOf(seconds, size);
  }

  /** Adds seconds as {@link #seconds} gave them. */
  void addSeconds(long[] values) {
    if (size + values.length > seconds.length) {
      seconds = Arrays.copyOf(seconds, Math.max(size + values.length, seconds.length * 2));
    }
    System.arraycopy(values, 0, seconds, size, values.length);
    size += values.length;
  }

  /** The p-th percentile (0 ≤ p ≤ 1) in hours with 1 decimal; null for an empty sample. */
  BigDecimal percentileHours(BigDecimal p) {
    if (size == 0) {
      return null;
    }
    long[] sorted = Arrays.copyOf(seconds, size);
    Arrays.sort(sorted);
    BigDecimal h = p.multiply(BigDecimal.valueOf(size - 1L));
    int lo = h.intValue(); // floor: h is non-negative
    BigDecimal fraction = h.subtract(BigDecimal.valueOf(lo));
    BigDecimal low = BigDecimal.valueOf(sorted[lo]);
    if (fraction.signum() == 0) {
      return Hours.ofSeconds(low);
    }
    BigDecimal high = BigDecimal.valueOf(sorted[lo + 1]);
    return Hours.ofSeconds(low.add(fraction.multiply(high.subtract(low))));
  }
}
