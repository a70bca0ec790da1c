package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Standard output that cannot be written: a full disk ({@code > file} on a full disk, /dev/full) is
 * exit 1 with the reason, and an exported list is taken back; a reader that went away ({@code |
 * head}) is quiet. Runs the real CLI with the process's own kind of stdout ({@link StdoutWriter}).
 */
class StdoutWriteTest {
  static final String RES = ListsCliTest.RES;
  static final String NOW = ListsCliTest.NOW;
  static final String FULL =
      "shopops: could not write the output to stdout: No space left on device\n"
          + "  hint: what was written is incomplete; free some space and run the command again\n";

  @TempDir Path dir;
  CliRunner cli;

  record Run(int exit, String err) {}

  @BeforeEach
  void store() {
    cli = new CliRunner(dir).env("USER", "ops-wang");
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
    cli.expect(0, "import", "customers", RES + "customers.csv", "-q");
    cli.expect(0, "import", "orders", RES + "orders.csv", "-q");
  }

  /** Runs one command line with stdout going to {@code out}, as the launched process would. */
  private Run run(OutputStream out, String... args) {
    StringWriter err = new StringWriter();
    List<String> line = new ArrayList<>(List.of("--db", cli.db().toString()));
    line.addAll(List.of(args));
    StdoutWriter stdout = new StdoutWriter(out);
    AppContext ctx =
        new AppContext(
            stdout,
            new PrintWriter(err, true),
            java.io.InputStream.nullInputStream(),
            Map.of("USER", "ops-wang"),
            () -> Instant.parse("2026-11-20T02:00:00Z"),
            false,
            false,
            120);
    int exit = Cli.run(ctx, line.toArray(String[]::new));
    stdout.flush();
    return new Run(exit, err.toString());
  }

  private static OutputStream devFull() throws IOException {
    assumeTrue(Files.isWritable(Path.of("/dev/full")), "Linux /dev/full");
    return new FileOutputStream("/dev/full");
  }

  /** A pipe whose reader has gone: the first bytes go, then every write fails with EPIPE. */
  private static OutputStream closedPipe() {
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("Broken pipe");
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        throw new IOException("Broken pipe");
      }
    };
  }

  /** The real process (Main, AppContext.system()) with its stdout on /dev/full or a closed pipe. */
  private Process launch(boolean devFull, String... args) throws IOException {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "com.shopops.Main",
                "--db",
                cli.db().toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    if (devFull) {
      pb.redirectOutput(new java.io.File("/dev/full"));
    }
    return pb.start();
  }

  @Test
  void theProcessOnAFullDiskExitsOne() throws Exception {
    devFull().close();
    Process p = launch(true, "orders", "list", "--format", "csv");
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    assertEquals(new Run(1, FULL), new Run(p.exitValue(), err));
  }

  @Test
  void theProcessWritingIntoAClosedPipeEndsQuietly() throws Exception {
    Process p = launch(false, "orders", "list", "--format", "csv");
    p.getInputStream().close(); // `| head -c 0`: the reader is gone before the first byte
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    assertEquals(new Run(0, ""), new Run(p.exitValue(), err));
  }

  @Test
  void aFullDiskIsExitOneWithTheReason() throws IOException {
    for (String format : List.of("csv", "json", "tsv", "jsonl", "table")) {
      try (OutputStream out = devFull()) {
        Run r = run(out, "orders", "list", "--format", format);
        assertEquals(new Run(1, FULL), r, format);
      }
    }
    try (OutputStream out = devFull()) {
      assertEquals(new Run(1, FULL), run(out, "--now", NOW, "sla", "overdue"));
    }
    try (OutputStream out = devFull()) {
      assertEquals(new Run(1, FULL), run(out, "orders", "show", "Y1-1", "--format", "json"));
    }
  }

  @Test
  void theScorecardAsJsonToAFullDiskIsExitOne() throws IOException {
    try (OutputStream out = devFull()) {
      Run r = run(out, "--now", NOW, "score", "--format", "json");
      assertEquals(new Run(1, FULL), r);
    }
  }

  @Test
  void inChinese() throws IOException {
    try (OutputStream out = devFull()) {
      Run r = run(out, "--lang", "zh", "orders", "list");
      assertEquals(1, r.exit());
      assertEquals(
          "shopops：无法把输出写到标准输出：No space left on device\n" + "  提示：已写出的内容不完整；请腾出磁盘空间后重新运行命令\n",
          r.err());
    }
  }

  @Test
  void aClosedPipeIsQuiet() {
    assertEquals(new Run(0, ""), run(closedPipe(), "orders", "list"));
  }

  @Test
  void aListThatCannotBeWrittenIsTakenBack() throws IOException {
    try (OutputStream out = devFull()) {
      Run r = run(out, "--now", NOW, "export", "promotion");
      assertEquals(1, r.exit(), r.err());
      assertTrue(r.err().endsWith(FULL), r.err());
      assertTrue(!r.err().contains("recorded list"), r.err());
    }
    assertNothingRecorded();
    try (OutputStream out = devFull()) {
      Run r = run(out, "--now", NOW, "export", "followup", "--kind", "winback");
      assertEquals(1, r.exit(), r.err());
    }
    assertNothingRecorded();
  }

  @Test
  void aListWhoseReaderWentAwayIsNotRecorded() {
    Run r = run(closedPipe(), "--now", NOW, "export", "promotion");
    assertEquals(0, r.exit(), r.err());
    assertTrue(
        r.err()
            .endsWith(
                "the reader closed the pipe before the whole list was written:"
                    + " no contacts recorded\n"),
        r.err());
    assertNothingRecorded();
  }

  /** No list, no contacts: the next export chooses the same customers (no cool-down). */
  private void assertNothingRecorded() {
    assertEquals(
        "list_id,name,kind,rows,contacts,created_at,file,undone_at,agent,undone_by\n",
        cli.expect(0, "lists", "--format", "csv").out());
    String again = cli.expect(0, "--now", NOW, "export", "promotion", "--dry-run").out();
    assertTrue(again.lines().count() > 1, again);
    assertTrue(
        cli.expect(0, "--now", NOW, "export", "promotion", "--dry-run", "--cooldown", "0")
            .out()
            .equals(again),
        again);
  }
}
