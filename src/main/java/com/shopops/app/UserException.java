package com.shopops.app;

/** An error the user can act on: printed as {@code shopops: message} plus a hint, no trace. */
public final class UserException extends RuntimeException {
  private final int exitCode;
  private final String hint;

  public UserException(int exitCode, String message, String hint) {
    super(message);
    this.exitCode = exitCode;
    this.hint = hint;
  }

  public int exitCode() {
    return exitCode;
  }

  public String hint() {
    return hint;
  }
}
