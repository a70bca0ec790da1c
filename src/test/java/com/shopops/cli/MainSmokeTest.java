package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real entry point in its own JVM: System.exit codes, streams and a relative ./shopops.db. */
class MainSmokeTest {
  @TempDir Path dir;

  record Run(int exit, String out, String err) {}

  Run java(String... args) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String cp =
        Path.of("target/classes").toAbsolutePath()
            + File.pathSeparator
            + System.getProperty("java.class.path");
    List<String> cmd = new ArrayList<>(List.of(java, "-cp", cp, "com.shopops.Main"));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
    pb.environment().remove("SHOPOPS_DB");
    pb.redirectOutput(dir.resolve("stdout").toFile()).redirectError(dir.resolve("stderr").toFile());
    Process p = pb.start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("shopops " + String.join(" ", args) + " did not finish");
    }
    return new Run(
        p.exitValue(),
        TestFiles.read(dir.resolve("stdout")),
        TestFiles.read(dir.resolve("stderr")));
  }

  @Test
  void versionInitImportAndList() throws Exception {
    Run version = java("--version");
    assertEquals(0, version.exit(), version.err());
    assertTrue(version.out().startsWith("shopops "), version.out());

    // no --db, no $SHOPOPS_DB: ./shopops.db in the working directory
    Run missing = java("orders", "list");
    assertEquals(2, missing.exit());
    assertEquals("shopops: no store at shopops.db", missing.err().lines().findFirst().get());

    assertEquals(0, java("init", "--tz", "Asia/Shanghai").exit());
    assertTrue(dir.resolve("shopops.db").toFile().isFile());
    TestFiles.write(
        dir, "o.csv", "order_id,customer_id,paid_at,amount\nA1,C1,2026-11-01 10:00," + "12.50\n");
    Run imported = java("import", "orders", "o.csv");
    assertEquals(0, imported.exit(), imported.err());
    assertTrue(
        imported.err().startsWith("o.csv: 1 row, 1 order (1 new, 0 updated, 0 unchanged)"),
        imported.err());
    Run list = java("orders", "list", "--format", "csv");
    assertEquals(0, list.exit(), list.err());
    assertEquals(
        "A1,C1,,2026-11-01 10:00:00,,,paid,12.50,,,12.50,CNY,0,,,,,",
        list.out().lines().skip(1).findFirst().get());
    String bad = "order_id,amount\nA2,abc\n";
    TestFiles.write(dir, "bad.csv", bad.getBytes(StandardCharsets.UTF_8));
    Run failed = java("import", "orders", "bad.csv");
    assertEquals(1, failed.exit());
    assertEquals(
        "bad.csv:2: amount: not an amount (\"abc\")", failed.err().lines().findFirst().get());
  }
}
