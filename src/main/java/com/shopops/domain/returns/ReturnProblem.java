package com.shopops.domain.returns;

/**
 * Something wrong with a return, named by the column of the generic layout ({@code refunded_at},
 * {@code refund_amount}…) so that the importer can print {@code FILE:LINE: column: message}.
 */
public record ReturnProblem(String field, String message) {
  @Override
  public String toString() {
    return field + ": " + message;
  }
}
