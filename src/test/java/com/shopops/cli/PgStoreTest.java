package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopops.store.TestPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store on PostgreSQL through the real command line ({@code --db postgresql://…}) on a throwaway
 * server: init, import, reading back, where a password comes from and that it is never shown, and
 * the store's content as the database holds it.
 */
@Tag("postgres")
class PgStoreTest {
  @TempDir Path dir;
  private TestPostgres pg;
  private String db;
  private CliRunner cli;
  private Path orders;

  @BeforeEach
  void init() throws IOException {
    pg = TestPostgres.get();
    db = pg.newDatabase();
    cli = new CliRunner(dir).store(pg.url(db));
    orders = dir.resolve("orders.csv");
    Files.writeString(
        orders,
        """
        order_id,customer_id,created_at,paid_at,shipped_at,status,amount
        P1,C1,2026-03-01 09:00:00,,,pending,10.00
        P2,C1,2026-03-02 09:00:00,2026-03-02 09:05:00,,paid,20.00
        P3,C2,2026-03-03 09:00:00,2026-03-03 09:05:00,2026-03-03 12:00:00,shipped,30.00
        """,
        StandardCharsets.UTF_8);
  }

  private long count(String sql) throws SQLException {
    try (Connection c = pg.connection(db);
        var st = c.createStatement();
        var rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void initImportAndReadBack() throws SQLException {
    CliRunner.Result r = cli.expect(0, "init", "--tz", "Asia/Shanghai");
    assertTrue(
        r.err()
            .matches(
                java.util.regex.Pattern.quote("Created store " + pg.url(db))
                    + " \\(time zone Asia/Shanghai, currency CNY, schema version \\d+\\)\n"
                    + "note: amounts of exports that name no currency .*\n"),
        r.err());
    // every migration applied, each recorded once: as many rows as the version init reports
    long latest = Long.parseLong(r.err().replaceAll("(?s).*schema version (\\d+)\\).*", "$1"));
    assertEquals(latest, count("SELECT count(*) FROM schema_migrations"));
    assertEquals(latest, count("SELECT max(version) FROM schema_migrations"));

    cli.expect(0, "import", "orders", orders.toString());
    assertEquals(3, count("SELECT count(*) FROM orders"));
    assertEquals(3000, count("SELECT amount FROM orders WHERE order_id = 'P3'"));
    assertEquals(
        java.time.Instant.parse("2026-03-03T04:00:00Z").getEpochSecond(),
        count("SELECT shipped_at FROM orders WHERE order_id = 'P3'"));
    assertEquals(1, count("SELECT count(*) FROM imports WHERE kind = 'orders' AND inserted = 3"));

    CliRunner.Result list = cli.expect(0, "orders", "list", "--status", "paid");
    assertEquals("P2", list.out().lines().skip(1).findFirst().orElseThrow().split(",")[0]);

    // the same file again changes nothing
    CliRunner.Result again = cli.expect(0, "import", "orders", orders.toString());
    assertTrue(again.err().contains("(0 new, 0 updated, 3 unchanged)"), again.err());
  }

  @Test
  void initTwiceIsRefusedAndChangesNothing() throws SQLException {
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
    CliRunner.Result r = cli.expect(2, "init", "--tz", "UTC");
    assertEquals(
        "shopops: store "
            + pg.url(db)
            + " already exists\n"
            + "  hint: use it as it is, or pass --db to create another\n",
        r.err());
    assertEquals(1, count("SELECT count(*) FROM settings WHERE value = 'Asia/Shanghai'"));
  }

  @Test
  void anEmptyDatabaseIsNoStoreYet() {
    CliRunner.Result r = cli.expect(2, "orders", "list");
    assertEquals(
        "shopops: no store in "
            + pg.url(db)
            + "\n"
            + "  hint: create one with `shopops --db "
            + pg.url(db)
            + " init`\n",
        r.err());
  }

  @Test
  void aMissingDatabaseSaysHowToCreateIt() {
    String url = pg.url("nosuchdb");
    CliRunner.Result r = new CliRunner(dir).store(url).expect(2, "orders", "list");
    assertEquals(
        "shopops: cannot open store "
            + url
            + ": database \"nosuchdb\" does not exist\n"
            + "  hint: the administrator creates it: createdb -h "
            + pg.host()
            + " -p "
            + pg.port()
            + " --owner shopops nosuchdb (for a store the team shares, the team's shared role"
            + " instead of shopops: README \"A shared store for a team\")\n",
        r.err());
    CliRunner.Result zh = new CliRunner(dir).store(url).expect(2, "--lang", "zh", "orders", "list");
    assertTrue(
        zh.err()
            .endsWith(
                " --owner shopops nosuchdb（团队共用的店铺数据库，把 shopops 换成团队共用的角色：见 README“A shared"
                    + " store for a team”）\n"),
        zh.err());
  }

  /** The server's reason for a refused connection, a hint for each, never the password. */
  @Test
  void aRefusedConnectionSaysTheServersReason() {
    String hp = pg.host() + ":" + pg.port();
    String base = "postgresql://%s@" + hp + "/" + db;
    String ssl = base.formatted("shopops") + "?sslmode=require";
    assertEquals(
        "shopops: cannot open store "
            + ssl
            + ": the PostgreSQL server at "
            + hp
            + " does not support SSL, and the URL requires it (sslmode=require)\n"
            + "  hint: drop ?sslmode=require from --db (on a trusted network), or have the"
            + " administrator turn SSL on in the server's postgresql.conf (ssl = on)\n",
        new CliRunner(dir).store(ssl).expect(2, "orders", "list").err());

    String bob = base.formatted("bob");
    assertEquals(
        "shopops: cannot open store "
            + bob
            + ": the server refused the login of bob@"
            + hp
            + "/"
            + db
            + ": role \"bob\" does not exist\n"
            + "  hint: the login does not exist yet: the administrator creates it, e.g."
            + " createuser --pwprompt --role OWNER bob (OWNER: the role that owns the store)\n",
        new CliRunner(dir).store(bob).expect(2, "orders", "list").err());

    String hba = base.formatted(TestPostgres.NO_HBA_USER);
    assertEquals(
        "shopops: cannot open store "
            + hba
            + ": the server refused the login of nohba@"
            + hp
            + "/"
            + db
            + ": pg_hba.conf rejects connection for host \"127.0.0.1\", user \"nohba\","
            + " database \""
            + db
            + "\", no encryption\n"
            + "  hint: ask the administrator to allow host 127.0.0.1 for nohba in the server's"
            + " pg_hba.conf (then pg_ctl reload)\n",
        new CliRunner(dir).store(hba).expect(2, "orders", "list").err());

    assertEquals(
        "shopops：无法打开店铺数据库 "
            + ssl
            + "："
            + hp
            + " 上的 PostgreSQL 服务器不支持 SSL，而 URL 要求使用 SSL（sslmode=require）\n"
            + "  提示：在可信的网络上可以从 --db 中去掉 ?sslmode=require，或者请管理员在服务器的"
            + " postgresql.conf 中开启 SSL（ssl = on）\n",
        new CliRunner(dir).store(ssl).expect(2, "--lang", "zh", "orders", "list").err());
    assertEquals(
        "shopops：无法打开店铺数据库 "
            + bob
            + "：服务器拒绝了 bob@"
            + hp
            + "/"
            + db
            + " 的登录：role \"bob\" does not exist\n"
            + "  提示：这个登录角色还不存在：请管理员创建，例如 createuser --pwprompt --role OWNER"
            + " bob（OWNER：拥有店铺数据库的角色）\n",
        new CliRunner(dir).store(bob).expect(2, "--lang", "zh", "orders", "list").err());

    // a password in the URL never shows, whatever the refusal, with --debug too, in en and zh
    String secret = "Pa55-w0rd-never-shown";
    for (String user : List.of("bob", TestPostgres.NO_HBA_USER, TestPostgres.SECRET_USER)) {
      for (String query : List.of("", "?sslmode=require")) {
        String url = base.formatted(user + ":" + secret) + query;
        for (String lang : List.of("en", "zh")) {
          CliRunner.Result r =
              new CliRunner(dir).store(url).expect(2, "--debug", "--lang", lang, "init");
          assertFalse(r.err().contains(secret) || r.out().contains(secret), r.err());
          assertTrue(r.err().contains(base.formatted(user)), r.err());
        }
      }
    }
  }

  @Test
  void passwordFromTheUrlPgpasswordOrPgpassAndNeverShown() throws IOException {
    pg.sql(
        "GRANT ALL ON DATABASE " + db + " TO " + TestPostgres.SECRET_USER,
        "ALTER DATABASE " + db + " OWNER TO " + TestPostgres.SECRET_USER);
    String bare =
        "postgresql://" + TestPostgres.SECRET_USER + "@" + pg.host() + ":" + pg.port() + "/" + db;
    String wrong = bare.replace("@", ":wrong-one@");
    CliRunner.Result r = new CliRunner(dir).store(wrong).expect(2, "init");
    assertEquals(
        "shopops: cannot create store "
            + bare
            + ": the server refused the login of "
            + TestPostgres.SECRET_USER
            + "@"
            + pg.host()
            + ":"
            + pg.port()
            + "/"
            + db
            + ": password authentication failed for user \""
            + TestPostgres.SECRET_USER
            + "\"\n"
            + "  hint: check the password (from the URL, PGPASSWORD or ~/.pgpass)\n",
        r.err());
    assertFalse(r.err().contains("wrong-one"));

    String encoded =
        java.net.URLEncoder.encode(TestPostgres.SECRET_PASSWORD, StandardCharsets.UTF_8);
    CliRunner.Result ok =
        new CliRunner(dir)
            .store(bare.replace("@", ":" + encoded + "@"))
            .expect(0, "init", "--tz", "UTC");
    assertFalse(ok.err().contains(TestPostgres.SECRET_PASSWORD), ok.err());
    assertTrue(ok.err().startsWith("Created store " + bare + " "), ok.err());

    new CliRunner(dir)
        .store(bare)
        .env("PGPASSWORD", TestPostgres.SECRET_PASSWORD)
        .expect(0, "orders", "list");
    Path pass = dir.resolve("pgpass");
    Files.writeString(
        pass,
        "*:*:*:"
            + TestPostgres.SECRET_USER
            + ":"
            + TestPostgres.SECRET_PASSWORD.replace("\\", "\\\\").replace(":", "\\:")
            + "\n");
    Files.setPosixFilePermissions(
        pass, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    CliRunner.Result open =
        new CliRunner(dir)
            .store(bare)
            .env("PGPASSFILE", pass.toString())
            .expect(2, "orders", "list"); // as psql: a file others may read is not read (X8)
    assertTrue(
        open.err()
            .contains(
                "hint: the password file "
                    + pass
                    + " was not read: its group or others may read it; permissions should be"
                    + " u=rw (0600) or less: chmod 0600 "
                    + pass),
        open.err());
    Files.setPosixFilePermissions(
        pass, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    CliRunner.Result imported =
        new CliRunner(dir)
            .store(bare)
            .env("PGPASSFILE", pass.toString())
            .expect(0, "import", "orders", orders.toString());
    assertFalse(imported.err().contains(TestPostgres.SECRET_PASSWORD));

    CliRunner.Result none =
        new CliRunner(dir).store(bare).env("HOME", dir.toString()).expect(2, "orders", "list");
    assertTrue(
        none.err().contains("hint: give the password in PGPASSWORD or ~/.pgpass"), none.err());
  }

  @Test
  void aSecondImportOfTheSameKindWaitsItsTurn() throws SQLException {
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
    try (Connection holder = pg.connection(db)) {
      holder.setAutoCommit(false);
      try (var st = holder.createStatement()) {
        st.execute("SELECT pg_advisory_xact_lock(" + importLockOfOrders() + ")");
      }
      CliRunner.Result r = cli.expect(2, "--wait", "0", "import", "orders", orders.toString());
      assertEquals(
          "shopops: store "
              + pg.url(db)
              + " is busy: another shopops is importing orders (held by "
              + TestPostgres.USER
              + ")\n"
              + "  hint: run this again when the other import has finished, or wait longer with"
              + " --wait\n",
          r.err());
      // review18 T2: whom it waits for, in the session's language
      CliRunner.Result zh =
          new CliRunner(dir)
              .store(pg.url(db))
              .env("LANG", "zh_CN.UTF-8")
              .expect(2, "--wait", "0", "import", "orders", orders.toString());
      assertEquals(
          "shopops：店铺数据库 "
              + pg.url(db)
              + " 正忙："
              + TestPostgres.USER
              + " 正在导入 orders\n"
              + "  提示：等另一次导入结束后再运行一次，或用 --wait 等待更久\n",
          zh.err());
      CliRunner.Result waited =
          cli.expect(2, "--wait", "1s", "import", "orders", orders.toString());
      assertTrue(
          waited
              .err()
              .startsWith(
                  "waiting for another import of orders into postgresql://"
                      + pg.host()
                      + ":"
                      + pg.port()
                      + "/"
                      + db
                      + " (held by "
                      + TestPostgres.USER
                      + ") … up to 1s;"),
          waited.err());
      holder.rollback();
    }
    assertEquals(0, count("SELECT count(*) FROM orders"));
    assertEquals(0, count("SELECT count(*) FROM imports"));
    cli.expect(0, "import", "orders", orders.toString());
    assertEquals(3, count("SELECT count(*) FROM orders"));
  }

  /**
   * tryout27a A4: an import and a parcel removal record the login name, as on a store file, with
   * the database user beside it where they differ (a team sharing one login is told apart); a
   * follow-up keeps the database user (issue 18, below).
   */
  @Test
  void anImportAndARemovalRecordTheLoginNameWithTheDatabaseUserBeside() throws Exception {
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
    cli.env("USER", "alice");
    cli.expect(0, "import", "orders", orders.toString(), "-q");
    Path ship = dir.resolve("ship.csv");
    Files.writeString(
        ship,
        "order_id,tracking_no,shipped_at\nP3,SF1,2026-03-03 12:00:00\nP3,SF2,2026-03-03"
            + " 13:00:00\n",
        StandardCharsets.UTF_8);
    cli.env("USER", TestPostgres.USER); // the login named as the database user: said once
    cli.expect(0, "import", "shipments", ship.toString(), "-q");
    cli.env("USER", "bob");
    cli.expect(0, "--now", "2026-03-04 10:00", "shipments", "remove-parcel", "P3", "SF2", "-q");
    String who = "alice (database user " + TestPostgres.USER + ")";
    assertEquals(
        1,
        count("SELECT count(*) FROM imports WHERE kind = 'orders' AND user_name = '" + who + "'"));
    assertEquals(
        1,
        count(
            "SELECT count(*) FROM imports WHERE kind = 'shipments' AND user_name = '"
                + TestPostgres.USER
                + "'"));
    assertEquals(
        1,
        count(
            "SELECT count(*) FROM parcel_removals WHERE agent = 'bob (database user "
                + TestPostgres.USER
                + ")'"));
    assertTrue(
        cli.expect(0, "imports", "show", "1").err().endsWith("; imported by " + who + "\n"), who);
    // tryout28a A5: zh in Chinese; csv: the login in user (as on SQLite), the database user beside
    String zh = cli.expect(0, "--lang", "zh", "imports", "show", "1").err();
    assertTrue(zh.endsWith("；导入人 alice（数据库用户 " + TestPostgres.USER + "）\n"), zh);
    String csv = cli.expect(0, "imports", "-f", "csv").out();
    assertTrue(csv.lines().findFirst().orElseThrow().endsWith(",sha256,user,database_user"), csv);
    assertTrue(csv.contains(",alice," + TestPostgres.USER + "\n"), csv);
    assertTrue(csv.contains("," + TestPostgres.USER + ",\n"), csv); // the same name: said once
    cli.expect(0, "followup", "add", "--customer", "C1", "--channel", "phone");
    assertEquals(
        1, count("SELECT count(*) FROM followups WHERE agent = '" + TestPostgres.USER + "'"));
  }

  @Test
  void aFollowUpWithoutAgentRecordsTheDatabaseUser() throws SQLException {
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
    cli.env("USER", "not-this-one");
    cli.expect(0, "followup", "add", "--customer", "C1", "--channel", "phone");
    cli.expect(0, "followup", "add", "--customer", "C1", "--channel", "sms", "--agent", "小王");
    assertEquals(
        1, count("SELECT count(*) FROM followups WHERE agent = '" + TestPostgres.USER + "'"));
    assertEquals(1, count("SELECT count(*) FROM followups WHERE agent = '小王'"));
    String list = cli.expect(0, "followup", "list", "--agent", TestPostgres.USER).out();
    assertEquals(2, list.lines().count(), list);
    assertTrue(
        list.lines().skip(1).findFirst().orElseThrow().contains(",C1,,phone,shopops,"), list);
  }

  @Test
  void aListWithoutAgentRecordsTheDatabaseUser() throws SQLException {
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
    cli.expect(0, "import", "customers", ListsCliTest.RES + "customers.csv", "-q");
    cli.expect(0, "import", "orders", ListsCliTest.RES + "orders.csv", "-q");
    cli.env("USER", "not-this-one");
    String now = ListsCliTest.NOW;
    cli.expect(0, "--now", now, "export", "promotion", "--limit", "1");
    cli.expect(0, "--now", now, "export", "promotion", "--limit", "1", "--agent", "小李");
    assertEquals(
        1,
        count(
            "SELECT count(*) FROM lists WHERE list_id = 1 AND agent = '"
                + TestPostgres.USER
                + "'"));
    assertEquals(1, count("SELECT count(*) FROM lists WHERE list_id = 2 AND agent = '小李'"));
    cli.expect(0, "--now", now, "lists", "undo", "2"); // undone by the database user too
    assertEquals(
        1,
        count(
            "SELECT count(*) FROM lists WHERE list_id = 2 AND undone_by = '"
                + TestPostgres.USER
                + "'"));
    assertEquals(1, count("SELECT count(*) FROM lists WHERE undone_by IS NULL"));
    List<String> rows = cli.expect(0, "lists").out().lines().toList();
    assertEquals(
        "list_id,name,kind,rows,contacts,created_at,file,undone_at,agent,undone_by", rows.get(0));
    assertTrue(rows.get(1).endsWith("," + TestPostgres.USER + ","), rows.toString());
    assertTrue(rows.get(2).endsWith(",小李," + TestPostgres.USER), rows.toString());
  }

  @Test
  void anImportListsTheLoginNameWithTheDatabaseUserBeside() throws SQLException {
    // advice28 (tryout27a A4): an import records who ran it by login name on both backends, the
    // database user beside it on PostgreSQL where they differ; the imports list shows it whole
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
    cli.env("USER", "carol");
    cli.expect(0, "import", "orders", orders.toString());
    String who = "carol (database user " + TestPostgres.USER + ")";
    assertEquals(1, count("SELECT count(*) FROM imports WHERE user_name = '" + who + "'"));
    List<String> rows = cli.expect(0, "imports").out().lines().toList();
    assertTrue(rows.get(0).endsWith(",sha256,user,database_user"), rows.toString());
    assertTrue(rows.get(1).endsWith(",carol," + TestPostgres.USER), rows.toString());
    assertTrue(
        cli.expect(0, "imports", "show", "1")
            .err()
            .endsWith("0 anomalies; imported by " + who + "\n"));
  }

  /** The advisory lock key of imports of orders (PgLocks.importOf, package-private). */
  private static long importLockOfOrders() {
    return 0x5348_4f50_1000L + ("orders".hashCode() & 0xfff);
  }
}
