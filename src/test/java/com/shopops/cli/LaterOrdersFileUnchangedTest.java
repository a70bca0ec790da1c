package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An identical later ORDERS export of orders whose lines (and money) came from an items file since
 * (tryout30a A2, closing note 30 Left 3): the orders file leaves blank what the items file filled
 * (olist orders.csv states no amount; a Tmall 订单报表 no discount), so its row was not "the stored
 * order" and the re-import counted every order updated, though it changed nothing but the export
 * time. A blank the merge keeps the stored value over is the same now ({@code
 * UnchangedRows.sameExportedLater}): "unchanged", the export time moves forward, the money stays.
 * {@link PgLaterOrdersFileUnchangedTest}: the same on PostgreSQL.
 */
class LaterOrdersFileUnchangedTest {
  @TempDir Path dir;

  private static String run(CliRunner cli, Path dir, String... args) {
    return cli.expect(0, args)
        .err()
        .replace(dir.toString() + "/", "")
        .replaceAll("(?m)^.*(columns were not read|customer_id the store|列未读取).*\n", "")
        .replaceAll("[,，] ?[0-9.]+ s\n", "\n");
  }

  /** olist: orders.csv and its items at 11-01 09:00, then orders.csv again at 11-04 09:00. */
  static String olistSteps(CliRunner cli, Path dir) throws Exception {
    cli.expect(0, "init", "--tz", "America/Sao_Paulo", "--currency", "BRL", "-q");
    Path orders = TestFiles.write(dir, "orders.csv", ItemsFileReplacesLinesTest.ORDERS);
    run(cli, dir, "import", "orders", orders.toString(), "--exported-at", "2026-11-01 09:00");
    ItemsFileReplacesLinesTest.again(
        cli,
        dir,
        "order_items.csv",
        OlderLinesTest.olistItems("199.9", "29.99"),
        "--exported-at",
        "2026-11-01 09:00");
    return run(
        cli, dir, "import", "orders", orders.toString(), "--exported-at", "2026-11-04 09:00");
  }

  static final String ORDERS =
      "SELECT order_id, amount, amount_derived, shipping_fee, discount, total, exported_at"
          + " FROM orders ORDER BY order_id";

  /** 2026-11-04 09:00 at São Paulo (UTC-3). */
  static final long DEC4 = 1793793600L;

  @Test
  void anIdenticalLaterOlistOrdersFileIsUnchanged() throws Exception {
    CliRunner cli = new CliRunner(dir);
    String said = olistSteps(cli, dir);
    // before: "orders.csv: 2 rows, 2 orders (0 new, 2 updated, 0 unchanged)"
    assertTrue(
        said.startsWith("orders.csv: 2 rows, 2 orders (0 new, 0 updated, 2 unchanged);"), said);
    assertEquals(
        OlderLinesTest.O42
            + "|19990|3|1814|null|null|"
            + DEC4
            + "\n"
            + OlderLinesTest.E481
            + "|2999|3|872|null|null|"
            + DEC4
            + "\n",
        cli.sql(ORDERS));
  }

  /**
   * Tmall: the 订单报表 (goods 298.00) with its 宝贝报表 (328.00: a 30.00 满减) of 11-12, then the same 订单报表
   * re-exported 11-16.
   */
  static String tmallSteps(CliRunner cli, Path dir) {
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "--currency", "CNY", "-q");
    String list =
        TmallOrderDiscountTest.LIST_HEADER
            + TmallOrderDiscountTest.listRow(
                TmallOrderDiscountTest.ID,
                "manjian_fan",
                "298.00",
                "2026-11-11 09:21:00",
                "2026-11-11 09:21:20");
    Path list12 = TestFiles.gbk(dir, "ExportOrderList202611121000.csv", list);
    Path items12 =
        TestFiles.gbk(
            dir,
            "ExportOrderDetailList202611121000.csv",
            TmallOrderDiscountTest.ITEMS_HEADER
                + TmallOrderDiscountTest.ID
                + ","
                + TmallOrderDiscountTest.MASK
                + TmallOrderDiscountTest.ID
                + ","
                + TmallOrderDiscountTest.SERUM);
    Path list16 = TestFiles.gbk(dir, "ExportOrderList202611161000.csv", list);
    List<String> first = new ArrayList<>(List.of("--now", "2026-11-20 10:00", "import", "orders"));
    first.add(list12.toString());
    first.add(items12.toString());
    run(cli, dir, first.toArray(String[]::new));
    return run(cli, dir, "--now", "2026-11-20 10:03", "import", "orders", list16.toString());
  }

  @Test
  void anIdenticalLaterTmallOrderListIsUnchanged() throws Exception {
    CliRunner cli = new CliRunner(dir);
    String said = tmallSteps(cli, dir);
    // before: "(0 new, 1 updated, 0 unchanged)"
    assertTrue(
        said.startsWith(
            "ExportOrderList202611161000.csv: 1 row, 1 order (0 new, 0 updated, 1 unchanged);"),
        said);
    // 2026-11-16 10:00 at Shanghai; the goods before the 满减, the 满减, what was paid
    assertEquals(TmallOrderDiscountTest.ID + "|32800|0|0|3000|29800|1794794400\n", cli.sql(ORDERS));
    assertTrue(
        cli.sql("SELECT DISTINCT exported_at FROM order_lines").equals("1794448800\n"),
        cli.sql("SELECT DISTINCT exported_at FROM order_lines"));
  }
}
