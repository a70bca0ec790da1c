package com.shopops.cli;

import static com.shopops.cli.TestFiles.copy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The store: where it is, that it must exist, its version, and the global options' errors. */
class StoreCommandsTest {
  @TempDir Path dir;

  static final String NO_STORE_HINT =
      "  hint: create one with `shopops init`, or point to yours with --db PATH or $SHOPOPS_DB\n";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "import orders x.csv",
        "imports",
        "orders list",
        "orders show A1",
        "customers list",
        "config show"
      })
  void everyCommandThatNeedsTheStoreRefusesAMissingOne(String command) {
    CliRunner cli = new CliRunner(dir);
    var r = cli.expect(2, command.split(" "));
    assertEquals("shopops: no store at " + cli.db() + "\n" + NO_STORE_HINT, r.err());
    assertFalse(Files.exists(cli.db()), "no store is created silently");
  }

  @Test
  void initTwiceIsRefused() {
    CliRunner cli = new CliRunner(dir);
    var first = cli.expect(0, "init", "--tz", "Asia/Shanghai");
    assertEquals(
        "Created store "
            + cli.db()
            + " (time zone Asia/Shanghai, currency CNY, schema version "
            + com.shopops.store.Store.latestSchemaVersion()
            + ")\nnote: amounts of exports that name no currency are read as CNY, except where the"
            + " export's layout knows its currency (Taobao, Tmall and JD: CNY; Olist: BRL); a shop"
            + " selling in another currency is made with --currency (USD, EUR, GBP…)\n",
        first.err());
    var again = cli.expect(2, "init");
    assertEquals(
        "shopops: store "
            + cli.db()
            + " already exists\n"
            + "  hint: use it as it is, or pass --db to create another\n",
        again.err());
  }

  @Test
  void configSetWithABadValueIsAUsageError() {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
    var r = cli.expect(2, "config", "set", "sla.ship_max", "two days");
    assertEquals(
        "shopops: sla.ship_max: not a duration (\"two days\"); use e.g. 24h, 7d, 90m\n", r.err());
    var unknown = cli.expect(2, "config", "set", "sla.nope", "1h");
    assertEquals(
        "shopops: unknown config key \"sla.nope\"\n"
            + "  hint: `shopops config show` lists the keys\n",
        unknown.err());
    assertTrue(
        cli.expect(0, "config", "show")
            .out()
            .lines()
            .anyMatch(l -> l.startsWith("sla.ship_max,") && l.contains(",default,")));
  }

  @Test
  void initWithAnUnknownZone() {
    var r = new CliRunner(dir).expect(2, "init", "--tz", "Mars/Olympus");
    assertEquals(
        "shopops: --tz: unknown time zone \"Mars/Olympus\"\n"
            + "  hint: use a region name such as Asia/Shanghai or America/New_York\n",
        r.err());
  }

  @Test
  void shopopsDbIsHonouredAndDbWins() {
    Path envDb = dir.resolve("env.db");
    Path flagDb = dir.resolve("flag.db");
    // CliRunner.run adds --db: runBare leaves the environment alone to decide
    CliRunner bare = new CliRunner(dir).env("SHOPOPS_DB", envDb.toString());
    assertEquals(0, bare.runBare("init", "--tz", "Asia/Shanghai").exit());
    assertTrue(Files.exists(envDb));
    Path orders = copy(dir, "generic/orders.csv");
    assertEquals(0, bare.runBare("-q", "import", "orders", orders.toString()).exit());
    assertEquals(4, bare.runBare("orders", "list").out().lines().count());
    // --db beats $SHOPOPS_DB
    var r = bare.runBare("--db", flagDb.toString(), "orders", "list");
    assertEquals(2, r.exit());
    assertEquals("shopops: no store at " + flagDb + "\n" + NO_STORE_HINT, r.err());
    assertEquals(0, bare.runBare("--db", flagDb.toString(), "init").exit());
    assertEquals(
        1, bare.runBare("--db", flagDb.toString(), "orders", "list").out().lines().count());
  }

  @Test
  void aStoreFromANewerShopopsIsRefused() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + cli.db());
        Statement st = c.createStatement()) {
      st.execute("PRAGMA user_version = 99");
    }
    var r = cli.expect(2, "orders", "list");
    assertEquals(
        "shopops: store "
            + cli.db()
            + " has schema version 99, newer than this shopops"
            + " (version "
            + com.shopops.store.Store.latestSchemaVersion()
            + ")\n  hint: upgrade shopops to use this store\n",
        r.err());
  }

  @Test
  void aFileThatIsNotAStore() throws Exception {
    CliRunner cli = new CliRunner(dir);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + cli.db());
        Statement st = c.createStatement()) {
      st.execute("CREATE TABLE t (x)");
    }
    var r = cli.expect(2, "orders", "list");
    assertEquals(
        "shopops: "
            + cli.db()
            + " is not a shopops store\n"
            + "  hint: create one with `shopops init --db NEW_PATH`\n",
        r.err());
  }

  @Test
  void anInvalidNowIsAUsageError() {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init");
    var r = cli.expect(2, "--now", "yesterday", "orders", "list");
    assertEquals(
        "shopops: --now: not a date (\"yesterday\")\n"
            + "  hint: use e.g. --now '2026-11-20 10:00' or --now 2026-11-20T10:00:00+08:00\n",
        r.err());
  }

  @Test
  void unknownOptionAndCommand() {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init");
    assertEquals(
        "shopops: Unknown option: '--bogus'\nTry `shopops help orders list` for the"
            + " options.\n",
        cli.expect(2, "orders", "list", "--bogus").err());
    assertEquals(2, cli.run("frobnicate").exit());
    assertEquals(2, cli.runBare().exit());
    // typed options: picocli's messages (were "--status: unknown status ..." and "--from: not a
    // date ..." with a hint line, hand-made); still exit 2
    assertEquals(
        "shopops: Invalid value for option '--status': unknown status \"lost\"; use one"
            + " of pending, paid, shipped, delivered, completed, cancelled, refunded,"
            + " partially_refunded\n"
            + "Try `shopops help orders list` for the options.\n",
        cli.expect(2, "orders", "list", "--status", "lost").err());
    assertEquals(
        "shopops: Invalid value for option '--from': not a date (\"someday\"); use"
            + " YYYY-MM-DD\nTry `shopops help orders list` for the options.\n",
        cli.expect(2, "orders", "list", "--from", "someday").err());
  }

  @Test
  void anUnknownOrderIsBadInput() {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init");
    assertEquals(
        "shopops: no order NOPE in " + cli.db() + "\n",
        cli.expect(1, "orders", "show", "NOPE").err());
  }
}
