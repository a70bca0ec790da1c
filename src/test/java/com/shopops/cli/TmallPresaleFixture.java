package com.shopops.cli;

import java.nio.charset.Charset;
import java.nio.file.Path;

/**
 * The Tmall 订单报表 of a presale paid in stages (分阶段订单信息 定金/尾款), as the tryouts' t6 files (tryout21
 * Z2, tryout22a A1–A3): the header, a row builder, the 10-25 and 11-11 exports, their times in
 * Asia/Shanghai, and the store and monthly figures the presale tests read. One place for the set-up
 * of PresalePaidInFullTest, PresaleLateExportTest, PresaleUpgradeTest and their PostgreSQL twins.
 */
public final class TmallPresaleFixture {
  private TmallPresaleFixture() {}

  /** A 订单报表 header with 分阶段订单信息 and 确认收货时间. */
  public static final String HEAD =
      "订单编号,买家会员名,买家支付宝账号,买家应付货款,买家应付邮费,买家支付积分,总金额,返点积分,买家实际支付金额,买家实际支付积分,"
          + "订单状态,买家留言,收货人姓名,收货地址,运送方式,联系电话,联系手机,订单创建时间,订单付款时间,宝贝标题,宝贝种类,物流单号,物流公司,"
          + "订单备注,宝贝总数量,店铺Id,店铺名称,订单关闭原因,卖家服务费,买家服务费,发票抬头,是否手机订单,分阶段订单信息,特权订金订单id,"
          + "定金排名,修改后的sku,修改后的收货地址,异常信息,天猫卡券抵扣,集分宝抵扣,是否是O2O交易,确认收货时间,退款金额\n";

  /** 分阶段订单信息 of a presale paid in full. */
  public static final String FULL = "定金：50.00元，已付款；尾款：249.00元，已付款";

  /** 分阶段订单信息 of a presale with only its deposit paid. */
  public static final String DEPOSIT_ONLY = "定金：50.00元，已付款；尾款：249.00元，未付款";

  /**
   * A row of a 299.00 presale created 2026-10-24 20:00:00, its deposit paid 20:00:30: 实付 {@code
   * paid}, 订单状态 {@code status}, 分阶段订单信息 {@code stages}, 确认收货时间 {@code received}, 退款 0.00.
   */
  public static String row(
      String id, String buyer, String paid, String status, String stages, String received) {
    return id
        + ","
        + buyer
        + ",,299.00,0.00,,299.00,,"
        + paid
        + ",,"
        + status
        + ",,赵,浙江省 杭州市 上城区 解放路1号,,,13700000000,2026-10-24 20:00:00,2026-10-24 20:00:30,"
        + ",,,,,,,,,,,,,"
        + stages
        + ",,,,,,,,,"
        + received
        + ",0.00\n";
  }

  /** A row whose balance (尾款) is {@code balance} (已付款 / 未付款), not received. */
  public static String row(String id, String buyer, String paid, String status, String balance) {
    return row(id, buyer, paid, status, "定金：50.00元，已付款；尾款：249.00元，" + balance, "");
  }

  /** The tryout's t6 file (exported 2026-10-25 10:00): the deposit paid, the balance not. */
  public static final String OCT25_FILE =
      HEAD + row("5200000000000000001", "presale_fan", "50.00", "等待买家付款", "未付款");

  /** The tryout's t6b file (2026-11-11 10:00): the first paid in full, a second deposit-only. */
  public static final String NOV11_FILE =
      HEAD
          + row("5200000000000000001", "presale_fan", "299.00", "买家已付款，等待卖家发货", "已付款")
          + row("5200000000000000002", "presale_two", "50.00", "等待买家付款", "未付款");

  /** The download names of the two files (their export times). */
  public static final String OCT25_NAME = "ExportOrderList202610251000.csv";

  public static final String NOV11_NAME = "ExportOrderList202611111000.csv";

  // epoch seconds in Asia/Shanghai
  /** 2026-10-24 20:00:00, the rows' 订单创建时间. */
  public static final long CREATED = 1792843200L;

  /** 2026-10-24 20:00:30, the rows' 订单付款时间: the deposit's time. */
  public static final long DEPOSIT = 1792843230L;

  /** 2026-10-25 10:00, the t6 export. */
  public static final long OCT25 = 1792893600L;

  /** 2026-11-11 10:00, the t6b export. */
  public static final long NOV11 = 1794362400L;

  public static final String MONTHS_HEAD =
      "period,pv,uv,orders,buyers,sales,net_sales,conversion_rate,order_conversion_rate,"
          + "sales_per_buyer,aov,repeat_rate,return_rate,on_time_ship_rate\n";

  /** `metrics --by month --from 2026-10-01 -f csv` at {@code now}. */
  public static CliRunner.Result metricsByMonth(CliRunner cli, String now) {
    return cli.expect(
        0, "--now", now, "metrics", "--by", "month", "--from", "2026-10-01", "-f", "csv");
  }

  /** The monthly figures (stdout of {@link #metricsByMonth}). */
  public static String months(CliRunner cli, String now) {
    return metricsByMonth(cli, now).out();
  }

  /** A new SQLite store in {@code dir}, zone Asia/Shanghai. */
  public static CliRunner newStore(Path dir) {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    return cli;
  }

  /** Writes {@code text} as {@code dir/name} in GB18030, as the 订单报表 comes; returns its path. */
  public static Path gb18030(Path dir, String name, String text) {
    return TestFiles.write(dir, name, text.getBytes(Charset.forName("GB18030")));
  }

  /** The two tryout files written in GB18030 into {@code dir}: {10-25, 11-11}. */
  public static Path[] writeTryoutFiles(Path dir) {
    return new Path[] {gb18030(dir, OCT25_NAME, OCT25_FILE), gb18030(dir, NOV11_NAME, NOV11_FILE)};
  }

  /** The SHA-256 of a file, in hex, as imports.sha256 keeps it. */
  public static String sha(Path file) {
    return TestFiles.sha256(file);
  }
}
