package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's choice of compilers (scripts/shopops, docs/benchmarks.md session 21): C1 alone for
 * an orders or shipments import of files under 64 MiB (shipments: session 22), {@code customers
 * segment} and {@code export promotion}, C1 at four times its thresholds for a traffic import
 * (session 25); both compilers for a larger orders or shipments import and for the other long
 * commands. Runs once the jar is packaged (verify).
 */
class LauncherJitTest {
  @TempDir Path dir;

  /** The JVM's command-line flags as the launcher sets them for {@code args} (with --help). */
  private String flags(String... args) throws Exception {
    List<String> cmd =
        new java.util.ArrayList<>(
            List.of(
                Path.of("scripts/shopops").toAbsolutePath().toString(),
                "--db",
                dir.resolve("s.db").toString()));
    cmd.addAll(List.of(args));
    cmd.add("--help");
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
    Map<String, String> env = pb.environment();
    env.put("SHOPOPS_CDS", "0");
    env.put("SHOPOPS_JAVA_OPTS", "-XX:+PrintCommandLineFlags");
    env.put("SHOPOPS_JAR", Path.of("target/shopops.jar").toAbsolutePath().toString());
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), out);
    return out.lines().filter(l -> l.contains("-XX:")).findFirst().orElse("");
  }

  @Test
  void c1AloneForSmallOrderImportsAndTheCustomerListsBothCompilersForALargeLoad() throws Exception {
    assumeTrue(Files.isRegularFile(Path.of("target/shopops.jar")), "the jar is built by package");
    Path small = dir.resolve("orders.csv");
    Files.writeString(small, "order_id,customer_id\nO1,C1\n");
    Path large = dir.resolve("large.csv");
    try (RandomAccessFile f = new RandomAccessFile(large.toFile(), "rw")) {
      f.setLength(64L << 20); // sparse: only its size is read
    }
    String c1 = "-XX:TieredStopAtLevel=1";
    assertTrue(flags("import", "orders", small.toString()).contains(c1));
    assertTrue(flags("import", "orders", "--dry-run", small.toString()).contains(c1));
    assertFalse(flags("import", "orders", large.toString()).contains(c1));
    assertFalse(flags("import", "orders", small.toString(), large.toString()).contains(c1));
    assertTrue(flags("customers", "segment", "--method", "rfm").contains(c1));
    assertTrue(flags("export", "promotion", "--dry-run").contains(c1));
    assertFalse(flags("sla", "report").contains(c1));
    assertTrue(flags("import", "shipments", small.toString()).contains(c1));
    assertFalse(flags("import", "shipments", large.toString()).contains(c1));
    assertFalse(flags("import", "events", small.toString()).contains(c1));
    // traffic (a row a day and channel) as a short command: C1 at four times its thresholds
    String traffic = flags("import", "traffic", "--channel", "tmall", small.toString());
    assertTrue(traffic.contains(c1), traffic);
    assertTrue(traffic.contains("-XX:CompileThresholdScaling=4"), traffic);
  }
}
