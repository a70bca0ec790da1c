package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `customers list` lists every buyer of the orders, as `customers segment` does (review11 K28: an
 * export without contact columns made no customer row, and the list said "no customers").
 */
class CustomersListAllBuyersTest {
  @TempDir Path dir;
  CliRunner cli;

  @BeforeEach
  void setUp() throws Exception {
    cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
  }

  @Test
  void buyersWithoutACustomerRowAreListedWithEmptyContactsAndFiltersAndLimitStillWork()
      throws Exception {
    Path y =
        TestFiles.write(
            dir,
            "y.csv",
            "订单编号,买家会员名,买家实际支付金额,订单付款时间\n"
                + "3022000000000000001,buyerY,10.00,2026-11-10 10:00:00\n"
                + "3022000000000000002,buyerY,5.50,2026-11-11 10:00:00\n"
                + "3022000000000000003,buyerA,7.00,2026-11-12 10:00:00\n"
                // not paid: not a buyer (yet), as in `customers segment`
                + "3022000000000000004,buyerU,9.00,\n");
    cli.expect(0, "import", "orders", y.toString());
    String header =
        "customer_id,name,phone,email,province,city,region,registered_at,accepts_marketing,"
            + "orders,spent,last_order_at,other_currencies\n";
    assertEquals(
        header
            + "buyerA,,,,,,,,,1,7.00,2026-11-12 10:00:00,\n"
            + "buyerY,,,,,,,,,2,15.50,2026-11-11 10:00:00,\n",
        cli.expect(0, "customers", "list", "--format", "csv").out());

    // a customer file adds a known buyer (and one without orders); the others stay listed
    Path c =
        TestFiles.write(dir, "c.csv", "customer_id,name,province\nbuyerY,王五,广东\nbuyerZ,赵六,浙江\n");
    cli.expect(0, "import", "customers", c.toString());
    assertEquals(
        header
            + "buyerA,,,,,,,,,1,7.00,2026-11-12 10:00:00,\n"
            + "buyerY,王五,,,广东,,华南,,,2,15.50,2026-11-11 10:00:00,\n"
            + "buyerZ,赵六,,,浙江,,华东,,,0,0.00,,\n",
        cli.expect(0, "customers", "list", "--format", "csv").out());
    assertEquals(
        header + "buyerA,,,,,,,,,1,7.00,2026-11-12 10:00:00,\n",
        cli.expect(0, "customers", "list", "--format", "csv", "--limit", "1").out());
    // the limit takes the first ids of both: a buyer without a row, then one with
    assertEquals(
        header
            + "buyerA,,,,,,,,,1,7.00,2026-11-12 10:00:00,\n"
            + "buyerY,王五,,,广东,,华南,,,2,15.50,2026-11-11 10:00:00,\n",
        cli.expect(0, "customers", "list", "--format", "csv", "--limit", "2").out());
    assertEquals(
        header + "buyerY,王五,,,广东,,华南,,,2,15.50,2026-11-11 10:00:00,\n",
        cli.expect(0, "customers", "list", "--format", "csv", "--region", "华南").out());
  }
}
