package com.shopops.app;

/** Exit codes, the same for every command (docs/errors.md; the root command's help lists them). */
public final class ExitCodes {
  public static final int OK = 0;

  /** Bad input or a failed import. */
  public static final int BAD_INPUT = 1;

  /**
   * Usage error (a bad option or option value), or the store is missing, newer, broken, busy or
   * read-only.
   */
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

  /**
   * What each code means, "code:meaning" as picocli's exit code list takes it: THE list, which the
   * help of every command shows (ShopopsCommand), docs/errors.md opens with (GoldenTestErrorsDoc)
   * and the Chinese help says again (a test checks its codes against this list).
   */
  public static final String OK_MEANS = OK + ":ok";

  public static final String BAD_INPUT_MEANS =
      BAD_INPUT
          + ":bad input or a failed import (nothing from the bad file was written; under --on-error"
          + " skip, a file none of whose rows was good)";

  public static final String USAGE_MEANS =
      USAGE
          + ":usage error, or the store is missing, newer than this program, broken, busy"
          + " (another shopops is writing to it, past --wait), read-only or on a full disk";

  public static final String CONDITION_MEANS =
      CONDITION + ":a --fail-on-... condition was met (for cron alerts)";

  public static final String INTERNAL_MEANS =
      INTERNAL + ":internal error: a bug in shopops (run again with --debug and report the trace)";

  public static final String INTERRUPTED_MEANS =
      INTERRUPTED + ":cancelled with Ctrl-C (nothing of a cancelled import was written)";

  /** The codes and their meanings in the order the help lists them. */
  public static final java.util.List<String> MEANINGS =
      java.util.List.of(
          OK_MEANS,
          BAD_INPUT_MEANS,
          USAGE_MEANS,
          CONDITION_MEANS,
          INTERNAL_MEANS,
          INTERRUPTED_MEANS);

  private ExitCodes() {}
}
