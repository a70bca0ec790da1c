package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code shopops import} process killed with SIGKILL at several points — while a first large
 * file loads in bulk (rollback journal, foreign keys off) and while a daily file loads in WAL mode
 * — leaves a store whose integrity and foreign-key checks pass and which holds none or all of the
 * file's orders; and a {@code followup add} started during a real import waits for it, saying what
 * it waits for, and is recorded; a two-file import killed in its second file keeps the first and
 * the same command run again works (review20 X11). Slow (about a minute): {@code @Tag("crash")},
 * run by {@code .ci/run} as a step of its own.
 */
@Tag("crash")
class ImportCrashTest {
  @TempDir Path dir;

  private static final String HEADER = "order_id,customer_id,created_at,paid_at,status,amount\n";
  private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  /** {@code rows} orders from {@code first}; about 70 bytes a row. */
  private static Path orders(Path file, int first, int rows) throws Exception {
    LocalDateTime t0 = LocalDateTime.of(2026, 10, 1, 8, 0);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(HEADER);
      for (int i = first; i < first + rows; i++) {
        String at = TS.format(t0.plusSeconds(i * 7L % 3_000_000));
        w.write(
            "O" + i + ",C" + (i % 50_000) + "," + at + "," + at + ",paid," + (i % 997) + ".50\n");
      }
    }
    return file;
  }

  private static Process start(Path db, Path err, String... args) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String cp =
        Path.of("target/classes").toAbsolutePath()
            + File.pathSeparator
            + System.getProperty("java.class.path");
    List<String> cmd =
        new ArrayList<>(List.of(java, "-cp", cp, "com.shopops.Main", "--db", db.toString()));
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(err.toFile())
        .start();
  }

  private static long count(Path db, String sql) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void assertIntact(Path db, String when) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement st = c.createStatement()) {
      try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
        rs.next();
        assertEquals("ok", rs.getString(1), when);
      }
      try (ResultSet rs = st.executeQuery("PRAGMA foreign_key_check")) {
        assertTrue(!rs.next(), when + ": a foreign key points nowhere");
      }
    }
  }

  /** Waits until the import holds the store (its writer note is there), up to a minute. */
  private static void awaitLock(Path db, Process p) throws Exception {
    Path note = Path.of(db + "-writer");
    long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
    while (!Files.exists(note) && p.isAlive() && System.nanoTime() < until) {
      Thread.sleep(10);
    }
    assertTrue(Files.exists(note) || !p.isAlive(), "the import never took the store");
  }

  /** Starts the import, kills it {@code afterMs} after it took the store, returns its exit. */
  private static int importAndKill(Path db, Path file, long afterMs, Path err) throws Exception {
    Process p = start(db, err, "import", "orders", file.toString(), "-q");
    awaitLock(db, p);
    Thread.sleep(afterMs);
    p.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback, no note removed
    p.waitFor(1, TimeUnit.MINUTES);
    return p.exitValue();
  }

  @Test
  void aKilledImportLeavesAnIntactStoreWithNoneOrAllOfItsOrders() throws Exception {
    CliRunner cli = new CliRunner(dir);
    // a first load over 64 MiB into an empty store runs as a bulk load (ImportSession)
    Path big = orders(dir.resolve("first-load.csv"), 0, 1_100_000);
    assertTrue(Files.size(big) >= 64L << 20, "bulk-load size: " + Files.size(big));
    Path daily = orders(dir.resolve("daily.csv"), 2_000_000, 150_000);
    Path err = dir.resolve("err.txt");
    long[] delays = {0, 150, 600, 1500, 3000};
    int killed = 0;
    for (long delay : delays) {
      Files.deleteIfExists(cli.db());
      cli.expect(0, "init", "--tz", "Asia/Shanghai");
      int exit = importAndKill(cli.db(), big, delay, err);
      String when = "bulk load killed after " + delay + " ms (exit " + exit + ")";
      killed += exit == 0 ? 0 : 1;
      cli.expect(0, "check");
      assertIntact(cli.db(), when);
      long n = count(cli.db(), "SELECT count(*) FROM orders");
      assertTrue(n == 0 || n == 1_100_000, when + ": " + n + " orders");
      assertEquals(
          n == 0 ? 0 : 1, count(cli.db(), "SELECT count(*) FROM imports"), when + ": imports");
    }
    // daily imports into a store that has orders run in WAL mode, beside readers
    Files.deleteIfExists(cli.db());
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
    cli.expect(0, "import", "orders", orders(dir.resolve("base.csv"), 0, 1000).toString(), "-q");
    long expected = 1000;
    for (long delay : delays) {
      int exit = importAndKill(cli.db(), daily, delay, err);
      String when = "WAL import killed after " + delay + " ms (exit " + exit + ")";
      killed += exit == 0 ? 0 : 1;
      assertIntact(cli.db(), when);
      cli.expect(0, "check");
      long n = count(cli.db(), "SELECT count(*) FROM orders");
      assertTrue(n == expected || n == 1000 + 150_000, when + ": " + n + " orders");
      expected = n;
      assertEquals(
          count(cli.db(), "SELECT count(*) FROM imports WHERE finished_at IS NOT NULL"),
          count(cli.db(), "SELECT count(*) FROM imports"),
          when + ": an unfinished import record");
    }
    assertTrue(killed >= 6, "only " + killed + " imports were killed before they finished");
    // and the store takes the file whole afterwards
    cli.expect(0, "import", "orders", daily.toString(), "-q");
    assertEquals(151_000, count(cli.db(), "SELECT count(*) FROM orders"));
    assertIntact(cli.db(), "after the last import");
  }

  /**
   * review20 X11, a real restart: a two-file import killed (SIGKILL of its JVM) while it loads its
   * second file keeps the first file's orders (committed on their own, as the import says file by
   * file) and nothing of the second; the store is intact, no import record is left unfinished, and
   * the same command run again works: the first file unchanged, the second imported whole.
   */
  @Test
  void aTwoFileImportKilledInItsSecondFileKeepsTheFirstAndTheNextRunWorks() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
    cli.expect(0, "import", "orders", orders(dir.resolve("base.csv"), 0, 1000).toString(), "-q");
    Path first = orders(dir.resolve("first.csv"), 3_000_000, 2000);
    Path second = orders(dir.resolve("second.csv"), 4_000_000, 200_000);
    Path err = dir.resolve("two-files-err.txt");
    Process p = start(cli.db(), err, "import", "orders", first.toString(), second.toString());
    // the first file is in (its import record finished) while the second loads
    long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (p.isAlive()
        && System.nanoTime() < until
        && count(cli.db(), "SELECT count(*) FROM imports WHERE finished_at IS NOT NULL") < 2) {
      Thread.sleep(20);
    }
    assertTrue(p.isAlive(), "the import ended before it was killed: " + Files.readString(err));
    Thread.sleep(300);
    p.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback, no note removed
    assertTrue(p.waitFor(1, TimeUnit.MINUTES));
    assertTrue(p.exitValue() != 0, "exit " + p.exitValue());
    assertIntact(cli.db(), "two-file import killed in its second file");
    assertEquals(
        3000, count(cli.db(), "SELECT count(*) FROM orders"), "the first file's orders, only");
    assertEquals(0, count(cli.db(), "SELECT count(*) FROM orders WHERE order_id LIKE 'O4______'"));
    assertEquals(
        2,
        count(cli.db(), "SELECT count(*) FROM imports"),
        "base and the first file, no record of the second");
    assertEquals(0, count(cli.db(), "SELECT count(*) FROM imports WHERE finished_at IS NULL"));
    cli.expect(0, "check");
    // the next run of the same command (its writer note left behind by the kill)
    var again = cli.expect(0, "import", "orders", first.toString(), second.toString());
    assertTrue(
        again
            .err()
            .contains("first.csv: 2,000 rows, 2,000 orders (0 new, 0 updated, 2,000 unchanged)"),
        again.err());
    assertTrue(
        again
            .err()
            .contains(
                "second.csv: 200,000 rows, 200,000 orders (200,000 new, 0 updated, 0 unchanged)"),
        again.err());
    assertEquals(203_000, count(cli.db(), "SELECT count(*) FROM orders"));
    // each run of a file is recorded, the unchanged one too
    assertEquals(4, count(cli.db(), "SELECT count(*) FROM imports"));
    assertEquals(0, count(cli.db(), "SELECT count(*) FROM imports WHERE finished_at IS NULL"));
    assertIntact(cli.db(), "after the next run");
    assertTrue(!Files.exists(Path.of(cli.db() + "-writer")), "the writer note was left behind");
  }

  @Test
  void aFollowUpDuringARealImportWaitsSayingForWhatAndIsRecorded() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
    cli.expect(0, "import", "orders", orders(dir.resolve("base.csv"), 0, 1000).toString(), "-q");
    Path daily = orders(dir.resolve("daily-orders.csv"), 5_000_000, 400_000);
    Path err = dir.resolve("import-err.txt");
    Process p = start(cli.db(), err, "import", "orders", daily.toString(), "-q");
    awaitLock(cli.db(), p);
    assertTrue(p.isAlive(), "the import ended before the follow-up started");
    var r =
        cli.run(
            "--wait",
            "5m",
            "followup",
            "add",
            "--customer",
            "C7",
            "--channel",
            "phone",
            "--agent",
            "Li",
            "--note",
            "late parcel");
    assertTrue(p.waitFor(5, TimeUnit.MINUTES));
    assertEquals(0, p.exitValue(), Files.readString(err));
    assertEquals(0, r.exit(), r.toString());
    // the day is named when the import started on another day than the follow-up's clock says
    String first = r.err().lines().findFirst().orElse("");
    assertTrue(
        first.matches(
            "waiting for the import of daily-orders\\.csv \\(started (\\d{4}-\\d\\d-\\d\\d )?\\d\\d:\\d\\d [\\w/]+\\)"
                + " … up to 5m;"
                + " --wait 0 fails at once"),
        first);
    assertEquals(401_000, count(cli.db(), "SELECT count(*) FROM orders"));
    assertEquals(1, count(cli.db(), "SELECT count(*) FROM followups WHERE customer_id = 'C7'"));
    assertTrue(!Files.exists(Path.of(cli.db() + "-writer")), "the writer note was left behind");
  }
}
