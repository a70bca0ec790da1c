package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tryout29a A3, A4, A5 and tryout29b B3 (clarity30). A4/B3: an items file that leaves fewer units
 * of a SKU than a recorded return takes names the return ({@code return-off-lines}); {@code check}
 * lists it in its "returns and lines" row; moving the return on is refused with why and the command
 * that withdraws it, and withdrawing it is not refused (before: every step, withdrawal included,
 * was refused with "nothing was changed"). A3: an items file that gives lines to an order stored
 * without any counts it updated and names the lines that do not fit its stated goods (before: "1
 * unchanged", 0 anomalies). A5: {@code check}'s "lines and goods" row gives such an order the
 * advice of its case, with a command to paste. {@link PgReturnsAboveLinesTest}: the same on
 * PostgreSQL.
 */
class ReturnsAboveLinesTest {
  @TempDir Path dir;

  static final String ORDERS =
      "order_id,customer_id,created_at,paid_at,status,sku,title,quantity,amount,shipping_fee\n"
          + "G1,alice,2026-11-01 10:00,2026-11-01 10:05,paid,A1,Mug,2,40.00,5.00\n"
          + "G1,alice,2026-11-01 10:00,2026-11-01 10:05,paid,B1,Plate,1,25.00,5.00\n";

  static final String ITEMS = "order_id,sku,quantity,amount\nG1,A1,1,20.00\nG1,B1,1,25.00\n";

  static final String ONE_ROW =
      "order_id,customer_id,created_at,paid_at,status,amount,shipping_fee\n"
          + "H1,carol,2026-11-03 10:00,2026-11-03 10:05,paid,100.00,6.00\n";

  static final String ITEMS_H = "order_id,sku,title,quantity,amount\nH1,X1,Teapot,2,90.00\n";

  static String import_(CliRunner cli, Path dir, String name, String body, String at)
      throws Exception {
    return GenericLinesAmountTest.import_(cli, dir, name, body, at);
  }

  static String check(CliRunner cli, String row) {
    String out = cli.expect(0, "check", "-f", "csv").out();
    for (String line : out.split("\n")) {
      if (line.startsWith(row + ",")) {
        return line.replace(cli.location(), "DB");
      }
    }
    throw new AssertionError(out);
  }

  /** The steps of A4/B3 and A3; what each said, as one text. */
  static String steps(CliRunner cli, Path dir) throws Exception {
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "--currency", "CNY", "-q");
    StringBuilder said = new StringBuilder();
    said.append(import_(cli, dir, "orders.csv", ORDERS, "2026-11-05 10:00"));
    cli.expect(
        0,
        "-q",
        "--now",
        "2026-11-20 10:01",
        "returns",
        "add",
        "G1",
        "--sku",
        "A1",
        "--quantity",
        "2",
        "--reason",
        "no-reason",
        "--id",
        "RX");
    said.append(import_(cli, dir, "items.csv", ITEMS, "2026-11-06 10:00"));
    said.append(cli.expect(0, "imports", "show", "2", "-f", "csv").out().replace(dir + "/", ""));
    said.append(check(cli, "returns and lines")).append('\n');
    said.append(
        cli.expect(
                1, "--now", "2026-11-20 10:03", "returns", "update", "RX", "--status", "approved")
            .err()
            .replace(cli.location(), "DB"));
    said.append(
        cli.expect(
                1,
                "--lang",
                "zh",
                "--now",
                "2026-11-20 10:03",
                "returns",
                "update",
                "RX",
                "--status",
                "approved")
            .err()
            .replace(cli.location(), "DB"));
    // tryout30a A3, tryout30b B5: both commands of the hint pasted as they are, --db included
    String hint =
        cli.expect(
                1, "--now", "2026-11-20 10:03", "returns", "update", "RX", "--status", "approved")
            .err();
    for (String pasted : hint.split("`")) {
      if (pasted.startsWith("shopops --db ")) {
        List<String> words = new ArrayList<>(List.of("--now", "2026-11-20 10:04"));
        words.addAll(List.of(pasted.substring("shopops ".length()).split(" ")));
        said.append(cli.runBare(words.toArray(new String[0])).exit()).append('\n');
      }
    }
    said.append(check(cli, "returns and lines")).append('\n');
    // A3, A5: lines given to an order stored without any
    said.append(import_(cli, dir, "orders1row.csv", ONE_ROW, "2026-11-05 10:00"));
    said.append(import_(cli, dir, "items_h.csv", ITEMS_H, "2026-11-06 10:00"));
    said.append(cli.expect(0, "imports", "show", "4", "-f", "csv").out().replace(dir + "/", ""));
    said.append(check(cli, "lines and goods").replace(dir + "/", "")).append('\n');
    return said.toString();
  }

  @Test
  void returnAboveNewLinesIsSaidListedAndCanBeWithdrawn() throws Exception {
    String said = steps(new CliRunner(dir), dir);
    assertTrue(
        said.contains(
            "items.csv: 2 rows, 1 order (0 new, 1 updated, 0 unchanged), 2 line items, 1"
                + " anomaly (shopops imports show 2)"),
        said);
    assertTrue(
        said.contains(
            "items.csv,2,anomaly:return-off-lines,G1,\"return RX of SKU A1 (2 units) stays as"
                + " recorded, but the lines of its order as this file gives them list 1 unit of"
                + " that SKU, and its returns take 2: the order was changed after the return, or"
                + " the file leaves a unit out; check the order in the shop, then import the"
                + " platform's returns export again, or withdraw a return recorded by hand and"
                + " record it again with the units returned (shopops check lists such"
                + " returns)\"\n"),
        said);
    assertTrue(
        said.contains(
            "returns and lines,\"1 return takes more units than the lines of its order list (an"
                + " import replaced the lines after the return was recorded); check the order in"
                + " the shop, then: RX of order G1 SKU A1: 2 returned, 1 bought, recorded by hand:"
                + " withdraw it (shopops --db DB returns update RX --status withdrawn), then record"
                + " the units returned again (shopops --db DB returns add G1 --sku A1 --quantity 1"
                + " --reason no-reason)\"\n"),
        said);
    assertTrue(
        said.contains(
            "shopops: cannot record RX: quantity: 2 units returned, but only 1 bought on order G1"
                + " SKU A1\n  hint: nothing was changed; RX was recorded when the lines of its"
                + " order listed more units of A1, and an import has since replaced them (1 unit"
                + " now): withdraw it with `shopops --db DB returns update RX --status withdrawn`"
                + " and record the units returned again with `shopops --db DB returns add G1 --sku"
                + " A1 --quantity 1 --reason no-reason`\n"),
        said);
    assertTrue(
        said.contains(
            "提示：什么都没有改变；登记 RX 时，其订单商品行中 A1 的件数更多，此后一次导入替换了这些商品行（现为 1 件）：请用"
                + " `shopops --db DB returns update RX --status withdrawn` 撤回它，再按实际退回的件数重新登记（`shopops"
                + " --db DB returns add G1 --sku A1 --quantity 1 --reason no-reason`）\n"),
        said);
    assertTrue(said.contains("0\n0\nreturns and lines,ok\n"), said); // both pasted: exit 0
    assertTrue(said.contains("returns and lines,ok\n"), said); // withdrawn: no longer counted
    // A3: an update, and its anomaly
    assertTrue(
        said.contains(
            "items_h.csv: 1 row, 1 order (0 new, 1 updated, 0 unchanged), 1 line item, 1 anomaly"
                + " (shopops imports show 4)"),
        said);
    assertTrue(
        said.contains(
            "items_h.csv,2,anomaly:lines-not-goods,H1,\"the line items of this file, which replace"
                + " the stored ones of this order, come to 90.00; its goods amount, stated by an"
                + " orders export, is 100.00 and stays"),
        said);
    // A5: the advice of the case, with the command
    assertTrue(
        said.contains(
            "lines and goods,\"1 order has line items from an items file exported after its order"
                + " list (e.g. H1; items_h.csv, exported 2026-11-06 10:00): returns are held to the"
                + " lines, sales count the goods the order list stated; import the order list"
                + " (订单报表) exported with that items file: shopops --db DB import orders"
                + " ORDER_LIST.csv --exported-at '2026-11-06 10:00'\"\n"),
        said);
  }

  @Test
  void strictCheckCountsTheRowAsAWarning() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "--currency", "CNY", "-q");
    import_(cli, dir, "orders.csv", ORDERS, "2026-11-05 10:00");
    cli.expect(
        0,
        "-q",
        "--now",
        "2026-11-20 10:01",
        "returns",
        "add",
        "G1",
        "--sku",
        "A1",
        "--quantity",
        "2",
        "--reason",
        "no-reason",
        "--id",
        "RX");
    import_(cli, dir, "items.csv", ITEMS, "2026-11-06 10:00");
    assertEquals(
        "shopops: check --strict: the store is sound, but 1 row needs a look (returns and lines):"
            + " exit 3\n",
        cli.expect(3, "check", "--strict", "-f", "csv").err());
  }

  /**
   * Tryout30a A3: a return refunded by the platform cannot be withdrawn (refused: "it was refunded
   * at …"), so {@code check} no longer tells to withdraw it: it says it stays, and what would
   * change it (before: "withdraw a return recorded by hand (… returns update ID --status
   * withdrawn)").
   */
  @Test
  void refundedReturnIsToldToStay() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "--currency", "CNY", "-q");
    import_(cli, dir, "orders.csv", ORDERS, "2026-11-05 10:00");
    String returns =
        "return_id,order_id,sku,quantity,requested_at,refunded_at,reason,refund_amount\n"
            + "RG1,G1,A1,2,2026-11-03 12:00:00,2026-11-03 14:00:00,no-reason,40.00\n";
    cli.expect(
        0,
        "-q",
        "--now",
        "2026-11-20 10:00",
        "import",
        "returns",
        TestFiles.write(dir, "ret_g.csv", returns).toString());
    import_(cli, dir, "items.csv", ITEMS, "2026-11-06 10:00");
    assertEquals(
        "returns and lines,\"1 return takes more units than the lines of its order list (an import"
            + " replaced the lines after the return was recorded); check the order in the shop,"
            + " then: RG1 of order G1 SKU A1: 2 returned, 1 bought, refunded 40.00: a refunded"
            + " return cannot be withdrawn; if the platform's returns export now states fewer"
            + " units, import it (its units replace the stored ones), otherwise the return stays"
            + " as recorded: its refund was paid for those units\"",
        check(cli, "returns and lines"));
    String zh = cli.expect(0, "--lang", "zh", "check", "-f", "csv").out();
    assertTrue(
        zh.contains(
            "returns and lines,1 条退货的件数多于其订单商品行所列（登记退货之后一次导入替换了商品行）；请先在店铺后台核对订单，然后：订单 G1 的"
                + " RG1（SKU A1）：退回 2 件，购买 1 件，已退款 40.00：已退款的退货不能撤回；如果平台的退货导出现在写明的件数更少，请导入它（其件数替换已存的件数），否则该退货按记录保留：这些件数的退款已经付出\n"),
        zh);
    cli.expect(1, "returns", "update", "RG1", "--status", "withdrawn"); // what it told before
  }
}
