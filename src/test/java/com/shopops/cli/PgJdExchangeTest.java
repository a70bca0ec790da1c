package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopops.store.TestPostgres;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PostgreSQL twin of {@link JdExchangeAndRefundOnlyTest}: a 换货 row stores kind exchange (V034)
 * through the COPY stage as through SQLite's upsert, and is not refund-overdue.
 */
@Tag("postgres")
class PgJdExchangeTest {
  @TempDir Path dir;

  static final String FILE =
      JdExchangeAndRefundOnlyTest.HEADER
          + "\nS7001,250001,100001,蓝牙耳机,换货,1,2026-11-08 09:00,2026-11-08 10:00,2026-11-10 10:00,,,"
          + "质量问题,,商家处理\nS7002,250001,100002,充电线,退货,1,2026-11-08 09:00,2026-11-08 10:00,"
          + "2026-11-10 10:00,,,质量问题,49.50,商家处理\n";

  private static List<String> run(CliRunner cli, Path file) {
    String now = JdExchangeAndRefundOnlyTest.NOW;
    cli.expect(0, "init", "-q", "--tz", "Asia/Shanghai");
    cli.expect(
        0,
        "-q",
        "import",
        "orders",
        Path.of(JdExchangeAndRefundOnlyTest.ORDERS).toAbsolutePath().toString());
    cli.expect(0, "--now", now, "-q", "import", "returns", file.toString());
    var again = cli.expect(0, "--now", now, "import", "returns", file.toString());
    assertTrue(again.err().contains("(0 new, 0 updated, 2 unchanged)"), again.err());
    return List.of(
        cli.run("--now", now, "returns", "overdue", "--format", "csv").out(),
        cli.expect(0, "returns", "show", "S7001", "--format", "csv").out(),
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
  void anExchangeIsStoredAndJudgedAsOnSqlite() throws Exception {
    Path file = TestFiles.gbk(dir, "售后.csv", FILE);
    TestPostgres pg = TestPostgres.get();
    List<String> sqlite = run(new CliRunner(dir).store(dir.resolve("r.db").toString()), file);
    List<String> postgres = run(new CliRunner(dir).store(pg.url(pg.newDatabase())), file);
    assertEquals(sqlite, postgres);
    assertFalse(sqlite.get(0).contains("S7001"), sqlite.get(0));
    assertTrue(sqlite.get(0).contains("S7002,"), sqlite.get(0));
    assertTrue(sqlite.get(1).contains("exchange"), sqlite.get(1));
    assertTrue(sqlite.get(2).contains("\n2026-11,2,0,1,"), sqlite.get(2));
  }
}
