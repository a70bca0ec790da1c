package com.shopops.app;

/** Exit codes, the same for every command (docs/errors.md; the root command's help lists them). */
public final class ExitCodes {
  public static final int OK = 0;

  /** Bad input or a failed import. */
  public static final int BAD_INPUT = 1;

  /** Usage error (a bad option or option value), or the store is missing, newer, broken or busy. */
  public static final int USAGE = 2;

  /** A --fail-on-... condition was met. */
  public static final int CONDITION = 3;

  /**
   * A bug in shopops: an error nobody foresaw (sysexits' EX_SOFTWARE); --debug prints the trace.
   */
  public static final int INTERNAL = 70;

  /**
   * Cancelled with Ctrl-C in {@code shopops shell} (what a shell reports for SIGINT, 128 + 2);
   * nothing of the cancelled import was written.
   */
  public static final int INTERRUPTED = 130;

  private ExitCodes() {}
}
