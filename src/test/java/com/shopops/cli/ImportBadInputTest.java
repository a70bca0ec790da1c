package com.shopops.cli;

import static com.shopops.cli.TestFiles.copy;
import static com.shopops.cli.TestFiles.lines;
import static com.shopops.cli.TestFiles.read;
import static com.shopops.cli.TestFiles.sha256;
import static com.shopops.cli.TestFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopops.parse.FileFacts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each bad input: exit 1, a message naming file, line and column where one applies, and the store
 * byte for byte as it was (nothing committed: the main file is unchanged and no WAL is left).
 */
class ImportBadInputTest {
  @TempDir Path dir;
  CliRunner cli;
  String before;

  static final String HEADER = "order_id,customer_id,paid_at,sku,quantity,amount,shipping_fee\n";

  @BeforeEach
  void init() {
    cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
    // one good import first, so "unchanged" means more than "still empty"
    cli.expect(0, "import", "orders", copy(dir, "generic/orders.csv").toString());
    before = sha256(cli.db());
  }

  /** The store after the run: main file identical, no write-ahead log holding a commit. */
  void assertStoreUnchanged() throws IOException {
    Path wal = Path.of(cli.db() + "-wal");
    assertFalse(Files.exists(wal) && Files.size(wal) > 0, "a -wal file with content was left");
    assertEquals(before, sha256(cli.db()), "the store file changed");
    assertEquals(
        "SO1001,SO1002,SO1003",
        String.join(
            ",",
            cli.expect(0, "orders", "list")
                .out()
                .lines()
                .skip(1)
                .map(l -> l.substring(0, l.indexOf(',')))
                .toList()));
  }

  @Test
  void notANumberAndNotADate() throws IOException {
    Path f =
        write(
            dir,
            "bad.csv",
            HEADER
                + "A1,C1,2026-11-01 10:00,S1,1,12.50,6\n"
                + "A2,C2,2026-11-02 10:00,S1,1,abc,0\n"
                + "A3,C3,2026-13-01,S1,1,1.00,0\n");
    var r = cli.expect(1, "import", "orders", f.toString());
    assertEquals(
        f
            + ":3: amount: not an amount (\"abc\")\n"
            + f
            + ":4: paid_at: not a date (\"2026-13-01\")\n"
            + f
            + ": 2 bad rows; nothing from this file was written. Fix the rows, or import the"
            + " good ones with --on-error skip.\n",
        r.err());
    assertStoreUnchanged();
  }

  @Test
  void theColumnIsNamedByTheFilesOwnHeader() throws IOException {
    Path f =
        write(dir, "zh.csv", "订单编号,付款时间,金额\nA1,2026-11-01 10:00,\"¥1,221.30\"\n" + "A2,昨天,5\n");
    var r = cli.expect(1, "import", "orders", f.toString());
    assertEquals(
        f + ":3: paid_at (column \"付款时间\"): not a date (\"昨天\")",
        r.err().lines().findFirst().orElseThrow());
    assertStoreUnchanged();
  }

  @Test
  void missingRequiredColumn() throws IOException {
    Path f = write(dir, "noid.csv", "name,amount\nx,1\n");
    var r = cli.expect(1, "import", "orders", f.toString());
    assertEquals(
        "shopops: "
            + f
            + ":1: missing required column order_id (looked for order_id, order id,"
            + " order_no, 订单号, 订单编号, order_number, 主订单编号, Name; the header has: name,"
            + " amount)\n"
            + "  hint: name the columns with a mapping file (--map FILE), or check that this is an"
            + " orders export\n",
        r.err());
    assertStoreUnchanged();
  }

  @Test
  void customersFileGivenToImportOrders() throws IOException {
    Path f = copy(dir, "generic/customers.csv");
    var r = cli.expect(1, "import", "orders", f.toString());
    assertEquals(
        "shopops: "
            + f
            + ": this looks like a customers file (generic-customers (shopops generic"
            + " layout)), not orders\n"
            + "  hint: import it with `shopops import customers "
            + f
            + "`, or force a layout with"
            + " --preset/--map\n",
        r.err());
    assertStoreUnchanged();
  }

  @Test
  void ordersFileGivenToImportCustomers() throws IOException {
    Path f = copy(dir, "shopify/orders_export.csv");
    var r = cli.expect(1, "import", "customers", f.toString());
    assertEquals(
        "shopops: "
            + f
            + ": this looks like an orders file (shopify-orders (Shopify orders export"
            + " (one row per line item, grouped by Name))), not customers\n"
            + "  hint: import it with `shopops import orders "
            + f
            + "`, or force a layout with"
            + " --preset/--map\n",
        r.err());
    assertStoreUnchanged();
  }

  @Test
  void truncatedLastRowWithFewerColumns() throws IOException {
    Path f = write(dir, "cut.csv", HEADER + "A1,C1,2026-11-01 10:00,S1,1,12.50,6\nA2,C2,2026-11");
    var r = cli.expect(1, "import", "orders", f.toString());
    assertEquals(
        f
            + ":3: the row has 3 of 7 columns (cut short: truncated file or a missing delimiter?)\n"
            + f
            + ": 1 bad row; nothing from this file was written. Fix the rows, or import the"
            + " good ones with --on-error skip.\n",
        r.err());
    assertStoreUnchanged();
  }

  @Test
  void unterminatedQuoteAtTheEnd() throws IOException {
    Path f =
        write(
            dir,
            "quote.csv",
            HEADER + "A1,C1,2026-11-01 10:00,S1,1,12.50,6\n" + "A2,C2,2026-11-02 10:00,S1,1,\"12.");
    var r = cli.expect(1, "import", "orders", f.toString());
    assertEquals(
        f
            + ":3: a quoted field is never closed: the file ends in the middle of a row"
            + " (truncated?)\n"
            + f
            + ": 1 bad row; nothing from this file was written. Fix the rows, or import the"
            + " good ones with --on-error skip.\n",
        r.err());
    assertStoreUnchanged();
  }

  @Test
  void aZipThatIsNotAWorkbook() throws IOException {
    Path f = dir.resolve("orders.zip"); // the export, zipped
    try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(f))) {
      zip.putNextEntry(new java.util.zip.ZipEntry("orders.csv"));
      zip.write(Files.readAllBytes(copy(dir, "generic/orders.csv")));
      zip.closeEntry();
    }
    var r = cli.expect(1, "import", "orders", f.toString());
    assertEquals(
        "shopops: "
            + f
            + ": not a text file (zip)\n"
            + "  hint: this is a zip archive, not an Excel .xlsx workbook; unpack it and import the"
            + " file inside\n",
        r.err());
    assertStoreUnchanged();
  }

  @Test
  void aZipCutShort() throws IOException {
    byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0x21, 0x6b, 0x5a, 0x59, 0, 0, 0, 0, 0, 0};
    Path f = write(dir, "orders.zip", zip); // a download not finished: no index at the end
    var r = cli.expect(1, "import", "orders", f.toString());
    assertEquals(
        "shopops: "
            + f
            + ": the zip archive is damaged or incomplete (cut short)\n"
            + "  hint: download or copy it again; a whole .xlsx workbook or CSV file imports\n",
        r.err());
    assertStoreUnchanged();
  }

  /** A workbook cut short (review9 I5: it was told to be unpacked) and one without its sheet. */
  @Test
  void aDamagedWorkbook() throws IOException {
    Path whole = dir.resolve("whole.xlsx");
    try (var out = Files.newOutputStream(whole)) {
      var wb = new org.dhatim.fastexcel.Workbook(out, "test", "1.0");
      var ws = wb.newWorksheet("orders");
      String[] header = {"order_id", "customer_id", "paid_at", "amount"};
      for (int c = 0; c < header.length; c++) {
        ws.value(0, c, header[c]);
      }
      for (int r = 1; r <= 2000; r++) {
        ws.value(r, 0, "X" + r);
        ws.value(r, 1, "C" + r);
        ws.value(r, 2, "2026-11-01 10:00");
        ws.value(r, 3, r);
      }
      wb.finish();
    }
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = write(dir, "cut.xlsx", java.util.Arrays.copyOf(bytes, bytes.length / 2));
    var r = cli.expect(1, "import", "orders", cut.toString());
    String hint =
        "  hint: export or download it again, or open it in Excel or WPS and save it again as"
            + " .xlsx\n";
    assertEquals(
        "shopops: " + cut + ": the workbook is damaged or incomplete (cut short)\n" + hint,
        r.err());
    assertStoreUnchanged();

    Path noSheet = dir.resolve("nosheet.xlsx");
    try (var in = new java.util.zip.ZipFile(whole.toFile());
        var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(noSheet))) {
      for (var e : java.util.Collections.list(in.entries())) {
        if (!e.getName().startsWith("xl/worksheets/")) {
          out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
          in.getInputStream(e).transferTo(out);
          out.closeEntry();
        }
      }
    }
    r = cli.expect(1, "import", "orders", noSheet.toString());
    assertTrue(
        r.err().startsWith("shopops: " + noSheet + ": the workbook is damaged or incomplete ("),
        r.err());
    assertTrue(r.err().endsWith(hint), r.err());
    assertFalse(r.err().contains("internal error"), r.err());
    assertStoreUnchanged();

    r = cli.expect(1, "--lang", "zh", "import", "orders", cut.toString());
    assertEquals(
        "shopops：" + cut + "：工作簿已损坏或不完整（文件被截断）\n" + "  提示：请重新导出或下载，或用 Excel / WPS 打开后重新另存为 .xlsx\n",
        r.err());
  }

  @Test
  void emptyFile() throws IOException {
    Path f = write(dir, "empty.csv", "");
    var r = cli.expect(1, "import", "orders", f.toString());
    assertEquals(
        "shopops: "
            + f
            + ": the file is empty\n"
            + "  hint: export the data again; a CSV needs a header row\n",
        r.err());
    assertStoreUnchanged();
  }

  @Test
  void blankLinesOnlyIsEmptyToo() throws IOException {
    Path f = write(dir, "blank.csv", "\n\n  \n");
    var r = cli.expect(1, "import", "orders", f.toString());
    assertEquals("shopops: " + f + ": the file is empty", r.err().lines().findFirst().get());
    assertStoreUnchanged();
  }

  @Test
  void headerOnlyFileImportsNothingAndSucceeds() {
    Path f = write(dir, "header.csv", HEADER);
    var r = cli.expect(0, "import", "orders", f.toString());
    assertEquals(
        f
            + ": 0 rows, 0 orders (0 new, 0 updated, 0 unchanged); generic-orders, UTF-8\n"
            + f
            + ": the file has a header but no data rows\n",
        ImportPresetsTest.summary(r.err()));
    assertEquals(4, cli.expect(0, "orders", "list").out().lines().count());
  }

  @Test
  void unknownEncoding() throws IOException {
    Path f = copy(dir, "generic/orders.csv");
    var r = cli.expect(2, "import", "orders", f.toString(), "--encoding", "klingon");
    assertEquals(
        "shopops: Invalid value for option '--encoding': unknown encoding (\"klingon\"); use"
            + " one of utf-8, gbk, gb18030, utf-16, big5, latin1, windows-1252\n"
            + "Try `shopops help import` for the options.\n",
        r.err());
    assertStoreUnchanged();
  }

  @Test
  void gbkFileForcedAsUtf8() throws IOException {
    Path f = copy(dir, "taobao/ExportOrderList202611201000.csv");
    var r = cli.expect(1, "import", "orders", f.toString(), "--encoding", "utf-8");
    assertEquals(
        "shopops: "
            + f
            + ":1: the file is not valid UTF-8 text (byte 0xB6 at offset 0)\n"
            + "  hint: name the file's encoding with --encoding ("
            + FileFacts.ENCODINGS
            + "), or export it again as UTF-8\n",
        r.err());
    assertStoreUnchanged();
  }

  @Test
  void aBadByteDeepInTheFileIsFoundOnItsLine() throws IOException {
    byte[] head =
        (HEADER + "A1,C1,2026-11-01 10:00,S1,1,12.50,6\nA2,C2,2026-11-01 10:00,")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(head, head.length + 10);
    System.arraycopy(
        new byte[] {(byte) 0xFF, 'x', ',', '1', ',', '1', ',', '0', '\n'},
        0,
        bytes,
        head.length,
        9);
    Path f = write(dir, "ff.csv", java.util.Arrays.copyOf(bytes, head.length + 9));
    var r = cli.expect(1, "import", "orders", f.toString(), "--encoding", "utf-8");
    assertEquals(
        "shopops: "
            + f
            + ":3: the file is not valid UTF-8 text (byte 0xFF at offset "
            + head.length
            + ")",
        r.err().lines().findFirst().get());
    assertStoreUnchanged();
  }

  @Test
  void noSuchFile() throws IOException {
    var r = cli.expect(1, "import", "orders", dir.resolve("nope.csv").toString());
    assertEquals("shopops: " + dir.resolve("nope.csv") + ": no such file\n", r.err());
    assertStoreUnchanged();
  }

  @Test
  void aLaterBadFileStopsTheCommandButEarlierFilesStay() {
    Path good = write(dir, "good.csv", HEADER + "A1,C1,2026-11-01 10:00,S1,1,12.50,6\n");
    Path bad = write(dir, "bad.csv", HEADER + "A2,C2,2026-11-01 10:00,S1,1,x,6\n");
    var r = cli.expect(1, "import", "orders", good.toString(), bad.toString());
    assertTrue(r.err().contains(bad + ":2: amount: not an amount (\"x\")"), r.toString());
    assertEquals(5, cli.expect(0, "orders", "list").out().lines().count());
  }

  // --- --on-error skip --rejects ---

  @Test
  void skipLandsTheGoodRowsAndRejectsWholeOrders() {
    Path f =
        write(
            dir,
            "mixed.csv",
            HEADER
                + "A1,C1,2026-11-01 10:00,S1,1,12.50,6\n"
                + "A2,C2,2026-11-02 10:00,S1,1,10,0\n"
                + "A2,C2,2026-11-02 10:00,S2,x,10,0\n"
                + "A3,C3,2026-11-03 10:00,S3,2,abc,0\n"
                + ",C9,2026-11-03 10:00,S3,2,1,0\n"
                + "A4,C4,2026-11-04 10:00,S4,1,5,0\n");
    Path rejects = dir.resolve("rejects.csv");
    var r =
        cli.expect(
            0,
            "import",
            "orders",
            f.toString(),
            "--on-error",
            "skip",
            "--rejects",
            rejects.toString());
    assertEquals(
        f
            + ":3: rejected with its order: "
            + f
            + ":4: quantity: not a whole number (\"x\")\n"
            + f
            + ":4: quantity: not a whole number (\"x\")\n"
            + f
            + ":5: amount: not an amount (\"abc\")\n"
            + f
            + ":6: order_id: missing (every row needs an order id)\n"
            + f
            + ": 6 rows, 2 orders (2 new, 0 updated, 0 unchanged), 2 line items, 4 rejected"
            + " (see "
            + rejects
            + "); generic-orders, UTF-8\n",
        ImportPresetsTest.summary(r.err()));
    assertEquals(
        lines(
            "order_id,customer_id,paid_at,sku,quantity,amount,shipping_fee,reject_line,"
                + "reject_reason",
            "A2,C2,2026-11-02 10:00,S1,1,10,0,3,\"rejected with its order: "
                + f
                + ":4: quantity: not a whole number (\"\"x\"\")\"",
            "A2,C2,2026-11-02 10:00,S2,x,10,0,4,\"quantity: not a whole number (\"\"x\"\")\"",
            "A3,C3,2026-11-03 10:00,S3,2,abc,0,5,\"amount: not an amount (\"\"abc\"\")\"",
            "\"\",C9,2026-11-03 10:00,S3,2,1,0,6,order_id: missing (every row needs an order id)"),
        read(rejects));
    String list = cli.expect(0, "orders", "list").out();
    assertEquals(
        "A1,A4,SO1001,SO1002,SO1003",
        String.join(
            ",", list.lines().skip(1).map(l -> l.substring(0, l.indexOf(','))).sorted().toList()));
    assertEquals(
        lines("import_id,kind,rows,inserted,updated,unchanged,rejected", "2,orders,6,2,0,0,4"),
        lines(
            cli.expect(0, "imports", "--limit", "1", "--format", "csv")
                .out()
                .lines()
                .map(
                    l -> {
                      String[] c = l.split(",");
                      return String.join(",", c[0], c[2], c[6], c[7], c[8], c[9], c[10]);
                    })
                .toArray(String[]::new)));
  }

  @Test
  void skipWithATruncatedQuoteRejectsTheLastRow() {
    Path f =
        write(
            dir,
            "q.csv",
            HEADER + "A1,C1,2026-11-01 10:00,S1,1,12.50,6\n" + "A2,C2,2026-11-02 10:00,S1,1,\"12.");
    Path rejects = dir.resolve("rejects.csv");
    cli.expect(
        0, "import", "orders", f.toString(), "--on-error", "skip", "--rejects", rejects.toString());
    assertEquals(
        lines(
            "order_id,customer_id,paid_at,sku,quantity,amount,shipping_fee,reject_line,"
                + "reject_reason",
            "\"\",,,,,,,3,a quoted field is never closed: the file ends in the middle of a row"
                + " (truncated?)"),
        read(rejects));
    assertTrue(cli.expect(0, "orders", "show", "A1").out().contains("A1,1,S1,,1,12.50,12.50"));
  }

  @Test
  void abortDoesNotWriteARejectsFileOnlyWhenAsked() {
    Path f = write(dir, "bad.csv", HEADER + "A2,C2,2026-11-02 10:00,S1,1,abc,0\n");
    Path rejects = dir.resolve("rejects.csv");
    cli.expect(1, "import", "orders", f.toString(), "--rejects", rejects.toString());
    assertEquals(
        lines(
            "order_id,customer_id,paid_at,sku,quantity,amount,shipping_fee,reject_line,"
                + "reject_reason",
            "A2,C2,2026-11-02 10:00,S1,1,abc,0,2,\"amount: not an amount (\"\"abc\"\")\""),
        read(rejects));
  }

  @Test
  void theRejectsOfAGbkExportAreGbkAndThoseOfABomFileHaveTheBom() throws IOException {
    // Excel and WPS on Chinese Windows read a CSV without a BOM as GBK: the rows to fix open as
    // the export did, and the fixed file imports again as the export did
    String text = "订单号,买家,付款时间,商品编码,数量,金额\n" + "A7,王丽,2026-11-02 10:00,S1,1,一百\n";
    Path gbk = dir.resolve("gbk.csv");
    Files.write(gbk, text.getBytes(java.nio.charset.Charset.forName("GB18030")));
    Path rejects = dir.resolve("rejects-gbk.csv");
    cli.expect(
        1, // its one row refused: a failed import (review19 V12), the rejects still written
        "import",
        "orders",
        gbk.toString(),
        "--on-error",
        "skip",
        "--rejects",
        rejects.toString());
    byte[] got = Files.readAllBytes(rejects);
    assertEquals((byte) 0xB6, got[0], "GBK 订 (B6 A9), not UTF-8 (E8 AE A2) nor a BOM");
    String back = new String(got, java.nio.charset.Charset.forName("GB18030"));
    assertTrue(back.startsWith("订单号,买家,付款时间,商品编码,数量,金额,reject_line,reject_reason\n"), back);
    assertTrue(back.contains("\nA7,王丽,2026-11-02 10:00,S1,1,一百,2,"), back);

    Path bom = dir.resolve("bom.csv");
    Files.write(bom, ("\uFEFF" + text).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Path rejects2 = dir.resolve("rejects-bom.csv");
    cli.expect(
        1, // its one row refused: a failed import (review19 V12), the rejects still written
        "import",
        "orders",
        bom.toString(),
        "--on-error",
        "skip",
        "--rejects",
        rejects2.toString());
    String utf8 = Files.readString(rejects2);
    assertTrue(utf8.startsWith("\uFEFF订单号,买家,"), utf8);
  }

  @Test
  void unknownOnErrorModeIsAUsageError() {
    Path f = copy(dir, "generic/orders.csv");
    var r = cli.expect(2, "import", "orders", f.toString(), "--on-error", "ignore");
    assertEquals(
        "shopops: Invalid value for option '--on-error': \"ignore\" is not one of abort,"
            + " skip\n"
            + "Try `shopops help import` for the options.\n",
        r.err());
  }

  @Test
  void unknownEventsFormatIsAUsageError() {
    var r = cli.expect(2, "import", "events", "x.log", "--format", "nginx");
    assertEquals(
        "shopops: Invalid value for option '--format': \"nginx\" is not one of csv,"
            + " access-log, taobao-userbehavior\n"
            + "Try `shopops help import` for the options.\n",
        r.err());
  }

  @Test
  void unknownKindIsAUsageError() {
    var r = cli.expect(2, "import", "widgets", "x.csv");
    assertEquals(
        "shopops: Invalid value for positional parameter at index 0 (KIND): \"widgets\" is"
            + " not one of orders, customers, shipments, returns, followups, traffic, events,"
            + " reviews, products, complaints\n"
            + "Try `shopops help import` for the options.\n",
        r.err());
  }
}
