package com.shopops.render;

/**
 * How a terminal table colours a cell: red for what needs action (overdue, breached, a decline),
 * yellow for what will soon (at risk), green for an improvement. Only the table format on a
 * terminal shows it; csv/json never carry it.
 */
public enum Tone {
  GOOD("\033[32m"),
  WARN("\033[33m"),
  BAD("\033[31m");

  static final String RESET = "\033[0m";

  private final String sgr;

  Tone(String sgr) {
    this.sgr = sgr;
  }

  String paint(String text) {
    return sgr + text + RESET;
  }

  /** The tone of a status or step code by its name, or null. */
  public static Tone ofStatus(String code) {
    if (code == null) {
      return null;
    }
    return switch (code) {
      case "overdue",
          "breached",
          "shipped_breached",
          "delivered_late",
          "late",
          "shipped_late",
          "expired" ->
          BAD;
      case "at_risk" -> WARN;
      default -> null;
    };
  }

  /** A change: good when it goes the way the figure should, bad the other way. */
  public static Tone ofChange(int sign, boolean higherIsBetter) {
    if (sign == 0) {
      return null;
    }
    return (sign > 0) == higherIsBetter ? GOOD : BAD;
  }
}
