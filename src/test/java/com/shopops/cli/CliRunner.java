package com.shopops.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the real command line in-process with captured stdout/stderr, its own environment, a fixed
 * wall clock and a store in a temp directory: what a user would see, without a subprocess.
 */
public final class CliRunner {
  /** What one run printed and returned. */
  public record Result(int exit, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }

  private final Path db;
  private String store;
  private final Map<String, String> env = new HashMap<>();
  private Instant wallClock = Instant.parse("2026-11-20T02:00:00Z");
  private boolean terminal;
  private int width = 120;
  private String stdin = "";

  public CliRunner(Path dir) {
    this.db = dir.resolve("shop.db");
    this.store = db.toString();
  }

  /** The store {@link #run} names with --db: a file, or a postgresql:// URL. */
  public CliRunner store(String location) {
    this.store = location;
    return this;
  }

  public Path db() {
    return db;
  }

  /** The store as `--db` names it: the PostgreSQL URL given by {@link #store}, else the file. */
  public String location() {
    return store != null ? store : db.toString();
  }

  /** The rows a query of this runner's SQLite store returns, a line each, columns joined by '|'. */
  public String sql(String query) throws java.sql.SQLException {
    return sql(db, query);
  }

  /** The rows a query of the SQLite store {@code db} returns, a line each, columns by '|'. */
  public static String sql(Path db, String query) throws java.sql.SQLException {
    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db)) {
      return rows(c, query);
    }
  }

  /** The rows a query returns on connection {@code c} (either backend), as {@link #sql}. */
  public static String rows(java.sql.Connection c, String query) throws java.sql.SQLException {
    try (var st = c.createStatement();
        var rs = st.executeQuery(query)) {
      StringBuilder sb = new StringBuilder();
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        for (int i = 1; i <= n; i++) {
          sb.append(i > 1 ? "|" : "").append(rs.getString(i));
        }
        sb.append('\n');
      }
      return sb.toString();
    }
  }

  /** Pretend stdout/stderr are a terminal (default: a pipe, so the default format is csv). */
  public CliRunner terminal(boolean on) {
    this.terminal = on;
    return this;
  }

  /** The terminal's width in columns (default 120). */
  public CliRunner width(int columns) {
    this.width = columns;
    return this;
  }

  public CliRunner stdin(String text) {
    this.stdin = text;
    return this;
  }

  public CliRunner env(String key, String value) {
    env.put(key, value);
    return this;
  }

  public CliRunner wallClock(Instant t) {
    this.wallClock = t;
    return this;
  }

  /** Runs {@code shopops --db <temp store> args…}. */
  public Result run(String... args) {
    List<String> all = new ArrayList<>();
    all.add("--db");
    all.add(store);
    all.addAll(List.of(args));
    return runBare(all.toArray(new String[0]));
  }

  /** Runs exactly these arguments (no --db added). */
  public Result runBare(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.run(context(out, err), args);
    return new Result(code, out.toString(), err.toString());
  }

  /** The context a run gets (for tests that inspect the command tree). */
  AppContext context() {
    return context(new StringWriter(), new StringWriter());
  }

  private AppContext context(StringWriter out, StringWriter err) {
    Instant t = wallClock;
    return new AppContext(
        new PrintWriter(out, true),
        new PrintWriter(err, true),
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        Map.copyOf(env),
        () -> t,
        terminal,
        terminal,
        width);
  }

  /** Runs and fails the test with everything printed when the exit code is not the expected one. */
  public Result expect(int exit, String... args) {
    Result r = run(args);
    if (r.exit() != exit) {
      throw new AssertionError(
          "expected exit " + exit + " from " + String.join(" ", args) + "\n" + r);
    }
    return r;
  }

  /**
   * {@code metrics --by month} of November 2026 as csv, as of {@code now}, with {@code more}
   * options: the figure the money tests (refunds, closed orders, read vs derived amounts) check.
   */
  public String novemberMetrics(String now, String... more) {
    java.util.List<String> args =
        new java.util.ArrayList<>(
            java.util.List.of(
                "--now",
                now,
                "metrics",
                "--by",
                "month",
                "--from",
                "2026-11-01",
                "--to",
                "2026-11-30",
                "--format",
                "csv"));
    args.addAll(java.util.List.of(more));
    return expect(0, args.toArray(new String[0])).out();
  }
}
