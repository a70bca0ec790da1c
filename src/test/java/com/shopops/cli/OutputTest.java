package com.shopops.cli;

import static com.shopops.cli.TestFiles.copy;
import static com.shopops.cli.TestFiles.lines;
import static com.shopops.cli.TestFiles.read;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** List output in every format, --out, --excel, formula-safe CSV and phone masking. */
class OutputTest {
  @TempDir Path dir;
  CliRunner cli;

  @BeforeEach
  void store() {
    cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
    cli.expect(0, "-q", "import", "orders", copy(dir, "generic/orders.csv").toString());
    cli.expect(0, "-q", "import", "customers", copy(dir, "generic/customers.csv").toString());
  }

  /** `orders list`'s columns. */
  static final String HEADER =
      "order_id,customer_id,created_at,paid_at,shipped_at,delivered_at,status,amount,discount,"
          + "shipping_fee,total,currency,items,carrier,tracking_no,province,city,region";

  String orders(String format) {
    return cli.expect(0, "orders", "list", "--limit", "2", "--format", format).out();
  }

  @Test
  void csvIsTheDefaultWhenPiped() {
    assertEquals(orders("csv"), cli.expect(0, "orders", "list", "--limit", "2").out());
    assertEquals(
        lines(
            HEADER,
            "SO1001,C001,2026-11-01 09:00:00,2026-11-01 09:05:00,2026-11-02 10:00:00,"
                + "2026-11-04 15:30:00,completed,268.00,,0.00,268.00,CNY,1,顺丰速运,SF1001,浙江,杭州,"
                + "华东",
            "SO1002,C002,2026-11-03 20:10:00,2026-11-03 20:12:30,,,paid,94.80,,6.00,100.80,CNY,2,,,"
                + "广东,深圳,华南"),
        orders("csv"));
  }

  @Test
  void tsv() {
    assertEquals(
        lines(
            HEADER.replace(',', '\t'),
            "SO1001\tC001\t2026-11-01 09:00:00\t2026-11-01 09:05:00\t2026-11-02 10:00:00\t"
                + "2026-11-04 15:30:00\tcompleted\t268.00\t\t0.00\t268.00\tCNY\t1\t顺丰速运\tSF1001\t浙江\t"
                + "杭州\t华东",
            "SO1002\tC002\t2026-11-03 20:10:00\t2026-11-03 20:12:30\t\t\tpaid\t94.80\t\t6.00\t"
                + "100.80\tCNY\t2\t\t\t广东\t深圳\t华南"),
        orders("tsv"));
  }

  static final String SO1002_JSON =
      "{\"order_id\":\"SO1002\",\"customer_id\":\"C002\",\"created_at\":\"2026-11-03T20:10:00+08:00\","
          + "\"paid_at\":\"2026-11-03T20:12:30+08:00\",\"shipped_at\":null,\"delivered_at\":null,"
          + "\"status\":\"paid\",\"amount\":94.80,\"discount\":null,\"shipping_fee\":6.00,\"total\":100.80,"
          + "\"currency\":\"CNY\",\"items\":2,\"carrier\":null,\"tracking_no\":null,\"province\":\"广东\","
          + "\"city\":\"深圳\",\"region\":\"华南\"}";

  @Test
  void jsonlAndJson() {
    String jsonl = orders("jsonl");
    assertEquals(2, jsonl.lines().count());
    assertEquals(SO1002_JSON, jsonl.lines().skip(1).findFirst().get());
    String json = cli.expect(0, "orders", "list", "--status", "paid", "--format", "json").out();
    assertEquals(
        "[\n  {\n    \"order_id\": \"SO1002\",\n    \"customer_id\": \"C002\",\n"
            + "    \"created_at\": \"2026-11-03T20:10:00+08:00\",\n"
            + "    \"paid_at\": \"2026-11-03T20:12:30+08:00\",\n    \"shipped_at\": null,\n"
            + "    \"delivered_at\": null,\n    \"status\": \"paid\",\n    \"amount\": 94.80,\n"
            + "    \"discount\": null,\n    \"shipping_fee\": 6.00,\n    \"total\": 100.80,\n    \"currency\": \"CNY\",\n"
            + "    \"items\": 2,\n"
            + "    \"carrier\": null,\n    \"tracking_no\": null,\n    \"province\": \"广东\",\n"
            + "    \"city\": \"深圳\",\n    \"region\": \"华南\"\n  }\n]\n",
        json);
  }

  @Test
  void tableAlignsChineseText() {
    String table =
        cli.expect(
                0,
                "orders",
                "list",
                "--limit",
                "2",
                "--format",
                "table",
                "--wide",
                "--sort",
                "created_at")
            .out();
    String[] rows = table.split("\n");
    assertEquals(4, rows.length);
    assertTrue(rows[0].startsWith("order_id  customer_id  created_at           paid_at"), table);
    assertTrue(rows[2].startsWith("SO1001    C001         2026-11-01 09:00:00"), table);
    // 顺丰速运 is four double-width characters: "carrier" column is 8 cells wide
    assertTrue(rows[2].contains("  1  顺丰速运  SF1001       浙江      杭州  华东"), table);
    assertTrue(rows[3].contains("  2                         广东      深圳  华南"), table);
  }

  @Test
  void filtersFromToStatusCustomer() {
    assertEquals(
        List2.ids("SO1002,SO1003"),
        List2.ids(
            cli.expect(0, "orders", "list", "--from", "2026-11-03", "--to", "2026-11-05").out()));
    assertEquals(
        "SO1003", List2.ids(cli.expect(0, "orders", "list", "--status", "cancelled").out()));
    assertEquals(
        "SO1001,SO1003", List2.ids(cli.expect(0, "orders", "list", "--customer", "C001").out()));
  }

  /** First column of csv output, joined. */
  static final class List2 {
    static String ids(String csv) {
      if (!csv.contains("\n")) {
        return csv;
      }
      return String.join(
          ",", csv.lines().skip(1).map(l -> l.substring(0, l.indexOf(','))).toList());
    }
  }

  @Test
  void outRefusesToOverwriteWithoutForce() throws Exception {
    Path out = dir.resolve("listed.csv");
    var r = cli.expect(0, "orders", "list", "--out", out.toString());
    assertEquals("Wrote 3 rows to " + out + "\n", r.err());
    assertEquals(cli.expect(0, "orders", "list").out(), read(out));
    Files.writeString(out, "keep me");
    var refused = cli.expect(2, "orders", "list", "--out", out.toString());
    assertEquals(
        "shopops: " + out + " already exists\n  hint: pass --force to replace it\n", refused.err());
    assertEquals("keep me", read(out));
    cli.expect(0, "orders", "list", "--out", out.toString(), "--force");
    assertEquals(cli.expect(0, "orders", "list").out(), read(out));
  }

  @Test
  void excelStartsWithABom() throws Exception {
    Path out = dir.resolve("c.csv");
    cli.expect(0, "customers", "list", "--excel", "--out", out.toString());
    byte[] bytes = Files.readAllBytes(out);
    assertArrayEquals(
        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'c'}, Arrays.copyOf(bytes, 4));
    assertTrue(cli.expect(0, "customers", "list").out().startsWith("customer_id,"));
  }

  static final String CUSTOMER_HEADER = ImportPresetsTest.CUSTOMER_HEADER;

  @Test
  void formulaPrefixInCsvButNotWithRawAndPhonesMasked() {
    assertEquals(
        lines(
            CUSTOMER_HEADER,
            "C001,周静,139****5678,zhou@example.com,浙江,杭州,华东,2025-03-01 10:00:00,true,1,"
                + "268.00,2026-11-01 09:05:00",
            "C002,林涛,138****1111,,广东,深圳,华南,2025-05-20 08:30:00,false,1,100.80,"
                + "2026-11-03 20:12:30",
            "C003,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"点我\"\")\",,lin@example.com,四川,"
                + "成都,西南,,,0,0.00,"),
        cli.expect(0, "customers", "list", "--columns", CUSTOMER_HEADER).out());
    String raw = cli.expect(0, "customers", "list", "--raw", "--unmasked").out();
    assertTrue(raw.contains("C003,\"=HYPERLINK(\"\"http://evil.example\"\",\"\"点我\"\")\","), raw);
    assertTrue(raw.contains("C001,周静,13912345678,"), raw);
  }

  @Test
  void customersFilteredByRegionAndProvince() {
    assertEquals("C001", List2.ids(cli.expect(0, "customers", "list", "--region", "华东").out()));
    assertEquals("C002", List2.ids(cli.expect(0, "customers", "list", "--province", "广东省").out()));
    assertEquals(
        "shopops: --region: unknown region \"华西\"\n  hint: use one of 华东, 华南, 华北,"
            + " 华中, 西南, 西北, 东北, 港澳台\n",
        cli.expect(2, "customers", "list", "--region", "华西").err());
  }

  @Test
  void unknownFormatIsAUsageError() {
    var r = cli.expect(2, "orders", "list", "--format", "xml");
    assertTrue(r.err().startsWith("shopops: --format: "), r.err());
  }

  @Test
  void orderShowAsATableOnATerminal() {
    String out = cli.terminal(true).expect(0, "orders", "show", "SO1002").out();
    assertTrue(out.contains("total         100.80"), out);
    assertTrue(out.contains("\nstatus        paid"), out);
    // the platform's wording is kept only when it says more than the status; fields without a
    // value (platform_status, shipped_at, carrier…) are left out on a terminal
    assertFalse(out.contains("platform_status"), out);
    assertFalse(out.contains("shipped_at"), out);
    assertTrue(out.contains("\nshipping_fee  6.00\n"), out);
    var json = cli.expect(0, "orders", "show", "SO1002", "--format", "json").out();
    assertTrue(json.contains("\"platform_status\": null"), json);
    assertTrue(out.contains("SO1002       2  ACC-STAND      桌面手机支架 铝合金"), out);
  }

  @Test
  void aPeriodThatEndsBeforeItStartsIsAUsageError() {
    for (String[] cmd : new String[][] {{"orders", "list"}, {"followup", "list"}}) {
      var r = cli.expect(2, cmd[0], cmd[1], "--from", "2026-11-20", "--to", "2026-11-01");
      // through PeriodOptions picocli adds its "Try `shopops help ...`" line after the message
      assertTrue(
          r.err().startsWith("shopops: --to 2026-11-01 is before --from 2026-11-20\n"), r.err());
    }
  }
}
