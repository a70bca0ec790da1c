package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files shopops writes and stores it opens: where they may go, their modes, their failures. */
class OutputSafetyTest {
  @TempDir Path dir;

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private CliRunner initialised() {
    CliRunner cli = new CliRunner(dir);
    assertEquals(0, cli.run("init", "--tz", "Asia/Shanghai").exit());
    return cli;
  }

  @Test
  void theStoreIsCreatedReadableByItsOwnerOnly() throws IOException {
    CliRunner cli = initialised();
    assertEquals(
        "rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(cli.db())));
  }

  @Test
  void outIntoAMissingDirectoryIsAUsageError() {
    CliRunner cli = initialised();
    Path out = dir.resolve("no/such/dir/orders.csv");
    var r = cli.run("orders", "list", "--out", out.toString());
    assertEquals(2, r.exit(), r.toString());
    assertEquals(
        "shopops: cannot write "
            + out
            + ": directory "
            + out.getParent()
            + " does not exist\n  hint: create it first (mkdir -p "
            + out.getParent()
            + "), or choose another --out\n",
        r.err());
  }

  @Test
  void outOntoADirectoryIsAUsageError() {
    CliRunner cli = initialised();
    var r = cli.run("orders", "list", "--out", dir.toString(), "--force");
    assertEquals(2, r.exit(), r.toString());
    assertEquals(
        "shopops: cannot write "
            + dir
            + ": it is a directory\n"
            + "  hint: name a file, e.g. --out "
            + dir.resolve("list.csv")
            + "\n",
        r.err());
  }

  @Test
  void outOntoADeviceIsRefusedEvenWithForce() {
    CliRunner cli = initialised();
    var r = cli.run("orders", "list", "--out", "/dev/null", "--force");
    assertEquals(2, r.exit(), r.toString());
    assertTrue(
        r.err().startsWith("shopops: cannot write /dev/null: it is not a regular file"), r.err());
    assertTrue(Files.exists(Path.of("/dev/null")));
  }

  @Test
  void outFollowsTheUmaskInsteadOfForcingAMode() throws IOException {
    CliRunner cli = initialised();
    Path out = dir.resolve("orders.csv");
    assertEquals(0, cli.run("orders", "list", "--out", out.toString()).exit());
    // the JVM's umask is the test runner's; the file must not be widened beyond what it gives
    Path probe = Files.createFile(dir.resolve("probe"));
    assertEquals(Files.getPosixFilePermissions(probe), Files.getPosixFilePermissions(out));
    try (var files = Files.list(dir)) {
      assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")));
    }
  }

  @Test
  void aFileOfAnotherApplicationIsNotSwitchedToWal() throws Exception {
    CliRunner cli = new CliRunner(dir);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + cli.db());
        Statement st = c.createStatement()) {
      st.execute("CREATE TABLE t (x)");
    }
    assertEquals(2, cli.run("orders", "list").exit());
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + cli.db());
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
      rs.next();
      assertEquals("delete", rs.getString(1));
    }
  }

  @Test
  void aFailedInitLeavesNothingBehind() throws IOException {
    Path ro = Files.createDirectory(dir.resolve("ro"));
    CliRunner cli = new CliRunner(ro);
    Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-x------"));
    try {
      assumeFalse(isRoot(), "root may write anywhere");
      var r = cli.run("init");
      assertEquals(2, r.exit(), r.toString());
      assertFalse(Files.exists(cli.db()));
    } finally {
      Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void aReadOnlyStoreIsAStoreErrorNotAnInternalOne() throws IOException {
    assumeFalse(isRoot(), "root ignores file modes");
    CliRunner cli = initialised();
    Files.setPosixFilePermissions(cli.db(), PosixFilePermissions.fromString("r--------"));
    var r = cli.run("followup", "add", "C1", "--channel", "phone", "--note", "x");
    assertFalse(r.err().contains("internal error"), r.toString());
    assertEquals(2, r.exit(), r.toString());
  }

  @Test
  void aDamagedStoreIsAStoreError() throws IOException {
    CliRunner cli = initialised();
    byte[] bytes = Files.readAllBytes(cli.db());
    for (int i = 4096; i < Math.min(bytes.length, 4096 * 3); i++) {
      bytes[i] = (byte) 0xA5; // scribble over the pages after the header
    }
    Files.write(cli.db(), bytes);
    var r = cli.run("orders", "list");
    assertEquals(2, r.exit(), r.toString());
    assertTrue(
        r.err().startsWith("shopops: cannot open store " + cli.db() + ": the store file is damaged")
            || r.err().startsWith("shopops: store: the store file is" + " damaged"),
        r.err());
    assertTrue(r.err().contains("hint: restore the store from a backup"), r.err());
  }

  @Test
  void aWriteErrorOnStdoutIsAnErrorNotASilentSuccess() {
    CliRunner cli = initialised();
    assertEquals(0, cli.run("import", "orders", examples("orders.csv")).exit());
    java.io.Writer full =
        new java.io.Writer() {
          @Override
          public void write(char[] b, int off, int len) throws IOException {
            throw new IOException("No space left on device");
          }

          @Override
          public void flush() throws IOException {
            throw new IOException("No space left on device");
          }

          @Override
          public void close() {}
        };
    java.io.StringWriter err = new java.io.StringWriter();
    AppContext ctx =
        new AppContext(
            new java.io.PrintWriter(full),
            new java.io.PrintWriter(err, true),
            java.io.InputStream.nullInputStream(),
            java.util.Map.of(),
            () -> java.time.Instant.parse("2026-11-20T02:00:00Z"),
            false,
            false,
            120);
    int exit = Cli.run(ctx, "--db", cli.db().toString(), "orders", "list");
    assertEquals(1, exit, err.toString());
    assertEquals(
        "shopops: could not write the output to stdout\n  hint: what was written is incomplete;"
            + " free some space and run the command again\n",
        err.toString());
  }

  private static String examples(String name) {
    Path p = Path.of("examples", name);
    return p.toAbsolutePath().toString();
  }
}
