package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JD's 审核时间 is when the shop decided (review16 Q1, Zhao Min): a 售后 row 审核不通过 with an 审核时间 was
 * stored approved at that time (S9: step approved, waiting 386 h in returns open) and `returns
 * update --status rejected` refused it. It dates the refusal now; for any other status the
 * approval. A store an older shopops wrote is corrected by importing the same file again. Files:
 * src/test/resources/import/returns-review16 (the reviewer's, as given, GBK).
 */
class JdAuditTimeTest {
  static final String RES = "src/test/resources/import/returns-review16/";
  static final long AUDITED_S9 = 1795053600L; // 2026-11-19 10:00 Shanghai
  static final long AUDITED_S8 = 1794974400L; // 2026-11-18 12:00 Shanghai

  @TempDir Path dir;

  private static String file(String name) {
    return Path.of(RES + name).toAbsolutePath().toString();
  }

  private static String steps(CliRunner cli, String id) throws Exception {
    return cli.sql(
        "SELECT approved_at, rejected_at, received_at, refunded_at FROM returns WHERE return_id = '"
            + id
            + "'");
  }

  @Test
  void anAuditThatRefusedDatesTheRefusal() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    cli.expect(0, "-q", "import", "orders", file("jd_orders_202611.csv"));
    String ret = file("jd_aftersale_202611.csv");
    cli.expect(0, "-q", "--now", "2026-12-05 10:00", "import", "returns", ret);
    assertEquals("null|" + AUDITED_S9 + "|null|null\n", steps(cli, "S9"));
    assertEquals(AUDITED_S8 + "|null|", steps(cli, "S8").substring(0, 16));
    String show = cli.expect(0, "returns", "show", "S9", "--format", "csv").out();
    assertTrue(show.contains("S9,300000000009,") && show.contains(",rejected,"), show);

    // a store an older shopops wrote (the refusal's audit stored as its approval): the same file
    // imported again corrects it, and nothing else moves
    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + cli.db());
        var st = c.createStatement()) {
      st.executeUpdate(
          "UPDATE returns SET approved_at = rejected_at, rejected_at = NULL WHERE return_id = 'S9'");
    }
    String again = cli.expect(0, "--now", "2026-12-05 11:00", "import", "returns", ret).toString();
    assertTrue(again.contains("1 updated"), again);
    assertEquals("null|" + AUDITED_S9 + "|null|null\n", steps(cli, "S9"));
  }
}
