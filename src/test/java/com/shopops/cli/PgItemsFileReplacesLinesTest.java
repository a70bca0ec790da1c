package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopops.store.TestPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ItemsFileReplacesLinesTest} on PostgreSQL (its line-items rows are found in SQL by the
 * same {@code Snapshots.LINES_REPLACE}): the same summaries, stored orders, lines and anomalies as
 * on SQLite, for a price changed, a line removed, an earlier and a later export, the same file
 * again.
 */
@Tag("postgres")
class PgItemsFileReplacesLinesTest {
  @TempDir Path dir;

  /** The summaries of the steps on one store. */
  private String steps(CliRunner cli) throws Exception {
    String two =
        ItemsFileReplacesLinesTest.ITEMS_HEAD
            + ItemsFileReplacesLinesTest.line42(ItemsFileReplacesLinesTest.P42, "199.9")
            + ItemsFileReplacesLinesTest.line42("bbbb3623068f30de03045865e4e10089", "10")
                .replace(",1,bbbb", ",2,bbbb")
            + ItemsFileReplacesLinesTest.E481;
    cli.expect(0, "init", "--tz", "America/Sao_Paulo", "--currency", "BRL", "-q");
    cli.expect(
        0,
        "-q",
        "import",
        "orders",
        TestFiles.write(dir, "o.csv", ItemsFileReplacesLinesTest.ORDERS).toString(),
        "--exported-at",
        "2018-09-01 10:00");
    StringBuilder said = new StringBuilder();
    said.append(
        ItemsFileReplacesLinesTest.again(
            cli, dir, "i.csv", two, "--exported-at", "2018-09-01 10:00"));
    // a line removed and a price changed, exported earlier: kept out
    said.append(
        ItemsFileReplacesLinesTest.again(
            cli,
            dir,
            "i2.csv",
            ItemsFileReplacesLinesTest.items("200.9"),
            "--exported-at",
            "2018-08-01 10:00"));
    // exported later: replaced
    said.append(
        ItemsFileReplacesLinesTest.again(
            cli,
            dir,
            "i3.csv",
            ItemsFileReplacesLinesTest.items("200.9"),
            "--exported-at",
            "2018-09-02 10:00"));
    // the same again, then a price changed with no export time: kept (closing note 29 Left 2)
    said.append(
        ItemsFileReplacesLinesTest.again(
            cli, dir, "i4.csv", ItemsFileReplacesLinesTest.items("200.9")));
    said.append(
        ItemsFileReplacesLinesTest.again(
            cli, dir, "i5.csv", ItemsFileReplacesLinesTest.items("201.9")));
    return said.toString();
  }

  @Test
  void sameStoreAndSummariesAsOnSqlite() throws Exception {
    TestPostgres pg = TestPostgres.get();
    String db = pg.newDatabase();
    Path file = dir.resolve("s.db");
    String onSqlite = steps(new CliRunner(dir).store(file.toString()));
    String onPg = steps(new CliRunner(dir).store(pg.url(db)));
    assertEquals(onSqlite, onPg);
    assertTrue(
        onPg.contains("i3.csv: 2 rows, 2 orders (0 new, 1 updated, 1 unchanged), 2 line items;"),
        onPg);
    assertTrue(
        onPg.contains("i4.csv: 2 rows, 2 orders (0 new, 0 updated, 2 unchanged), 2 line items;"),
        onPg);
    assertTrue(
        onPg.contains(
            "i5.csv: 2 rows, 2 orders (0 new, 0 updated, 2 unchanged), 2 line items, 1 anomaly"),
        onPg);
    try (Connection a = DriverManager.getConnection("jdbc:sqlite:" + file);
        Connection b = pg.connection(db)) {
      for (String t :
          List.of(
              "SELECT order_id, line_no, sku, title, quantity, unit_price, amount, item_id"
                  + " FROM order_lines",
              "SELECT kind, record_id, message FROM anomalies",
              "SELECT order_id, status, amount, amount_derived, shipping_fee, exported_at"
                  + " FROM orders")) {
        assertEquals(PgImportParityTest.rows(a, t), PgImportParityTest.rows(b, t), t);
      }
      assertEquals(
          List.of("{amount=20090, shipping_fee=1814}"), // i5, of no known time, kept out
          PgImportParityTest.rows(
              b,
              "SELECT amount, shipping_fee FROM orders"
                  + " WHERE order_id = '00042b26cf59d7ce69dfabb4e55b4fd9'"));
    }
  }
}
