package com.shopops.domain.metrics;

/** Which way a figure moved from the previous period to this one. */
public enum Direction {
  UP("↑", "up"),
  DOWN("↓", "down"),
  FLAT("→", "flat"),
  /** One of the two values is missing: no arrow is printed, no code written. */
  UNKNOWN("", null);

  private final String arrow;
  private final String code;

  Direction(String arrow, String code) {
    this.arrow = arrow;
    this.code = code;
  }

  /** up, down, flat or null (unknown): what csv/tsv/json write, stable for scripts. */
  public String code() {
    return code;
  }

  /** ↑, ↓, → or the empty string. */
  public String arrow() {
    return arrow;
  }
}
