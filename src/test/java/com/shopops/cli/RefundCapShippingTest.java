package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Tmall order of one line, 300.00 of goods and 10.00 运费 (总金额 310.00). A refund of the line may
 * include the shipping (LinePurchase#refundCap: 310.00), and the refusal above it says the two
 * parts: the goods paid, 300.00 — the refund the line defaults to — and the 10.00 of shipping apart
 * (tryout22b B3: it said "实付金额 310.00" as if the SKU had cost that). A correction over the cap says
 * it cannot correct, not "cannot record" (B8).
 */
class RefundCapShippingTest {
  @TempDir Path dir;

  static final String NOW = "2026-11-15 12:00";
  static final String ID = "5100000000000000001";

  private CliRunner store() {
    String row =
        TmallOrderDiscountTest.listRow(
                ID, "cap_buyer", "300.00", "2026-11-11 00:01:00", "2026-11-11 00:01:20")
            .replace(",300.00,0.00,0,300.00,0,300.00,", ",300.00,10.00,0,310.00,0,310.00,");
    Path list =
        TestFiles.write(
            dir,
            "ExportOrderList202611151000.csv",
            (TmallOrderDiscountTest.LIST_HEADER + row).getBytes(TmallOrderDiscountTest.GBK));
    Path items =
        TestFiles.write(
            dir,
            "ExportOrderDetailList202611151000.csv",
            (TmallOrderDiscountTest.ITEMS_HEADER
                    + ID
                    + ",烟酰胺精华液 30ml,300.00,1,SER-NIA-30,,,,交易成功,SER-NIA-30\n")
                .getBytes(TmallOrderDiscountTest.GBK));
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    cli.expect(0, "--now", NOW, "-q", "import", "orders", list.toString(), items.toString());
    return cli;
  }

  private static String[] add(String refund, String... lang) {
    java.util.List<String> a = new java.util.ArrayList<>(java.util.List.of(lang));
    a.addAll(
        java.util.List.of(
            "--now",
            NOW,
            "returns",
            "add",
            ID,
            "--sku",
            "SER-NIA-30",
            "--refund-only",
            "--refund",
            refund,
            "--reason",
            "other"));
    return a.toArray(new String[0]);
  }

  @Test
  void theCapSaysTheGoodsPaidAndTheShippingApart() {
    CliRunner cli = store();
    assertEquals(
        "shopops: cannot record RT20261115001: refund_amount: refund 400.00 is more than the"
            + " 300.00 paid plus 10.00 shipping for 1 of 1 units of order "
            + ID
            + " SKU SER-NIA-30\n  hint: nothing was changed\n",
        cli.expect(1, add("400")).err());
    assertEquals(
        "shopops：无法登记 RT20261115001：退款金额：退款 400.00 超过订单 "
            + ID
            + " SKU SER-NIA-30 的 1 件中 1 件的实付金额 300.00 另加运费 10.00\n  提示：什么都没有改变\n",
        cli.expect(1, add("400", "--lang", "zh")).err());
    // 310.00 is within the cap: goods and shipping
    cli.expect(0, add("310"));
  }

  @Test
  void aCorrectionOverTheCapSaysItCannotCorrect() {
    CliRunner cli = store();
    cli.expect(0, add("10"));
    cli.expect(0, "--now", NOW, "-q", "returns", "update", "RT20261115001", "--status", "approved");
    cli.expect(0, "--now", NOW, "-q", "returns", "update", "RT20261115001", "--status", "refunded");
    String[] correct = {
      "--now", NOW, "returns", "correct", "RT20261115001", "--refund", "400", "--reason", "typo"
    };
    assertEquals(
        "shopops: cannot correct RT20261115001: refund_amount: refund 400.00 is more than the"
            + " 300.00 paid plus 10.00 shipping for 1 of 1 units of order "
            + ID
            + " SKU SER-NIA-30\n  hint: nothing was changed\n",
        cli.expect(1, correct).err());
    String[] zh = new String[correct.length + 2];
    zh[0] = "--lang";
    zh[1] = "zh";
    System.arraycopy(correct, 0, zh, 2, correct.length);
    assertEquals(
        "shopops：无法更正 RT20261115001：退款金额：退款 400.00 超过订单 "
            + ID
            + " SKU SER-NIA-30 的 1 件中 1 件的实付金额 300.00 另加运费 10.00\n  提示：什么都没有改变\n",
        cli.expect(1, zh).err());
  }
}
