package com.shopops.cli;

/** Exit codes, SPEC §9. */
public final class ExitCodes {
  public static final int OK = 0;
  /** Bad input or a failed import. */
  public static final int BAD_INPUT = 1;
  /** Usage error, or the store is missing, newer or broken. */
  public static final int USAGE = 2;
  /** A --fail-on-... condition was met. */
  public static final int CONDITION = 3;

  private ExitCodes() {}
}
