package com.shopops.parse;

/**
 * A file that cannot be read as text at all (empty, not in its charset, unreadable), with a hint
 * for the operator when there is one. The importer reports it as the file's refusal.
 */
public final class ReadException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String hint;

  public ReadException(String message, String hint) {
    super(message);
    this.hint = hint;
  }

  public String hint() {
    return hint;
  }
}
