package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.shopops.store.Store;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening a store that an older shopops made upgrades it, which that shopops cannot undo: the run
 * that upgrades it says so once on stderr (review10 J2).
 */
class StoreUpgradeNoteTest {
  @TempDir Path dir;

  static final int LATEST = Store.latestSchemaVersion();

  /** The schema of the older shopops: before V017 (order currency) and V018 (delivered indexes). */
  static final int OLDER = 16;

  /** What V018 made, which the older store does not have. */
  static final String DELIVERED_INDEXES =
      "SELECT count(*) FROM sqlite_master"
          + " WHERE name IN ('orders_delivered', 'shipments_delivered')";

  /**
   * A store as the shopops of schema {@link #OLDER} left it (orders without currency, no indexes on
   * the delivered times).
   */
  private CliRunner olderStore() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "-q", "--tz", "Asia/Shanghai");
    cli.expect(0, "-q", "import", "orders", Path.of("examples/orders.csv").toAbsolutePath() + "");
    older(cli);
    return cli;
  }

  private static void older(CliRunner cli) throws Exception {
    OldStore.asOfVersion(cli, OLDER);
  }

  /** The note with the upgrade's time (it varies) said as 0.0 s. */
  static String took(String err) {
    return err.replaceAll(" in \\d+\\.\\d s;", " in 0.0 s;")
        .replaceAll("（用时 \\d+\\.\\d 秒）", "（用时 0.0 秒）");
  }

  @Test
  void theRunThatUpgradesTheStoreSaysSoOnce() throws Exception {
    CliRunner cli = olderStore();
    var r = cli.expect(0, "--now", "2026-11-20 10:00", "sla", "at-risk", "--format", "csv");
    // said when it starts and when done, with its time, on stderr (tryout23a A7)
    assertEquals(
        "note: upgrading store "
            + cli.db()
            + " from schema "
            + OLDER
            + " to "
            + LATEST
            + " …\n"
            + "note: upgraded store "
            + cli.db()
            + " from schema "
            + OLDER
            + " to "
            + LATEST
            + " in 0.0 s; shopops before this version can no longer open it: keep a backup"
            + " (`shopops backup FILE`)\n",
        took(r.err()));
    assertEquals("", r.out().lines().filter(l -> l.contains("upgrad")).findAny().orElse(""));
    assertEquals(LATEST + "\n", cli.sql("PRAGMA user_version"));
    assertEquals("0\n", cli.sql("SELECT count(*) FROM orders WHERE currency IS NULL"));
    assertEquals("2\n", cli.sql(DELIVERED_INDEXES));
    assertEquals("", cli.expect(0, "--now", "2026-11-20 10:00", "sla", "at-risk").err());
  }

  @Test
  void saidInChineseAndNotUnderQuiet() throws Exception {
    CliRunner cli = olderStore();
    var r = cli.expect(0, "--lang", "zh", "check");
    assertEquals(
        "注：正在升级店铺数据库 "
            + cli.db()
            + "：数据库版本 "
            + OLDER
            + " → "
            + LATEST
            + "……\n"
            + "注：已将店铺数据库 "
            + cli.db()
            + " 从数据库版本 "
            + OLDER
            + " 升级到 "
            + LATEST
            + "（用时 0.0 秒）；此前版本的 shopops 再也打不开它：请保留备份（`shopops backup FILE`）\n",
        took(r.err()));
    CliRunner quiet = new CliRunner(java.nio.file.Files.createDirectories(dir.resolve("q")));
    quiet.expect(0, "init", "-q");
    older(quiet);
    assertEquals("", quiet.expect(0, "-q", "sla", "at-risk").err());
    assertEquals(LATEST + "\n", quiet.sql("PRAGMA user_version"));
  }

  /**
   * review13 M14: `store copy` upgrades its source in place, as any command opening it does: it
   * says so as they do, or the operator's older shopops (a cron job still pointing at the file)
   * finds it unreadable without a word of warning.
   */
  @Test
  void storeCopySaysItUpgradedItsSource() throws Exception {
    CliRunner cli = olderStore();
    Path copy = dir.resolve("copy.db");
    var r = cli.expect(0, "store", "copy", cli.db().toString(), copy.toString());
    String note =
        "note: upgraded store "
            + cli.db()
            + " from schema "
            + OLDER
            + " to "
            + LATEST
            + " in 0.0 s; shopops before this version can no longer open it: keep a backup"
            + " (`shopops backup FILE`)\n";
    assertEquals(true, took(r.err()).contains(note), r.err());
    assertEquals(LATEST + "\n", cli.sql("PRAGMA user_version"));
    // copied again from the now current source: nothing to say
    var again =
        cli.expect(0, "store", "copy", cli.db().toString(), dir.resolve("copy2.db").toString());
    assertEquals(false, again.err().contains("upgraded store"), again.err());
  }
}
