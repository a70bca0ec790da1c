package com.shopops.cli;

import static com.shopops.cli.ImportPresetsTest.ORDER_HEADER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An older export imported after a newer one changes no money, and no field at all. */
class OlderExportTest {
  @TempDir Path dir;

  @Test
  void anOlderExportDoesNotTakeATotalBack() {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
    Path today =
        TestFiles.write(
            dir,
            "today.csv",
            "order_id,created_at,paid_at,status,amount\n"
                + "A1,2026-11-18 11:00:00,2026-11-18 11:01:00,completed,45.00\n");
    Path lastWeek =
        TestFiles.write(
            dir,
            "last-week.csv",
            "order_id,created_at,paid_at,status,amount\nA1,2026-11-18 11:00:00,,pending,0.00\n");
    cli.expect(0, "import", "orders", today.toString());
    cli.expect(0, "import", "orders", lastWeek.toString());
    String csv =
        cli.expect(0, "orders", "list", "--columns", ORDER_HEADER, "--format", "csv").out();
    assertEquals(
        "order_id,customer_id,created_at,paid_at,shipped_at,delivered_at,status,amount,"
            + "shipping_fee,total,items,carrier,tracking_no,province,city,region\n"
            + "A1,,2026-11-18 11:00:00,2026-11-18 11:01:00,,,completed,45.00,,45.00,0,,,,,\n",
        csv);
  }

  @Test
  void anOlderExportsStatusWordingNeverStandsBesideANewerStatus() throws Exception {
    // Olist: "delivered" is a status code (no wording kept), "approved" is wording for paid
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
    String header = "order_id,created_at,paid_at,status,amount\n";
    Path today =
        TestFiles.write(
            dir, "today.csv", header + "A1,2026-11-18 11:00:00,2026-11-18 11:01:00,delivered,45\n");
    Path lastWeek =
        TestFiles.write(
            dir,
            "last-week.csv",
            header + "A1,2026-11-18 11:00:00,2026-11-18 11:01:00,approved,45\n");
    cli.expect(0, "import", "orders", today.toString());
    String again = cli.expect(0, "import", "orders", lastWeek.toString()).err();
    assertEquals(true, again.contains("(0 new, 0 updated, 1 unchanged)"), again);
    assertEquals("delivered|null", statusOf("A1"));
    // the other way round, the newer wording comes with the newer status
    Path other = java.nio.file.Files.createDirectories(dir.resolve("other"));
    CliRunner second = new CliRunner(other);
    second.expect(0, "init", "--tz", "Asia/Shanghai");
    second.expect(0, "import", "orders", lastWeek.toString());
    assertEquals("paid|approved", statusOf(other.resolve("shop.db"), "A1"));
    second.expect(0, "import", "orders", today.toString());
    assertEquals("delivered|null", statusOf(other.resolve("shop.db"), "A1"));
  }

  private String statusOf(String order) throws SQLException {
    return statusOf(dir.resolve("shop.db"), order);
  }

  private static String statusOf(Path db, String order) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "SELECT status, platform_status FROM orders WHERE order_id = '"
                        + order
                        + "'")) {
      rs.next();
      return rs.getString(1) + "|" + rs.getString(2);
    }
  }
}
