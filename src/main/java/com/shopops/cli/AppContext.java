package com.shopops.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What a command may use from the world around it, passed in so that tests run the real commands
 * with captured output, a fixed clock and their own environment: no global state to reset.
 */
public record AppContext(
    PrintWriter out,
    PrintWriter err,
    InputStream in,
    Map<String, String> env,
    Supplier<Instant> wallClock,
    boolean stdoutIsTerminal,
    boolean stderrIsTerminal,
    int terminalWidth,
    int terminalHeight) {

  /** A context whose screen height is unknown: output is never paged (tests, the shell). */
  public AppContext(
      PrintWriter out,
      PrintWriter err,
      InputStream in,
      Map<String, String> env,
      Supplier<Instant> wallClock,
      boolean stdoutIsTerminal,
      boolean stderrIsTerminal,
      int terminalWidth) {
    this(out, err, in, env, wallClock, stdoutIsTerminal, stderrIsTerminal, terminalWidth, 0);
  }

  /** The real process: System streams, environment, clock; terminal facts from the launcher. */
  public static AppContext system() {
    boolean outTty = "1".equals(System.getProperty("shopops.tty.out"));
    boolean errTty = "1".equals(System.getProperty("shopops.tty.err"));
    if (System.getProperty("shopops.tty.out") == null) {
      // not started by the launcher: a console means both stdin and stdout are a terminal
      outTty = System.console() != null;
      errTty = outTty;
    }
    int width = number("shopops.columns", "COLUMNS");
    int height = outTty ? number("shopops.lines", "LINES") : 0;
    var utf8 = java.nio.charset.StandardCharsets.UTF_8;
    return new AppContext(
        new StdoutWriter(new java.io.FileOutputStream(java.io.FileDescriptor.out)),
        new PrintWriter(new java.io.OutputStreamWriter(System.err, utf8), true),
        System.in,
        System.getenv(),
        Instant::now,
        outTty,
        errTty,
        width > 0 ? width : 120,
        Math.max(0, height));
  }

  /** A number the launcher passed (tput), else from the environment, else 0 (unknown). */
  private static int number(String property, String variable) {
    try {
      return Integer.parseInt(
          System.getProperty(property, System.getenv().getOrDefault(variable, "0")).strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
