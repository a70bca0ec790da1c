package com.shopops;

import com.shopops.cli.AppContext;
import com.shopops.cli.Cli;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The morning job on the committed {@code examples/}, in one JVM and a throwaway store, with every
 * output discarded: the launcher runs it once per jar and JVM to archive the classes a real run
 * loads (class data sharing), so that every command after it starts sooner. Not a shopops command.
 * Usage: {@code java -cp shopops.jar com.shopops.CdsTraining EXAMPLES_DIR}.
 */
public final class CdsTraining {
  /** The examples' reference time (examples/README.md), 2026-11-20 10:00 Asia/Shanghai. */
  static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");

  private CdsTraining() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: CdsTraining EXAMPLES_DIR");
    }
    Path dir = Files.createTempDirectory("shopops-cds");
    try {
      train(Path.of(args[0]), dir);
    } finally {
      deleteTree(dir);
    }
  }

  /**
   * Runs the job on the example files in {@code ex} with a store in {@code dir}; returns the
   * command lines that failed (none, normally).
   */
  static List<String> train(Path ex, Path dir) {
    String db = dir.resolve("training.db").toString();
    String now = "2026-11-20 10:00";
    List<String[]> lines = new ArrayList<>();
    lines.add(new String[] {"init", "--tz", "Asia/Shanghai"});
    lines.add(new String[] {"import", "orders", ex.resolve("orders.csv").toString()});
    lines.add(new String[] {"import", "customers", ex.resolve("customers.csv").toString()});
    lines.add(
        new String[] {"import", "orders", ex.resolve("shopify/orders_export.csv").toString()});
    lines.add(
        new String[] {
          "import",
          "orders",
          ex.resolve("taobao/ExportOrderList202611201000.csv").toString(),
          ex.resolve("taobao/ExportOrderDetailList202611201000.csv").toString()
        });
    lines.add(new String[] {"import", "shipments", ex.resolve("shipments.csv").toString()});
    lines.add(new String[] {"import", "returns", ex.resolve("returns.csv").toString()});
    lines.add(new String[] {"import", "traffic", ex.resolve("traffic.csv").toString()});
    lines.add(new String[] {"import", "events", ex.resolve("events.csv").toString()});
    lines.add(new String[] {"orders", "list", "--limit", "5"});
    lines.add(new String[] {"--now", now, "sla", "at-risk", "--format", "table"});
    lines.add(new String[] {"--now", now, "sla", "report", "--by", "carrier"});
    lines.add(new String[] {"--now", now, "returns", "eligible"});
    lines.add(new String[] {"--now", now, "metrics", "--by", "week"});
    lines.add(new String[] {"--now", now, "customers", "segment", "--method", "rfm", "--summary"});
    lines.add(new String[] {"--now", now, "export", "followup", "--kind", "delay", "--dry-run"});
    PrintWriter discard = new PrintWriter(OutputStream.nullOutputStream());
    AppContext ctx =
        new AppContext(
            discard,
            discard,
            InputStream.nullInputStream(),
            Map.of(),
            () -> NOW,
            false,
            false,
            100);
    List<String> failed = new ArrayList<>();
    for (String[] line : lines) {
      String[] args = new String[line.length + 3];
      args[0] = "--db";
      args[1] = db;
      args[2] = "-q";
      System.arraycopy(line, 0, args, 3, line.length);
      if (Cli.run(ctx, args) != 0) {
        failed.add(String.join(" ", line)); // the archive is made all the same, a little smaller
      }
    }
    return failed;
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
