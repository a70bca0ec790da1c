package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import log keeps the file's absolute path (issue 18, I8): a path typed relative to a cron
 * job's directory says nothing to the colleague who reads the log elsewhere.
 */
class ImportLogPathTest {
  @TempDir Path dir;

  @Test
  void aRelativePathIsLoggedAbsolute() throws IOException, java.sql.SQLException {
    Files.createDirectories(dir.resolve("exports"));
    Path file = dir.resolve("exports/orders.csv");
    Files.writeString(
        file,
        "order_id,customer_id,created_at,status,amount\nP1,C1,2026-03-01 09:00:00,pending,10.00\n",
        StandardCharsets.UTF_8);
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
    Path here = Path.of("").toAbsolutePath();
    String typed = here.relativize(file.toAbsolutePath()).toString();
    assertTrue(!Path.of(typed).isAbsolute() && typed.contains(".."), typed);
    cli.expect(0, "import", "orders", typed);
    String absolute = file.toAbsolutePath().normalize().toString();
    assertEquals("orders|" + absolute + "\n", cli.sql("SELECT kind, file FROM imports"));
    assertEquals("P1\n", cli.sql("SELECT order_id FROM orders"));
    String csv = cli.expect(0, "imports", "--format", "csv").out();
    assertTrue(csv.lines().skip(1).findFirst().orElseThrow().contains("," + absolute + ","), csv);
  }
}
