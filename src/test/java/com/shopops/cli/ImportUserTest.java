package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import log records who ran each import (issue 18, review9 I8; V015 imports.user_name) by the
 * rule lists follow for their agent: the login name for a store file (USER, else LOGNAME).
 */
class ImportUserTest {
  @TempDir Path dir;

  private static final String ORDERS =
      "order_id,customer_id,created_at,status,amount\nP1,C1,2026-03-01 09:00:00,pending,10.00\n";

  @Test
  void anImportRecordsTheLoginNameAndImportsShowsIt() throws Exception {
    Path orders = dir.resolve("orders.csv");
    Files.writeString(orders, ORDERS, StandardCharsets.UTF_8);
    Path log = dir.resolve("access.log");
    Files.writeString(
        log,
        "1.2.3.4 - - [01/Mar/2026:09:00:00 +0800] \"GET /p/1 HTTP/1.1\" 200 512 \"-\""
            + " \"Mozilla/5.0\"\n",
        StandardCharsets.UTF_8);
    CliRunner cli = new CliRunner(dir).env("USER", "ops-wang");
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
    cli.expect(0, "--now", "2026-03-02 10:00", "import", "orders", orders.toString());
    cli.env("USER", " ").env("LOGNAME", "cron"); // a cron job: no USER, LOGNAME says who
    cli.expect(0, "--now", "2026-03-02 10:00", "import", "events", log.toString());
    cli.expect(0, "--now", "2026-03-02 10:00", "import", "orders", "--dry-run", orders.toString());
    assertEquals(
        "1|orders|ops-wang\n2|events|cron\n",
        cli.sql("SELECT import_id, kind, user_name FROM imports ORDER BY import_id"));

    String csv = cli.expect(0, "imports").out();
    assertTrue(csv.startsWith("import_id,imported_at,kind,file,preset,encoding,"), csv);
    assertTrue(csv.lines().findFirst().orElseThrow().endsWith(",sha256,user,database_user"), csv);
    assertTrue(csv.lines().skip(1).findFirst().orElseThrow().endsWith(",cron,"), csv);
    assertTrue(csv.lines().skip(2).findFirst().orElseThrow().endsWith(",ops-wang,"), csv);
    String json = cli.expect(0, "imports", "--format", "json").out().replaceAll("\\s+", "");
    assertTrue(json.contains("\"user\":\"ops-wang\""), json);

    var shown = cli.expect(0, "imports", "show", "1");
    assertEquals("file,line,kind,record_id,problem\n", shown.out());
    assertEquals(
        "import 1: orders "
            + orders.toAbsolutePath().normalize()
            + ", 1 row (1 new, 0 updated, 0 unchanged), 0 rejected, 0 anomalies;"
            + " imported by ops-wang\n",
        shown.err());
  }

  @Test
  void anImportMadeBeforeV015HasNoUserShownEmpty() throws Exception {
    Path orders = dir.resolve("orders.csv");
    Files.writeString(orders, ORDERS, StandardCharsets.UTF_8);
    CliRunner cli = new CliRunner(dir).env("USER", "ops-wang");
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
    cli.expect(0, "--now", "2026-03-02 10:00", "import", "orders", orders.toString());
    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + cli.db());
        var st = c.createStatement()) {
      st.executeUpdate("UPDATE imports SET user_name = NULL");
    }
    String row = cli.expect(0, "imports").out().lines().skip(1).findFirst().orElseThrow();
    assertTrue(row.startsWith("1,") && row.endsWith(",1,1,0,0,0," + sha(cli) + ",,"), row);
    assertEquals(
        "import 1: orders "
            + orders.toAbsolutePath().normalize()
            + ", 1 row (1 new, 0 updated, 0 unchanged), 0 rejected, 0 anomalies\n",
        cli.expect(0, "imports", "show", "1").err());
  }

  private static String sha(CliRunner cli) throws java.sql.SQLException {
    return cli.sql("SELECT sha256 FROM imports").strip();
  }
}
