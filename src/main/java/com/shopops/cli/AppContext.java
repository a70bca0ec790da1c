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
    int terminalWidth) {

  /** The real process: System streams, environment, clock; terminal facts from the launcher. */
  public static AppContext system() {
    boolean outTty = "1".equals(System.getProperty("shopops.tty.out"));
    boolean errTty = "1".equals(System.getProperty("shopops.tty.err"));
    if (System.getProperty("shopops.tty.out") == null) {
      // not started by the launcher: a console means both stdin and stdout are a terminal
      outTty = System.console() != null;
      errTty = outTty;
    }
    int width = 0;
    try {
      width = Integer.parseInt(System.getProperty("shopops.columns", System.getenv().getOrDefault("COLUMNS", "0")));
    } catch (NumberFormatException ignored) {
      // unknown width: tables are printed at their natural width
    }
    var utf8 = java.nio.charset.StandardCharsets.UTF_8;
    return new AppContext(
        new PrintWriter(new java.io.OutputStreamWriter(System.out, utf8), false),
        new PrintWriter(new java.io.OutputStreamWriter(System.err, utf8), true),
        System.in,
        System.getenv(),
        Instant::now,
        outTty,
        errTty,
        width > 0 ? width : 120);
  }
}
