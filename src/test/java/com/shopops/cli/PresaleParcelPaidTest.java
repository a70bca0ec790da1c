package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A presale paid in stages whose order export gives its own parcel (SF101, shipped 11-02 11:00, a
 * mapped export with 发货时间 and 物流单号) and a shipments file a second one (SF201, 11-03 09:00): the
 * import capped the paid time at the export's own outbound, and removing that parcel makes it again
 * = min(the export's time 12-01 10:00, the first outbound left) = 11-03 09:00 (paid25: it stayed at
 * 11-02 11:00, the import's cap kept no paid_seen_at); a restore gives 11-02 11:00 back. Both say
 * so, en and zh (tryout24a A4, A6: the moves were silent).
 */
class PresaleParcelPaidTest {
  @TempDir Path dir;

  /** A new store in Asia/Shanghai (PostgreSQL: {@link PgPresaleParcelPaidTest}). */
  CliRunner newStore() throws Exception {
    return TmallPresaleFixture.newStore(dir);
  }

  String q(CliRunner cli, String query) throws Exception {
    return cli.sql(query);
  }

  static final String MAP =
      "kind: orders\n"
          + "fields:\n"
          + "  order_id: 订单编号\n"
          + "  customer_id: 买家会员名\n"
          + "  created_at: 订单创建时间\n"
          + "  paid_at: 订单付款时间\n"
          + "  status: 订单状态\n"
          + "  order_total: 实付\n"
          + "  order_type: 分阶段订单信息\n"
          + "  shipped_at: 发货时间\n"
          + "  tracking_no: 物流单号\n"
          + "  carrier: 物流公司\n";

  static final String ORDERS =
      "订单编号,买家会员名,订单创建时间,订单付款时间,订单状态,实付,分阶段订单信息,发货时间,物流单号,物流公司\n"
          + "5300000000000000002,hist_b,2026-10-24 20:00:00,2026-10-24 20:00:30,卖家已发货，等待买家确认,"
          + "299.00,定金：50.00元，已付款；尾款：249.00元，已付款,2026-11-02 11:00:00,SF101,SF\n";

  static final String SHIP =
      "order_id,shipped_at,carrier,tracking_no\n"
          + "5300000000000000002,2026-11-02 11:00:00,SF,SF101\n"
          + "5300000000000000002,2026-11-03 09:00:00,SF,SF201\n";

  // Asia/Shanghai: 2026-11-02 11:00, 2026-11-03 09:00, 2026-12-01 10:00
  static final long NOV02_1100 = 1793588400L;
  static final long NOV03_0900 = 1793667600L;
  static final long DEC01_1000 = 1796090400L;

  static final String PAID =
      "SELECT paid_at, paid_seen_at FROM orders WHERE order_id = '5300000000000000002'";

  @Test
  void removingTheExportsOwnParcelMakesThePaidTimeAgainAndSaysSo() throws Exception {
    CliRunner cli = newStore();
    cli.expect(
        0,
        "--now",
        "2026-12-01 11:00",
        "-q",
        "import",
        "orders",
        TestFiles.write(dir, "o.csv", ORDERS).toString(),
        "--map",
        TestFiles.write(dir, "m.yaml", MAP).toString(),
        "--exported-at",
        "2026-12-01 10:00");
    // the import's cap keeps when the balance was seen paid (before: null)
    assertEquals(NOV02_1100 + "|" + DEC01_1000 + "\n", q(cli, PAID));
    PresaleParcelStore.shipBoth(cli, dir);
    assertEquals(PresaleParcelStore.ON_NOV02, PresaleParcelStore.days(cli));

    CliRunner.Result removed =
        cli.expect(
            0,
            "--now",
            "2026-12-02 10:05",
            "shipments",
            "remove-parcel",
            "5300000000000000002",
            "SF101",
            "-f",
            "csv");
    assertTrue(
        removed
            .err()
            .contains(
                "Order 5300000000000000002's paid time (balance 尾款 paid) 2026-11-02 11:00 →"
                    + " 2026-11-03 09:00: no longer capped by the outbound of removed parcel SF101"
                    + " (2026-11-02 11:00); the day figures count it on 2026-11-03 now\n"),
        removed.err());
    // before: 11-02 11:00 (the removed parcel's), 11-02 1 order / 11-03 none
    assertEquals(NOV03_0900 + "|" + DEC01_1000 + "\n", q(cli, PAID));
    assertEquals(PresaleParcelStore.ON_NOV03, PresaleParcelStore.days(cli));
    cli.expect(0, "--now", "2026-12-02 10:10", "-q", "check");

    CliRunner.Result restored =
        cli.expect(
            0,
            "--lang",
            "zh",
            "--now",
            "2026-12-02 10:20",
            "shipments",
            "restore-parcel",
            "5300000000000000002",
            "SF101",
            "-f",
            "csv");
    assertTrue(
        restored
            .err()
            .contains(
                "订单 5300000000000000002 的尾款付款时间 2026-11-03 09:00 → 2026-11-02 11:00"
                    + "（又受恢复的包裹 SF101 的发货时间限制：尾款在发货前付清）；按日统计现计入 2026-11-02\n"),
        restored.err());
    assertEquals(NOV02_1100 + "|" + DEC01_1000 + "\n", q(cli, PAID));
    assertEquals(PresaleParcelStore.ON_NOV02, PresaleParcelStore.days(cli));

    CliRunner.Result zh =
        cli.expect(
            0,
            "--lang",
            "zh",
            "--now",
            "2026-12-02 10:30",
            "shipments",
            "remove-parcel",
            "5300000000000000002",
            "SF101",
            "-f",
            "csv");
    assertTrue(
        zh.err()
            .contains(
                "订单 5300000000000000002 的尾款付款时间 2026-11-02 11:00 → 2026-11-03 09:00"
                    + "（不再受已移除包裹 SF101 的发货时间 2026-11-02 11:00 限制）；按日统计现计入 2026-11-03\n"),
        zh.err());
    CliRunner.Result en =
        cli.expect(
            0,
            "--now",
            "2026-12-02 10:40",
            "shipments",
            "restore-parcel",
            "5300000000000000002",
            "SF101",
            "-f",
            "csv");
    assertTrue(
        en.err()
            .contains(
                "Order 5300000000000000002's paid time (balance 尾款 paid) 2026-11-03 09:00 →"
                    + " 2026-11-02 11:00: capped again by the outbound of restored parcel SF101 (the"
                    + " balance is paid before the goods leave); the day figures count it on"
                    + " 2026-11-02 now\n"),
        en.err());
    cli.expect(0, "--now", "2026-12-02 10:50", "-q", "check");
  }
}
