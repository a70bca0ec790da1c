package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scripts/bench --smoke}: every step of the benchmark suite runs on tiny data and writes its
 * tables. It needs the packaged jar and a few minutes of JVM starts, so it runs only when asked
 * ({@code -Dbench.smoke=true}, as .ci/run does after the jar is built).
 */
class BenchSmokeTest {
  @TempDir Path dir;

  @Test
  void theSmokeRunTimesEveryWorkOnBothSidesAndWritesTheTables() throws Exception {
    assumeTrue(Boolean.getBoolean("bench.smoke"), "-Dbench.smoke=true runs it");
    assumeTrue(Files.isRegularFile(Path.of("target/shopops.jar")), "the jar is built by package");
    Path md = dir.resolve("b.md");
    Path csv = dir.resolve("b.csv");
    Process p =
        new ProcessBuilder(
                Path.of("scripts/bench").toAbsolutePath().toString(),
                "--smoke",
                "--md",
                md.toString(),
                "--csv",
                csv.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("out.log").toFile())
            .start();
    assertTrue(p.waitFor(20, TimeUnit.MINUTES), "bench --smoke finished");
    String log = Files.readString(dir.resolve("out.log"), StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), log);
    List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertEquals(
        "section,work,tool,runs,median_s,min_s,max_s,cpu_s,peak_mb,failed_runs,ratio", rows.get(0));
    for (String work :
        List.of(
            "import,import orders (2000; one line each; sorted),",
            "import,import orders (666 x 3 lines; shuffled),",
            "import,import customers (400),",
            "import,import events (5000),",
            "import,import traffic (4380 daily figures),",
            "report,sla report --by day,",
            "report,metrics --by week (one year; exact UV),",
            "list,export promotion --dry-run (every customer),",
            "list,orders list --limit 20,")) {
      assertTrue(rows.stream().anyMatch(r -> r.startsWith(work + "shopops,1,")), work);
      assertTrue(rows.stream().anyMatch(r -> r.startsWith(work + "sqlite3,1,")), work);
    }
    assertTrue(rows.stream().anyMatch(r -> r.startsWith("start,JVM floor: trivial main,")));
    assertTrue(rows.stream().anyMatch(r -> r.startsWith("start,shopops --version,")));
    assertTrue(rows.stream().anyMatch(r -> r.startsWith("start,returns eligible,")));
    // 8 imports, 8 reports and 3 lists on both sides; 11 start-up commands (returns eligible too)
    int want = 2 * 8 + 2 * 8 + 2 * 3 + 11;
    assertEquals(want, rows.size() - 1 - duckdbRows(rows), String.join("\n", rows));
    String text = Files.readString(md, StandardCharsets.UTF_8);
    assertTrue(text.contains("<!-- bench:begin -->") && text.contains("### Start-up"), text);
    assertTrue(text.contains("| sla at-risk | "), text);
  }

  @Test
  void withPgTheMainWorkIsAlsoTimedOnPostgresqlBesidePsql() throws Exception {
    assumeTrue(Boolean.getBoolean("bench.smoke"), "-Dbench.smoke=true runs it");
    assumeTrue(Files.isRegularFile(Path.of("target/shopops.jar")), "the jar is built by package");
    assumeTrue(postgresInstalled(), "PostgreSQL (initdb) is installed");
    Path md = dir.resolve("pg.md");
    Path csv = dir.resolve("pg.csv");
    Process p =
        new ProcessBuilder(
                Path.of("scripts/bench").toAbsolutePath().toString(),
                "--smoke",
                "--no-start",
                "--pg",
                "--md",
                md.toString(),
                "--csv",
                csv.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("pg.log").toFile())
            .start();
    assertTrue(p.waitFor(30, TimeUnit.MINUTES), "bench --smoke --pg finished");
    String log = Files.readString(dir.resolve("pg.log"), StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), log);
    List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
    for (String work :
        List.of(
            "import,import orders (2000; one line each; sorted),",
            "report,sla report --by day,",
            "report,returns report --by month (May-Nov),",
            "report,metrics --by day (one year; exact UV),",
            "report,customers segment --method rfm,",
            "list,export promotion --dry-run (every customer),",
            "list,orders list --limit 20,")) {
      assertTrue(rows.stream().anyMatch(r -> r.startsWith(work + "shopops-pg,1,")), work);
      assertTrue(rows.stream().anyMatch(r -> r.startsWith(work + "psql,1,")), work);
    }
    // 1 import, 4 reports and 3 lists on PostgreSQL, both sides
    long pgRows =
        rows.stream().filter(r -> r.contains(",shopops-pg,") || r.contains(",psql,")).count();
    assertEquals(2 * 8, pgRows, String.join("\n", rows));
    String text = Files.readString(md, StandardCharsets.UTF_8);
    assertTrue(text.contains("| shopops on PostgreSQL s | psql s | ratio |"), text);
    assertTrue(text.contains("- PostgreSQL "), text);
  }

  private static boolean postgresInstalled() {
    for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (!d.isEmpty() && Files.isExecutable(Path.of(d, "initdb"))) {
        return true;
      }
    }
    try (var s = Files.list(Path.of("/usr/lib/postgresql"))) {
      return s.anyMatch(v -> Files.isExecutable(v.resolve("bin/initdb")));
    } catch (java.io.IOException e) {
      return false;
    }
  }

  private static long duckdbRows(List<String> rows) {
    return rows.stream().filter(r -> r.contains(",duckdb,")).count();
  }
}
