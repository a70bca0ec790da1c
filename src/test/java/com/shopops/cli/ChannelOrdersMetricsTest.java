package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review18 T7: a Tmall + JD shop's {@code metrics --channel tmall|jd} counts the channel's own
 * orders (an order is of the marketplace whose export it came from), so its conversion rate is the
 * channel's buyers over the channel's visitors; returns and shipping, counted for the whole store,
 * are left empty with a note.
 */
class ChannelOrdersMetricsTest {
  @TempDir Path dir;

  CliRunner runner() {
    return new CliRunner(dir);
  }

  /**
   * The Taobao order export (paid: 89.70 on 10-21, 184.00 on 10-24, 56.70 on 11-19) and the JD one
   * (35.90 on 10-25, 393.90 on 10-29, 151.80 on 11-01); 100.00 of the 393.90 refunded on 10-30.
   * Daily traffic from 10-01 to 11-30: tmall 100 PV / 50 UV a day, jd 40 / 20.
   */
  private CliRunner store() throws Exception {
    CliRunner cli = runner();
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "--currency", "CNY", "-q");
    Path res = Path.of("src/test/resources/import");
    cli.expect(0, "import", "orders", res.resolve("jd/jd_orders.csv").toString(), "-q");
    cli.expect(
        0,
        "import",
        "orders",
        res.resolve("taobao/ExportOrderList202611201000.csv").toString(),
        "-q");
    StringBuilder tmall = new StringBuilder("日期,浏览量,访客数\n");
    StringBuilder jd = new StringBuilder("日期,浏览量,访客数\n");
    for (LocalDate d = LocalDate.of(2026, 10, 1);
        !d.isAfter(LocalDate.of(2026, 11, 30));
        d = d.plusDays(1)) {
      tmall.append(d).append(",100,50\n");
      jd.append(d).append(",40,20\n");
    }
    Path t = Files.writeString(dir.resolve("tmall_traffic.csv"), tmall);
    Path j = Files.writeString(dir.resolve("jd_traffic.csv"), jd);
    cli.expect(0, "import", "traffic", t.toString(), "--channel", "tmall", "-q");
    cli.expect(0, "import", "traffic", j.toString(), "--channel", "jd", "-q");
    Path r =
        TestFiles.write(
            dir,
            "returns.csv",
            "return_id,order_id,requested_at,refund_amount,refunded_at\n"
                + "R1,307336793036,2026-10-29 12:00:00,100.00,2026-10-30 12:00:00\n");
    cli.expect(0, "import", "returns", r.toString(), "-q");
    return cli;
  }

  private static String[] metrics(String... more) {
    String[] base = {
      "--now",
      "2026-11-20 10:00",
      "metrics",
      "--by",
      "month",
      "--from",
      "2026-10-01",
      "--to",
      "2026-11-30",
      "--format",
      "csv"
    };
    String[] out = java.util.Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, out, base.length, more.length);
    return out;
  }

  private static final String HEADER =
      "period,pv,uv,orders,buyers,sales,net_sales,conversion_rate,order_conversion_rate,"
          + "sales_per_buyer,aov,repeat_rate,return_rate,on_time_ship_rate";

  @Test
  void aMarketplacesChannelCountsItsOwnOrders() throws Exception {
    CliRunner cli = store();
    // the whole store: both storefronts' visitors and orders
    assertEquals(
        String.join(
            "\n",
            HEADER,
            "2026-10,4340,2170,4,4,703.50,603.50,0.0018,0.0018,175.88,175.88,0.0000,,",
            "2026-11,4200,2100,2,2,208.50,208.50,0.0010,0.0010,104.25,104.25,0.0000,,",
            ""),
        cli.expect(0, metrics()).out());
    // before: 4 orders / 703.50 (the whole store's) beside Tmall's 1550 visitors, conversion empty
    var tmall = cli.expect(0, metrics("--channel", "tmall"));
    assertEquals(
        String.join(
            "\n",
            HEADER,
            "2026-10,3100,1550,2,2,273.70,273.70,0.0013,0.0013,136.85,136.85,0.0000,,",
            "2026-11,3000,1500,1,1,56.70,56.70,0.0007,0.0007,56.70,56.70,0.0000,,",
            ""),
        tmall.out());
    assertTrue(
        tmall
            .err()
            .contains(
                "note: pv and uv of channel tmall; orders, buyers, sales, refunds and the"
                    + " conversion rates are those of its orders (imported from the taobao order"
                    + " export); return_rate and on_time_ship_rate are left empty: returns and"
                    + " shipping are the whole store's (`shopops metrics` without --channel)\n"),
        tmall.err());
    assertTrue(!tmall.err().contains("orders carry no channel"), tmall.err());
    // JD: its 100.00 refund is its own
    assertEquals(
        String.join(
            "\n",
            HEADER,
            "2026-10,1240,620,2,2,429.80,329.80,0.0032,0.0032,214.90,214.90,0.0000,,",
            "2026-11,1200,600,1,1,151.80,151.80,0.0017,0.0017,151.80,151.80,0.0000,,",
            ""),
        cli.expect(0, metrics("--channel", "jd")).out());
    String zh =
        cli.expect(0, concat(new String[] {"--lang", "zh"}, metrics("--channel", "jd"))).err();
    assertTrue(
        zh.contains(
            "浏览量和访客数为渠道 jd 的数据；订单数、买家数、销售额、退款和转化率只计该渠道的订单（来自 jd"
                + " 的订单导出）；退货率和按时发货率留空：退货和发货是全店的（去掉 --channel 查看）"),
        zh);
  }

  /** Tryout18 W7: a Tmall storefront whose orders were never imported has none, not JD's. */
  @Test
  void aMarketplaceWithoutOrdersCountsNone() throws Exception {
    CliRunner cli = runner();
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "--currency", "CNY", "-q");
    Path res = Path.of("src/test/resources/import");
    cli.expect(0, "import", "orders", res.resolve("jd/jd_orders.csv").toString(), "-q");
    Path t =
        Files.writeString(
            dir.resolve("traffic.csv"),
            "date,channel,pv,uv\n2026-10-25,tmall,100,50\n2026-10-25,jd,40,20\n");
    cli.expect(0, "import", "traffic", t.toString(), "-q");
    var tmall = cli.expect(0, metrics("--channel", "tmall"));
    // before: 2026-10 2 orders 429.80 (JD's) under tmall
    assertEquals(
        String.join(
            "\n",
            HEADER,
            // one day of traffic in October: no conversion rate, as store-wide (tryout22a A7)
            "2026-10,100,50,0,0,0.00,0.00,,,,,,,",
            "2026-11,,,0,0,0.00,0.00,,,,,,,",
            ""),
        tmall.out());
    assertTrue(
        tmall
            .err()
            .contains(
                "note: no orders of taobao are stored (no taobao order export imported): channel"
                    + " tmall counts 0 orders\n"),
        tmall.err());
    String zh =
        cli.expect(0, concat(new String[] {"--lang", "zh"}, metrics("--channel", "tmall"))).err();
    assertTrue(zh.contains("没有存储 taobao 的订单（未导入 taobao 的订单导出）：渠道 tmall 的订单数为 0"), zh);
  }

  /** Tryout18 W8: JD's orders without JD traffic: the order figures, pv/uv empty. */
  @Test
  void aMarketplacesOrdersWithoutItsTraffic() throws Exception {
    CliRunner cli = runner();
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "--currency", "CNY", "-q");
    Path res = Path.of("src/test/resources/import");
    cli.expect(0, "import", "orders", res.resolve("jd/jd_orders.csv").toString(), "-q");
    var jd = cli.expect(0, metrics("--channel", "jd"));
    // before: exit 2, --channel: no traffic imported for channel "jd"
    assertEquals(
        String.join(
            "\n",
            HEADER,
            "2026-10,,,2,2,429.80,429.80,,,214.90,214.90,0.0000,,",
            "2026-11,,,1,1,151.80,151.80,,,151.80,151.80,0.0000,,",
            ""),
        jd.out());
    assertTrue(
        jd.err()
            .contains(
                "note: pv and uv: not computed in 2 periods: no traffic or events imported for"
                    + " those dates (`shopops import traffic|events`)\n"),
        jd.err());
  }

  /**
   * Review19 V17: a JD shop with a Shopify side store in USD sees its JD conversion rate with
   * {@code --channel jd --currency CNY}: the USD order is not JD's, so it neither blanks the rate
   * nor is listed as left out of JD's figures.
   */
  @Test
  void aSideStoreInAnotherCurrencyLeavesTheChannelsConversion() throws Exception {
    CliRunner cli = store();
    Path f =
        TestFiles.write(
            dir,
            "orders_export.csv",
            String.join(
                "\n",
                OrderConsentCurrencyTest.HEADER,
                OrderConsentCurrencyTest.row(
                    "#1001", "b1@example.com", "no", "USD", "2026-11-02 10:00:00 +0000"),
                ""));
    cli.expect(0, "import", "orders", f.toString(), "-q");
    // before: 2026-11,1200,600,1,1,151.80,151.80,,,… "not computed in 1 period with paid orders
    // in other currencies: 2026-11 (CNY, USD)" and "left out: USD 1"
    var jd = cli.expect(0, metrics("--channel", "jd", "--currency", "CNY"));
    assertEquals(
        String.join(
            "\n",
            HEADER,
            "2026-10,1240,620,2,2,429.80,329.80,0.0032,0.0032,214.90,214.90,0.0000,,",
            "2026-11,1200,600,1,1,151.80,151.80,0.0017,0.0017,151.80,151.80,0.0000,,",
            ""),
        jd.out());
    assertTrue(!jd.err().contains("left out"), jd.err());
    assertTrue(!jd.err().contains("conversion_rate, order_conversion_rate"), jd.err());
    // tryout20 Y2 rest: the currency note under a channel says the pv and uv are the channel's
    // (before: "pv, uv, return_rate and on_time_ship_rate are the whole store's" beside "pv and uv
    // of channel jd")
    assertTrue(
        jd.err()
            .contains(
                "note: --currency CNY: orders, buyers, sales, net_sales, sales_per_buyer, aov and"
                    + " repeat_rate count the paid orders in CNY only; pv and uv are channel jd's"
                    + " (traffic carries no currency)\n"),
        jd.err());
    assertTrue(!jd.err().contains("whole store's\n"), jd.err());
    String zh =
        cli.expect(
                0,
                concat(
                    new String[] {"--lang", "zh"}, metrics("--channel", "jd", "--currency", "CNY")))
            .err();
    assertTrue(
        zh.contains(
            "--currency CNY：订单数、买家数、销售额、净销售额、客单价、笔单价和复购率只统计 CNY 的已付款订单；"
                + "浏览量和访客数为渠道 jd 的数据（流量不分币种）\n"),
        zh);
    assertTrue(!zh.contains("浏览量、访客数、退货率和按时发货率是全店的"), zh);
  }

  /**
   * Tryout20 Y6: a Shopify storefront's channel counts the orders of the Shopify export only (as a
   * marketplace's does), not the whole store's JD + Taobao + Shopify orders beside its visitors.
   */
  @Test
  void aShopifyChannelCountsItsOwnOrders() throws Exception {
    CliRunner cli = store();
    Path f =
        TestFiles.write(
            dir,
            "orders_export.csv",
            String.join(
                "\n",
                OrderConsentCurrencyTest.HEADER,
                OrderConsentCurrencyTest.row(
                    "#1001", "b1@example.com", "no", "USD", "2026-11-02 10:00:00 +0000"),
                ""));
    cli.expect(0, "import", "orders", f.toString(), "-q");
    StringBuilder shopify = new StringBuilder("日期,浏览量,访客数\n");
    for (LocalDate d = LocalDate.of(2026, 11, 1);
        !d.isAfter(LocalDate.of(2026, 11, 30));
        d = d.plusDays(1)) {
      shopify.append(d).append(",10,5\n");
    }
    Path t = Files.writeString(dir.resolve("shopify_traffic.csv"), shopify);
    cli.expect(0, "import", "traffic", t.toString(), "--channel", "shopify", "-q");
    // before: 2026-10 4 orders 703.50 CNY, 2026-11 3 orders (2 CNY + 1 USD) beside shopify's 150
    // visitors, conversion empty, "orders carry no channel"
    var shop = cli.expect(0, metrics("--channel", "shopify"));
    assertEquals(
        String.join(
            "\n",
            HEADER,
            "2026-10,,,0,0,0.00,0.00,,,,,,,",
            "2026-11,300,150,1,1,10.00,10.00,0.0067,0.0067,10.00,10.00,0.0000,,",
            ""),
        shop.out());
    assertTrue(
        shop.err()
            .contains(
                "note: pv and uv of channel shopify; orders, buyers, sales, refunds and the"
                    + " conversion rates are those of its orders (imported from the shopify order"
                    + " export)"),
        shop.err());
    assertTrue(!shop.err().contains("orders carry no channel"), shop.err());
  }

  /**
   * Tryout20 Y2: the net_sales notes under {@code --channel} name the channel's own orders: a
   * Taobao order closed after payment (closed when first imported) is no JD order's note.
   */
  @Test
  void theNetSalesNotesOfAChannelAreItsOwnOrders() throws Exception {
    CliRunner cli = runner();
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "--currency", "CNY", "-q");
    Path res = Path.of("src/test/resources/import");
    cli.expect(0, "import", "orders", res.resolve("jd/jd_orders.csv").toString(), "-q");
    java.nio.charset.Charset gbk = java.nio.charset.Charset.forName("GBK");
    String taobao =
        Files.readString(res.resolve("taobao/ExportOrderList202611201000.csv"), gbk)
            .replace("买家已付款，等待卖家发货", "交易关闭");
    Path closed = dir.resolve("ExportOrderList202611201000.csv");
    Files.write(closed, taobao.getBytes(gbk));
    cli.expect(0, "import", "orders", closed.toString(), "-q");
    Path t =
        Files.writeString(
            dir.resolve("traffic.csv"),
            "date,channel,pv,uv\n2026-11-19,tmall,100,50\n2026-11-19,jd,40,20\n");
    cli.expect(0, "import", "traffic", t.toString(), "-q");
    String note =
        "note: net_sales: 1 order closed after payment without a close time in the export is"
            + " taken off on its payment day: it was already closed when first imported\n";
    var tmall = cli.expect(0, metrics("--channel", "tmall"));
    // traffic of 1 day of 30: no conversion rates (tryout22a A7)
    assertTrue(
        tmall.out().contains("2026-11,100,50,1,1,56.70,0.00,,,56.70,56.70,0.0000,,"), tmall.out());
    assertTrue(tmall.err().contains(note), tmall.err());
    var jd = cli.expect(0, metrics("--channel", "jd"));
    assertTrue(
        jd.out().contains("2026-11,40,20,1,1,151.80,151.80,,,151.80,151.80,0.0000,,"), jd.out());
    // before: the Taobao order's note under --channel jd
    assertTrue(!jd.err().contains("net_sales:"), jd.err());
    assertTrue(cli.expect(0, metrics()).err().contains(note));
  }

  /**
   * Tryout22a A7: JD's traffic misses 11-01, the day of its one November order (151.80). The
   * channel's view leaves November's conversion rates empty with the store-wide view's note,
   * instead of 1 buyer over the 580 visitors of the other 29 days.
   */
  @Test
  void aMarketplacesChannelLeavesConversionOfPartlyCoveredPeriods() throws Exception {
    CliRunner cli = runner();
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "--currency", "CNY", "-q");
    Path res = Path.of("src/test/resources/import");
    cli.expect(0, "import", "orders", res.resolve("jd/jd_orders.csv").toString(), "-q");
    StringBuilder jd = new StringBuilder("日期,浏览量,访客数\n");
    for (LocalDate d = LocalDate.of(2026, 10, 1);
        !d.isAfter(LocalDate.of(2026, 11, 30));
        d = d.plusDays(1)) {
      if (!d.equals(LocalDate.of(2026, 11, 1))) {
        jd.append(d).append(",40,20\n");
      }
    }
    Path j = Files.writeString(dir.resolve("jd_traffic.csv"), jd);
    cli.expect(0, "import", "traffic", j.toString(), "--channel", "jd", "-q");
    String partial =
        "note: conversion_rate, order_conversion_rate: not computed in 1 period whose traffic"
            + " covers only some of its days (days with traffic/days): 2026-11 (29/30); pv and uv"
            + " there are of those days only\n";
    var all = cli.expect(0, metrics());
    assertTrue(all.err().contains(partial), all.err());
    var channel = cli.expect(0, metrics("--channel", "jd"));
    // before: 2026-11,1160,580,1,1,151.80,151.80,0.0017,0.0017,… and no note
    assertEquals(
        String.join(
            "\n",
            HEADER,
            "2026-10,1240,620,2,2,429.80,429.80,0.0032,0.0032,214.90,214.90,0.0000,,",
            "2026-11,1160,580,1,1,151.80,151.80,,,151.80,151.80,0.0000,,",
            ""),
        channel.out());
    assertTrue(channel.err().contains(partial), channel.err());
  }

  private static String[] concat(String[] a, String[] b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
