package com.shopops.devtools;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleDataTest {
  @TempDir static Path tmp;
  static Path examples;

  @BeforeAll
  static void writeExamples() {
    examples = tmp.resolve("ex");
    assertEquals(0, run("examples", examples.toString(), "--seed", "42"));
  }

  private static int run(String... args) {
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    return SampleData.run(args, quiet, quiet);
  }

  private static List<CSVRecord> parse(String text) throws IOException {
    try (Reader r = new StringReader(text)) {
      return CSVFormat.RFC4180.parse(r).getRecords();
    }
  }

  private static List<CSVRecord> utf8(String file) throws IOException {
    return parse(Files.readString(examples.resolve(file), StandardCharsets.UTF_8));
  }

  private static String strictDecode(Path file, String charset) throws IOException {
    return java.nio.charset.Charset.forName(charset)
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
        .toString();
  }

  @Test
  void sameSeedGivesIdenticalBytes(@TempDir Path other) throws IOException {
    assertEquals(0, run("examples", other.toString(), "--seed", "42"));
    for (String f : ExampleSet.files()) {
      assertArrayEquals(
          Files.readAllBytes(examples.resolve(f)), Files.readAllBytes(other.resolve(f)), f);
    }
  }

  @Test
  void anotherSeedGivesOtherData(@TempDir Path other) throws IOException {
    assertEquals(0, run("examples", other.toString(), "--seed", "7"));
    assertNotEquals(
        Files.readString(examples.resolve("orders.csv")),
        Files.readString(other.resolve("orders.csv")));
  }

  @Test
  void genericOrdersHaveSixteenFieldsAndConsistentOrders() throws IOException {
    List<CSVRecord> rows = utf8("orders.csv");
    assertEquals(GenericFiles.ORDERS_HEADER, rows.get(0).toList());
    Map<String, String> feeByOrder = new HashMap<>();
    Set<String> statuses = new HashSet<>();
    for (CSVRecord r : rows.subList(1, rows.size())) {
      assertEquals(16, r.size(), "line " + r.getRecordNumber());
      assertTrue(r.get(0).matches("SO\\d{12}"), r.get(0));
      assertTrue(r.get(1).matches("C\\d{5}"), r.get(1));
      assertTrue(r.get(12).matches("\\d+\\.\\d\\d"), r.get(12));
      // shipping_fee is the order's fee, the same on each of its rows
      String previous = feeByOrder.putIfAbsent(r.get(0), r.get(13));
      if (previous != null) assertEquals(previous, r.get(13));
      statuses.add(r.get(8));
    }
    assertEquals(
        Set.of("pending", "paid", "shipped", "delivered", "completed", "cancelled", "refunded"),
        statuses);
    assertTrue(
        feeByOrder.size() >= 280 && feeByOrder.size() <= 340, "orders: " + feeByOrder.size());
    assertTrue(feeByOrder.containsKey("SO202605010001"));
  }

  @Test
  void examplesHaveEveryShippingStateAsOfTheReferenceTime() {
    ExampleSet.Summary s = ExampleSet.Summary.of(new ShopGenerator(42).generate(), 0, 0, 0, 0, 0);
    assertTrue(s.due() > 0 && s.atRisk() > 0 && s.overdue() > 0 && s.breached() > 0, s.text());
    assertTrue(s.shippedLate() > 0 && s.shippedBreached() > 0, s.text());
    assertTrue(
        s.refundOverdue() > 0 && s.requestedOutsideWindow() > 0 && s.insideWindow() > 0, s.text());
    assertTrue(s.prospects() > 0 && s.repeatBuyers() > 20, s.text());
  }

  @Test
  void taobaoFilesAreGbkWithTheRealHeaders() throws IOException {
    Path orders = examples.resolve(ExampleSet.TAOBAO_ORDERS);
    Path items = examples.resolve(ExampleSet.TAOBAO_ITEMS);
    // Chinese text is not valid UTF-8 when written as GBK
    assertFalse(new String(Files.readAllBytes(orders), StandardCharsets.UTF_8).contains("订单编号"));
    List<CSVRecord> o = parse(strictDecode(orders, "GB18030"));
    List<String> expected =
        List.of(
            ("订单编号,买家会员名,买家支付宝账号,买家应付货款,买家应付邮费,买家支付积分,总金额,"
                    + "返点积分,买家实际支付金额,买家实际支付积分,订单状态,买家留言,收货人姓名,收货地址,运送方式,联系电话,联系手机,"
                    + "订单创建时间,订单付款时间,宝贝标题,宝贝种类,物流单号,物流公司,订单备注,宝贝总数量,店铺Id,店铺名称,订单关闭原因,"
                    + "卖家服务费,买家服务费,发票抬头,是否手机订单,分阶段订单信息,特权订金订单id,定金排名,修改后的sku,修改后的收货地址,"
                    + "异常信息,天猫卡券抵扣,集分宝抵扣,是否是O2O交易")
                .split(","));
    assertEquals(41, o.get(0).size());
    assertEquals(expected, o.get(0).stream().map(String::strip).toList());
    assertTrue(o.get(0).toList().contains("收货地址 "), "trailing space as in real files");
    Set<String> ids = new HashSet<>();
    for (CSVRecord r : o.subList(1, o.size())) {
      assertEquals(41, r.size());
      assertTrue(r.get(0).matches("\\d{19}"), r.get(0));
      ids.add(r.get(0));
    }
    assertEquals(40, ids.size());
    List<CSVRecord> i = parse(strictDecode(items, "GB18030"));
    assertEquals(
        List.of("订单编号,标题,价格,购买数量,外部系统编号,商品属性,套餐信息,备注,订单状态,商家编码".split(",")), i.get(0).toList());
    Set<String> itemOrders = new HashSet<>();
    i.subList(1, i.size()).forEach(r -> itemOrders.add(r.get(0)));
    assertEquals(ids, itemOrders, "宝贝报表 holds the line items of the same orders");
    assertTrue(i.size() - 1 > ids.size(), "some orders have several items");
  }

  @Test
  void shopifyOrdersHaveTheRealHeaderAndOrderFieldsOnFirstRowsOnly() throws IOException {
    List<CSVRecord> rows = utf8("shopify/orders_export.csv");
    List<String> header = rows.get(0).toList();
    assertEquals(79, header.size());
    assertEquals(List.of("Name", "Email", "Financial Status", "Paid at"), header.subList(0, 4));
    assertEquals("Payment References", header.get(header.size() - 1));
    assertEquals(PlatformExports.SHOPIFY_ORDERS_HEADER, header);
    String previous = "";
    int laterRows = 0;
    for (CSVRecord r : rows.subList(1, rows.size())) {
      assertEquals(header.size(), r.size());
      boolean first = !r.get(0).equals(previous);
      previous = r.get(0);
      if (first) {
        assertFalse(r.get(header.indexOf("Financial Status")).isEmpty());
        assertTrue(
            r.get(header.indexOf("Created at"))
                .matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d \\+0800"));
        continue;
      }
      laterRows++;
      for (int c = 0; c < header.size(); c++) {
        String h = header.get(c);
        if (h.equals("Name") || h.equals("Email") || h.startsWith("Lineitem ")) continue;
        assertEquals("", r.get(c), h + " on a later row of " + r.get(0));
      }
    }
    assertTrue(laterRows > 0);
    List<CSVRecord> customers = utf8("shopify/customers_export.csv");
    assertEquals(PlatformExports.SHOPIFY_CUSTOMERS_HEADER, customers.get(0).toList());
    assertTrue(customers.get(1).get(0).matches("'\\d{13}"));
  }

  @Test
  void jdRowsRepeatTheOrderTotals() throws IOException {
    byte[] bytes = Files.readAllBytes(examples.resolve("jd/jd_orders.csv"));
    assertEquals(0xEF, bytes[0] & 0xFF, "UTF-8 BOM");
    List<CSVRecord> rows = parse(new String(bytes, StandardCharsets.UTF_8).substring(1));
    List<String> header = rows.get(0).toList();
    assertEquals(30, header.size());
    int id = header.indexOf("订单号");
    Map<String, List<String>> totals = new HashMap<>();
    int multi = 0;
    for (CSVRecord r : rows.subList(1, rows.size())) {
      List<String> t =
          List.of(
              r.get(header.indexOf("订单金额")),
              r.get(header.indexOf("应付金额")),
              r.get(header.indexOf("运费金额")));
      List<String> before = totals.putIfAbsent(r.get(id), t);
      if (before != null) {
        assertEquals(before, t, r.get(id));
        multi++;
      }
      assertTrue(r.get(header.indexOf("联系电话")).matches("1\\*{6}\\d{4}"));
    }
    assertEquals(30, totals.size());
    assertTrue(multi > 0, "some orders have several SKU rows");
  }

  @Test
  void bulkOrdersAreSeededAndHaveSixteenFields(@TempDir Path dir) throws IOException {
    Path a = dir.resolve("a.csv");
    Path b = dir.resolve("b.csv");
    assertEquals(0, run("orders", "1000", a.toString(), "--seed", "42"));
    assertEquals(0, run("orders", "1000", b.toString(), "--seed", "42"));
    assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    List<CSVRecord> rows = parse(Files.readString(a));
    assertEquals(1001, rows.size());
    Set<String> ids = new HashSet<>();
    for (CSVRecord r : rows.subList(1, rows.size())) {
      assertEquals(16, r.size());
      assertTrue(ids.add(r.get(0)), "unique order id " + r.get(0));
      assertTrue(r.get(2).matches("2026-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d"), r.get(2));
    }
    Path c = dir.resolve("c.csv");
    assertEquals(0, run("orders", "100", c.toString(), "--lines-per-order", "3"));
    List<CSVRecord> lines = parse(Files.readString(c));
    assertEquals(301, lines.size());
    assertEquals(lines.get(1).get(0), lines.get(3).get(0));
  }

  @Test
  void fastTimestampsMatchTheJdk() {
    List<String> got = new ArrayList<>();
    List<String> want = new ArrayList<>();
    for (long s = -86_400L * 800; s < 86_400L * 40_000; s += 86_400L * 37 + 3_661) {
      StringBuilder sb = new StringBuilder();
      Csv.appendDateTime(sb, s);
      got.add(sb.toString());
      want.add(Csv.time(java.time.LocalDateTime.ofEpochSecond(s, 0, java.time.ZoneOffset.UTC)));
    }
    assertEquals(want, got);
  }

  @Test
  void badArgumentsAreAUsageError() {
    assertEquals(2, run());
    assertEquals(2, run("orders", "ten", "x.csv"));
    assertEquals(2, run("examples"));
  }

  /** The shipments are those of the orders file: same ids, same shipped and delivered times. */
  @Test
  void shipmentsAreTheShippedOrdersOfTheOrdersFileWithItsBuyers(@TempDir Path dir)
      throws IOException {
    Path orders = dir.resolve("orders.csv");
    Path shipments = dir.resolve("shipments.csv");
    String n = "3000";
    // a buyer is a bounded draw, which takes a second number from the stream now and then (more
    // often the larger the bound): another number of buyers moves the later orders
    String customers = "1500000000";
    assertEquals(
        0,
        run(
            "orders",
            n,
            orders.toString(),
            "--customers",
            customers,
            "--returns",
            dir.resolve("returns.csv").toString()));
    assertEquals(0, run("shipments", n, shipments.toString(), "--customers", customers));
    Map<String, String> shipped = new HashMap<>();
    for (String line : Files.readAllLines(orders).subList(1, 3001)) {
      String[] f = line.split(",", 9);
      if (!f[4].isEmpty()) {
        shipped.put(f[0], f[4] + "," + f[5]);
      }
    }
    List<String> rows = Files.readAllLines(shipments);
    assertEquals(shipped.size() + 1, rows.size());
    for (String line : rows.subList(1, rows.size())) {
      String[] f = line.split(",", -1);
      assertEquals(shipped.get(f[0]), f[3] + "," + f[4], line);
    }
  }
}
