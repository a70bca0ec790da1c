package com.shopops.app.imports;

/** A file that cannot be imported at all (empty, binary, wrong kind, missing column). Exit 1. */
public final class ImportException extends RuntimeException {
  private final String hint;

  public ImportException(String message, String hint) {
    super(message);
    this.hint = hint;
  }

  public String hint() {
    return hint;
  }
}
