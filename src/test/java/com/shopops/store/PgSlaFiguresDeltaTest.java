package com.shopops.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopops.cli.CliRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL's orders imports keep the SLA figures by deltas too (pg28; SQLite's twin is {@link
 * SlaFiguresPropertyTest#anOrdersImportAdjustsOnlyTheCellsOfItsOrders}): {@link PgOrderStage} reads
 * the orders its upsert is about to write into the import's {@link SlaFigureUpkeep.Before}, so the
 * commit adjusts only the cells of those orders. Before, every mark was an order's hour and the
 * whole day was classified again: the spoilt cell of another province on that day was made anew.
 */
@Tag("postgres")
class PgSlaFiguresDeltaTest {
  @TempDir Path dir;

  private static final String ORDERS =
      "order_id,customer_id,created_at,paid_at,shipped_at,delivered_at,carrier,status,sku,"
          + "quantity,amount,shipping_fee,province";

  @Test
  void anOrdersImportAdjustsOnlyTheCellsOfItsOrders() throws Exception {
    TestPostgres pg = TestPostgres.get();
    String db = pg.newDatabase();
    String url = pg.url(db);
    CliRunner cli = new CliRunner(dir).store(url);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    String row = "%s,C1,2026-11-10 08:00:00,2026-11-10 09:00:00,%s,,顺丰速运,%s,SKU-1,1,10.00,0.00,%s";
    List<String> rows = new ArrayList<>();
    rows.add(String.format(row, "O10", "", "paid", "广东"));
    rows.add(String.format(row, "O10b", "", "paid", "广东"));
    rows.add(String.format(row, "O10x", "", "paid", "西藏"));
    run(cli, "import", "orders", write("o.csv", rows).toString());
    long nov10 = LocalDate.of(2026, 11, 10).toEpochDay();
    try (Connection c = pg.connection(db);
        Statement st = c.createStatement()) {
      st.executeUpdate(
          "UPDATE sla_figures SET settled_at = settled_at + 1 WHERE span_day = "
              + nov10
              + " AND province = '西藏'");
    }
    // O10 shipped late (the 12th), O10b as it was, a new order on the same day
    rows.set(0, String.format(row, "O10", "2026-11-12 20:00:00", "shipped", "广东"));
    rows.add(String.format(row, "O10n", "2026-11-10 20:00:00", "shipped", "广东"));
    run(cli, "import", "orders", write("o2.csv", rows).toString());
    try (Connection c = pg.connection(db);
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM sla_figures_dirty")) {
      rs.next();
      assertEquals(0L, rs.getLong(1));
    }
    Instant now = Instant.parse("2026-11-20T02:00:00Z");
    try (Store store = Store.open(url, Map.of(), now, null)) {
      assertEquals(2L, SlaFigureUpkeep.differences(store)); // 西藏 on the 10th: kept and anew
    }
    try (Connection c = pg.connection(db);
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT counts FROM sla_figures WHERE kind = 'day' AND key_day = '2026-11-10'")) {
      assertTrue(rs.next());
      assertEquals("4", rs.getString(1).strip().split(",")[0]);
    }
    run(cli, "check", "--rebuild");
    try (Store store = Store.open(url, Map.of(), now, null)) {
      assertEquals(0L, SlaFigureUpkeep.differences(store));
    }
  }

  /** {@link SlaFiguresPropertyTest#anOrdersImportOfManyDaysAdjustsTheirCellsByDeltas}'s twin. */
  @Test
  void anOrdersImportOfManyDaysAdjustsTheirCellsByDeltas() throws Exception {
    TestPostgres pg = TestPostgres.get();
    String db = pg.newDatabase();
    String url = pg.url(db);
    CliRunner cli = new CliRunner(dir).store(url);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    run(cli, "import", "orders", write("o.csv", SlaFiguresPropertyTest.manyDays(false)).toString());
    long oct10 = LocalDate.of(2026, 10, 10).toEpochDay();
    try (Connection c = pg.connection(db);
        Statement st = c.createStatement()) {
      st.executeUpdate(
          "UPDATE sla_figures SET settled_at = settled_at + 1 WHERE span_day = "
              + oct10
              + " AND province = '西藏'");
    }
    run(cli, "import", "orders", write("o2.csv", SlaFiguresPropertyTest.manyDays(true)).toString());
    try (Connection c = pg.connection(db);
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM sla_figures_dirty")) {
      rs.next();
      assertEquals(0L, rs.getLong(1));
    }
    Instant now = Instant.parse("2026-11-20T02:00:00Z");
    try (Store store = Store.open(url, Map.of(), now, null)) {
      assertEquals(2L, SlaFigureUpkeep.differences(store)); // 西藏 on the 10th: kept and anew
    }
    run(cli, "check", "--rebuild");
    try (Store store = Store.open(url, Map.of(), now, null)) {
      assertEquals(0L, SlaFigureUpkeep.differences(store));
    }
  }

  private static void run(CliRunner cli, String... args) {
    CliRunner.Result r = cli.run(args);
    assertTrue(r.exit() != 70 && r.exit() != 2, r.toString());
  }

  private Path write(String name, List<String> rows) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, ORDERS + "\n" + String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
    return p;
  }
}
