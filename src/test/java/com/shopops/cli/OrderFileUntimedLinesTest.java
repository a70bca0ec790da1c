package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ORDERS file that carries lines (JD, generic one row per line), of unknown export time, against
 * an order whose stored lines come from an export of known later time (tryout30a A1, closing note
 * 30 Left 1): it replaced the lines (H-2 x2 -> x1, their export time erased), exit 0, nothing said.
 * Now the stored lines and the money are kept, as against an items file of unknown time (untimed30,
 * {@link UntimedLinesTest}): an {@code older-lines} anomaly, the one note naming --exported-at.
 * {@link PgOrderFileUntimedLinesTest}: the same on PostgreSQL.
 */
class OrderFileUntimedLinesTest {
  @TempDir Path dir;

  static final String JD_HEADER =
      "订单号,商品ID,商品名称,订购数量,支付方式,下单时间,京东价,订单金额,结算金额,余额支付,应付金额,订单状态,订单类型,下单帐号,客户姓名,客户地址,联系电话,订单备注,发票类型,发票抬头,发票内容,商家备注,商家备注等级（等级1-5为由高到低）,运费金额,付款确认时间,增值税发票,货号,订单完成时间,订单来源,订单渠道\n";

  /** A JD order export of order 230000000001: H-1 x1 199.00 and H-2 x{@code h2} 30.00. */
  static String jd(int h2) {
    String money = String.format("%d.00", 199 + 30 * h2);
    String row =
        "230000000001,%s,%s,%d,在线支付,2026-11-11 10:00:00,%s,"
            + money
            + ","
            + money
            + ",0.00,"
            + money
            + ",等待出库,普通订单,jd_buyer1,张,北京市,138,,,,,,,0.00,2026-11-11 10:00:05,,%s,,,\n";
    return JD_HEADER
        + String.format(row, "100001", "蓝牙耳机", 1, "199.00", "H-1")
        + String.format(row, "100002", "耳机保护套", h2, "30.00", "H-2");
  }

  static final String LINES =
      "SELECT order_id, line_no, sku, quantity, amount, exported_at FROM order_lines"
          + " ORDER BY order_id, line_no";

  static final String ORDERS = "SELECT order_id, amount, total, exported_at FROM orders";

  private static String run(CliRunner cli, Path dir, String now, Path file, String... more) {
    List<String> args = new ArrayList<>(List.of("--now", now, "import", "orders"));
    args.add(file.toString());
    args.addAll(List.of(more));
    return cli.expect(0, args.toArray(String[]::new))
        .err()
        .replace(dir.toString() + "/", "")
        .replaceAll(", [0-9.]+ s\n", "\n")
        .replaceAll("(?m)^.*columns were not read.*\n", "");
  }

  /**
   * The reviewer's JD sequence: jd_1112.csv at 11-12, its byte copy at 11-16 (unchanged, the times
   * move), jd_1114.csv at 11-14 (an older export, kept out), then jd_1114.csv with no time. Returns
   * what the last import said.
   */
  static String jdSteps(CliRunner cli, Path dir, String... lang) {
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "--currency", "CNY", "-q");
    Path first = TestFiles.write(dir, "jd_1112.csv", jd(2));
    Path again = TestFiles.write(dir, "jd_1112-again.csv", jd(2));
    Path later = TestFiles.write(dir, "jd_1114.csv", jd(1));
    run(cli, dir, "2026-11-20 10:00", first, "--exported-at", "2026-11-12 10:00");
    String same = run(cli, dir, "2026-11-20 10:01", again, "--exported-at", "2026-11-16 10:00");
    assertTrue(same.contains("(0 new, 0 updated, 1 unchanged)"), same);
    String older = run(cli, dir, "2026-11-20 10:02", later, "--exported-at", "2026-11-14 10:00");
    assertTrue(older.contains("(0 new, 0 updated, 1 unchanged)"), older);
    List<String> args = new ArrayList<>(List.of(lang));
    args.addAll(List.of("--now", "2026-11-20 10:03", "import", "orders", later.toString()));
    return cli.expect(0, args.toArray(String[]::new))
        .err()
        .replace(dir.toString() + "/", "")
        .replaceAll("(?m)^.*(columns were not read|列未读取).*\n", "")
        .replaceAll("[,，] ?[0-9.]+ s\n", "\n");
  }

  /** 2026-11-16 10:00 at Shanghai. */
  static final long NOV16 = 1794794400L;

  @Test
  void anUntimedJdFileKeepsTheLinesAndMoneyOfALaterExport() throws Exception {
    CliRunner cli = new CliRunner(dir);
    String said = jdSteps(cli, dir);
    // before: "jd_1114.csv: 2 rows, 1 order (0 new, 1 updated, 0 unchanged), 2 line items;" and
    // H-2 x1 with no export time, amount 229.00 (or 259.00 with two anomalies)
    assertEquals(
        "jd_1114.csv: 2 rows, 1 order (0 new, 0 updated, 1 unchanged), 2 line items, 1 anomaly"
            + " (shopops imports show 4); jd-orders, UTF-8\n"
            + "jd_1114.csv: the line items of 1 order in this file differ from the store's, which"
            + " come from an export made 2026-11-16 10:00, and this file's export time is not"
            + " known: the stored line items are kept (anomalies: older-lines); if this file is"
            + " newer, import it again with --exported-at 'YYYY-MM-DD HH:MM' (its export time)\n",
        said);
    assertEquals(
        "230000000001|1|H-1|1|19900|" + NOV16 + "\n230000000001|2|H-2|2|6000|" + NOV16 + "\n",
        cli.sql(LINES));
    assertEquals("230000000001|25900|25900|" + NOV16 + "\n", cli.sql(ORDERS));
    assertEquals(
        "anomaly:older-lines|the store's line items of this order are from an export made"
            + " 2026-11-16 10:00; this file's export time is not known: its line items here are"
            + " left out and the stored ones kept (give --exported-at if this file is newer)\n",
        cli.sql("SELECT kind, message FROM anomalies WHERE import_id = 4"));
    String sales =
        cli.expect(
                0,
                "metrics",
                "--by",
                "day",
                "--from",
                "2026-11-11",
                "--to",
                "2026-11-11",
                "--columns",
                "period,orders,sales",
                "-f",
                "csv")
            .out();
    assertTrue(sales.contains("2026-11-11,1,259.00"), sales);
    // the way the note gives: with a later time the same file replaces the lines and the money
    String timed =
        run(
            cli,
            dir,
            "2026-11-20 10:04",
            dir.resolve("jd_1114.csv"),
            "--exported-at",
            "2026-11-17 10:00");
    assertTrue(
        timed.startsWith("jd_1114.csv: 2 rows, 1 order (0 new, 1 updated, 0 unchanged)"), timed);
    assertTrue(cli.sql(LINES).contains("230000000001|2|H-2|1|3000|"), cli.sql(LINES));
    assertTrue(cli.sql(ORDERS).startsWith("230000000001|22900|22900|"), cli.sql(ORDERS));
  }

  @Test
  void theNoteIsSaidInChinese() throws Exception {
    CliRunner cli = new CliRunner(dir);
    String said = jdSteps(cli, dir, "--lang", "zh");
    assertTrue(said.contains("（新增 0，更新 0，未变 1），2 个商品行，1 处异常"), said);
    assertTrue(said.contains("older-lines"), said);
    assertTrue(said.contains("--exported-at"), said);
    assertTrue(said.contains("2026-11-16 10:00"), said);
  }

  static final String GENERIC_HEADER =
      "order_id,customer_id,created_at,paid_at,status,sku,title,quantity,amount,shipping_fee\n";

  /**
   * The generic sequence: orders.csv (G1 A1 x2 40.00 + B1 25.00) at 11-05, then orders_old.csv (A1
   * x1 20.00) with no time. Returns what the second import said.
   */
  static String genericSteps(CliRunner cli, Path dir) {
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "--currency", "CNY", "-q");
    Path timed =
        TestFiles.write(
            dir,
            "orders.csv",
            GENERIC_HEADER
                + "G1,alice,2026-11-01 10:00,2026-11-01 10:05,paid,A1,Mug,2,40.00,5.00\n"
                + "G1,alice,2026-11-01 10:00,2026-11-01 10:05,paid,B1,Plate,1,25.00,5.00\n"
                + "G2,bob,2026-11-02 11:00,2026-11-02 11:10,paid,C1,Bowl,1,30.00,0.00\n");
    Path untimed =
        TestFiles.write(
            dir,
            "orders_old.csv",
            GENERIC_HEADER
                + "G1,alice,2026-11-01 10:00,2026-11-01 10:05,paid,A1,Mug,1,20.00,5.00\n"
                + "G1,alice,2026-11-01 10:00,2026-11-01 10:05,paid,B1,Plate,1,25.00,5.00\n");
    run(cli, dir, "2026-11-20 10:00", timed, "--exported-at", "2026-11-05 10:00");
    return run(cli, dir, "2026-11-20 10:01", untimed);
  }

  @Test
  void anUntimedGenericFileKeepsTheLinesAndMoney() throws Exception {
    CliRunner cli = new CliRunner(dir);
    String said = genericSteps(cli, dir);
    // before: "(0 new, 1 updated, 0 unchanged), 2 line items", G1 65.00 -> 45.00, no anomaly
    assertTrue(
        said.startsWith(
            "orders_old.csv: 2 rows, 1 order (0 new, 0 updated, 1 unchanged), 2 line items, 1"
                + " anomaly (shopops imports show 2)"),
        said);
    assertTrue(
        said.contains(
            "orders_old.csv: the line items of 1 order in this file differ from the store's,"
                + " which come from an export made 2026-11-05 10:00"),
        said);
    assertEquals(
        "G1|1|A1|2|4000|1793844000\nG1|2|B1|1|2500|1793844000\nG2|1|C1|1|3000|1793844000\n",
        cli.sql(LINES));
    assertEquals(
        "G1|6500|null|1793844000\nG2|3000|null|1793844000\n",
        cli.sql(ORDERS + " ORDER BY order_id"));
    assertEquals(
        "anomaly:older-lines\n", cli.sql("SELECT kind FROM anomalies WHERE record_id = 'G1'"));
  }
}
