package com.shopops.cli;

import static com.shopops.cli.ImportPresetsTest.ORDER_HEADER;
import static com.shopops.cli.TestFiles.copy;
import static com.shopops.cli.TestFiles.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import FILE.xlsx: the sheet's rows through the same presets, checks and messages as a CSV. */
class XlsxImportTest {
  @TempDir Path dir;
  CliRunner cli;

  static final String[] HEADER = {
    "order_id", "customer_id", "created_at", "paid_at", "status", "amount", "tracking_no"
  };

  @BeforeEach
  void init() {
    cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
  }

  /** A workbook as fastexcel writes it: ids as text, times as date cells, amounts as numbers. */
  private Path workbook(String name, Object[]... rows) throws Exception {
    Path file = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook wb = new Workbook(out, "test", "1.0");
      Worksheet notes = wb.newWorksheet("说明");
      notes.value(0, 0, "a sheet before the orders");
      Worksheet ws = wb.newWorksheet("订单");
      for (int c = 0; c < HEADER.length; c++) {
        ws.value(0, c, HEADER[c]);
      }
      for (int r = 0; r < rows.length; r++) {
        for (int c = 0; c < rows[r].length; c++) {
          Object v = rows[r][c];
          if (v instanceof String s) {
            ws.value(r + 1, c, s);
          } else if (v instanceof Number n) {
            ws.value(r + 1, c, n);
          } else if (v instanceof LocalDateTime t) {
            ws.value(r + 1, c, t);
            ws.style(r + 1, c).format("yyyy-mm-dd hh:mm:ss").set();
          }
        }
      }
      wb.finish();
    }
    return file;
  }

  private Path twoOrders() throws Exception {
    return workbook(
        "orders.xlsx",
        new Object[] {
          "3029936741096420001",
          "007123",
          LocalDateTime.of(2026, 11, 19, 9, 30),
          LocalDateTime.of(2026, 11, 19, 9, 31, 5),
          "paid",
          new BigDecimal("1221.30"),
          "0012345678"
        },
        new Object[] {
          "3029936741096420002",
          "007124",
          LocalDateTime.of(2026, 11, 18, 20, 0),
          null,
          "created",
          35,
          null
        });
  }

  static final String LIST_HEADER =
      "order_id,customer_id,created_at,paid_at,shipped_at,delivered_at,status,amount,shipping_fee,"
          + "total,items,carrier,tracking_no,province,city,region";

  private String list() {
    return cli.expect(0, "orders", "list", "--columns", ORDER_HEADER, "--format", "csv").out();
  }

  @Test
  void aSheetImportsLikeACsv() throws Exception {
    Path f = twoOrders();
    var r = cli.expect(0, "import", "orders", f.toString(), "--sheet", "订单");
    assertEquals(
        f + ": 2 rows, 2 orders (2 new, 0 updated, 0 unchanged); generic-orders, xlsx\n",
        ImportPresetsTest.summary(r.err()));
    assertEquals(
        lines(
            LIST_HEADER,
            "3029936741096420002,007124,2026-11-18 20:00:00,,,,pending,35.00,,35.00,0,,,,,",
            "3029936741096420001,007123,2026-11-19 09:30:00,2026-11-19 09:31:05,,,paid,1221.30,,"
                + "1221.30,0,,0012345678,,,"),
        list());
  }

  @Test
  void theFirstSheetIsReadByDefault() throws Exception {
    Path f = twoOrders();
    var r = cli.expect(1, "import", "orders", f.toString());
    assertTrue(
        r.err().startsWith("shopops: " + f + ":1: missing required column order_id"), r.err());
    assertTrue(r.err().contains("the header has: a sheet before the orders)"), r.err());
    assertEquals(lines(LIST_HEADER), list());
  }

  @Test
  void aBadCellIsNamedByItsSheetRow() throws Exception {
    Path f =
        workbook(
            "bad.xlsx",
            new Object[] {"A1", "C1", LocalDateTime.of(2026, 11, 19, 9, 30), null, "paid", 10},
            new Object[] {"A2", "C2", "yesterday", null, "paid", 10});
    var r = cli.expect(1, "import", "orders", f.toString(), "--sheet", "订单");
    assertTrue(r.err().contains(f + ":3: created_at: not a date (\"yesterday\")"), r.err());
    assertEquals(lines(LIST_HEADER), list());
  }

  @Test
  void aLongIdInANumberCellIsRefusedNotMergedIntoAnInventedOne() throws Exception {
    // what Excel stores for a 19-digit 订单编号 typed or pasted into a number cell: a double, its
    // last digits gone — two different orders hold the same number
    Path f =
        workbook(
            "ids.xlsx",
            new Object[] {3.0123456789012347E18, "C1", null, null, "paid", 129},
            new Object[] {3.0123456789012347E18, "C1", null, null, "paid", 129});
    var r = cli.expect(1, "import", "orders", f.toString(), "--sheet", "订单");
    assertTrue(
        r.err()
            .contains(
                f
                    + ":2: order_id: looks changed by a spreadsheet (\"3.0123456789012347E+18\"):"
                    + " its digits are lost"),
        r.err());
    assertTrue(r.err().contains(f + ":3: order_id: looks changed by a spreadsheet"), r.err());
    assertEquals(lines(LIST_HEADER), list());
  }

  @Test
  void aComputedAmountIsReadAsTheSpreadsheetShowsIt() throws Exception {
    // a formula's cached result (19.9 * 6 = 119.39999999999999 as a double) shows 119.40
    Path f =
        workbook(
            "computed.xlsx",
            new Object[] {"A1", "C1", null, null, "paid", 19.9 * 6},
            new Object[] {"A2", "C1", null, null, "paid", 12.345});
    var r = cli.expect(1, "import", "orders", f.toString(), "--sheet", "订单");
    assertTrue(!r.err().contains(":2:"), r.err());
    assertTrue(
        r.err().contains(f + ":3: amount: more than 2 decimal places (\"12.345\")"), r.err());
    Path ok =
        workbook(
            "computed-ok.xlsx",
            new Object[] {"A1", "C1", null, null, "paid", 19.9 * 6},
            new Object[] {"A2", "C1", null, null, "paid", 59.899999999999999});
    cli.expect(0, "import", "orders", ok.toString(), "--sheet", "订单");
    assertEquals(
        lines(
            LIST_HEADER,
            "A1,C1,,,,,paid,119.40,,119.40,0,,,,,",
            "A2,C1,,,,,paid,59.90,,59.90,0,,,,,"),
        list());
  }

  @Test
  void anUnknownSheetNamesTheSheets() throws Exception {
    Path f = twoOrders();
    var r = cli.expect(1, "import", "orders", f.toString(), "--sheet", "Orders");
    assertEquals(
        "shopops: "
            + f
            + ": no sheet named \"Orders\"\n"
            + "  hint: the workbook's sheets are \"说明\", \"订单\" (--sheet NAME, exactly as the tab"
            + " shows)\n",
        r.err());
  }

  @Test
  void sheetIsForWorkbooksOnly() throws Exception {
    Path f = TestFiles.write(dir, "o.csv", "order_id,status\nA1,paid\n");
    var r = cli.expect(1, "import", "orders", f.toString(), "--sheet", "x");
    assertEquals(
        "shopops: "
            + f
            + ": --sheet is for Excel .xlsx workbooks; this is a text file\n"
            + "  hint: drop --sheet to import a CSV\n",
        r.err());
  }

  @Test
  void aLegacyXlsIsRefusedWithAHint() throws Exception {
    byte[] ole2 = new byte[512];
    byte[] magic = {
      (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    System.arraycopy(magic, 0, ole2, 0, magic.length);
    Path f = TestFiles.write(dir, "orders.xls", ole2);
    var r = cli.expect(1, "import", "orders", f.toString());
    assertEquals(
        "shopops: "
            + f
            + ": not a text file (xls)\n"
            + "  hint: this is a legacy Excel .xls file, which shopops does not read; open it in"
            + " Excel or WPS and save it as .xlsx or CSV (UTF-8), then import that\n",
        r.err());
  }

  @Test
  void aWorkbookWrittenByLibreOffice() {
    Path f = copy(dir, "xlsx/orders-libreoffice.xlsx");
    cli.expect(0, "import", "orders", f.toString());
    assertEquals(
        lines(
            LIST_HEADER,
            "3029936741096420002,C00016,2026-11-18 20:00:00,2026-11-18 20:01:00,,,paid,35.00,,"
                + "35.00,0,,YT4496769793689,,,",
            "3029936741096420001,007123,2026-11-19 09:30:00,2026-11-19 09:31:05,,,paid,1221.30,,"
                + "1221.30,0,,0012345678,,,"),
        list());
  }

  @Test
  void idsKeptAsFormulasBySpreadsheetAreReadAsWritten() {
    // `--excel` writes ="0012345"; saved as a workbook the cell is a formula whose cached result is
    // the text 0012345 — read as a number it lost its zeros (order 12345, customer 7123) and a
    // 19-digit id was refused as 5.1E+18 (tryout31a A1)
    Path f = copy(dir, "xlsx/ids-as-formulas-libreoffice.xlsx");
    var r = cli.expect(0, "import", "orders", f.toString());
    assertEquals(
        f
            + ": 2 rows, 2 orders (2 new, 0 updated, 0 unchanged), 2 line items; generic-orders,"
            + " xlsx\n",
        ImportPresetsTest.summary(r.err()));
    assertEquals(
        lines(
            LIST_HEADER,
            "5100000000000000009,007123,2026-10-06 10:00:00,2026-10-06 10:01:00,,,completed,60.00,"
                + "0.00,60.00,1,,,,,",
            "0012345,X001,2026-10-07 10:00:00,2026-10-07 10:01:00,,,completed,70.00,0.00,70.00,1,,,,,"),
        list());
    // the CSV it was saved from is the same orders: nothing new, nothing doubled
    Path csv = copy(dir, "xlsx/ids-as-formulas-libreoffice.csv");
    var again = cli.expect(0, "import", "orders", csv.toString());
    assertTrue(again.err().contains("(0 new, 0 updated, 2 unchanged)"), again.err());
  }
}
