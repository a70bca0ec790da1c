package com.shopops.app.imports;

/**
 * A problem with one row (or the whole file when {@code line} is 0), printed the way an operator
 * can act on it: {@code orders.csv:17: paid_at (订单付款时间): not a date ("2025-13-01")}.
 */
public record RowError(String file, long line, String column, String message) {
  public String format() {
    StringBuilder sb = new StringBuilder(file);
    if (line > 0) {
      sb.append(':').append(line);
    }
    sb.append(": ");
    if (column != null) {
      sb.append(column).append(": ");
    }
    return sb.append(message).toString();
  }

  /** The reason alone, for the rejects file. */
  public String reason() {
    return column == null ? message : column + ": " + message;
  }
}
