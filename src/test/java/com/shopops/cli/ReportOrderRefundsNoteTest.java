package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tryout28b B5: {@code report} shows no refund_total column, so its note on the refunds order
 * exports state says what net sales takes off, about the page: beside the refunds of the returns
 * its Returns box shows only when the store holds returns. {@code returns report} keeps its note on
 * refund_total. In en and zh.
 */
class ReportOrderRefundsNoteTest {
  @TempDir Path dir;
  private CliRunner cli;

  private static final String EN =
      "Net sales take off 1,156.20 of refunds stated by order exports (退款金额, Refunded Amount) or"
          + " given back by orders closed after payment, 2026-11-01 to 2026-11-09";
  private static final String ZH =
      "净销售额扣除订单导出写明（退款金额、Refunded Amount）或付款后关闭的订单退回的退款 1,156.20（2026-11-01 至 2026-11-09）";

  @BeforeEach
  void init() throws Exception {
    cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    Path orders =
        TestFiles.write(
            dir,
            "orders.csv",
            "order_id,customer_id,created_at,paid_at,status,sku,quantity,amount,shipping_fee,refunded\n"
                + "O1,C1,2026-11-05 10:00:00,2026-11-05 10:01:00,completed,T,3,2000.00,0,1156.20\n"
                + "O2,C2,2026-11-05 11:00:00,2026-11-05 11:01:00,completed,T,2,100.00,0,\n");
    cli.expect(0, "-q", "import", "orders", orders.toString());
  }

  private String report(String lang) throws Exception {
    Path html = dir.resolve("r_" + lang + ".html");
    cli.expect(
        0,
        "--lang",
        lang,
        "--now",
        "2026-11-10 12:00",
        "report",
        "--html",
        html.toString(),
        "--from",
        "2026-11-01",
        "--to",
        "2026-11-09");
    return java.nio.file.Files.readString(html);
  }

  @Test
  void withoutReturnsTheNoteSaysWhatNetSalesTakesOffAndNothingOfReturns() throws Exception {
    String en = report("en");
    assertTrue(en.contains("<li>" + EN + "</li>"), en);
    assertFalse(en.contains("refund_total"), en);
    assertFalse(en.contains("beside the refunds of returns"), en);
    String zh = report("zh");
    assertTrue(zh.contains("<li>" + ZH + "</li>"), zh);
    assertFalse(zh.contains("refund_total"), zh);
    assertFalse(zh.contains("上方退货"), zh);
  }

  @Test
  void withReturnsTheNoteSaysItIsBesideTheRefundsOfReturnsShown() throws Exception {
    Path returns =
        TestFiles.write(
            dir,
            "returns.csv",
            "return_id,order_id,sku,quantity,requested_at,refunded_at,refund_amount\n"
                + "R1,O2,T,1,2026-11-06 10:00:00,2026-11-07 10:00:00,40.00\n");
    cli.expect(0, "-q", "import", "returns", returns.toString());
    String en = report("en");
    assertTrue(en.contains("<li>" + EN + ", beside the refunds of returns shown above</li>"), en);
    assertFalse(en.contains("refund_total"), en);
    String zh = report("zh");
    assertTrue(zh.contains("<li>" + ZH + "，另扣除上方退货中的退款</li>"), zh);
    // returns report, whose table shows refund_total, keeps its note on it
    assertTrue(
        cli.expect(
                0,
                "--now",
                "2026-11-10 12:00",
                "returns",
                "report",
                "--from",
                "2026-11-01",
                "--to",
                "2026-11-09")
            .err()
            .contains("note: refund_total counts the refunds of returns only"));
  }
}
