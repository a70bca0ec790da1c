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
      var r =
          cli.run(
              "--wait",
              "1s",
              "followup",
              "add",
              "--customer",
              "C1",
              "--channel",
              "phone",
              "--agent",
              "Li");
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
      var r =
          cli.run(
              "--wait",
              "0",
              "followup",
              "add",
              "--customer",
              "C1",
              "--channel",
              "phone",
              "--agent",
              "Li");
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
    Thread release =
        new Thread(
            () -> {
              try {
                Thread.sleep(400);
                st.execute("COMMIT");
                other.close();
              } catch (Exception e) {
                throw new RuntimeException(e);
              }
            });
    release.start();
    var r =
        cli.run(
            "--wait",
            "1m",
            "followup",
            "add",
            "--customer",
            "C1",
            "--channel",
            "phone",
            "--agent",
            "Li");
    release.join();
    assertEquals(0, r.exit(), r.toString());
    assertTrue(r.err().startsWith(WAITING_PREFIX + cli.db()), r.err());
    assertTrue(r.err().endsWith("Recorded follow-up #1 for C1\n"), r.err());
    assertEquals(1, r.err().split(WAITING_PREFIX, -1).length - 1, "said once: " + r.err());
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
    Thread release =
        new Thread(
            () -> {
              try {
                Thread.sleep(400);
                st.execute("COMMIT");
                st.execute("PRAGMA journal_mode = WAL"); // as the load's end does
                other.close();
              } catch (Exception e) {
                throw new RuntimeException(e);
              }
            });
    release.start();
    var r =
        cli.run(
            "--wait",
            "1m",
            "followup",
            "add",
            "--customer",
            "C1",
            "--channel",
            "phone",
            "--agent",
            "Li");
    release.join();
    assertEquals(0, r.exit(), r.toString());
    assertTrue(r.err().startsWith(WAITING_PREFIX + cli.db()), r.err());
    assertTrue(r.err().endsWith("Recorded follow-up #1 for C1\n"), r.err());
    assertEquals(1, r.err().split(WAITING_PREFIX, -1).length - 1, "said once: " + r.err());
    assertEquals("wal", CliRunner.sql(cli.db(), "PRAGMA journal_mode").strip());
  }

  @Test
  void aBadWaitIsAUsageError() {
    CliRunner cli = new CliRunner(dir);
    var r = cli.run("--wait", "soon", "orders", "list");
    assertEquals(2, r.exit(), r.toString());
  }
}
