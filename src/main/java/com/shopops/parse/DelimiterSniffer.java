package com.shopops.parse;

/** Guesses the field delimiter of a CSV/TSV file from its header line. */
public final class DelimiterSniffer {
  private static final char[] CANDIDATES = {',', '\t', ';', '|'};

  private DelimiterSniffer() {}

  /**
   * The most frequent of {@code , \t ; |} outside double quotes in {@code headerLine}. A tie for
   * first place, or no candidate at all, gives {@code ,} (the default everyone expects).
   */
  public static char sniff(String headerLine) {
    if (headerLine == null) {
      return ',';
    }
    int[] counts = new int[CANDIDATES.length];
    boolean quoted = false;
    for (int i = 0; i < headerLine.length(); i++) {
      char c = headerLine.charAt(i);
      if (c == '"') {
        // An escaped quote ("") toggles twice, so it needs no special case.
        quoted = !quoted;
      } else if (!quoted) {
        for (int k = 0; k < CANDIDATES.length; k++) {
          if (c == CANDIDATES[k]) {
            counts[k]++;
          }
        }
      }
    }
    int best = -1;
    int bestCount = 0;
    boolean tie = false;
    for (int k = 0; k < CANDIDATES.length; k++) {
      if (counts[k] > bestCount) {
        best = k;
        bestCount = counts[k];
        tie = false;
      } else if (counts[k] == bestCount && bestCount > 0) {
        tie = true;
      }
    }
    return best < 0 || tie ? ',' : CANDIDATES[best];
  }
}
