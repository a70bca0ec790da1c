package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A writer that finds the store held by another process waits, says so, and gives up cleanly. */
class BusyStoreTest {
  @TempDir Path dir;

  private static final String NOTE = "note: C1 is not among the store's customers or orders yet\n";
  private static final String WAITING_PREFIX = "waiting for another shopops that is using ";

  @Test
  void aWriterGivesUpAfterWaitWithAStoreBusyMessage() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
    try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + cli.db());
        Statement st = other.createStatement()) {
      st.execute("BEGIN IMMEDIATE"); // another writer holds the store
      var r = addFollowUp(cli, "1s");
      assertEquals(2, r.exit(), r.toString());
      assertEquals(
          WAITING_PREFIX
              + cli.db()
              + " (an import?) … up to 1s; --wait 0 fails at once\n"
              + "shopops: store: the store is busy: another shopops is writing to it\n"
              + "  hint: run this again when the other command has finished, or wait longer with"
              + " --wait\n",
          r.err());
      st.execute("ROLLBACK");
    }
  }

  @Test
  void waitZeroFailsAtOnceWithoutWaiting() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init");
    try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + cli.db());
        Statement st = other.createStatement()) {
      st.execute("BEGIN IMMEDIATE");
      var r = addFollowUp(cli, "0");
      assertEquals(2, r.exit(), r.toString());
      assertEquals(
          "shopops: store: the store is busy: another shopops is writing to it\n"
              + "  hint: run this again when the other command has finished, or wait longer with"
              + " --wait\n",
          r.err());
      st.execute("ROLLBACK");
    }
  }

  @Test
  void aWriterWaitsForTheOtherToFinishAndThenSucceeds() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init");
    Connection other = DriverManager.getConnection("jdbc:sqlite:" + cli.db());
    Statement st = other.createStatement();
    st.execute("BEGIN IMMEDIATE");
    Thread release = commitLater(other, st);
    var r = addFollowUp(cli, "1m");
    release.join();
    assertWaitedOnceThenRecorded(cli, r);
  }

  /**
   * A first bulk load (ImportSession.LARGE_IMPORT_BYTES) writes with a rollback journal and holds
   * the write lock; turning the store back to WAL on open needs that lock, and SQLite does not call
   * the busy handler there. The command must still wait as --wait says (review10 J7).
   */
  @Test
  void aReaderWaitsForABulkLoadAndGivesUpAfterWait() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
    try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + cli.db());
        Statement st = other.createStatement()) {
      st.execute("PRAGMA journal_mode = DELETE"); // as a bulk load does
      st.execute("BEGIN IMMEDIATE");
      st.execute("INSERT INTO settings (key, value) VALUES ('bulk', 'loading')");
      long started = System.nanoTime();
      var r = cli.run("--wait", "1s", "--now", "2026-11-20 10:00", "sla", "at-risk");
      long waitedMs = (System.nanoTime() - started) / 1_000_000;
      assertEquals(2, r.exit(), r.toString());
      assertEquals(
          WAITING_PREFIX
              + cli.db()
              + " (an import?) … up to 1s; --wait 0 fails at once\n"
              + "shopops: store "
              + cli.db()
              + " is busy: another shopops is writing to it\n"
              + "  hint: run this again when the other command has finished, or wait longer with"
              + " --wait\n",
          r.err());
      assertTrue(waitedMs >= 1000, "waited " + waitedMs + " ms");
      st.execute("ROLLBACK");
    }
  }

  @Test
  void aWriterWaitsForABulkLoadToCommitAndThenSucceeds() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init");
    Connection other = DriverManager.getConnection("jdbc:sqlite:" + cli.db());
    Statement st = other.createStatement();
    st.execute("PRAGMA journal_mode = DELETE");
    st.execute("BEGIN IMMEDIATE");
    st.execute("INSERT INTO settings (key, value) VALUES ('bulk', 'loading')");
    Thread release = commitLater(other, st, "PRAGMA journal_mode = WAL"); // as a load ends
    var r = addFollowUp(cli, "1m");
    release.join();
    assertWaitedOnceThenRecorded(cli, r);
    assertEquals("wal", CliRunner.sql(cli.db(), "PRAGMA journal_mode").strip());
  }

  /** Review10 J8 g: `store copy` waits for a busy target as --wait says, as other commands do. */
  @Test
  void storeCopyWaitsForABusyTargetAndThenCopies() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
    CliRunner other = new CliRunner(java.nio.file.Files.createDirectory(dir.resolve("copy")));
    other.expect(0, "init", "--tz", "Asia/Shanghai");
    Path target = other.db();
    Connection writer = DriverManager.getConnection("jdbc:sqlite:" + target);
    Statement st = writer.createStatement();
    st.execute("BEGIN IMMEDIATE"); // another writer holds the target
    Thread release = commitLater(writer, st);
    var r = cli.run("--wait", "1m", "store", "copy", cli.db().toString(), target.toString());
    release.join();
    assertEquals(0, r.exit(), r.toString());
    assertTrue(r.err().startsWith(WAITING_PREFIX + target), r.err());
    assertEquals(1, r.err().split(WAITING_PREFIX, -1).length - 1, "said once: " + r.err());
    assertEquals(
        CliRunner.sql(cli.db(), "select key, value from settings order by key"),
        CliRunner.sql(target, "select key, value from settings order by key"));
  }

  /** A source held by a bulk load: waited for up to --wait, then a busy store, nothing made. */
  @Test
  void storeCopyGivesUpOnABusySourceAfterWait() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
    Path target = dir.resolve("copy.db");
    try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + cli.db());
        Statement st = other.createStatement()) {
      st.execute("PRAGMA journal_mode = DELETE"); // as a bulk load does
      st.execute("BEGIN IMMEDIATE");
      st.execute("INSERT INTO settings (key, value) VALUES ('bulk', 'loading')");
      var r = cli.run("--wait", "1s", "store", "copy", cli.db().toString(), target.toString());
      assertEquals(2, r.exit(), r.toString());
      assertEquals(
          WAITING_PREFIX
              + cli.db()
              + " (an import?) … up to 1s; --wait 0 fails at once\n"
              + "shopops: store "
              + cli.db()
              + " is busy: another shopops is writing to it\n"
              + "  hint: run this again when the other command has finished, or wait longer with"
              + " --wait\n",
          r.err());
      assertTrue(!java.nio.file.Files.exists(target), "no copy made");
      st.execute("ROLLBACK");
    }
  }

  @Test
  void aBadWaitIsAUsageError() {
    CliRunner cli = new CliRunner(dir);
    var r = cli.run("--wait", "soon", "orders", "list");
    assertEquals(2, r.exit(), r.toString());
  }

  /** Adds a follow-up for C1, waiting for a busy store as {@code wait} says. */
  private static CliRunner.Result addFollowUp(CliRunner cli, String wait) {
    return cli.run(
        "--wait",
        wait,
        "followup",
        "add",
        "--customer",
        "C1",
        "--channel",
        "phone",
        "--agent",
        "Li");
  }

  /**
   * Commits the other connection's transaction after 400 ms, then runs {@code after} on it and
   * closes it: the other writer finishing while a command waits.
   */
  private static Thread commitLater(Connection other, Statement st, String... after) {
    Thread release =
        new Thread(
            () -> {
              try {
                Thread.sleep(400);
                st.execute("COMMIT");
                for (String sql : after) {
                  st.execute(sql);
                }
                other.close();
              } catch (Exception e) {
                throw new RuntimeException(e);
              }
            });
    release.start();
    return release;
  }

  /** The waiting line said once, then the follow-up recorded, exit 0. */
  private static void assertWaitedOnceThenRecorded(CliRunner cli, CliRunner.Result r) {
    assertEquals(0, r.exit(), r.toString());
    assertTrue(r.err().startsWith(WAITING_PREFIX + cli.db()), r.err());
    assertTrue(r.err().endsWith("Recorded follow-up #1 for C1\n"), r.err());
    assertEquals(1, r.err().split(WAITING_PREFIX, -1).length - 1, "said once: " + r.err());
  }
}
