package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review13 M6: the row problems and file notes of the shipments, customers, complaints, traffic and
 * events imports are named by key. English reads as it did, word for word; under zh the notes that
 * were English (masked phones, web log lines skipped) and the refusals that were half English (a
 * complaint of an unknown order) are said in Chinese, and imports show says a stored one so.
 */
class ImportNotesByKeyTest {
  @TempDir Path dir;

  private CliRunner store() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai", "-q");
    return cli;
  }

  @Test
  void maskedPhonesAreSaidInEitherLanguageAndNotStored() throws Exception {
    CliRunner cli = store();
    Path f =
        TestFiles.write(
            dir, "cu.csv", "customer_id,name,phone\nC1,x,13800000001\nC1,x,138****0001\n");
    var en = cli.expect(0, "import", "customers", f.toString());
    assertTrue(
        en.err().contains("cu.csv: 1 masked phone was not imported: the stored numbers are kept\n"),
        en.err());
    var zh = cli.expect(0, "--lang", "zh", "import", "customers", f.toString());
    assertTrue(zh.err().contains("cu.csv：1 个打码的手机号（138****1234 这样）未导入：保留店铺中已有的号码\n"), zh.err());
    assertEquals("1\n", cli.sql("SELECT count(*) FROM customers WHERE phone = '13800000001'"));
  }

  @Test
  void aComplaintOfNobodyOrOfAnUnknownOrderIsRefusedInChinese() throws Exception {
    CliRunner cli = store();
    Path f =
        TestFiles.write(
            dir,
            "c.csv",
            "complaint_id,order_id,customer_id,opened_at\n"
                + "K1,,,2026-11-01 10:00\n"
                + "K2,SO404,,2026-11-01 10:00\n"
                + "K3,SO1,,2026-11-01 10:00\n");
    cli.expect(
        0,
        "-q",
        "import",
        "orders",
        TestFiles.write(
                dir,
                "o.csv",
                "order_id,customer_id,created_at,paid_at,status,amount\n"
                    + "SO1,C1,2026-11-01 09:00,2026-11-01 09:05,paid,10.00\n")
            .toString());
    var en = cli.run("import", "complaints", f.toString());
    assertEquals(1, en.exit());
    assertTrue(
        en.err()
            .contains(
                "/c.csv:2: customer_id: missing: a complaint names its customer or its order\n"
                    + dir
                    + "/c.csv:3: order_id: unknown order SO404 and no customer: import its orders"
                    + " first\n"),
        en.err());
    var zh = cli.run("--lang", "zh", "import", "complaints", f.toString(), "--on-error", "skip");
    assertTrue(
        zh.err()
            .contains(
                "/c.csv 第 2 行，客户ID：缺失：投诉要写明其客户或其订单\n"
                    + dir
                    + "/c.csv 第 3 行，订单号：未知订单 SO404，也没有客户：请先导入其订单\n"),
        zh.err());
    assertEquals("1\n", cli.sql("SELECT count(*) FROM complaints")); // K3, by the skip
    String id = cli.sql("SELECT max(import_id) FROM imports").strip();
    cli.width(240);
    String shown = cli.expect(0, "--lang", "zh", "imports", "show", id, "--format", "table").out();
    assertTrue(shown.contains("订单号：未知订单 SO404，也没有客户：请先导入其订单"), shown);
    assertEquals(
        "customer_id: missing: a complaint names its customer or its order\n"
            + "order_id: unknown order SO404 and no customer: import its orders first\n",
        cli.sql("SELECT message FROM anomalies WHERE import_id = " + id + " ORDER BY line"));
  }

  @Test
  void twoRowsOfOneShipmentThatDifferAreSaidInChineseByImportsShow() throws Exception {
    CliRunner cli = store();
    cli.expect(0, "import", "orders", "examples/orders.csv", "-q");
    Path f =
        TestFiles.write(
            dir,
            "sh.csv",
            // one parcel (one tracking number) said twice with two carriers: another tracking
            // number would be another parcel (review19 V24)
            "order_id,carrier,tracking_no\n"
                + "SO202605010002,SF,T1\n"
                + "SO202605010002,YTO,T1\n");
    cli.expect(0, "import", "shipments", f.toString(), "-q");
    String id = cli.sql("SELECT max(import_id) FROM imports").strip();
    assertEquals(
        "carrier differs from line 2; rows of one order are applied in file order:"
            + " this later row's value is kept\n",
        cli.sql("SELECT message FROM anomalies WHERE import_id = " + id));
    cli.width(240);
    String zh = cli.expect(0, "--lang", "zh", "imports", "show", id, "--format", "table").out();
    assertTrue(zh.contains("carrier 与第 2 行不同；同一订单的多行按文件顺序应用：保留这一较后行的值"), zh);
    // the parcel T1 keeps the later row's carrier; the order's shipment names its first outbound,
    // the order export's own parcel (tryout20 Y7)
    assertEquals(
        "YTO|T1\n",
        cli.sql("SELECT carrier || '|' || tracking_no FROM shipment_parcels WHERE parcel = 'T1'"));
  }

  @Test
  void aStoreTotalOverChannelsAndSkippedLogLinesAreSaidInChinese() throws Exception {
    CliRunner cli = store();
    Path t = TestFiles.write(dir, "t.csv", "date,pv,uv\n2026-11-01,10,5\n2026-11-02,10,5\n");
    cli.expect(0, "import", "traffic", t.toString(), "--channel", "tmall", "-q");
    var zh = cli.expect(0, "--lang", "zh", "import", "traffic", t.toString());
    assertTrue(
        zh.err()
            .contains(
                "t.csv：在 2 天（2026-11-01 … 2026-11-02）本店已有渠道 tmall 的数据：没有渠道的文件是全店合计，"
                    + "会代替各渠道之和被读取（如果它是某一个店铺的数据，请用 --channel 名称 导入）\n"),
        zh.err());
    Path w =
        TestFiles.write(
            dir,
            "w.log",
            "1.2.3.4 - - [17/May/2015:10:05:03 +0000] \"GET /a HTTP/1.1\" 200 12 \"-\" \"Mozilla\"\n"
                + "1.2.3.4 - - [17/May/2015:10:05:03 +0000] \"GET /a.css HTTP/1.1\" 200 1 \"-\""
                + " \"Mozilla\"\n");
    var en = cli.expect(0, "import", "events", w.toString());
    assertTrue(
        en.err().contains("w.log: 1 line is not a page view and was skipped (static assets 1)\n"),
        en.err());
    var zhLog = cli.expect(0, "--lang", "zh", "import", "events", w.toString(), "--dry-run");
    assertTrue(zhLog.err().contains("w.log：1 行不是页面浏览，已跳过（static assets 1）\n"), zhLog.err());
  }
}
