package com.shopops;

import com.shopops.cli.AppContext;
import com.shopops.cli.Cli;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
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

  /** A real run's entry point, loaded here so that the archive holds it too. */
  static final Class<?> ENTRY = Main.class;

  private CdsTraining() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: CdsTraining EXAMPLES_DIR");
    }
    Path dir = Files.createTempDirectory("shopops-cds");
    try {
      train(Path.of(args[0]), dir);
      try {
        trainPostgres(new PrintWriter(OutputStream.nullOutputStream()));
      } catch (IOException | RuntimeException e) {
        // no loopback socket here: the archive is made all the same, without the PostgreSQL side
      }
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
    // the one-customer and one-order views and the open returns: short commands an operator runs
    // many times a day (without them here, `customers show` loaded 216 classes from the jar, 110
    // more than `sla at-risk`)
    lines.add(new String[] {"--now", now, "customers", "show", "C00001"});
    lines.add(new String[] {"--now", now, "orders", "show", "SO202611180001"});
    lines.add(new String[] {"--now", now, "returns", "open"});
    lines.add(new String[] {"--now", now, "metrics", "--by", "week"});
    lines.add(new String[] {"--now", now, "customers", "segment", "--method", "rfm", "--summary"});
    lines.add(new String[] {"--now", now, "export", "followup", "--kind", "delay", "--dry-run"});
    AppContext ctx = discarding();
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

  private static AppContext discarding() {
    return context(new PrintWriter(OutputStream.nullOutputStream()));
  }

  private static AppContext context(PrintWriter err) {
    PrintWriter discard = new PrintWriter(OutputStream.nullOutputStream());
    return new AppContext(
        discard, err, InputStream.nullInputStream(), Map.of(), () -> NOW, false, false, 100);
  }

  /**
   * The PostgreSQL side, without a server: the driver's classes are loaded (not initialized), and a
   * command opens a {@code postgresql://} store on a loopback socket that refuses it as a server
   * would (the socket, the driver's connection and shopops' opening and error path). A command on a
   * PostgreSQL store then finds its classes in the archive (56 loaded from the jar, was 351): 0.35
   * → 0.30 s of CPU for {@code orders list --limit 20} through the launcher (medians of 7
   * interleaved runs), a SQLite store's unchanged (0.29 → 0.28 s). Returns the driver classes
   * loaded and the command's exit code; its messages go to {@code err}.
   */
  static int[] trainPostgres(PrintWriter err) throws IOException {
    int loaded = loadDriverClasses();
    try (ServerSocket server = new ServerSocket(0, 4, InetAddress.getLoopbackAddress())) {
      Thread refuser = new Thread(() -> refuse(server), "cds-training-postgres");
      refuser.setDaemon(true);
      refuser.start();
      String url = "postgresql://training@127.0.0.1:" + server.getLocalPort() + "/training";
      int code = Cli.run(context(err), new String[] {"--db", url, "-q", "orders", "list"});
      return new int[] {loaded, code};
    }
  }

  /** Loads every class of the PostgreSQL driver's jar, without running their initializers. */
  private static int loadDriverClasses() throws IOException {
    ClassLoader loader = CdsTraining.class.getClassLoader();
    java.net.URL jar =
        org.postgresql.Driver.class.getProtectionDomain().getCodeSource().getLocation();
    int loaded = 0;
    try (java.util.jar.JarFile file = new java.util.jar.JarFile(Path.of(toUri(jar)).toFile())) {
      for (String name : file.stream().map(java.util.jar.JarEntry::getName).toList()) {
        if (!name.startsWith("org/postgresql/") || !name.endsWith(".class")) {
          continue;
        }
        try {
          Class.forName(name.substring(0, name.length() - 6).replace('/', '.'), false, loader);
          loaded++;
        } catch (ClassNotFoundException | LinkageError e) {
          // an optional part of the driver (its dependencies are not shipped): not archived
        }
      }
    }
    return loaded;
  }

  private static java.net.URI toUri(java.net.URL url) throws IOException {
    try {
      return url.toURI();
    } catch (java.net.URISyntaxException e) {
      throw new IOException(e);
    }
  }

  /**
   * Answers each connection as a server refusing the login would: no to SSL or GSS encryption, then
   * a FATAL error for the startup message.
   */
  private static void refuse(ServerSocket server) {
    while (!server.isClosed()) {
      try (Socket s = server.accept()) {
        s.setSoTimeout(10_000);
        DataInputStream in = new DataInputStream(s.getInputStream());
        DataOutputStream out = new DataOutputStream(s.getOutputStream());
        while (true) {
          int length = in.readInt();
          int code = in.readInt();
          in.skipNBytes(length - 8L);
          if (code != 80877103 && code != 80877104) { // not an SSL or GSS encryption request
            break;
          }
          out.writeByte('N');
          out.flush();
        }
        byte[] fields = "SFATAL\0VFATAL\0C28000\0Mtraining\0\0".getBytes(StandardCharsets.US_ASCII);
        out.writeByte('E');
        out.writeInt(fields.length + 4);
        out.write(fields);
        out.flush();
      } catch (IOException e) {
        return; // closed at the end of the training
      }
    }
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
