package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopops.store.TestPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Customers, returns, events, traffic, products and reviews imported into an SQLite store and into
 * a PostgreSQL one (where they go with COPY into a staging table and one upsert per chunk) give the
 * same summaries, the same counts in the imports table and the same rows: the examples, files whose
 * keys come again in a later batch (a customer changed and changed back, a traffic day with a
 * blank), and re-imports.
 */
@Tag("postgres")
class PgSmallKindsParityTest {
  @TempDir Path dir;

  private static final List<String> TABLES =
      List.of(
          "customers",
          "customer_figures",
          "returns",
          "traffic",
          "products",
          "reviews",
          "SELECT e.time, v.visitor_id, e.type, e.sku, e.seq, e.session, e.import_id"
              + " FROM events e JOIN visitors v ON v.visitor = e.visitor",
          "SELECT visitor_id FROM visitors",
          "SELECT date, uv, pv FROM visitor_days",
          "SELECT kind, file, rows_read, inserted, updated, unchanged, rejected FROM imports");

  @Test
  void sameSummariesCountsAndRows() throws IOException, SQLException {
    StringBuilder customers =
        new StringBuilder(
            "customer_id,name,phone,email,province,city,registered_at,accepts_marketing\n");
    // C00001 renamed, then (two batches later) named back: in the end unchanged; CX new with a
    // blank filled later; C00002's phone changed in one batch and its email in another
    customers.append("C00001,别名,,,,,,\n");
    customers.append("CX,,13800000000,,浙江,,,no\n");
    customers.append("C00002,,13900000000,,,,,\n");
    for (int i = 0; i < 120; i++) {
      customers.append(String.format("N%03d,客户%d,,,,,,yes%n", i, i));
    }
    customers.append("C00001,何文博,,,,,,\n");
    customers.append("CX,新客,,x@example.com,,杭州,2026-01-02 03:04:05,yes\n");
    customers.append("C00002,,,c2@example.com,,,,\n");
    Files.writeString(dir.resolve("cust.csv"), customers, StandardCharsets.UTF_8);
    StringBuilder traffic = new StringBuilder("date,pv,uv,channel\n");
    traffic.append("2026-05-01,1,,搜索\n"); // uv blank: the stored one stays
    for (int i = 1; i <= 60; i++) {
      traffic.append(String.format("2027-01-%02d,%d,%d,直接%n", 1 + i % 28, i, i % 7));
    }
    traffic.append("2026-05-01,,999,搜索\n"); // the same day again two batches later
    Files.writeString(dir.resolve("traffic2.csv"), traffic, StandardCharsets.UTF_8);
    List<String> events = Files.readAllLines(Path.of("examples/events.csv"));
    List<String> twice = new ArrayList<>(events); // each line again: the n-th of a key is seq n-1
    twice.addAll(events.subList(1, events.size()));
    Files.write(dir.resolve("events2.csv"), twice, StandardCharsets.UTF_8);
    CliRunner sqlite = new CliRunner(dir).store(dir.resolve("shop.db").toString());
    TestPostgres pg = TestPostgres.get();
    String db = pg.newDatabase();
    CliRunner postgres = new CliRunner(dir).store(pg.url(db));
    assertEquals(importAll(sqlite), importAll(postgres));
    try (Connection a = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("shop.db"));
        Connection b = pg.connection(db)) {
      for (String t : TABLES) {
        List<String> rows = rows(a, t);
        assertTrue(rows.size() > 0, t);
        assertEquals(String.join("\n", rows), String.join("\n", rows(b, t)), t);
      }
    }
  }

  private List<String> importAll(CliRunner cli) {
    List<String> out = new ArrayList<>();
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
    String ex = "examples/";
    String d = dir + "/";
    List<List<String>> imports =
        List.of(
            List.of("orders", ex + "orders.csv"),
            List.of("customers", ex + "customers.csv"),
            List.of("customers", d + "cust.csv"),
            List.of("customers", ex + "customers.csv"),
            List.of("customers", ex + "shopify/customers_export.csv"),
            List.of("returns", ex + "returns.csv"),
            List.of("returns", ex + "returns.csv"),
            List.of("traffic", ex + "traffic.csv"),
            List.of("traffic", d + "traffic2.csv"),
            List.of("traffic", ex + "traffic.csv"),
            List.of("events", ex + "events.csv"),
            List.of("events", d + "events2.csv"),
            List.of("products", ex + "products.csv"),
            List.of("products", ex + "products.csv"),
            List.of("reviews", ex + "reviews.csv"),
            List.of("reviews", ex + "reviews.csv"));
    for (List<String> args : imports) {
      List<String> all = new ArrayList<>(List.of("import"));
      all.addAll(args);
      CliRunner.Result r = cli.expect(0, all.toArray(new String[0]));
      String said = (r.out() + r.err()).replaceAll(", [0-9.]+ s\n", "\n");
      out.add(String.join(" ", args).replace(d, "") + "\n" + said.replace(d, ""));
    }
    return out;
  }

  private static List<String> rows(Connection c, String table) throws SQLException {
    return PgImportParityTest.rows(c, table);
  }
}
