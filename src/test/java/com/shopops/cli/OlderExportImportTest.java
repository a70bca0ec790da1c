package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An order edited in the shop (a line taken off, a quantity changed) with the same status and times
 * in two exports (review R4): the store holds it as the NEWER export says, whatever the order the
 * two files are imported in. Which export is the newer is the file's age, the newest time in it
 * (the export of Nov 10 has an order of Nov 9; that of Nov 3 none after Nov 2). An older file
 * changes nothing of the order and says so (anomaly and note); the lines of one order scattered
 * through a file are still one order.
 */
class OlderExportImportTest {
  static final String HEADER =
      "order_id,customer_id,created_at,paid_at,shipped_at,status,sku,quantity,amount,order_total,"
          + "carrier\n";

  /** Exported on Nov 3: A1 with three lines (87.00), and B1 of Nov 2. */
  static final String OLDER =
      HEADER
          + "A1,C1,2026-11-01 10:00,2026-11-01 10:05,,paid,S1,1,20.00,87.00,\n"
          + "A1,C1,2026-11-01 10:00,2026-11-01 10:05,,paid,S2,1,38.00,87.00,\n"
          + "A1,C1,2026-11-01 10:00,2026-11-01 10:05,,paid,S3,1,29.00,87.00,\n"
          + "B1,C2,2026-11-02 09:00,2026-11-02 09:01,,paid,S9,1,10.00,10.00,\n";

  /** Exported on Nov 10: A1 edited (S3 taken off: 58.00), and B2 of Nov 9. */
  static final String NEWER =
      HEADER
          + "A1,C1,2026-11-01 10:00,2026-11-01 10:05,,paid,S1,1,20.00,58.00,\n"
          + "A1,C1,2026-11-01 10:00,2026-11-01 10:05,,paid,S2,1,38.00,58.00,\n"
          + "B2,C3,2026-11-09 15:00,2026-11-09 15:01,,paid,S9,1,10.00,10.00,\n";

  /** NEWER with A1's rows apart (B2 between them): read back grouped, still one order. */
  static final String NEWER_SCATTERED =
      HEADER
          + "A1,C1,2026-11-01 10:00,2026-11-01 10:05,,paid,S1,1,20.00,58.00,\n"
          + "B2,C3,2026-11-09 15:00,2026-11-09 15:01,,paid,S9,1,10.00,10.00,\n"
          + "A1,C1,2026-11-01 10:00,2026-11-01 10:05,,paid,S2,1,38.00,58.00,\n";

  static final String A1_AS_NEWER = "A1|paid|5800|5800\n";
  static final String A1_LINES_AS_NEWER = "1|S1|1|2000\n2|S2|1|3800\n";

  @TempDir Path dir;
  private CliRunner cli;

  @BeforeEach
  void init() {
    cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
  }

  private String a1() throws SQLException {
    return CliRunner.sql(
        cli.db(), "SELECT order_id, status, amount, total FROM orders WHERE order_id = 'A1'");
  }

  private String a1Lines() throws SQLException {
    return CliRunner.sql(
        cli.db(),
        "SELECT line_no, sku, quantity, amount FROM order_lines WHERE order_id = 'A1'"
            + " ORDER BY line_no");
  }

  private String anomalies() throws SQLException {
    return CliRunner.sql(
        cli.db(), "SELECT import_id, line, kind, record_id, message FROM anomalies ORDER BY 1, 2");
  }

  private Path file(String name, String text) throws Exception {
    return TestFiles.write(dir, name, text);
  }

  private static final String KEPT_ANOMALY =
      "2|2|anomaly:older-export|A1|the store has this order at the same status and times from a"
          + " newer export (3 lines, goods 87.00 here; 2 lines, goods 58.00 stored): this file is"
          + " older and changes nothing of it\n";

  @Test
  void theNewerExportThenTheOlderOneKeepsTheNewerLinesAndSaysSo() throws Exception {
    cli.expect(0, "import", "orders", file("newer.csv", NEWER).toString());
    assertEquals(A1_AS_NEWER, a1());
    assertEquals(A1_LINES_AS_NEWER, a1Lines());

    Path older = file("older.csv", OLDER);
    var r = cli.expect(0, "import", "orders", older.toString());
    // before: 3 lines, S3 brought back (87.00 of lines under the 58.00 order)
    assertEquals(A1_AS_NEWER, a1());
    assertEquals(A1_LINES_AS_NEWER, a1Lines());
    assertTrue(
        r.err()
            .contains(
                older
                    + ": 1 order kept as the store has it: a newer export stored it (this file's"
                    + " newest time is 2026-11-02 09:01, older than the export it came from)\n"),
        r.err());
    assertTrue(r.err().contains("(1 new, 0 updated, 1 unchanged)"), r.err());
    assertEquals(KEPT_ANOMALY, anomalies());
    // B1, new to the store, is stored as the older file has it
    assertEquals(
        "10.00\n",
        CliRunner.sql(
            cli.db(), "SELECT printf('%.2f', amount / 100.0) FROM orders WHERE order_id = 'B1'"));

    // the same older file again: the same store, said again
    var again = cli.expect(0, "import", "orders", older.toString());
    assertTrue(again.err().contains("(0 new, 0 updated, 2 unchanged)"), again.err());
    assertTrue(again.err().contains(": 1 order kept as the store has it"), again.err());
    assertEquals(A1_LINES_AS_NEWER, a1Lines());

    // the maintained figures are the rows' own: a rebuild changes nothing
    assertTrue(cli.expect(0, "check", "--format", "csv").out().contains("customer figures,ok\n"));
    cli.expect(0, "check", "--rebuild");
    assertEquals(A1_AS_NEWER, a1());
  }

  @Test
  void theOlderExportThenTheNewerOneTakesTheNewerLines() throws Exception {
    cli.expect(0, "import", "orders", file("older.csv", OLDER).toString());
    assertEquals("A1|paid|8700|8700\n", a1());
    var r = cli.expect(0, "import", "orders", file("newer.csv", NEWER).toString());
    assertTrue(r.err().contains("(1 new, 1 updated, 0 unchanged)"), r.err());
    assertEquals(A1_AS_NEWER, a1());
    assertEquals(A1_LINES_AS_NEWER, a1Lines());
    assertEquals("", anomalies());
    assertTrue(!r.err().contains("kept as the store has it"), r.err());
  }

  @Test
  void aNewerScatteredFileIsOneOrderAndWinsInEitherOrder() throws Exception {
    Path older = file("older.csv", OLDER);
    Path scattered = file("scattered.csv", NEWER_SCATTERED);
    cli.expect(0, "import", "orders", older.toString());
    cli.expect(0, "import", "orders", scattered.toString());
    assertEquals(A1_AS_NEWER, a1());
    assertEquals(A1_LINES_AS_NEWER, a1Lines());

    cli = new CliRunner(Files.createDirectories(dir.resolve("b")));
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
    cli.expect(0, "import", "orders", scattered.toString());
    assertEquals(A1_LINES_AS_NEWER, a1Lines());
    cli.expect(0, "import", "orders", older.toString());
    assertEquals(A1_AS_NEWER, a1());
    assertEquals(A1_LINES_AS_NEWER, a1Lines());
  }

  @Test
  void aQuantityChangedInTheNewerExportIsNotAddedToByTheOlderOne() throws Exception {
    String newer =
        HEADER
            + "Q1,C1,2026-11-01 10:00,2026-11-01 10:05,,paid,S1,1,20.00,20.00,\n"
            + "B2,C3,2026-11-09 15:00,2026-11-09 15:01,,paid,S9,1,10.00,10.00,\n";
    String older =
        HEADER
            + "Q1,C1,2026-11-01 10:00,2026-11-01 10:05,,paid,S1,2,40.00,40.00,\n"
            + "B1,C2,2026-11-02 09:00,2026-11-02 09:01,,paid,S9,1,10.00,10.00,\n";
    cli.expect(0, "import", "orders", file("newer.csv", newer).toString());
    cli.expect(0, "import", "orders", file("older.csv", older).toString());
    assertEquals(
        "Q1|2000|2000\n",
        CliRunner.sql(
            cli.db(), "SELECT order_id, amount, total FROM orders WHERE order_id = 'Q1'"));
    assertEquals(
        "1|S1|1|2000\n",
        CliRunner.sql(
            cli.db(),
            "SELECT line_no, sku, quantity, amount FROM order_lines WHERE order_id = 'Q1'"));
  }

  @Test
  void twoExportsOfTheSameAgeStillMergeAsTheSameSnapshotAndSaySo() throws Exception {
    // no time tells them apart (both files' newest time is B's paid time, Nov 9 15:01): the lines
    // are merged as before, whatever the order, and the store says what it kept
    String threeLines =
        OLDER.replace(
            "B1,C2,2026-11-02 09:00,2026-11-02 09:01", "B9,C2,2026-11-09 15:00,2026-11-09 15:01");
    cli.expect(0, "import", "orders", file("three.csv", threeLines).toString());
    cli.expect(0, "import", "orders", file("two.csv", NEWER).toString());
    assertEquals("1|S1|1|2000\n2|S2|1|3800\n3|S3|1|2900\n", a1Lines());
    assertTrue(anomalies().contains("|anomaly:same-snapshot|A1|"), anomalies());
  }

  /**
   * PostgreSQL (its stage and one upsert per file) stores what SQLite stores, in both orders of
   * import and on a second import of the older file: the same summaries, rows and anomalies.
   */
  @Test
  @Tag("postgres")
  void postgresqlStoresWhatSqliteStores() throws Exception {
    Path newer = file("newer.csv", NEWER);
    Path older = file("older.csv", OLDER);
    com.shopops.store.TestPostgres pg = com.shopops.store.TestPostgres.get();
    for (List<Path> files : List.of(List.of(newer, older, older), List.of(older, newer))) {
      String db = pg.newDatabase();
      Path sqliteDb = Files.createTempFile(dir, "parity", ".db");
      Files.delete(sqliteDb);
      List<String> seen = new java.util.ArrayList<>();
      for (String location : List.of(sqliteDb.toString(), pg.url(db))) {
        CliRunner c = new CliRunner(dir).store(location);
        c.expect(0, "init", "--tz", "Asia/Shanghai");
        StringBuilder out = new StringBuilder();
        for (Path f : files) {
          out.append(summary(c.expect(0, "import", "orders", f.toString()).err()));
        }
        try (java.sql.Connection conn =
            location.startsWith("postgresql:")
                ? pg.connection(db)
                : java.sql.DriverManager.getConnection("jdbc:sqlite:" + location)) {
          for (String q :
              List.of(
                  "SELECT order_id, status, amount, total, snapshot_as_of FROM orders ORDER BY 1",
                  "SELECT order_id, line_no, sku, quantity, amount FROM order_lines ORDER BY 1, 2",
                  "SELECT import_id, line, kind, record_id, message FROM anomalies ORDER BY 1, 2")) {
            out.append(rows(conn, q));
          }
        }
        c.expect(0, "check", "--rebuild");
        seen.add(out.toString());
      }
      assertEquals(seen.get(0), seen.get(1), files.toString());
      assertTrue(seen.get(0).contains("A1|1|S1|1|2000\nA1|2|S2|1|3800\nB1|"), seen.get(0));
    }
  }

  /** The import's summary and notes, without its file's path and time taken. */
  private static String summary(String err) {
    return err.replaceAll("/\\S+/", "").replaceAll(", \\d+\\.\\d s", "") + "\n";
  }

  private static String rows(java.sql.Connection conn, String query) throws SQLException {
    StringBuilder out = new StringBuilder();
    try (var st = conn.createStatement();
        var rs = st.executeQuery(query)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        for (int i = 1; i <= n; i++) {
          out.append(i == 1 ? "" : "|").append(rs.getString(i));
        }
        out.append('\n');
      }
    }
    return out.toString();
  }
}
