package com.shopops.cli;

import com.shopops.render.Renderer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * What a terminal gets beyond plain text: colour (unless {@code NO_COLOR}, {@code --no-color},
 * {@code TERM=dumb} or not a terminal) and a pager for output taller or wider than the screen,
 * chosen as git does: {@code $SHOPOPS_PAGER}, else {@code $PAGER}, else {@code less -FRSX}; an
 * empty value or {@code cat} means none.
 */
final class Terminals {
  static final String DEFAULT_PAGER = "less -FRSX";

  private Terminals() {}

  /** Whether a terminal table is coloured (the caller knows stdout is a terminal). */
  static boolean colour(AppContext ctx, boolean noColor) {
    String no = ctx.env().get("NO_COLOR");
    return !noColor && (no == null || no.isEmpty()) && !"dumb".equals(ctx.env().get("TERM"));
  }

  /** The pager command, or null for none. */
  static String pager(Map<String, String> env) {
    String p = env.get("SHOPOPS_PAGER");
    if (p == null) {
      p = env.get("PAGER");
    }
    if (p == null) {
      p = DEFAULT_PAGER;
    }
    p = p.strip();
    return p.isEmpty() || p.equals("cat") ? null : p;
  }

  /** Whether text does not fit a screen of this size (0: unknown size, never). */
  static boolean overflows(String text, int width, int height) {
    if (height <= 0) {
      return false;
    }
    int lines = 0;
    for (String line : text.split("\n", -1)) {
      lines++;
      if (width > 0 && Renderer.displayWidth(line) > width) {
        return true;
      }
    }
    return lines - 1 >= height; // the prompt takes the last line
  }

  /**
   * Prints text on stdout, through the pager when it does not fit the screen. The pager writes to
   * the terminal itself; Ctrl-C in it is the pager's, not ours (as in git).
   */
  static void show(AppContext ctx, String text) {
    String pager = pager(ctx.env());
    if (pager == null || !overflows(text, ctx.terminalWidth(), ctx.terminalHeight())) {
      ctx.out().write(text);
      return;
    }
    ctx.out().flush();
    ProcessBuilder pb = new ProcessBuilder("sh", "-c", pager);
    pb.redirectOutput(ProcessBuilder.Redirect.INHERIT);
    pb.redirectError(ProcessBuilder.Redirect.INHERIT);
    if (!ctx.env().containsKey("LESS")) {
      pb.environment().put("LESS", "FRX");
    }
    Object oldHandler = ignoreInterrupts();
    try {
      Process p;
      try {
        p = pb.start();
      } catch (IOException e) {
        ctx.out().write(text); // no pager to be had: print as is
        return;
      }
      try (OutputStream in = p.getOutputStream()) {
        in.write(text.getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        // the reader quit the pager before the end: nothing more to show
      }
      try {
        p.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    } finally {
      restoreInterrupts(oldHandler);
    }
  }

  /** Ctrl-C while the pager runs goes to the pager only (less uses it to stop a search). */
  private static Object ignoreInterrupts() {
    try {
      return sun.misc.Signal.handle(new sun.misc.Signal("INT"), s -> {});
    } catch (RuntimeException | LinkageError e) {
      return null;
    }
  }

  private static void restoreInterrupts(Object old) {
    if (old instanceof sun.misc.SignalHandler h) {
      try {
        sun.misc.Signal.handle(new sun.misc.Signal("INT"), h);
      } catch (RuntimeException | LinkageError e) {
        // keep what is there
      }
    }
  }
}
