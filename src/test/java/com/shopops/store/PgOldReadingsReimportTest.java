package com.shopops.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.shopops.cli.CliRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A re-import of the same snapshot on PostgreSQL with and without an old reading listed (pg29):
 * {@link PgOrderStage} reads {@link OldReadings#STILL_AS_STORED} as false only when {@code
 * old_readings} lists no unrepaired order, so that the tied, same-lines and unchanged-skip
 * statements do not probe it per staged order. With an order listed the condition is kept: the
 * file's order is no tie but replaces the stored one, as on SQLite; without, it ties, as on SQLite.
 */
@Tag("postgres")
class PgOldReadingsReimportTest {
  @TempDir Path dir;

  private static final String HEADER =
      "order_id,customer_id,created_at,paid_at,shipped_at,delivered_at,carrier,status,sku,"
          + "quantity,amount,shipping_fee,province";
  private static final String FIRST =
      "O1,C1,2026-11-10 08:00:00,2026-11-10 09:00:00,,,,paid,SKU-A,1,10.00,0.00,广东\n"
          + "O2,C2,2026-11-10 08:00:00,2026-11-10 09:00:00,,,,paid,SKU-A,1,10.00,0.00,广东\n";
  private static final String AGAIN =
      "O1,C1,2026-11-10 08:00:00,2026-11-10 09:00:00,,,,paid,SKU-B,2,30.00,0.00,广东\n"
          + "O2,C2,2026-11-10 08:00:00,2026-11-10 09:00:00,,,,paid,SKU-B,2,30.00,0.00,广东\n";
  private static final String ROWS =
      "SELECT o.order_id, o.amount, o.import_id, l.line_no, l.sku, l.quantity, l.amount"
          + " FROM orders o LEFT JOIN order_lines l ON l.order_id = o.order_id"
          + " ORDER BY o.order_id, l.line_no";

  @Test
  void anOrderStillAsStoredIsReplacedAndTheOthersTieAsOnSqlite() throws Exception {
    String pgListed = postgres(true);
    String pgNone = postgres(false);
    assertEquals(sqlite(true), pgListed);
    assertEquals(sqlite(false), pgNone);
    assertNotEquals(pgListed, pgNone, pgListed); // the old reading of O1 decides
  }

  private String postgres(boolean listed) throws Exception {
    TestPostgres pg = TestPostgres.get();
    String db = pg.newDatabase();
    CliRunner cli = new CliRunner(dir.resolve("pg" + listed)).store(pg.url(db));
    Files.createDirectories(dir.resolve("pg" + listed));
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    cli.expect(0, "-q", "import", "orders", write("a.csv", FIRST));
    try (Connection c = pg.connection(db)) {
      list(c, listed);
    }
    cli.expect(0, "-q", "import", "orders", write("b.csv", AGAIN));
    try (Connection c = pg.connection(db)) {
      return CliRunner.rows(c, ROWS);
    }
  }

  private String sqlite(boolean listed) throws Exception {
    Path d = dir.resolve("lite" + listed);
    Files.createDirectories(d);
    CliRunner cli = new CliRunner(d);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    cli.expect(0, "-q", "import", "orders", write("a.csv", FIRST));
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + cli.db())) {
      list(c, listed);
    }
    cli.expect(0, "-q", "import", "orders", write("b.csv", AGAIN));
    return cli.sql(ROWS);
  }

  /** O1 listed as stored under an old reading by the import that wrote it (listed), or nothing. */
  private static void list(Connection c, boolean listed) throws Exception {
    if (!listed) {
      return;
    }
    try (Statement st = c.createStatement()) {
      st.executeUpdate(
          "INSERT INTO old_readings (kind, id, reading, import_id, repaired) SELECT 'order',"
              + " order_id, 'lines-net-of-refund', import_id, 0 FROM orders WHERE order_id = 'O1'");
    }
  }

  private String write(String name, String rows) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, HEADER + "\n" + rows, StandardCharsets.UTF_8);
    return p.toString();
  }
}
