package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopops.store.TestPostgres;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reads made faster on PostgreSQL answer as before and as SQLite does: {@code orders list
 * --limit N} (the first N orders chosen before their shipments are joined) is the head of the whole
 * list, with and without filters; {@code sla report} (read through a cursor, leaving out the
 * columns a grouping never shows) gives SQLite's figures by every grouping; and the store is usable
 * after such a read (the cursor's transaction is over).
 */
@Tag("postgres")
class PgReportReadsTest {
  @TempDir Path dir;

  private static final String NOW = "2026-11-20 10:00";
  private CliRunner sqlite;
  private CliRunner postgres;

  @BeforeEach
  void stores() {
    sqlite = new CliRunner(dir).store(dir.resolve("shop.db").toString());
    TestPostgres pg = TestPostgres.get();
    postgres = new CliRunner(dir).store(pg.url(pg.newDatabase()));
    for (CliRunner cli : List.of(sqlite, postgres)) {
      cli.expect(0, "init", "--tz", "Asia/Shanghai");
      for (String kind : List.of("customers", "orders", "shipments", "returns")) {
        cli.expect(0, "import", kind, "examples/" + kind + ".csv");
      }
    }
  }

  @Test
  void aLimitedOrderListIsTheHeadOfTheWholeList() {
    List<List<String>> filters =
        List.of(
            List.of(),
            List.of("--from", "2026-05-01", "--to", "2026-06-01"),
            List.of("--customer", "C00016"),
            List.of("--status", "shipped"));
    for (List<String> filter : filters) {
      List<String> all = lines(postgres, filter, null);
      assertEquals(all, lines(sqlite, filter, null), filter.toString());
      assertTrue(all.size() > 2, filter + ": " + all);
      for (int limit : new int[] {1, 2, 20, all.size() + 5}) {
        List<String> head = all.subList(0, Math.min(all.size(), limit + 1)); // + the header
        assertEquals(head, lines(postgres, filter, limit), filter + " --limit " + limit);
        assertEquals(head, lines(sqlite, filter, limit), filter + " --limit " + limit);
      }
    }
  }

  @Test
  void slaReportsAgreeWithSqliteByEveryGrouping() {
    for (String by : List.of("day", "week", "carrier", "province", "sku")) {
      String[] args = {"--now", NOW, "sla", "report", "--by", by, "--format", "csv"};
      String expected = sqlite.expect(0, args).out();
      assertTrue(expected.lines().count() > 2, by + ": " + expected);
      assertEquals(expected, postgres.expect(0, args).out(), by);
    }
    // the read's own transaction is over: a write and a read after it go through
    postgres.expect(0, "import", "shipments", "examples/shipments.csv");
    assertEquals(
        sqlite.expect(0, "--now", NOW, "sla", "at-risk", "--format", "csv").out(),
        postgres.expect(0, "--now", NOW, "sla", "at-risk", "--format", "csv").out());
  }

  private static List<String> lines(CliRunner cli, List<String> filter, Integer limit) {
    List<String> args = new java.util.ArrayList<>(List.of("--now", NOW, "orders", "list"));
    args.addAll(filter);
    args.addAll(List.of("--format", "csv"));
    if (limit != null) {
      args.addAll(List.of("--limit", Integer.toString(limit)));
    }
    return Arrays.asList(cli.expect(0, args.toArray(String[]::new)).out().split("\n"));
  }
}
