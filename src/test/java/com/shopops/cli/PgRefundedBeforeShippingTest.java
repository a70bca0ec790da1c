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
 * Tryout20 Y3 and review20 X6 on PostgreSQL: an order refunded in full before shipping and a Tmall
 * 预售 with only the 定金 paid are off the ship-by clock as on SQLite — the same lists and reports —
 * and V037's statement triggers on returns keep the SLA figures as classified anew ({@code check}).
 */
@Tag("postgres")
class PgRefundedBeforeShippingTest {
  @TempDir Path dir;

  private void load(CliRunner cli) {
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    cli.expect(
        0,
        "--now",
        "2026-11-20 10:00",
        "-q",
        "import",
        "orders",
        TestFiles.write(dir, "o.csv", RefundedBeforeShippingSlaTest.ORDERS).toString());
    cli.expect(
        0,
        "--now",
        "2026-11-20 10:00",
        "-q",
        "import",
        "orders",
        TestFiles.write(dir, "ExportOrderList202610251000.csv", TmallDepositOnlySlaTest.OCT25)
            .toString());
    cli.expect(
        0,
        "--now",
        "2026-11-20 10:00",
        "-q",
        "import",
        "returns",
        TestFiles.write(dir, "r.csv", RefundedBeforeShippingSlaTest.REFUNDS).toString());
  }

  @Test
  void sameListsAndReportsAsOnSqlite() throws Exception {
    TestPostgres pg = TestPostgres.get();
    String db = pg.newDatabase();
    CliRunner sqlite = new CliRunner(dir).store(dir.resolve("s.db").toString());
    CliRunner postgres = new CliRunner(dir).store(pg.url(db));
    load(sqlite);
    load(postgres);
    for (String now : List.of("2026-10-26 10:00", "2026-11-19 09:45", "2026-11-20 10:00")) {
      for (List<String> cmd :
          List.of(
              List.of("sla", "overdue"),
              List.of("sla", "at-risk"),
              List.of("sla", "report"),
              List.of("export", "followup", "--kind", "delay", "--dry-run"))) {
        String[] args =
            java.util.stream.Stream.concat(java.util.stream.Stream.of("--now", now), cmd.stream())
                .toArray(String[]::new);
        CliRunner.Result s = sqlite.run(args);
        CliRunner.Result p = postgres.run(args);
        assertEquals(s.out(), p.out(), now + " " + cmd);
        assertEquals(s.err(), p.err(), now + " " + cmd);
      }
    }
    String report = postgres.expect(0, "--now", "2026-11-20 10:00", "sla", "report").out();
    // 6 orders: 2 breached (JD), 1 breached (Tmall, ordinary), 2 refunded before shipping, 1 not
    // paid
    assertTrue(report.endsWith("total,6,0,0,0,0,0,0,0,3,1,2,,1.0000,,,0,0,0,0,0,,,\n"), report);
    assertTrue(
        postgres.expect(0, "check", "--format", "csv").out().contains("customer figures,ok\n"));
  }
}
