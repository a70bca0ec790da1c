package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several reviews of one order are kept (issue 12), and importing them again changes nothing. */
class ReviewsPerOrderTest {
  @TempDir Path dir;

  long count(CliRunner cli) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + cli.db());
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM reviews WHERE order_id = 'O1'")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void severalReviewsOfOneOrderAreKeptByReviewIdOrTime() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "UTC");
    cli.expect(
        0,
        "import",
        "orders",
        TestFiles.write(dir, "orders.csv", "order_id,created_at\nO1,2026-11-01 10:00:00\n")
            .toString());
    Path withIds =
        TestFiles.write(
            dir,
            "reviews.csv",
            String.join(
                "\n",
                "review_id,order_id,rating_description,rating_service,rating_logistics,reviewed_at",
                "R1,O1,5,5,5,2026-11-02 10:00:00",
                "R2,O1,2,3,4,2026-11-09 10:00:00",
                ""));
    cli.expect(0, "import", "reviews", withIds.toString());
    assertEquals(2, count(cli));
    cli.expect(0, "import", "reviews", withIds.toString());
    assertEquals(2, count(cli));

    CliRunner other = new CliRunner(java.nio.file.Files.createDirectories(dir.resolve("other")));
    other.expect(0, "init", "--tz", "UTC");
    other.expect(
        0,
        "import",
        "orders",
        TestFiles.write(dir, "orders2.csv", "order_id,created_at\nO1,2026-11-01 10:00:00\n")
            .toString());
    Path byTime =
        TestFiles.write(
            dir,
            "by-time.csv",
            String.join(
                "\n",
                "order_id,rating_description,rating_service,rating_logistics,reviewed_at",
                "O1,5,5,5,2026-11-02 10:00:00",
                "O1,2,3,4,2026-11-09 10:00:00",
                ""));
    other.expect(0, "import", "reviews", byTime.toString());
    assertEquals(2, count(other));
  }
}
