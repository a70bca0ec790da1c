package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopops.store.TestPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A team on one PostgreSQL database (issue 18): a login that is a member of the database owner's
 * role makes the store as the owner, so the owner and every other member can use it; a login that
 * is not a member is refused before writing; tables someone made as themselves are named in the
 * permission-denied hint with the fix.
 */
@Tag("postgres")
class PgOwnerTest {
  @TempDir Path dir;
  private TestPostgres pg;
  private String db;
  private String owner;
  private String alice;
  private String bob;
  private String carol;
  private Path orders;

  @BeforeEach
  void team() throws IOException {
    pg = TestPostgres.get();
    db = pg.newDatabase();
    owner = db + "_shop";
    alice = db + "_alice";
    bob = db + "_bob";
    carol = db + "_carol";
    pg.sql(
        "CREATE ROLE " + owner + " LOGIN",
        "CREATE ROLE " + alice + " LOGIN IN ROLE " + owner,
        "CREATE ROLE " + bob + " LOGIN IN ROLE " + owner,
        "CREATE ROLE " + carol + " LOGIN",
        "ALTER DATABASE " + db + " OWNER TO " + owner);
    orders = dir.resolve("orders.csv");
    Files.writeString(
        orders,
        """
        order_id,customer_id,created_at,paid_at,shipped_at,status,amount
        P1,C1,2026-03-01 09:00:00,,,pending,10.00
        P2,C1,2026-03-02 09:00:00,2026-03-02 09:05:00,,paid,20.00
        """,
        StandardCharsets.UTF_8);
  }

  private String url(String user) {
    return "postgresql://" + user + "@" + pg.host() + ":" + pg.port() + "/" + db;
  }

  private CliRunner as(String user) {
    return new CliRunner(dir).store(url(user));
  }

  /** The owners of the tables in the database's public schema, one line per distinct owner. */
  private List<String> tableOwners() throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = pg.connection(db);
        var st = c.createStatement();
        var rs =
            st.executeQuery(
                "SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'"
                    + " ORDER BY 1")) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  @Test
  void aMemberMakesTheStoreAsTheOwnerAndTheTeamUsesIt() throws SQLException {
    as(alice).expect(0, "init", "--tz", "Asia/Shanghai");
    assertEquals(List.of(owner), tableOwners());
    as(bob).expect(0, "import", "orders", orders.toString());
    assertEquals(
        "P2",
        as(owner)
            .expect(0, "orders", "list", "--status", "paid")
            .out()
            .lines()
            .skip(1)
            .findFirst()
            .orElseThrow()
            .split(",")[0]);
    // the owner's init says the store exists (it does, and it is the owner's)
    assertTrue(
        as(owner).expect(2, "init").err().contains("store " + url(owner) + " already exists"));
    assertEquals(List.of(owner), tableOwners());
  }

  @Test
  void aMemberCopiesAFileStoreToTheServerAsTheOwner() throws SQLException {
    Path file = dir.resolve("laptop.db");
    new CliRunner(dir).store(file.toString()).expect(0, "init", "--tz", "Asia/Shanghai");
    new CliRunner(dir).store(file.toString()).expect(0, "import", "orders", orders.toString());
    new CliRunner(dir).expect(0, "store", "copy", file.toString(), url(alice));
    assertEquals(List.of(owner), tableOwners());
    assertEquals(3, as(bob).expect(0, "orders", "list").out().lines().count());
    as(owner).expect(0, "import", "orders", orders.toString());
  }

  @Test
  void aLoginThatIsNotAMemberIsRefusedBeforeWriting() throws SQLException {
    pg.sql("GRANT CREATE ON DATABASE " + db + " TO " + carol);
    try (Connection c = pg.connection(db);
        var st = c.createStatement()) {
      st.execute("GRANT CREATE ON SCHEMA public TO " + carol); // she could make the tables
    }
    assertEquals(
        "shopops: "
            + carol
            + " is not the owner of database "
            + db
            + " ("
            + owner
            + ") nor a member of it\n"
            + "  hint: run init as "
            + owner
            + ", or the tables would be usable by "
            + carol
            + " alone\n",
        as(carol).expect(2, "init", "--tz", "Asia/Shanghai").err());
    assertEquals(
        "shopops："
            + carol
            + " 既不是数据库 "
            + db
            + " 的所有者（"
            + owner
            + "），也不是其成员\n"
            + "  提示：请以 "
            + owner
            + " 身份运行 init，否则这些表只有 "
            + carol
            + " 能用\n",
        as(carol).expect(2, "--lang", "zh", "init").err());
    assertEquals(List.of(), tableOwners());
    as(alice).expect(0, "init", "--tz", "Asia/Shanghai"); // the database is still free for the team
    assertEquals(List.of(owner), tableOwners());
  }

  /**
   * Review20 X7: a login that may read the store (a 客服's read-only account) is told this command
   * writes and the reports work for it; one that may not even read is given the GRANT with the real
   * names, never placeholders. Nothing is written either way.
   */
  @Test
  void aRefusedLoginIsToldWhatItMayDoWithTheRealNames() throws SQLException, IOException {
    as(alice).expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    as(alice).expect(0, "import", "orders", orders.toString(), "-q");
    String reader = db + "_ro";
    pg.sql("CREATE ROLE " + reader + " LOGIN");
    try (Connection c = pg.connection(db);
        var st = c.createStatement()) {
      st.execute("GRANT USAGE ON SCHEMA public TO " + reader);
      st.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO " + reader);
    }
    as(reader).expect(0, "orders", "list"); // the reports work for it
    Path again = dir.resolve("orders2.csv");
    Files.writeString(
        again,
        "order_id,customer_id,created_at,paid_at,shipped_at,status,amount\n"
            + "P3,C2,2026-03-03 09:00:00,2026-03-03 09:05:00,,paid,30.00\n",
        StandardCharsets.UTF_8);
    String err = as(reader).expect(2, "import", "orders", again.toString()).err();
    // before: "…a login meant to write is made a member of the store's owner role…", no names
    assertTrue(
        err.endsWith(
            "  hint: this command writes to the store, and "
                + reader
                + " may only read it: the reports (metrics, orders list…) work for "
                + reader
                + ", this command does not; for "
                + reader
                + " to write, the administrator runs GRANT "
                + owner
                + " TO "
                + reader
                + " (README, \"A shared store for a team\")\n"),
        err);
    String zh = as(reader).expect(2, "--lang", "zh", "import", "orders", again.toString()).err();
    // before: "shopops：店铺数据库：没有权限（permission denied for table …）" and no names
    assertTrue(zh.startsWith("shopops：店铺数据库拒绝访问（没有表 "), zh);
    assertTrue(
        zh.endsWith(
            "  提示：这个命令要写入店铺数据库，而 "
                + reader
                + " 只能读取：报表（metrics、orders list…）可以用 "
                + reader
                + " 运行，这个命令不能；如果 "
                + reader
                + " 需要写入，请管理员运行 GRANT "
                + owner
                + " TO "
                + reader
                + "（见 README“A shared store for a team”）\n"),
        zh);
    assertTrue(!zh.contains("permission denied") && !zh.contains("store:"), zh);
    // a login that may not even read: the GRANT that lets it in
    String out = as(carol).expect(2, "orders", "list").err();
    assertTrue(
        out.endsWith(
            "  hint: "
                + carol
                + " may not use this store: it is not a member of the role that owns it, "
                + owner
                + "; the administrator runs GRANT "
                + owner
                + " TO "
                + carol
                + " (README, \"A shared store for a team\")\n"),
        out);
    String outZh = as(carol).expect(2, "--lang", "zh", "orders", "list").err();
    assertTrue(
        outZh.endsWith(
            "  提示："
                + carol
                + " 不能使用这个店铺数据库：它不是所有者角色 "
                + owner
                + " 的成员；请管理员运行 GRANT "
                + owner
                + " TO "
                + carol
                + "（见 README“A shared store for a team”）\n"),
        outZh);
    // the server's reason said in Chinese, once (tryout22a A6)
    assertTrue(
        outZh.startsWith("shopops：无法打开店铺数据库 " + url(carol) + "：拒绝访问（没有表 schema_migrations 的权限）\n"),
        outZh);
    try (Connection c = pg.connection(db);
        var st = c.createStatement();
        var rs = st.executeQuery("SELECT count(*) FROM orders")) {
      rs.next();
      assertEquals(2, rs.getInt(1)); // nothing written by either
    }
  }

  /**
   * Tryout22a A9: README's read-only login (SELECT granted) on a store this shopops must upgrade is
   * told the store's version and the one needed, and who upgrades it once; its reports work after.
   */
  @Test
  void aReadOnlyLoginOnAnOlderStoreIsToldTheOwnerUpgradesItOnce() throws SQLException {
    as(alice).expect(0, "init", "--tz", "Asia/Shanghai");
    as(bob).expect(0, "import", "orders", orders.toString());
    int latest = com.shopops.store.Store.latestSchemaVersion();
    try (Connection c = pg.connection(db);
        var st = c.createStatement()) {
      // the latest migration undone: V052 paid_seen_again (paid25b), a marker with a Java step
      st.execute("DELETE FROM schema_migrations WHERE version = " + latest);
      st.execute("GRANT USAGE ON SCHEMA public TO " + carol);
      st.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO " + carol);
    }
    assertEquals(
        "shopops："
            + carol
            + " 无法升级店铺数据库 "
            + db
            + "：它的数据库版本是 "
            + (latest - 1)
            + "，本版 shopops 需要 "
            + latest
            + "，只有其所有者（"
            + owner
            + "）或该角色的成员才能升级\n  提示：请以 "
            + owner
            + " 身份运行一次任意 shopops 命令（如 `shopops check`）完成升级；之后 "
            + carol
            + " 就能查看报表（metrics、orders list…）\n",
        as(carol).expect(2, "--lang", "zh", "metrics").err());
    as(owner).expect(0, "check");
    assertEquals(3, as(carol).expect(0, "orders", "list").out().lines().count());
  }

  @Test
  void tablesMadeByOneLoginNameTheirOwnerAndTheFix() throws SQLException {
    // the store as an older shopops left it: carol owned the database when she made the tables
    pg.sql("ALTER DATABASE " + db + " OWNER TO " + carol);
    as(carol).expect(0, "init", "--tz", "Asia/Shanghai");
    pg.sql("ALTER DATABASE " + db + " OWNER TO " + owner);
    String err = as(bob).expect(2, "orders", "list").err();
    assertEquals(
        "shopops: cannot open store "
            + url(bob)
            + ": permission denied (permission denied for table schema_migrations);"
            + " the tables belong to "
            + carol
            + ", not to "
            + owner
            + "\n  hint: in this database, "
            + carol
            + " or a superuser runs `REASSIGN OWNED BY "
            + carol
            + " TO "
            + owner
            + "`\n",
        err);
    // the fix the hint gives works: the team uses the store again
    assertTrue(
        as(bob).expect(2, "--lang", "zh", "orders", "list").err().contains("这些表属于 " + carol), err);
    try (Connection c = pg.connection(db);
        var st = c.createStatement()) {
      st.execute("REASSIGN OWNED BY " + carol + " TO " + owner);
    }
    as(bob).expect(0, "orders", "list");
  }
}
