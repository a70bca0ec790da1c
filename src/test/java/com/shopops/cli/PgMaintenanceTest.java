package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopops.store.TestPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} and {@code backup} on a store on PostgreSQL: the check's answers from the server's
 * catalog, a backup with pg_dump that pg_restore brings back whole, and without pg_dump the command
 * line to run (the URL without its password).
 */
@Tag("postgres")
class PgMaintenanceTest {
  @TempDir Path dir;
  private TestPostgres pg;
  private String db;
  private CliRunner cli;

  @BeforeEach
  void init() throws IOException {
    pg = TestPostgres.get();
    db = pg.newDatabase();
    cli = new CliRunner(dir).store(pg.url(db)).env("PATH", System.getenv("PATH"));
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
    Path orders = dir.resolve("orders.csv");
    Files.writeString(
        orders,
        """
        order_id,customer_id,created_at,paid_at,status,amount
        P1,C1,2026-03-01 09:00:00,2026-03-01 09:05:00,paid,10.00
        P2,C2,2026-03-02 09:00:00,2026-03-02 09:05:00,paid,20.00
        """,
        StandardCharsets.UTF_8);
    cli.expect(0, "import", "orders", orders.toString(), "-q");
  }

  private long count(String database, String sql) throws SQLException {
    try (Connection c = pg.connection(database);
        var st = c.createStatement();
        var rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void checkReadsTheServersCatalogAndFindsAnIndexLeftInvalid() throws SQLException {
    CliRunner.Result r = cli.expect(0, "check");
    assertTrue(r.out().startsWith("check,result\nintegrity,ok\nforeign keys,ok\n"), r.out());
    assertTrue(r.out().contains("\norders,2\n"), r.out());
    assertTrue(r.out().contains("\ncustomer figures,ok\n"), r.out());

    // a foreign key added NOT VALID and an index a failed build left invalid are problems: one
    // shopops did not create is to be dropped, its own (a migration's) rebuilt
    try (Connection c = pg.connection(db);
        var st = c.createStatement()) {
      st.execute(
          "ALTER TABLE returns ADD CONSTRAINT returns_order_fk FOREIGN KEY (order_id)"
              + " REFERENCES orders (order_id) NOT VALID");
      try {
        st.execute("CREATE UNIQUE INDEX CONCURRENTLY bad_idx ON orders (status)"); // 2 × paid
      } catch (SQLException expected) {
        assertEquals("23505", expected.getSQLState()); // and bad_idx stays, invalid
      }
      st.execute(
          "UPDATE pg_index SET indisvalid = false WHERE indexrelid = 'orders_customer'::regclass");
    }
    CliRunner.Result bad = cli.expect(1, "check");
    assertTrue(
        bad.out()
            .startsWith(
                "check,result\n"
                    + "integrity,index bad_idx is not valid (not one of shopops' indexes: DROP"
                    + " INDEX bad_idx); index orders_customer is not valid (shopops' own: REINDEX"
                    + " INDEX orders_customer)\n"
                    + "foreign keys,{returns → orders (not validated)=1}\n"),
        bad.out());

    // the advice mends it
    try (Connection c = pg.connection(db);
        var st = c.createStatement()) {
      st.execute("DROP INDEX bad_idx");
      st.execute("REINDEX INDEX orders_customer");
      st.execute("ALTER TABLE returns VALIDATE CONSTRAINT returns_order_fk");
    }
    assertTrue(
        cli.expect(0, "check").out().startsWith("check,result\nintegrity,ok\nforeign keys,ok\n"));
  }

  @Test
  void backupWritesAPgDumpThatPgRestoreBringsBack() throws Exception {
    Path file = dir.resolve("shop.dump");
    CliRunner.Result r = cli.expect(0, "backup", file.toString());
    long size = Files.size(file);
    assertEquals(
        "Backed up " + pg.url(db) + " to " + file + " (" + ProgressBar.grouped(size) + " bytes)\n",
        r.err());
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    byte[] head = new byte[5];
    try (var in = Files.newInputStream(file)) {
      assertEquals(5, in.read(head));
    }
    assertEquals("PGDMP", new String(head, StandardCharsets.US_ASCII)); // pg_dump's custom format
    try (var files = Files.list(dir)) {
      assertEquals(
          List.of("orders.csv", "shop.dump"),
          files.map(p -> p.getFileName().toString()).sorted().toList()); // no temp file left
    }

    String restored = pg.newDatabase();
    Process p =
        new ProcessBuilder("pg_restore", "--no-owner", "--dbname=" + pg.url(restored), "" + file)
            .redirectErrorStream(true)
            .start();
    String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(2, TimeUnit.MINUTES) && p.exitValue() == 0, said);
    assertEquals(2, count(restored, "SELECT count(*) FROM orders"));
    assertEquals(3000, count(restored, "SELECT sum(amount) FROM orders"));
    new CliRunner(dir).store(pg.url(restored)).expect(0, "check");

    // an existing file is kept without --force
    CliRunner.Result again = cli.expect(2, "backup", file.toString());
    assertTrue(again.err().contains("already exists"), again.err());
    assertEquals(size, Files.size(file));
  }

  @Test
  void withoutPgDumpTheErrorGivesTheCommandLineWithoutThePassword() throws SQLException {
    try (Connection c = pg.connection(db);
        var st = c.createStatement()) {
      st.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO " + TestPostgres.SECRET_USER);
    }
    String withPassword =
        "postgresql://"
            + TestPostgres.SECRET_USER
            + ":"
            + java.net.URLEncoder.encode(TestPostgres.SECRET_PASSWORD, StandardCharsets.UTF_8)
            + "@"
            + pg.host()
            + ":"
            + pg.port()
            + "/"
            + db;
    Path file = dir.resolve("shop.dump");
    CliRunner.Result r =
        new CliRunner(dir)
            .store(withPassword)
            .env("PATH", dir.resolve("nowhere").toString())
            .expect(2, "backup", file.toString());
    String shown = "postgresql://" + TestPostgres.SECRET_USER + "@" + pg.host() + ":" + pg.port();
    assertEquals(
        "shopops: cannot back up store "
            + shown
            + "/"
            + db
            + ": pg_dump is not on PATH (a store on PostgreSQL is backed up with pg_dump)\n"
            + "  hint: install the PostgreSQL client (apt-get install postgresql-client), or run"
            + " where it is: pg_dump --format=custom --file="
            + file
            + " "
            + shown
            + "/"
            + db
            + "\n",
        r.err());
    assertFalse(r.err().contains(TestPostgres.SECRET_PASSWORD));
    assertFalse(Files.exists(file));
  }
}
