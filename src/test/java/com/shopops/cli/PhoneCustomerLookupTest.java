package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A phone number typed where a customer id goes names the buyer with that phone (review11 K30) or
 * the buyer whose account is that phone, stored as its {@code tel-} pseudonym (K13); {@code
 * followup add} never files a note under a raw phone number.
 */
class PhoneCustomerLookupTest {
  @TempDir Path dir;
  private CliRunner cli;
  private String tel;

  @BeforeEach
  void seed() throws Exception {
    cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    Path customers =
        TestFiles.write(dir, "customers.csv", "customer_id,name,phone\nC2,王小明,139-1234-0018\n");
    Path orders =
        TestFiles.write(
            dir,
            "orders.csv",
            "order_id,customer_id,created_at,paid_at,status,sku,quantity,amount,shipping_fee\n"
                + "O1,13800138000,2026-11-01 10:00:00,2026-11-01 10:00:00,paid,T,1,50.00,0\n"
                + "O2,C2,2026-11-02 10:00:00,2026-11-02 10:00:00,paid,T,1,30.00,0\n");
    cli.expect(0, "-q", "import", "customers", customers.toString());
    cli.expect(0, "-q", "import", "orders", orders.toString());
    tel = cli.sql("SELECT customer_id FROM orders WHERE order_id = 'O1'").strip();
    assertTrue(tel.startsWith("tel-"), tel);
  }

  private CliRunner.Result followup(int exit, String customer) {
    return cli.expect(
        exit,
        "--now",
        "2026-11-18 10:00",
        "followup",
        "add",
        "--customer",
        customer,
        "--channel",
        "phone",
        "--agent",
        "wang",
        "--outcome",
        "ok");
  }

  @Test
  void aBuyerAccountThatIsAPhoneIsFoundByItsNumber() {
    String orders = cli.expect(0, "orders", "list", "--customer", "13800138000").out();
    assertTrue(orders.contains("O1"), orders);
    assertFalse(orders.contains("O2"), orders);
    String show = cli.expect(0, "customers", "show", "138 0013 8000").out();
    assertTrue(show.contains(tel), show);
  }

  @Test
  void followupAddFilesTheNoteUnderTheBuyerNeverUnderTheRawPhone() throws Exception {
    followup(0, "13912340018");
    followup(0, "13800138000");
    assertEquals("C2\n" + tel + "\n", cli.sql("SELECT customer_id FROM followups ORDER BY id"));
    String show = cli.expect(0, "customers", "show", "C2").out();
    assertFalse(show.contains("followups: none"), show);
  }

  @Test
  void aPhoneThatMatchesNobodyIsRefusedAndNothingIsStored() throws Exception {
    CliRunner.Result r = followup(1, "13700001111");
    assertTrue(r.err().contains("no customer with phone"), r.err());
    assertFalse(r.err().contains("13700001111"), r.err()); // masked
    assertEquals("", cli.sql("SELECT customer_id FROM followups"));
    followup(0, "NEW1"); // an id the store does not know yet is still filed, with a note
    assertEquals("NEW1\n", cli.sql("SELECT customer_id FROM followups"));
  }

  /**
   * review12 L13: a Shopify email is stored lowercased; typed as the admin shows it, it names the
   * same buyer in `orders list`, `customers show` and `followup add`.
   */
  @Test
  void anEmailTypedWithCapitalsNamesTheBuyerWithThatEmail() throws Exception {
    Path shopify =
        TestFiles.write(
            dir,
            "orders_export.csv",
            "Name,Email,Financial Status,Paid at,Currency,Total,Created at,Lineitem quantity,"
                + "Lineitem name,Lineitem price\n"
                + "#1001,Alice@Example.com,paid,2026-11-03 10:00:00 +0800,CNY,20.00,"
                + "2026-11-03 10:00:00 +0800,1,Mug,20.00\n");
    cli.expect(0, "-q", "import", "orders", shopify.toString());
    assertEquals(
        "alice@example.com\n", cli.sql("SELECT customer_id FROM orders WHERE order_id = '#1001'"));
    String orders = cli.expect(0, "orders", "list", "--customer", "Alice@Example.com").out();
    assertTrue(orders.contains("#1001"), orders);
    String show = cli.expect(0, "customers", "show", "Alice@Example.com").out();
    assertTrue(show.contains("alice@example.com"), show);
    followup(0, "Alice@Example.com");
    assertEquals("alice@example.com\n", cli.sql("SELECT customer_id FROM followups ORDER BY id"));
  }
}
