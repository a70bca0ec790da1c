package com.shopops.render;

/**
 * How a number cell reads in the terminal table when its column's type does not say it: a rate in a
 * column of several kinds of figure ({@code metrics compare}'s value, {@code score}'s value). csv,
 * tsv, json and xlsx write the number as it is.
 */
public enum Shown {
  /** A fraction as a percentage: 0.0714 → 7.14%. */
  PERCENT,
  /** The change of a fraction in percentage points: 0.0052 → 0.52 pp (0.52 个百分点). */
  POINTS
}
