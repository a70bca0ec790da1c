package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Last session's tryout as a new operator: a re-import repeating its row notes, --currency "", a
 * Tmall order export's 退款中 in a refunds file, a command whose second file is refused after the
 * first was written, a follow-up sheet without contact times imported again.
 */
class TryoutFindingsTest {
  @TempDir Path dir;
  CliRunner cli;

  private static final String NOW = "2026-11-20 10:00";

  @BeforeEach
  void store() {
    cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
  }

  private Path file(String name, Charset cs, String... lines) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, (String.join("\n", lines) + "\n").getBytes(cs));
    return p;
  }

  /** stderr without the seconds an import took. */
  private static String err(CliRunner.Result r) {
    return r.err().replaceAll(", \\d+\\.\\d s\\n", "\n");
  }

  private Path orders() throws IOException {
    return file(
        "orders.csv",
        StandardCharsets.UTF_8,
        "order_id,customer_id,created_at,paid_at,status,sku,quantity,amount,currency",
        "N1,C1,2026-11-01 10:00,2026-11-01 10:05,paid,A,1,50.00,CNY",
        "N2,C2,2026-11-01 11:00,2026-11-01 11:05,paid,A,1,5.00,USD");
  }

  // ------------------------------------------------------------------ finding 3

  @Test
  void anEmptyOrUnknownCurrencyIsRefusedNamingTheOption() throws Exception {
    cli.expect(0, "import", "orders", orders().toString());
    String refusal =
        "shopops: --currency: unknown currency \"%s\"\n"
            + "  hint: use an ISO 4217 code such as CNY, USD or EUR\n";
    for (String bad : new String[] {"", " ", "XYZ", "yuan"}) {
      assertEquals(
          String.format(refusal, bad),
          cli.expect(2, "--now", NOW, "metrics", "--currency", bad).err());
      assertEquals(
          String.format(refusal, bad),
          cli.expect(2, "--now", NOW, "metrics", "compare", "--currency", bad).err());
    }
    assertEquals(
        "shopops: --currency: no paid order in \"EUR\"\n  hint: currencies: CNY, USD\n",
        cli.expect(2, "--now", NOW, "metrics", "--currency", "eur").err());
    cli.expect(0, "--now", NOW, "metrics", "--currency", "usd");
    assertEquals(
        String.format(refusal, ""),
        new CliRunner(dir.resolve("other")).expect(2, "init", "--currency", "").err());
  }

  // ------------------------------------------------------------------ finding 5

  @Test
  void tmallOrderExportRefundWordIsRefusedNamingTheRefundsExport() throws Exception {
    file(
        "o.csv",
        StandardCharsets.UTF_8,
        "order_id,customer_id,created_at,paid_at,status,sku,quantity,amount",
        "O1,C1,2026-11-01 10:00,2026-11-01 10:05,paid,A,1,50.00");
    cli.expect(0, "import", "orders", dir.resolve("o.csv").toString());
    Path f =
        file(
            "退款管理.csv",
            Charset.forName("GBK"),
            "退款编号,订单编号,商家编码,退货数量,退款申请时间,退款金额,退款原因,退款状态",
            "R1,O1,A,1,2026-11-02 10:00:00,50.00,不想要了,退款中");
    var r = cli.expect(1, "--now", NOW, "import", "returns", f.toString());
    assertEquals(
        f
            + ":2: status (column \"退款状态\"): refund status \"退款中\" is the 退款状态 of a"
            + " Tmall/Taobao order export (the 子订单 order-detail export): it says a refund is"
            + " under way, not whether it is requested, agreed or waiting for the goods, so"
            + " shopops cannot tell where the return stands; import the 退款管理 export (千牛/卖家中心"
            + " → 退款管理 → 导出), whose 退款状态 names the step, or give \"退款中\" a step"
            + " (requested, approved or received) under \"status\" in a mapping file (see README"
            + " \"Mapping files\")\n"
            + f
            + ": 1 bad row, no row of it correct; nothing from this file was written. Fix the rows"
            + " and import the file again.\n",
        r.err());
    assertEquals("0\n", cli.sql("SELECT count(*) FROM returns"));
    var zh = cli.expect(1, "--lang", "zh", "--now", NOW, "import", "returns", f.toString());
    assertEquals(
        f
            + " 第 2 行，状态（列“退款状态”）：退款状态 \"退款中\" 是天猫/淘宝订单导出（子订单明细导出）的写法：它只说明退款正在"
            + "进行，没有说明是已申请、已同意还是在等退货，shopops 无法判断退货处于哪一步；请导入 退款管理 导出的文件"
            + "（千牛/卖家中心 → 退款管理 → 导出），它的 退款状态 写明了步骤；或在映射文件的 \"status\" 中给 \"退款中\""
            + " 指定步骤（requested、approved 或 received；见 README \"Mapping files\"）",
        zh.err().lines().findFirst().orElseThrow());
    // a word of the 退款管理 export itself still imports
    Path ok =
        file(
            "退款管理2.csv",
            Charset.forName("GBK"),
            "退款编号,订单编号,商家编码,退货数量,退款申请时间,退款金额,退款原因,退款状态",
            "R1,O1,A,1,2026-11-02 10:00:00,50.00,不想要了,买家已经申请退款，等待卖家同意");
    cli.expect(0, "--now", NOW, "import", "returns", ok.toString());
    assertEquals(
        "R1|2026-11-02 02:00:00|null\n",
        cli.sql("SELECT return_id, datetime(requested_at, 'unixepoch'), approved_at FROM returns"));
  }

  // ------------------------------------------------------------------ finding 6

  @Test
  void aCommandStoppedAfterItsFirstFileSaysWhichFilesWereImported() throws Exception {
    Path orders = orders();
    Path items =
        file(
            "order_items.csv",
            StandardCharsets.UTF_8,
            "order_id,order_item_id,product_id,seller_id,shipping_limit_date,price,freight_value",
            "N1,1,p1,s1,2026-11-05 10:00:00,50.00,5.00");
    Path later = file("later.csv", StandardCharsets.UTF_8, "order_id,amount", "N9,1.00");
    var r =
        cli.expect(
            1,
            "--now",
            NOW,
            "-q",
            "import",
            "orders",
            orders.toString(),
            items.toString(),
            later.toString());
    assertEquals(
        "shopops: "
            + items
            + ":1: the preset generic-orders would read only order_id, price of this file, which"
            + " looks like Olist order items (order_id, order_item_id, product_id, seller_id,"
            + " shipping_limit_date, price, freight_value)\n"
            + "  hint: a mapping file that comes with shopops reads this export: add --map"
            + " olist-order-items (see README \"Mapping files\")\n"
            + "shopops: the command stopped part way: 1 of 3 files imported ("
            + orders
            + "); not imported: "
            + items
            + ", "
            + later
            + ". Fix what is said above and import those again; the imported files stay written"
            + " (importing them again changes nothing).\n",
        r.err());
    assertEquals("2\n", cli.sql("SELECT count(*) FROM orders"));
    // the first file refused: nothing was written, no such line
    var none = cli.expect(1, "-q", "import", "orders", items.toString(), orders.toString());
    assertEquals(2, none.err().lines().count(), none.err());
  }

  // ------------------------------------------------------------------ finding 2

  @Test
  void followUpsWithoutAContactTimeKeepTheirFirstTimeWhenImportedAgain() throws Exception {
    Path sheet =
        file(
            "跟进.csv",
            StandardCharsets.UTF_8,
            "客户ID,渠道,客服,结果,跟进时间",
            "C1,电话,小王,满意,",
            "C2,电话,小王,满意,2026-11-19 10:00");
    cli.expect(0, "--now", "2026-11-20 10:00", "import", "followups", sheet.toString());
    var again = cli.expect(0, "--now", "2026-11-21 10:00", "import", "followups", sheet.toString());
    assertTrue(
        err(again)
            .startsWith(
                sheet
                    + ": 2 rows, 2 followups (0 new, 0 updated, 2 unchanged); zh-followups, UTF-8\n"
                    + sheet
                    + ": 1 row has no contact time and is already in the log"),
        err(again));
    // the sheet with a row added: the untimed row is said to be the logged contact
    Path more =
        file(
            "跟进2.csv",
            StandardCharsets.UTF_8,
            "客户ID,渠道,客服,结果,跟进时间",
            "C1,电话,小王,满意,",
            "C2,电话,小王,满意,2026-11-19 10:00",
            "C3,短信,小李,已发券,");
    var third = cli.expect(0, "--now", "2026-11-22 10:00", "import", "followups", more.toString());
    assertEquals(
        more
            + ": 3 rows, 3 followups (1 new, 0 updated, 2 unchanged); zh-followups, UTF-8\n"
            + more
            + ": 1 row has no contact time and is already in the log (every other field the"
            + " same): kept at the time first logged, not added again; give created_at (跟进时间)"
            + " to log a repeated contact\n",
        err(third));
    assertEquals(
        "C3,2026-11-22 10:00:00\nC1,2026-11-20 10:00:00\nC2,2026-11-19 10:00:00\n",
        cli.expect(
                0,
                "followup",
                "list",
                "--columns",
                "customer_id,created_at",
                "--from",
                "2026-11-01",
                "--to",
                "2026-11-30")
            .out()
            .replaceFirst("customer_id,created_at\n", ""));
  }
}
