package com.shopops.domain.metrics;

/** Which way a figure moved from the previous period to this one. */
public enum Direction {
  UP("↑"),
  DOWN("↓"),
  FLAT("→"),
  /** One of the two values is missing: no arrow is printed. */
  UNKNOWN("");

  private final String arrow;

  Direction(String arrow) {
    this.arrow = arrow;
  }

  /** ↑, ↓, → or the empty string. */
  public String arrow() {
    return arrow;
  }
}
