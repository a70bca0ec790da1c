package com.shopops.parse;

/**
 * A cell value that cannot be read as the type its column needs. The message is a short phrase for
 * the operator, e.g. {@code not an amount ("abc")}; the importer prefixes it with {@code FILE:LINE:
 * column: }.
 *
 * <p>No stack trace is captured: with {@code --on-error skip} a bad file can raise one of these per
 * row, and the trace would never be shown anyway (it is a user error, not a bug).
 */
public class ValueException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ValueException(String reason) {
    super(reason, null, false, false);
  }
}
