package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review20 X14: a conversion rate above 100 % (more paying buyers than visitors) is kept as
 * computed, with a note saying the traffic imported is not all the store's.
 */
class BuyersOverVisitorsTest {
  @TempDir Path dir;

  @Test
  void moreBuyersThanVisitorsIsSaid() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    Path orders =
        TestFiles.write(
            dir,
            "orders.csv",
            "order_id,customer_id,created_at,paid_at,status,sku,quantity,amount\n"
                + "O1,C1,2026-11-10 10:00:00,2026-11-10 10:00:00,paid,T,1,10.00\n"
                + "O2,C2,2026-11-10 11:00:00,2026-11-10 11:00:00,paid,T,1,10.00\n"
                + "O3,C3,2026-11-10 12:00:00,2026-11-10 12:00:00,paid,T,1,10.00\n"
                + "O4,C4,2026-11-11 12:00:00,2026-11-11 12:00:00,paid,T,1,10.00\n");
    cli.expect(0, "-q", "import", "orders", orders.toString());
    Path traffic =
        TestFiles.write(dir, "traffic.csv", "date,pv,uv\n2026-11-10,5,2\n2026-11-11,40,10\n");
    cli.expect(0, "-q", "import", "traffic", traffic.toString());
    var r =
        cli.expect(
            0,
            "--now",
            "2026-11-12 10:00",
            "metrics",
            "--by",
            "day",
            "--from",
            "2026-11-10",
            "--to",
            "2026-11-11",
            "--format",
            "csv");
    // 3 buyers over 2 visitors on 11-10: 1.5 kept, and said; 11-11's 0.1 is not named
    assertTrue(r.out().contains("2026-11-10,5,2,3,3,"), r.out());
    assertTrue(
        r.err()
            .contains(
                "conversion_rate above 100% in 1 period (buyers/uv): 2026-11-10 (3/2); more buyers"
                    + " than visitors means the traffic imported is not all the store's (not"
                    + " imported for every channel or day, or one terminal's or page's visitors)"),
        r.err());
    var zh =
        cli.env("LANG", "zh_CN.UTF-8")
            .expect(
                0,
                "--now",
                "2026-11-12 10:00",
                "metrics",
                "--by",
                "day",
                "--from",
                "2026-11-10",
                "--to",
                "2026-11-11");
    assertTrue(zh.err().contains("转化率超过 100% 的期间有 1 个（买家数/访客数）：2026-11-10 (3/2)"), zh.err());
  }
}
