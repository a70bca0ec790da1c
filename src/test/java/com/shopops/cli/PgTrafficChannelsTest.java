package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.shopops.store.TestPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review13 M12 on PostgreSQL: the JD and Tmall exports imported without a channel, then again with
 * {@code --channel}, give the same messages, stored rows and metrics as on SQLite.
 */
@Tag("postgres")
class PgTrafficChannelsTest {
  @TempDir Path dir;

  @Test
  void sameNotesRowsAndFigures() throws Exception {
    TrafficChannelsTest.files(dir);
    CliRunner sqlite = new CliRunner(dir).store(dir.resolve("shop.db").toString());
    TestPostgres pg = TestPostgres.get();
    String db = pg.newDatabase();
    CliRunner postgres = new CliRunner(dir).store(pg.url(db));
    assertEquals(run(sqlite), run(postgres));
    try (Connection a = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("shop.db"));
        Connection b = pg.connection(db)) {
      String q = "SELECT date, channel, pv, uv FROM traffic ORDER BY date, channel";
      assertEquals(PgImportParityTest.rows(a, q), PgImportParityTest.rows(b, q));
      assertEquals(4, PgImportParityTest.rows(b, q).size());
    }
  }

  private List<String> run(CliRunner cli) {
    List<String> out = new ArrayList<>();
    String d = dir + "/";
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "--currency", "CNY");
    for (List<String> args :
        List.of(
            List.of("import", "orders", d + "orders.csv"),
            List.of("import", "traffic", d + "tmall_traffic.csv"),
            List.of("import", "traffic", d + "jd_traffic.csv"),
            List.of("import", "traffic", d + "jd_traffic.csv", "--channel", "jd"),
            List.of("import", "traffic", d + "tmall_traffic.csv", "--channel", "tmall"),
            TrafficChannelsTest.metricsArgs("2026-11-02"))) {
      CliRunner.Result r = cli.expect(0, args.toArray(new String[0]));
      out.add((r.out() + r.err()).replaceAll(", [0-9.]+ s\n", "\n").replace(d, ""));
    }
    return out;
  }
}
