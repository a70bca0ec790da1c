package com.shopops.app.imports;

import com.shopops.text.Problem;

/**
 * A problem with one row (or the whole file when {@code line} is 0), printed the way an operator
 * can act on it: {@code orders.csv:17: paid_at (column "订单付款时间"): not a date ("2025-13-01")}. Its
 * parts stay apart until it is said: the field ({@code column}, a machine name), the file's own
 * header of it when that differs ({@code header}), and, for a row refused with its order, the row
 * error that took it ({@code cause}); so the Chinese interface says each in its own words ({@code
 * orders.csv 第 17 行，付款时间（列“订单付款时间”）：…}) and English reads as it always did. A reason a handler
 * names by its key ({@code problem}, review13 M6) is said from the bundle of the operator's
 * language; {@code message} is its English. {@code kind} (null when not known) is the import kind
 * whose field it is, for the few fields a kind names in its own words (a follow-up's created_at is
 * its contact time, not an order time: tryout17 U7).
 */
public record RowError(
    String file,
    long line,
    String column,
    String header,
    String message,
    RowError cause,
    Problem problem,
    String kind) {

  public RowError(
      String file,
      long line,
      String column,
      String header,
      String message,
      RowError cause,
      Problem problem) {
    this(file, line, column, header, message, cause, problem, null);
  }

  public RowError(
      String file, long line, String column, String header, String message, RowError cause) {
    this(file, line, column, header, message, cause, null);
  }

  /** A problem named by its key, of a field named by the file's {@code header} of it (or null). */
  public RowError(String file, long line, String column, String header, Problem problem) {
    this(file, line, column, header, problem.english(), null, problem);
  }

  /** A problem of the row as a whole, or of a field whose header is its own name. */
  public RowError(String file, long line, String column, String message) {
    this(file, line, column, null, message, null);
  }

  /** A problem of a field, named by the file's {@code header} of it when that differs. */
  public RowError(String file, long line, String column, String header, String message) {
    this(file, line, column, header, message, null);
  }

  /** The same problem, of a field of {@code kind}'s. */
  public RowError ofKind(String kind) {
    return new RowError(file, line, column, header, message, cause, problem, kind);
  }

  /** A row refused because another row of its order was: {@code cause}. */
  public static RowError withOrder(String file, long line, RowError cause) {
    return new RowError(file, line, null, null, WITH_ORDER + cause.format(), cause);
  }

  /** The start of the English reason of a row refused with its order. */
  public static final String WITH_ORDER = "rejected with its order: ";

  public String format() {
    StringBuilder sb = new StringBuilder(file);
    if (line > 0) {
      sb.append(':').append(line);
    }
    sb.append(": ");
    if (column != null) {
      sb.append(label()).append(": ");
    }
    return sb.append(message).toString();
  }

  /** The field, and the file's header of it when that differs: {@code paid_at (column "…")}. */
  public String label() {
    return label(column, header);
  }

  /**
   * How every import message names a field: the field, and the file's own header when that differs
   * ({@code paid_at (column "订单付款时间")}, null when it does not), so the operator finds the column in
   * the sheet.
   */
  public static String label(String field, String header) {
    return header == null ? field : field + " (column \"" + header + "\")";
  }

  /** The header part of a {@link #label(String, String)}, read back: group 1 is the header. */
  public static final String HEADER_PATTERN = " \\(column \"([^\"]*)\"\\)";

  /** The reason alone, for the rejects file. */
  public String reason() {
    return column == null ? message : label() + ": " + message;
  }
}
