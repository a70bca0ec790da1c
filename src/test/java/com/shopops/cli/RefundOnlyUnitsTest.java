package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Returned units from a Tmall 退款管理 export (review16 Q8): a refund without goods back (是否需要退货=否,
 * 仅退款: a price refund, a refund before shipping) returns no units, and a row without a quantity
 * returns the fewest units whose price covers the refund, not the whole line.
 */
class RefundOnlyUnitsTest {
  @TempDir Path dir;

  @Test
  void refundOnlyReturnsNoUnitsAndAMissingQuantityIsReadFromTheRefund() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    Path orders =
        TestFiles.write(
            dir,
            "orders.csv",
            "订单编号,买家会员名,买家应付货款,买家应付邮费,买家实际支付金额,订单状态,订单创建时间,订单付款时间\n"
                + "3011000000000000001,zm,1389.00,0.00,1389.00,交易成功,2026-11-05 10:00:00,"
                + "2026-11-05 10:01:00\n"
                + "3011000000000000002,zm,100.00,0.00,100.00,交易成功,2026-11-06 10:00:00,"
                + "2026-11-06 10:01:00\n");
    Path items =
        TestFiles.write(
            dir,
            "items.csv",
            "订单编号,标题,价格,购买数量,商家编码\n"
                + "3011000000000000001,大衣,1299.00,1,SKU-C\n"
                + "3011000000000000001,T恤,45.00,2,SKU-T\n"
                + "3011000000000000002,裤子,50.00,2,SKU-P\n");
    cli.expect(0, "-q", "import", "orders", orders.toString(), items.toString());
    // no quantity column, as in the real export
    Path refunds =
        TestFiles.write(
            dir,
            "refunds.csv",
            "订单编号,退款编号,商家编码,退款完结时间,买家退款金额,是否需要退货,退款的申请时间,退款状态,退款原因\n"
                + "3011000000000000001,TR1,SKU-C,2026-11-12 16:00:00,300.00,否,2026-11-11 09:00:00,"
                + "退款成功,七天无理由退换货\n"
                + "3011000000000000001,TR2,SKU-T,2026-11-13 16:00:00,45.00,是,2026-11-11 09:00:00,"
                + "退款成功,七天无理由退换货\n"
                + "3011000000000000002,TR3,SKU-P,2026-11-13 16:00:00,60.00,是,2026-11-11 09:00:00,"
                + "退款成功,七天无理由退换货\n");
    cli.expect(0, "-q", "import", "returns", refunds.toString());
    // TR1: 300.00 back, no goods (0 units); TR2: 45.00 of two 45.00 units is 1, not 2;
    // TR3: 60.00 is more than one 50.00 unit, so 2 units (the fewest that cover it)
    assertEquals(
        "TR1|SKU-C|0|30000\nTR2|SKU-T|1|4500\nTR3|SKU-P|2|6000\n",
        cli.sql("SELECT return_id, sku, quantity, refund_amount FROM returns ORDER BY return_id"));
    String report =
        cli.expect(
                0,
                "--now",
                "2026-11-20 10:00",
                "returns",
                "report",
                "--by",
                "sku",
                "--from",
                "2026-11-01",
                "--to",
                "2026-11-30",
                "--format",
                "csv")
            .out();
    // returns, rejected, returned_units; the refund-only return still counts its 300.00
    assertTrue(report.contains("SKU-C,1,0,0,"), report);
    assertTrue(report.contains("SKU-T,1,0,1,"), report);
    assertTrue(report.contains("SKU-P,1,0,2,"), report);
    assertTrue(report.contains("(all),3,0,3,"), report);
    assertTrue(report.contains(",3,405.00,"), report);
  }
}
