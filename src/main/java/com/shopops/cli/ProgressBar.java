package com.shopops.cli;

import com.shopops.app.imports.ImportProgress;
import com.shopops.render.Messages;
import com.shopops.render.Renderer;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar on stderr: the share of the file read, rows so far, rows per second, the
 * time left and the file, fitted to the terminal's width (a long path loses its start). Redrawn at
 * most every 200 ms, and once more at 100 %; only when stderr is a terminal (never in cron logs or
 * pipes) and not silenced with -q. Cleared when the file is done, when it fails and when the
 * process is interrupted (Ctrl-C).
 *
 * <p>An interrupted thread (Ctrl-C in {@code shopops shell}) cancels the import: the next update
 * throws, and the file's transaction is rolled back.
 */
final class ProgressBar implements ImportProgress {
  static final long REDRAW_NANOS = 200_000_000L;
  private static final int BAR = 20;

  private final PrintWriter err;
  private final boolean enabled;
  private final int width;
  private final Messages m;
  private final LongSupplier nanos;
  private String file;
  private long size;
  private long bytes;
  private long rows;
  private long startNanos;
  private long lastDraw;
  private boolean drawn;
  private boolean full;
  private Thread clearOnExit;

  ProgressBar(PrintWriter err, boolean enabled, int width, Messages m) {
    this(err, enabled, width, m, System::nanoTime);
  }

  ProgressBar(PrintWriter err, boolean enabled, int width, Messages m, LongSupplier nanos) {
    this.err = err;
    this.enabled = enabled;
    this.width = width > 0 ? width : 80;
    this.m = m;
    this.nanos = nanos;
  }

  @Override
  public void update(String file, long bytesRead, long size) {
    checkCancelled(file);
    if (!file.equals(this.file)) {
      this.file = file;
      this.rows = 0;
      this.full = false;
      this.startNanos = nanos.getAsLong();
    }
    this.bytes = bytesRead;
    this.size = size;
    if (enabled && size > 0) {
      boolean end = bytesRead >= size;
      long t = nanos.getAsLong();
      if (end ? !full : (!drawn || t - lastDraw >= REDRAW_NANOS)) {
        lastDraw = t;
        full = end;
        draw(t);
      }
    }
  }

  @Override
  public void rows(long rows) {
    this.rows = rows;
    if ((rows & 0xfff) == 0) {
      checkCancelled(file);
      // the rows move on between reads of the file: redraw for them too (bytes are read in
      // buffers, and a bar drawn only then showed the rows of the buffer before)
      long t = nanos.getAsLong();
      if (enabled && drawn && !full && file != null && t - lastDraw >= REDRAW_NANOS) {
        lastDraw = t;
        draw(t);
      }
    }
  }

  @Override
  public void done() {
    if (drawn) {
      err.print("\r\033[K");
      err.flush();
      drawn = false;
    }
    file = null;
    if (clearOnExit != null) {
      try {
        Runtime.getRuntime().removeShutdownHook(clearOnExit);
      } catch (IllegalStateException e) {
        // already exiting: the hook clears the line
      }
      clearOnExit = null;
    }
  }

  /** Ctrl-C in the shell interrupts the command's thread: stop here, the import rolls back. */
  private static void checkCancelled(String file) {
    if (Thread.currentThread().isInterrupted()) {
      throw ImportProgress.cancelled(file);
    }
  }

  private void draw(long t) {
    if (clearOnExit == null) {
      // Ctrl-C outside the shell ends the process: leave no half-drawn bar behind
      clearOnExit =
          new Thread(
              () -> {
                err.print("\r\033[K");
                err.flush();
              });
      try {
        Runtime.getRuntime().addShutdownHook(clearOnExit);
      } catch (IllegalStateException e) {
        clearOnExit = null;
      }
    }
    err.print("\r" + line((t - startNanos) / 1e9) + "\033[K");
    err.flush();
    drawn = true;
  }

  /** The bar for the state as it is, {@code seconds} after the file's start, within the width. */
  String line(double seconds) {
    int pct = (int) Math.min(100, size <= 0 ? 0 : bytes * 100 / size);
    int fill = pct * BAR / 100;
    StringBuilder sb = new StringBuilder();
    sb.append('[').append("#".repeat(fill)).append(".".repeat(BAR - fill)).append("] ");
    sb.append(String.format(Locale.ROOT, "%3d%%", pct));
    sb.append("  ").append(m.get("progress.rows", grouped(rows)));
    if (seconds >= 0.5) {
      sb.append("  ").append(m.get("progress.rate", grouped(Math.round(rows / seconds))));
      if (bytes > 0 && bytes < size) {
        long left = Math.round(seconds * (size - bytes) / bytes);
        sb.append("  ").append(m.get("progress.left", clock(left)));
      }
    }
    String head = sb.toString();
    if (Renderer.displayWidth(head) > width - 1) {
      head = head.substring(BAR + 3); // a narrow terminal keeps the figures, not the bar (K14)
    }
    // one column is left free: a line as wide as the screen wraps on some terminals
    int room = width - 1 - Renderer.displayWidth(head) - 2;
    if (room >= 8 && file != null) {
      return head + "  " + shorten(file, room);
    }
    return fit(head, width - 1);
  }

  /** A path within {@code room} columns: its end (the file name) kept, "…" for its start. */
  static String shorten(String path, int room) {
    if (Renderer.displayWidth(path) <= room) {
      return path;
    }
    int i = 0;
    while (i < path.length() && Renderer.displayWidth(path.substring(i)) > room - 1) {
      i += Character.charCount(path.codePointAt(i));
    }
    return "…" + path.substring(i);
  }

  private static String fit(String text, int room) {
    String s = text;
    while (!s.isEmpty() && Renderer.displayWidth(s) > room) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  /** 1234567 → "1,234,567". */
  static String grouped(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** Seconds as m:ss, or h:mm:ss from an hour. */
  static String clock(long seconds) {
    long h = seconds / 3600;
    long mm = seconds / 60 % 60;
    long ss = seconds % 60;
    return h > 0
        ? String.format(Locale.ROOT, "%d:%02d:%02d", h, mm, ss)
        : String.format(Locale.ROOT, "%d:%02d", mm, ss);
  }
}
