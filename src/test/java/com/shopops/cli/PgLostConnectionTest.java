package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopops.store.TestPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review20 X11: the server ends the connection (a restart, `pg_ctl -m fast`, or an administrator's
 * pg_terminate_backend: the backend is sent the same signal) while the second file of a two-file
 * import is written. The first file stays in, the second is rolled back whole, and the output says
 * so, in Chinese too: which file is in and which must be imported again, not as if nothing was
 * written. The connection is ended from inside the server when the 宝贝报表's first line is written, so
 * the test does not hang on timing.
 */
@Tag("postgres")
class PgLostConnectionTest {
  @TempDir Path dir;

  @Test
  void theServerEndingTheConnectionDuringTheSecondFileSaysWhatIsIn() throws SQLException {
    TestPostgres pg = TestPostgres.get();
    String db = pg.newDatabase();
    CliRunner cli = new CliRunner(dir).store(pg.url(db));
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "--currency", "CNY", "-q");
    try (Connection c = pg.connection(db);
        var st = c.createStatement()) {
      st.execute(
          "CREATE FUNCTION test_end_connection() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER"
              + " AS $$ BEGIN PERFORM pg_terminate_backend(pg_backend_pid()); RETURN NEW; END $$");
      st.execute(
          "CREATE TRIGGER test_end_connection BEFORE INSERT ON order_lines"
              + " FOR EACH STATEMENT EXECUTE FUNCTION test_end_connection()");
    }
    Path res = Path.of("src/test/resources/import/taobao");
    String list = res.resolve("ExportOrderList202611201000.csv").toString();
    String items = res.resolve("ExportOrderDetailList202611201000.csv").toString();
    var zh =
        cli.expect(2, "--lang", "zh", "--now", "2026-11-20 12:00", "import", "orders", list, items);
    String err = zh.err();
    // the first file's summary, then the failure
    assertTrue(err.startsWith(list + "：5 行，5 条订单（新增 5，更新 0，未变 0）"), err);
    String[] lines = err.substring(err.indexOf("shopops：")).split("\n");
    // before: "shopops：store: the connection to the PostgreSQL server was lost (terminating
    // connection due to administrator command)" / "提示：run the command again; …", and no line
    // naming the file that is in
    assertEquals("shopops：与 PostgreSQL 服务器的连接断开了（服务器重启，或管理员终止了这个连接）", lines[0], err);
    assertEquals("  提示：请重新运行这个命令；未完成的事务没有写入任何内容", lines[1], err);
    assertEquals(
        "shopops：命令中途停止：2 个文件中已导入 1 个（"
            + list
            + "）；未导入："
            + items
            + "。请按上面的提示修正后再导入这些文件；已导入的文件保持已写入（再导入一次也不会改变什么）。",
        lines[2],
        err);
    assertEquals(3, lines.length, err);
    try (Connection c = pg.connection(db);
        var st = c.createStatement();
        var rs =
            st.executeQuery(
                "SELECT (SELECT count(*) FROM orders), (SELECT count(*) FROM order_lines)")) {
      rs.next();
      assertTrue(rs.getInt(1) > 0, "the 订单报表's orders are in");
      assertEquals(0, rs.getInt(2), "nothing of the 宝贝报表");
    }
    // the server is back: the 宝贝报表 alone brings the lines in
    try (Connection c = pg.connection(db);
        var st = c.createStatement()) {
      st.execute("DROP TRIGGER test_end_connection ON order_lines");
    }
    cli.expect(0, "--now", "2026-11-20 12:00", "import", "orders", items, "-q");
    try (Connection c = pg.connection(db);
        var st = c.createStatement();
        var rs = st.executeQuery("SELECT count(*) FROM order_lines")) {
      rs.next();
      assertTrue(rs.getInt(1) > 0, "the lines are in");
    }
  }
}
