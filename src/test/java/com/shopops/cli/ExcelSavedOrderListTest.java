package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopops.store.TestPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `orders list --lines --excel` saved by Excel and imported again (review15 P2): Excel writes
 * 13:13:40 as 2026/6/20 13:13, and an order whose latest time ends in :00 was taken as the same
 * snapshot, its created and paid times replaced by the minute-cut ones ("2 updated"). A time is
 * never replaced by itself cut to the minute: every order's times unchanged, on both backends.
 */
class ExcelSavedOrderListTest {
  @TempDir Path dir;

  static final String DUMP =
      "SELECT order_id, created_at, paid_at, shipped_at, delivered_at, completed_at,"
          + " cancelled_at, paid_at_inferred, status, amount, total, import_id FROM orders"
          + " ORDER BY order_id";

  /** The store's orders, as {@link #DUMP} gives them. */
  private interface Dump {
    String orders() throws SQLException;
  }

  @Test
  void theSavedListReimportedChangesNoTime() throws Exception {
    CliRunner cli = new CliRunner(dir);
    savedListReimported(cli, () -> cli.sql(DUMP));
  }

  @Test
  @Tag("postgres")
  void onPostgresqlToo() throws Exception {
    TestPostgres pg = TestPostgres.get();
    String db = pg.newDatabase();
    try (Connection c = pg.connection(db)) {
      savedListReimported(new CliRunner(dir).store(pg.url(db)), () -> CliRunner.rows(c, DUMP));
    }
  }

  /**
   * The same snapshot (latest time shipped 09:00:00 on both sides): times cut to the minute keep
   * the stored seconds; a time of another minute is taken, as before.
   */
  @Test
  void onlyTheSameTimeCutToTheMinuteKeepsTheStoredOne() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "-q", "--tz", "Asia/Shanghai");
    String header = "order_id,customer_id,created_at,paid_at,shipped_at,status,amount\n";
    Path fine =
        TestFiles.write(
            dir,
            "fine.csv",
            header
                + "A1,C1,2026-11-01 10:00:40,2026-11-01 10:05:29,2026-11-02 09:00:00,shipped,9\n");
    Path cut =
        TestFiles.write(
            dir,
            "cut.csv",
            header + "A1,C1,2026/11/1 10:00,2026/11/1 10:05,2026/11/2 9:00,shipped,9\n");
    Path moved =
        TestFiles.write(
            dir,
            "moved.csv",
            header + "A1,C1,2026/11/1 10:00,2026/11/1 10:06,2026/11/2 9:00,shipped,9\n");
    String q =
        "SELECT datetime(created_at, 'unixepoch'), datetime(paid_at, 'unixepoch') FROM orders";
    cli.expect(0, "-q", "import", "orders", fine.toString());
    String err = cli.expect(0, "import", "orders", cut.toString()).err();
    assertTrue(err.contains("(0 new, 0 updated, 1 unchanged)"), err);
    assertEquals("2026-11-01 02:00:40|2026-11-01 02:05:29\n", cli.sql(q));
    cli.expect(0, "-q", "import", "orders", moved.toString());
    assertEquals("2026-11-01 02:00:40|2026-11-01 02:06:00\n", cli.sql(q));
  }

  /**
   * The examples' store; its listing saved as Excel saves it and imported again changes nothing.
   */
  private void savedListReimported(CliRunner cli, Dump dump) throws Exception {
    cli.expect(0, "init", "-q", "--tz", "Asia/Shanghai");
    for (String k : new String[] {"customers", "orders", "shipments", "returns"}) {
      cli.expect(0, "-q", "import", k, "examples/" + k + ".csv");
    }
    Path list = dir.resolve("ol.csv");
    cli.expect(0, "-q", "orders", "list", "--lines", "--excel", "--out", list.toString());
    Path saved = dir.resolve("ol_x.csv");
    Files.writeString(saved, excelSave(Files.readString(list)), StandardCharsets.UTF_8);
    String before = dump.orders();
    // review15's order: created 13:13:40, paid 13:26:29, its latest time (delivered) 16:47:00
    assertTrue(before.contains("\nSO202606200003|1781932420|1781933189|"), before);
    String err = cli.expect(0, "import", "orders", saved.toString()).err();
    assertTrue(err.contains("(0 new, 0 updated, 319 unchanged)"), err);
    assertEquals(before, dump.orders());
  }

  /**
   * Excel's save of a `--excel` CSV (as review15's excel_sim.py, utf8bom): {@code ="…"} saved as
   * its text, {@code yyyy-mm-dd hh:mm:ss} as {@code yyyy/m/d h:mm}, a BOM, CRLF.
   */
  static String excelSave(String csv) {
    String text = csv.replace("\uFEFF", "").replaceAll("=\"([^\"]*)\"", "$1");
    Matcher m =
        Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2}) (\\d{2}):(\\d{2}):\\d{2}").matcher(text);
    StringBuilder sb = new StringBuilder("\uFEFF");
    while (m.find()) {
      int[] n = new int[4];
      for (int i = 0; i < 4; i++) {
        n[i] = Integer.parseInt(m.group(i + 1));
      }
      m.appendReplacement(sb, n[0] + "/" + n[1] + "/" + n[2] + " " + n[3] + ":" + m.group(5));
    }
    m.appendTail(sb);
    return sb.toString().replace("\r\n", "\n").replace("\n", "\r\n");
  }
}
