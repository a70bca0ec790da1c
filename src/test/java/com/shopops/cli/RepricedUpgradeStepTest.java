package com.shopops.cli;

import static com.shopops.cli.TmallOrderDiscountTest.ID;
import static com.shopops.cli.TmallOrderDiscountTest.ITEMS_HEADER;
import static com.shopops.cli.TmallOrderDiscountTest.LIST_HEADER;
import static com.shopops.cli.TmallOrderDiscountTest.MASK;
import static com.shopops.cli.TmallOrderDiscountTest.SERUM;
import static com.shopops.cli.TmallOrderDiscountTest.listRow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.shopops.app.imports.RepricedFiles;
import com.shopops.store.OrderWriter;
import com.shopops.store.RepricedUpgrade;
import com.shopops.store.Store;
import com.shopops.store.StoredExport;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * upgrade26: V053's repair (tryout23b A9: B2's 改价 put back by the stored 订单报表) runs inside the
 * upgrade's transaction, before V053 is recorded: a step stopped half-way leaves the store at
 * schema 52 with nothing changed, and the next opening repairs it (it ran after the migrations had
 * committed: a crash between left the store at 53, unrepaired for good). And `store copy` of a
 * store at 52 gives the target that upgrading the source and then copying gives, the note said once
 * (it neither repaired nor named the order). SQLite here, PostgreSQL in {@link
 * PgRepricedUpgradeStepTest}.
 */
class RepricedUpgradeStepTest {
  @TempDir Path dir;

  static final String MONEY = "SELECT order_id, amount, discount, total FROM orders";

  static final String DAMAGED = ID + "|31800|3000|28800\n";

  static final String REPAIRED = ID + "|32800|4000|28800\n";

  static final String ANOMALY =
      "anomaly:repriced|"
          + ID
          + "|2|the amount 318.00 was not the line items (328.00): an older version put a price"
          + " change (改价) into it; this export states the same goods paid (288.00), so the"
          + " amount is now the line items and the order discount goes from 30.00 to 40.00\n";

  static final String ANOMALIES = "SELECT kind, record_id, line, message FROM anomalies";

  static final String NOTE =
      "1 Taobao/Tmall order (e.g. "
          + ID
          + ") was stored by an older shopops with a price change (改价) in the amount; the"
          + " 订单报表 that wrote it, read again, put the amount back to the line items and the"
          + " order discount takes the change, as importing it again does";

  static final String NOTE_ZH =
      "旧版 shopops 把 1 个淘宝/天猫订单（如 " + ID + "）的改价记进了金额；已重新读取写入该订单的订单报表，金额改回商品行合计";

  /** The store the failing upgrade is tried on (SQLite here). */
  CliRunner store(Path where) {
    CliRunner cli = new CliRunner(where);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    return cli;
  }

  /** Where {@link #store}'s store is, as Store.open takes it. */
  String location(CliRunner cli) {
    return cli.db().toString();
  }

  Connection connect(CliRunner cli) throws Exception {
    return java.sql.DriverManager.getConnection("jdbc:sqlite:" + cli.db());
  }

  String q(CliRunner cli, String query) throws Exception {
    try (Connection c = connect(cli)) {
      return CliRunner.rows(c, query);
    }
  }

  /** A new empty target of a copy (a file not there yet here). */
  String target(String name) {
    return dir.resolve(name + ".db").toString();
  }

  /** The rows of {@code query} on the target {@code target} names. */
  String qTarget(String target, String query) throws Exception {
    return CliRunner.sql(Path.of(target), query);
  }

  private Path gbk(Path where, String name, String text) {
    return TestFiles.gbk(where, name, text);
  }

  /**
   * The store behind {@code cli} as schema 52 with B2's damage (the older version's amount 318.00
   * with the old discount 30.00 over lines of 328.00, no repriced anomaly), its 订单报表 where they
   * were read.
   */
  CliRunner damaged(CliRunner cli, Path where) throws Exception {
    Path list =
        gbk(
            where,
            "ExportOrderList202611121000.csv",
            LIST_HEADER
                + listRow(
                    ID, "manjian_fan", "298.00", "2026-11-11 00:01:00", "2026-11-11 00:01:20"));
    Path items =
        gbk(
            where,
            "ExportOrderDetailList202611121000.csv",
            ITEMS_HEADER + ID + "," + MASK + ID + "," + SERUM);
    cli.expect(
        0,
        "-q",
        "--now",
        "2026-11-12 11:00",
        "import",
        "orders",
        list.toString(),
        items.toString());
    Path repriced =
        gbk(
            where,
            "ExportOrderList202611131000.csv",
            LIST_HEADER
                + listRow(
                    ID, "manjian_fan", "288.00", "2026-11-11 00:01:00", "2026-11-11 00:01:20"));
    cli.expect(0, "-q", "--now", "2026-11-13 11:00", "import", "orders", repriced.toString());
    try (Connection c = connect(cli);
        var st = c.createStatement()) {
      st.executeUpdate("UPDATE orders SET amount = 31800, discount = 3000");
      st.executeUpdate("DELETE FROM anomalies");
      OldStore.asOfVersion(c, 52);
    }
    assertEquals(DAMAGED, q(cli, MONEY));
    assertEquals("52\n", q(cli, "SELECT max(version) FROM schema_migrations"));
    return cli;
  }

  /**
   * The repair fails between the order's new amount and its anomaly (an injected failure): the
   * store stays at schema 52, the order as it was, no anomaly; a clean opening then repairs it,
   * said once, and records 53.
   */
  @Test
  void aRepairStoppedMidWayLeavesTheStoreAtTheVersionBeforeAndTheNextOpeningRepairs()
      throws Exception {
    CliRunner cli = damaged(store(dir), dir);
    RepricedFiles.serveUpgrades();
    RepricedUpgrade.FileReader real = RepricedUpgrade.fileReader();
    List<String> reached = new ArrayList<>();
    RepricedUpgrade.readFilesWith(
        new RepricedUpgrade.FileReader() {
          @Override
          public Map<String, RepricedUpgrade.Stated> stated(
              List<StoredExport> exports, java.time.ZoneId zone) {
            return real.stated(exports, zone);
          }

          @Override
          public String say(OrderWriter.Repriced r) {
            reached.add(r.orderId()); // its new amount is written: killed before its anomaly
            throw new IllegalStateException("killed mid-way");
          }
        });
    try {
      IllegalStateException killed =
          assertThrows(
              IllegalStateException.class,
              () ->
                  Store.open(location(cli), Map.of(), Instant.parse("2026-11-14T03:00:00Z"), null)
                      .close());
      assertEquals("killed mid-way", killed.getMessage());
    } finally {
      RepricedUpgrade.readFilesWith(real);
    }
    assertEquals(List.of(ID), reached);
    assertEquals("52\n", q(cli, "SELECT max(version) FROM schema_migrations"));
    assertStillAt52(cli);
    assertEquals(DAMAGED, q(cli, MONEY));
    assertEquals("", q(cli, ANOMALIES));

    String err = cli.expect(0, "--now", "2026-11-14 11:00", "metrics").err();
    assertEquals(1, count(err, NOTE), err);
    assertEquals(
        1,
        count(
            err,
            "upgraded store "
                + location(cli)
                + " from schema 52 to "
                + Store.latestSchemaVersion()),
        err);
    assertEquals(REPAIRED, q(cli, MONEY));
    assertEquals(ANOMALY, q(cli, ANOMALIES));
    assertEquals(
        Store.latestSchemaVersion() + "\n", q(cli, "SELECT max(version) FROM schema_migrations"));
    String again = cli.expect(0, "--now", "2026-11-14 12:00", "metrics").err();
    assertEquals(0, count(again, NOTE), again);
  }

  /** SQLite's own record of the version (PRAGMA user_version) rolled back too. */
  void assertStillAt52(CliRunner cli) throws Exception {
    assertEquals("52\n", q(cli, "PRAGMA user_version"));
  }

  /**
   * `store copy` of a SQLite store at 52 with B2's damage: the target holds what upgrading the
   * source and then copying gives (328.00 / 40.00 / 288.00, the repriced anomaly), the source is
   * repaired in place, and the upgrade note is said once (was 318.00 / 30.00 on both, no word).
   */
  @Test
  void copyingAnOldStoreGivesWhatUpgradingThenCopyingGives() throws Exception {
    Path a = java.nio.file.Files.createDirectory(dir.resolve("a"));
    CliRunner old = damaged(sqlite(a), a);
    String copied = target("copied");
    String err =
        old.expect(0, "--now", "2026-11-14 11:00", "store", "copy", old.db().toString(), copied)
            .err();
    assertEquals(1, count(err, NOTE), err);
    assertEquals(1, count(err, "upgraded store " + old.db() + " from schema 52"), err);
    assertEquals(REPAIRED, qTarget(copied, MONEY));
    assertEquals(ANOMALY, qTarget(copied, ANOMALIES));
    assertEquals(
        Store.latestSchemaVersion() + "\n",
        qTarget(copied, "SELECT max(version) FROM schema_migrations"));
    assertEquals(REPAIRED, old.sql(MONEY));

    Path b = java.nio.file.Files.createDirectory(dir.resolve("b"));
    CliRunner upgradedFirst = damaged(sqlite(b), b);
    upgradedFirst.expect(0, "--now", "2026-11-14 11:00", "check", "-f", "csv");
    String then = target("then");
    String quiet =
        upgradedFirst
            .expect(
                0,
                "--now",
                "2026-11-14 11:00",
                "store",
                "copy",
                upgradedFirst.db().toString(),
                then)
            .err();
    assertEquals(0, count(quiet, NOTE), quiet);
    for (String query :
        new String[] {
          MONEY,
          "SELECT kind, record_id, import_id, line, message FROM anomalies",
          "SELECT customer_id, orders, gross, refunded FROM customer_figures ORDER BY customer_id"
        }) {
      assertEquals(qTarget(then, query), qTarget(copied, query), query);
    }
  }

  /** The same copy's note in Chinese, said once. */
  @Test
  void copyingAnOldStoreSaysTheRepairInChineseOnce() throws Exception {
    Path a = java.nio.file.Files.createDirectory(dir.resolve("a"));
    CliRunner old = damaged(sqlite(a), a);
    String copied = target("zh");
    String err =
        old.expect(
                0,
                "--lang",
                "zh",
                "--now",
                "2026-11-14 11:00",
                "store",
                "copy",
                old.db().toString(),
                copied)
            .err();
    assertEquals(1, count(err, NOTE_ZH), err);
    assertEquals(1, count(err, "从数据库版本 52 升级到 " + Store.latestSchemaVersion()), err);
    assertEquals(REPAIRED, qTarget(copied, MONEY));
  }

  private CliRunner sqlite(Path where) {
    CliRunner cli = new CliRunner(where);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    return cli;
  }

  static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
