package com.shopops.cli;

import static com.shopops.cli.TestFiles.copy;
import static com.shopops.cli.TestFiles.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every built-in preset, each with a real-looking export, read back through the real CLI. */
class ImportPresetsTest {
  @TempDir Path dir;
  CliRunner cli;

  /**
   * The columns these import tests compare: `orders list`'s without its currency (which
   * OrdersCurrencyTest pins), chosen with --columns.
   */
  static final String ORDER_HEADER =
      "order_id,customer_id,created_at,paid_at,shipped_at,delivered_at,status,amount,shipping_fee,"
          + "total,items,carrier,tracking_no,province,city,region";

  static final String CUSTOMER_HEADER =
      "customer_id,name,phone,email,province,city,region,registered_at,accepts_marketing,orders,"
          + "spent,last_order_at"; // the columns before other_currencies (review12 L7)

  @BeforeEach
  void init() {
    cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
  }

  /** The import summary line without its elapsed time (", 0.1 s"), which varies. */
  /** The summary lines, without timings and without the "columns were not read" notes. */
  static String summary(String err) {
    return err.replaceAll(", \\d+\\.\\d s\\n", "\n")
        .replaceAll("(?m)^.*: \\d+ columns? (was|were) not read: .*\\n", "")
        .replaceAll("(?m)^.*: \\S+ is not read from this file: .*\\n", "");
  }

  @Test
  void genericOrdersSumRowsAndTakeShippingOnce() {
    Path f = copy(dir, "generic/orders.csv");
    var r = cli.expect(0, "import", "orders", f.toString());
    assertEquals(
        f
            + ": 4 rows, 3 orders (3 new, 0 updated, 0 unchanged), 4 line items; generic-orders,"
            + " UTF-8\n",
        summary(r.err()));
    assertEquals(
        lines(
            ORDER_HEADER,
            "SO1001,C001,2026-11-01 09:00:00,2026-11-01 09:05:00,2026-11-02 10:00:00,"
                + "2026-11-04 15:30:00,completed,268.00,0.00,268.00,1,顺丰速运,SF1001,浙江,杭州,华东",
            "SO1002,C002,2026-11-03 20:10:00,2026-11-03 20:12:30,,,paid,94.80,6.00,100.80,2,,,"
                + "广东,深圳,华南",
            "SO1003,C001,2026-11-05 11:00:00,,,,cancelled,118.00,0.00,118.00,1,,,浙江,杭州,华东"),
        cli.expect(0, "orders", "list", "--columns", ORDER_HEADER, "--format", "csv").out());
    assertEquals(
        lines(
            "order_id,line,sku,title,quantity,unit_price,amount",
            "SO1002,1,SNK-MANGO-500,芒果干 500g 大包装,2,29.90,59.80",
            "SO1002,2,ACC-STAND,桌面手机支架 铝合金,1,35.00,35.00"),
        section(cli.expect(0, "orders", "show", "SO1002").out(), "lines"));
  }

  @Test
  void genericCustomers() {
    Path f = copy(dir, "generic/customers.csv");
    var r = cli.expect(0, "import", "customers", f.toString());
    assertEquals(
        f + ": 3 rows, 3 customers (3 new, 0 updated, 0 unchanged); generic-customers, UTF-8\n",
        summary(r.err()));
    assertEquals(
        lines(
            CUSTOMER_HEADER,
            "C001,周静,13912345678,zhou@example.com,浙江,杭州,华东,2025-03-01 10:00:00,true,0,0.00,",
            "C002,林涛,13800001111,,广东,深圳,华南,2025-05-20 08:30:00,false,0,0.00,",
            "C003,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"点我\"\")\",,lin@example.com,四川,"
                + "成都,西南,,,0,0.00,"),
        cli.expect(0, "customers", "list", "--unmasked", "--columns", CUSTOMER_HEADER).out());
  }

  @Test
  void shopifyOrdersGroupedByNameWithOrderFieldsOnTheFirstRowOnly() {
    Path f = copy(dir, "shopify/orders_export.csv");
    var r = cli.expect(0, "import", "orders", f.toString());
    assertEquals(
        f
            + ": 4 rows, 3 orders (3 new, 0 updated, 0 unchanged), 4 line items; shopify-orders,"
            + " UTF-8\n"
            + f
            + ": 1 order is closed after payment with no close time in the file and not stored"
            + " paid before: its refund counts in net_sales on its payment day\n",
        summary(r.err()));
    // +0800 timestamps read as instants and shown in the store zone; '-prefixed phones cleaned
    assertEquals(
        lines(
            ORDER_HEADER,
            "\"#1001\",ugzibzk10@foxmail.com,2026-10-07 14:16:20,2026-10-07 14:25:43,"
                + "2026-10-08 08:56:43,,shipped,387.80,0.00,387.80,2,标准快递,,浙江,杭州,华东",
            "\"#1002\",jpozelms12@126.com,2026-10-13 09:48:30,2026-10-13 09:50:35,"
                + "2026-10-13 15:10:35,,refunded,118.00,0.00,118.00,1,标准快递,,广东,深圳,华南",
            "\"#1003\",jjrhb@gmail.com,2026-10-13 20:08:27,2026-10-13 20:18:33,"
                + "2026-10-14 08:21:33,,shipped,29.90,6.00,35.90,1,标准快递,,北京,北京,华北"),
        cli.expect(0, "orders", "list", "--columns", ORDER_HEADER).out());
    assertEquals(
        lines(
            "order_id,line,sku,title,quantity,unit_price,amount",
            "\"#1001\",1,SNK-BEEF-200,内蒙古风干牛肉干 200g 原味,2,59.90,119.80",
            "\"#1001\",2,TEA-LJ-250,西湖龙井 明前特级 250g 罐装,1,268.00,268.00"),
        section(cli.expect(0, "orders", "show", "#1001").out(), "lines"));
    // the buyer comes from the order: the leading ' of '+8614639687058 is gone (--raw shows it);
    // the order's Accepts Marketing is the buyer's consent
    assertEquals(
        lines(
            CUSTOMER_HEADER,
            "jjrhb@gmail.com,陈宇,+8613664345923,jjrhb@gmail.com,北京,北京,华北,,false,1,35.90,"
                + "2026-10-13 20:18:33",
            // #1002 was refunded after payment: it is a purchase, its 118.00 went back (L15)
            "jpozelms12@126.com,赵杰,+8614639687058,jpozelms12@126.com,广东,深圳,华南,,false,1,"
                + "0.00,2026-10-13 09:50:35",
            "ugzibzk10@foxmail.com,谢雨桐,+8613393584970,ugzibzk10@foxmail.com,浙江,杭州,华东,,true,"
                + "1,387.80,2026-10-07 14:25:43"),
        cli.expect(0, "customers", "list", "--unmasked", "--raw", "--columns", CUSTOMER_HEADER)
            .out());
  }

  @Test
  void shopifyCustomersBothHeaderGenerations() {
    Path current = copy(dir, "shopify/customers_export.csv");
    Path legacy = copy(dir, "shopify/customers_export_legacy.csv");
    var r = cli.expect(0, "import", "customers", current.toString(), legacy.toString());
    assertEquals(
        current
            + ": 4 rows, 4 customers (4 new, 0 updated, 0 unchanged); shopify-customers,"
            + " UTF-8\n"
            + legacy
            + ": 2 rows, 2 customers (2 new, 0 updated, 0 unchanged); shopify-customers,"
            + " UTF-8\n",
        summary(r.err()));
    // id = the email lowercased (as the orders export names buyers), else a pseudonym of the phone
    // (tel-…), else the Customer ID
    // without its '; Chinese names family name first
    assertEquals(
        lines(
            CUSTOMER_HEADER,
            "jjrhb@gmail.com,陈宇,+8613664345923,jjrhb@gmail.com,北京,北京,华北,,false,0,0.00,",
            "jpozelms12@126.com,赵杰,+8614639687058,jpozelms12@126.com,广东,深圳,华南,,false,0," + "0.00,",
            "mei.lin@example.com,Mei Lin,+8613900000001,mei.lin@example.com,上海,Shanghai,华东,,"
                + "true,0,0.00,",
            // no email: named by a pseudonym of the phone number (ids are never masked)
            "tel-c3ea47f85a97,宋涛,+8614575621078,,广东,广州,华南,,false,0,0.00,",
            "tom.chen@example.com,Tom Chen,,tom.chen@example.com,广东,Guangzhou,华南,,false,0,0.00,",
            "ugzibzk10@foxmail.com,谢雨桐,+8613393584970,ugzibzk10@foxmail.com,浙江,杭州,华东,,"
                + "true,0,0.00,"),
        cli.expect(0, "customers", "list", "--unmasked", "--raw", "--columns", CUSTOMER_HEADER)
            .out());
  }

  @Test
  void wooCommerceOrders() {
    Path f = copy(dir, "woocommerce/orders.csv");
    var r = cli.expect(0, "import", "orders", f.toString());
    assertEquals(
        f
            + ": 4 rows, 3 orders (3 new, 0 updated, 0 unchanged), 4 line items;"
            + " woocommerce-orders, UTF-8\n"
            + f
            + ": 3 orders in USD; the store is CNY: metrics and the report show them with"
            + " --currency and their code\n",
        summary(r.err()));
    // M/d/yyyy H:mm dates; wc-processing → paid, on-hold → pending; emails lowercased
    assertEquals(
        lines(
            ORDER_HEADER,
            "4959,anna.berg@example.com,2026-05-31 00:37:00,2026-05-31 00:40:00,,,paid,60.00,10.00,"
                + "70.00,2,,,CA,San Jose,",
            "4960,bo@example.com,2026-06-01 13:05:00,,,,pending,15.50,0.00,15.50,1,,,NY,New York,",
            "4961,anna.berg@example.com,2026-06-02 09:00:00,2026-06-02 09:01:00,,,completed,20.00,"
                + "5.00,25.00,1,,,CA,San Jose,"),
        cli.expect(0, "orders", "list", "--columns", ORDER_HEADER).out());
    assertEquals(
        lines(
            CUSTOMER_HEADER,
            "anna.berg@example.com,Anna,5550100,anna.berg@example.com,CA,San Jose,,,,2,95.00,"
                + "2026-06-02 09:01:00",
            "bo@example.com,Bo,,bo@example.com,NY,New York,,,,0,0.00,"),
        cli.expect(0, "customers", "list", "--unmasked", "--columns", CUSTOMER_HEADER).out());
  }

  static final String TAOBAO_ORDERS =
      lines(
          ORDER_HEADER,
          "3767779669131463362,夏天朱思远588,2026-10-21 11:02:42,2026-10-21 11:03:45,,,completed,"
              + "89.70,0.00,89.70,1,韵达快递,431631193447702,山东,青岛,华东",
          "3962574745609585772,tb52017719,2026-10-24 12:16:49,2026-10-24 12:23:01,,,completed,"
              + "194.00,0.00,184.00,2,顺丰速运,SF2334328013885,浙江,杭州,华东",
          "3238857775353603828,一只宋杰762,2026-11-08 00:17:35,,,,cancelled,269.70,0.00,0.00,1,,,"
              + "山东,济南,华东",
          "3407489197657368085,tb36140251_95,2026-11-19 03:47:24,2026-11-19 03:59:14,,,paid,"
              + "50.70,6.00,56.70,1,,,辽宁,沈阳,东北",
          // 0000-00-00 00:00:00 is "not paid"
          "3917505475373201247,快乐赵杰495,2026-11-20 07:59:44,,,,pending,35.00,6.00,0.00,1,,,"
              + "广东,深圳,华南");

  @Test
  void taobaoOrderListAndItemsGbkPairItemsFirstOnTheCommandLine() {
    Path orders = copy(dir, "taobao/ExportOrderList202611201000.csv");
    Path items = copy(dir, "taobao/ExportOrderDetailList202611201000.csv");
    var r = cli.expect(0, "import", "orders", items.toString(), orders.toString());
    assertEquals(
        orders
            + ": 5 rows, 5 orders (5 new, 0 updated, 0 unchanged); taobao-orders, GB18030\n"
            + items
            + ": 6 rows, 5 orders (0 new, 5 updated, 0 unchanged), 6 line items;"
            + " taobao-items, GB18030\n",
        summary(r.err()));
    assertEquals(TAOBAO_ORDERS, cli.expect(0, "orders", "list", "--columns", ORDER_HEADER).out());
    assertEquals(
        lines(
            "order_id,line,sku,title,quantity,unit_price,amount",
            "3962574745609585772,1,ACC-STAND,桌面手机支架 铝合金,1,35.00,35.00",
            "3962574745609585772,2,KIT-KNF-3,德式不锈钢刀具 三件套,1,159.00,159.00"),
        section(cli.expect(0, "orders", "show", "3962574745609585772").out(), "lines"));
  }

  @Test
  void taobaoPairInEitherOrderGivesTheSameStore() {
    Path orders = copy(dir, "taobao/ExportOrderList202611201000.csv");
    Path items = copy(dir, "taobao/ExportOrderDetailList202611201000.csv");
    cli.expect(0, "import", "orders", orders.toString(), items.toString());
    assertEquals(TAOBAO_ORDERS, cli.expect(0, "orders", "list", "--columns", ORDER_HEADER).out());
    // 19-digit ids are text: exact in json too, not a number rounded by a double
    String json = cli.expect(0, "orders", "show", "3767779669131463362", "--format", "jsonl").out();
    assertTrue(json.startsWith("{\"order_id\":\"3767779669131463362\",\"customer_id\":"), json);
    assertTrue(
        json.endsWith(
            "\"lines\":[{\"order_id\":\"3767779669131463362\",\"line\":1,"
                + "\"sku\":\"SNK-MANGO-500\",\"title\":\"芒果干 500g 大包装\",\"quantity\":3,"
                + "\"unit_price\":29.90,\"amount\":89.70}]}\n"),
        json);
  }

  @Test
  void taobaoItemsWithoutTheirOrdersAreRejected() {
    Path items = copy(dir, "taobao/ExportOrderDetailList202611201000.csv");
    var r = cli.expect(1, "import", "orders", items.toString());
    assertEquals(
        items
            + ":2: order_id (column \"订单编号\"): order 3767779669131463362 is not in the store;"
            + " import the order"
            + " list (e.g. the 订单报表 ExportOrderList) before its line items\n",
        r.err().lines().findFirst().orElseThrow() + "\n");
  }

  @Test
  void taobaoSubOrdersSingleFile() {
    Path f = copy(dir, "taobao/suborders.csv");
    var r = cli.expect(0, "import", "orders", f.toString());
    assertEquals(
        f
            + ": 3 rows, 2 orders (2 new, 0 updated, 0 unchanged), 3 line items; taobao-suborders,"
            + " GB18030\n",
        summary(r.err()));
    assertEquals(
        lines(
            ORDER_HEADER,
            "4012345678901234560,茶友小王,2026-11-10 10:00:00,2026-11-10 10:01:00,"
                + "2026-11-10 18:00:00,,shipped,327.80,,327.80,2,顺丰速运,SF3000000001,浙江,杭州,华东",
            "4098765432109876540,tb88886666,2026-11-11 21:30:00,2026-11-11 21:31:00,,,paid,16.90,,"
                + "16.90,1,,,广东,广州,华南"),
        cli.expect(0, "orders", "list", "--columns", ORDER_HEADER).out());
  }

  @Test
  void jdOrderTotalsRepeatedPerSkuRowAreCountedOnce() {
    Path f = copy(dir, "jd/jd_orders.csv");
    var r = cli.expect(0, "import", "orders", f.toString());
    assertEquals(
        f + ": 8 rows, 4 orders (4 new, 0 updated, 0 unchanged), 8 line items; jd-orders, UTF-8\n",
        summary(r.err()));
    // amount = the lines (京东价 × 订购数量); total = 应付金额 once, not once per row
    assertEquals(
        lines(
            ORDER_HEADER,
            "368428453584,jd_dfzi303508,2026-10-21 23:47:15,,,,cancelled,59.80,6.00,65.80,2,,,浙江,,"
                + "华东",
            "358950076915,jd_plif198500,2026-10-25 19:27:57,2026-10-25 19:42:12,,,completed,29.90,"
                + "6.00,35.90,1,,,广东,,华南",
            "307336793036,jd_udga965456,2026-10-29 18:08:21,2026-10-29 18:22:47,,,completed,"
                + "393.90,0.00,393.90,3,,,山东,,华东",
            "354092587143,jd_trhn802266,2026-11-01 13:56:33,2026-11-01 14:02:55,,,completed,"
                + "161.80,0.00,151.80,2,,,福建,,华东"),
        cli.expect(0, "orders", "list", "--columns", ORDER_HEADER).out());
    assertEquals(
        lines(
            "order_id,line,sku,item_id,title,quantity,unit_price,amount",
            "307336793036,1,TEA-PE-357,100012830453,云南普洱熟茶 357g 饼,1,98.00,98.00",
            "307336793036,2,TEA-HC-50,100012830455,桂花乌龙 冷泡茶包 15袋,1,39.90,39.90",
            "307336793036,3,TEA-TGY-500,100012830452,安溪铁观音 浓香型 500g,2,128.00,256.00"),
        section(cli.expect(0, "orders", "show", "307336793036").out(), "lines"));
    // the buyer's spend counts the order total once: 151.80, not 2 × 151.80
    String customers = cli.expect(0, "customers", "list", "--columns", CUSTOMER_HEADER).out();
    assertEquals(
        "jd_trhn802266,郭婷婷,1******0701,,福建,,华东,,,1,151.80,2026-11-01 14:02:55",
        customers.lines().filter(l -> l.startsWith("jd_trhn802266")).findFirst().orElseThrow());
  }

  @Test
  void presetForcedWithPreset() {
    Path f = copy(dir, "generic/orders.csv");
    var r = cli.expect(0, "import", "orders", f.toString(), "--preset", "generic-orders");
    assertEquals(
        f
            + ": 4 rows, 3 orders (3 new, 0 updated, 0 unchanged), 4 line items; generic-orders,"
            + " UTF-8\n",
        summary(r.err()));
    var wrongKind =
        cli.expect(1, "import", "orders", f.toString(), "--preset", "shopify-customers");
    assertEquals(
        "shopops: preset shopify-customers reads customers, not orders\n"
            + "  hint: use `shopops import customers`\n",
        wrongKind.err());
    var unknown = cli.expect(2, "import", "orders", f.toString(), "--preset", "amazon");
    assertEquals(
        "shopops: unknown preset \"amazon\"\n"
            + "  hint: presets for orders: generic-orders, shopify-orders, woocommerce-orders,"
            + " taobao-orders, taobao-items, taobao-suborders, jd-orders, olist-orders\n",
        unknown.err());
  }

  /** The csv of one section of a record ({@code orders show}): the rows after its "# name" line. */
  private static String section(String out, String name) {
    int start = out.indexOf("\n# " + name + "\n") + name.length() + 4;
    int end = out.indexOf("\n\n", start);
    return end < 0 ? out.substring(start) : out.substring(start, end + 1);
  }
}
