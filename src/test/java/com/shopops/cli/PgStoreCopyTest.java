package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopops.store.TestPostgres;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code store copy} from an SQLite file to PostgreSQL and back on a throwaway server: both copies
 * verify with the same checksums, the three stores answer the same, the password is never shown,
 * and a target that holds data is refused and left as it was.
 */
@Tag("postgres")
class PgStoreCopyTest {
  @TempDir Path dir;

  private static final List<List<String>> REPORTS =
      List.of(
          List.of("orders", "list"),
          List.of("sla", "breaches", "--from", "2026-03-01"),
          List.of("customers", "summary"),
          List.of("followup", "list"),
          List.of("returns", "open"));

  @Test
  void sqliteToPostgresAndBack() throws IOException, SQLException {
    TestPostgres pg = TestPostgres.get();
    String db = "copy" + ProcessHandle.current().pid();
    pg.sql("CREATE DATABASE " + db + " OWNER " + TestPostgres.SECRET_USER);
    String url =
        "postgresql://"
            + TestPostgres.SECRET_USER
            + ":"
            + URLEncoder.encode(TestPostgres.SECRET_PASSWORD, StandardCharsets.UTF_8)
            + "@"
            + pg.host()
            + ":"
            + pg.port()
            + "/"
            + db;
    String shown =
        "postgresql://" + TestPostgres.SECRET_USER + "@" + pg.host() + ":" + pg.port() + "/" + db;

    Path file = dir.resolve("shop.db");
    CliRunner sqlite = new CliRunner(dir).store(file.toString()).env("USER", "ops-wang");
    Path orders = dir.resolve("orders.csv");
    Files.writeString(
        orders,
        """
        order_id,customer_id,created_at,paid_at,shipped_at,status,amount
        P1,C1,2026-03-01 09:00:00,,,pending,10.00
        P2,C1,2026-03-02 09:00:00,2026-03-02 09:05:00,,paid,20.00
        P3,C2,2026-03-03 09:00:00,2026-03-03 09:05:00,2026-03-05 12:00:00,shipped,30.01
        """,
        StandardCharsets.UTF_8);
    Path returns = dir.resolve("returns.csv");
    Files.writeString(
        returns,
        "return_id,order_id,requested_at,reason,status\nR1,P3,2026-03-06 10:00:00,size,open\n",
        StandardCharsets.UTF_8);
    sqlite.expect(0, "init", "--tz", "Asia/Shanghai");
    sqlite.expect(0, "import", "orders", orders.toString());
    sqlite.expect(0, "import", "returns", returns.toString());
    // P3 sent in two parcels (review19 V24): both parcels go with the copy
    Path ships = dir.resolve("ships.csv");
    Files.writeString(
        ships,
        "order_id,tracking_no,shipped_at,delivered_at\n"
            + "P3,SF2,2026-03-05 15:00:00,2026-03-07 10:00:00\n"
            + "P3,SF1,2026-03-05 12:00:00,2026-03-06 10:00:00\n",
        StandardCharsets.UTF_8);
    sqlite.expect(0, "import", "shipments", ships.toString());
    sqlite.expect(0, "followup", "add", "--customer", "C1", "--channel", "phone", "--agent", "a");
    sqlite.expect(
        0, "followup", "add", "--corrects", "1", "--channel", "sms", "--agent", "a", "--note", "x");

    CliRunner cli = new CliRunner(dir);
    CliRunner.Result there = cli.expect(0, "store", "copy", file.toString(), url);
    // the number of tables and the schema version grow with the migrations
    assertTrue(there.err().startsWith("Copied " + file + " to " + shown + ": "), there.err());
    assertTrue(
        there
            .err()
            .matches("(?s).*: \\d+ tables, \\d+ rows, schema version \\d+, every table checked\n"),
        there.err());
    assertFalse(there.out().contains(TestPostgres.SECRET_PASSWORD), there.out());
    assertFalse(there.err().contains(TestPostgres.SECRET_PASSWORD), there.err());
    assertFalse(there.err().contains("s3cr3t"), there.err());
    assertTrue(there.out().lines().skip(1).allMatch(l -> l.endsWith(",yes")), there.out());
    assertTrue(there.out().contains("\norders,3,"), there.out());

    try (Connection c = pg.connection(db);
        var st = c.createStatement()) {
      assertEquals(3, one(st, "SELECT count(*) FROM orders"));
      assertEquals(3001, one(st, "SELECT amount FROM orders WHERE order_id = 'P3'"));
      assertEquals(1, one(st, "SELECT corrects FROM followups WHERE id = 2"));
      assertEquals(1, one(st, "SELECT count(*) FROM returns"));
      assertEquals(2, one(st, "SELECT count(*) FROM shipment_parcels WHERE order_id = 'P3'"));
      // delivered when the last parcel was signed for: 2026-03-07 10:00 in Asia/Shanghai
      assertEquals(1772848800, one(st, "SELECT delivered_at FROM shipments WHERE order_id = 'P3'"));
      // who ran each import (V015) goes with it
      assertEquals(3, one(st, "SELECT count(*) FROM imports WHERE user_name = 'ops-wang'"));
    }

    Path back = dir.resolve("back.db");
    CliRunner.Result home = cli.expect(0, "store", "copy", url, back.toString());
    assertEquals(there.out(), home.out()); // the same rows and checksums, table by table

    CliRunner onPg = new CliRunner(dir).store(url);
    CliRunner onBack = new CliRunner(dir).store(back.toString());
    assertEquals(
        "1|ops-wang\n2|ops-wang\n3|ops-wang\n",
        CliRunner.sql(back, "SELECT import_id, user_name FROM imports ORDER BY import_id"));
    for (List<String> report : REPORTS) {
      String[] args = report.toArray(String[]::new);
      String expected = sqlite.expect(0, withNow(args)).out();
      assertEquals(expected, onPg.expect(0, withNow(args)).out(), report.toString());
      assertEquals(expected, onBack.expect(0, withNow(args)).out(), report.toString());
    }

    // new follow-ups are numbered after the copied ones on both
    assertTrue(
        onPg.expect(0, "followup", "add", "--customer", "C2", "--channel", "phone", "--agent", "b")
            .err()
            .contains("#3"));

    // a target with data is refused and left as it was
    CliRunner.Result refused = cli.expect(2, "store", "copy", file.toString(), url);
    assertEquals(
        "shopops: store " + shown + " is not empty: table customer_figures has rows\n",
        refused.err().lines().findFirst().orElseThrow() + "\n");
    try (Connection c = pg.connection(db);
        var st = c.createStatement()) {
      assertEquals(3, one(st, "SELECT count(*) FROM followups"));
      assertEquals(3, one(st, "SELECT count(*) FROM orders"));
    }
  }

  private static String[] withNow(String[] args) {
    String[] all = new String[args.length + 2];
    all[0] = "--now";
    all[1] = "2026-03-10 10:00";
    System.arraycopy(args, 0, all, 2, args.length);
    return all;
  }

  private static long one(java.sql.Statement st, String sql) throws SQLException {
    try (var rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
