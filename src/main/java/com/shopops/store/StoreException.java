package com.shopops.store;

/** The store cannot be used: missing, newer than this program, or broken. Exit code 2. */
public final class StoreException extends RuntimeException {
  private final String hint;

  public StoreException(String message, String hint) {
    super(message);
    this.hint = hint;
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
    this.hint = null;
  }

  public String hint() {
    return hint;
  }
}
