package com.shopops.cli;

import com.shopops.app.imports.ImportProgress;
import java.io.PrintWriter;

/**
 * A one-line progress bar on stderr, redrawn at most every 200 ms, only when stderr is a terminal
 * (never in cron logs or pipes) and not silenced with -q.
 */
final class ProgressBar implements ImportProgress {
  private static final int WIDTH = 30;
  private final PrintWriter err;
  private final boolean enabled;
  private long lastDraw;
  private boolean drawn;

  ProgressBar(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  @Override
  public void update(String file, long bytesRead, long size) {
    if (!enabled || size <= 0) {
      return;
    }
    long t = System.nanoTime();
    if (drawn && t - lastDraw < 200_000_000L) {
      return;
    }
    lastDraw = t;
    drawn = true;
    int pct = (int) Math.min(100, bytesRead * 100 / size);
    int fill = pct * WIDTH / 100;
    err.print("\r[" + "#".repeat(fill) + " ".repeat(WIDTH - fill) + "] " + pct + "% " + file);
    err.flush();
  }

  @Override
  public void done() {
    if (drawn) {
      err.print("\r\033[K");
      err.flush();
      drawn = false;
    }
  }
}
