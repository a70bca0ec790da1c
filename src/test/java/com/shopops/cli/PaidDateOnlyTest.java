package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paid times that lost their time of day (Excel formatted the column as a date: 2026/11/12) are
 * still read as 00:00, but never in silence: an anomaly per order and a note (review11 K16).
 */
class PaidDateOnlyTest {
  static final String HEADER = "订单编号,买家会员名,买家应付货款,买家实际支付金额,订单状态,订单创建时间,订单付款时间\n";

  @TempDir Path dir;

  @Test
  void aPaidTimeWithOnlyADateIsRecordedAndNoted() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
    Path f =
        TestFiles.write(
            dir,
            "p_dateonly.csv",
            HEADER
                + "3012345678901234502,li_na88,597.00,597.00,买家已付款，等待卖家发货,2026/11/12,2026/11/12\n"
                + "3012345678901234503,wang,98.00,98.00,买家已付款，等待卖家发货,2026/11/12,2026/11/12\n"
                + "3012345678901234504,zhao,98.00,98.00,买家已付款，等待卖家发货,2026-11-12 11:14:00,"
                + "2026-11-12 11:17:00\n");
    var r = cli.expect(0, "import", "orders", f.toString());
    assertTrue(
        r.err()
            .contains(
                "p_dateonly.csv: 2 orders' paid times have only a date, counted as 00:00: a"
                    + " spreadsheet may have changed the column"),
        r.err());
    assertTrue(r.err().contains("2 anomalies"), r.err());
    assertEquals(
        "2|anomaly:paid-date-only|3012345678901234502|paid_at (column \"订单付款时间\") \"2026/11/12\" has no time of day:"
            + " counted as 00:00 (a spreadsheet may have turned the time into a date)\n"
            + "3|anomaly:paid-date-only|3012345678901234503|paid_at (column \"订单付款时间\") \"2026/11/12\" has no time"
            + " of day: counted as 00:00 (a spreadsheet may have turned the time into a date)\n",
        cli.sql("SELECT line, kind, record_id, message FROM anomalies ORDER BY line"));
    // still read as 00:00 of that day (what is stored is unchanged by the note)
    assertEquals("2\n", cli.sql("SELECT count(*) FROM orders WHERE paid_at = 1794412800"));

    var zh = cli.env("LANG", "zh_CN.UTF-8").expect(0, "import", "orders", f.toString());
    assertTrue(zh.err().contains("p_dateonly.csv：2 单的付款时间只有日期，按 00:00 计：这一列可能被电子表格改过"), zh.err());
  }
}
