package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopops.store.TestPostgres;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PostgreSQL twin of {@link JdFinishedWithoutRefundTest}: the GBK JD 售后 file gives the same
 * returns, history, open and overdue lists and report as on SQLite, and importing it again changes
 * nothing.
 */
@Tag("postgres")
class PgJdFinishedWithoutRefundTest {
  @TempDir Path dir;

  private static List<String> run(CliRunner cli, Path file) {
    cli.expect(0, "init", "-q", "--tz", "Asia/Shanghai");
    cli.expect(
        0,
        "-q",
        "import",
        "orders",
        Path.of(JdFinishedWithoutRefundTest.RES + "jd_orders_202611.csv")
            .toAbsolutePath()
            .toString());
    String now = JdFinishedWithoutRefundTest.NOW;
    cli.expect(0, "--now", now, "-q", "import", "returns", file.toString());
    var again = cli.expect(0, "--now", now, "import", "returns", file.toString());
    assertTrue(again.err().contains("(0 new, 0 updated, 5 unchanged)"), again.err());
    return List.of(
        cli.expect(0, "--now", now, "returns", "open", "--format", "csv").out(),
        cli.run("--now", now, "returns", "overdue", "--format", "csv").out(),
        cli.expect(0, "returns", "show", "S9104", "--format", "csv").out(),
        cli.expect(
                0,
                "--now",
                now,
                "returns",
                "report",
                "--by",
                "month",
                "--from",
                "2026-11-01",
                "--to",
                "2026-11-30",
                "--format",
                "csv")
            .out());
  }

  @Test
  void theSameFileGivesTheSameReturnsAsOnSqlite() throws Exception {
    Path file = TestFiles.gbk(dir, "售后.csv", JdFinishedWithoutRefundTest.AFTERSALE);
    TestPostgres pg = TestPostgres.get();
    List<String> sqlite = run(new CliRunner(dir).store(dir.resolve("r.db").toString()), file);
    List<String> postgres = run(new CliRunner(dir).store(pg.url(pg.newDatabase())), file);
    assertEquals(sqlite, postgres);
    assertTrue(sqlite.get(1).contains("S9105,") && !sqlite.get(1).contains("S9102"), sqlite.get(1));
    assertTrue(
        sqlite.get(2).contains("S9104,withdrawn,2026-11-15 10:00:00,(import)"), sqlite.get(2));
    assertTrue(sqlite.get(3).endsWith(",3,\n"), sqlite.get(3));
  }
}
