package com.shopops.domain.customers;

import java.util.Objects;

/**
 * One row of a segment table: a name and inclusive R, F and M score ranges (R's {@code between}).
 * Plain data, so a JSON/YAML configuration file can list these rows directly.
 *
 * @param description what the segment means, for help text (may be empty)
 */
public record SegmentRule(
    String name, String description, int rMin, int rMax, int fMin, int fMax, int mMin, int mMax) {
  public SegmentRule {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("segment name must not be blank");
    }
    description = description == null ? "" : description;
    check(name, "R", rMin, rMax);
    check(name, "F", fMin, fMax);
    check(name, "M", mMin, mMax);
  }

  /** Whether the scores fall in all three ranges (bounds included). */
  public boolean matches(int r, int f, int m) {
    return rMin <= r && r <= rMax && fMin <= f && f <= fMax && mMin <= m && m <= mMax;
  }

  private static void check(String name, String dim, int min, int max) {
    if (min < 1 || min > max) {
      throw new IllegalArgumentException(
          "segment "
              + name
              + ": "
              + dim
              + " range "
              + min
              + "-"
              + max
              + " must have 1 <= min <= max");
    }
  }
}
