package com.shopops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --format xlsx: read back with a reader, cell by cell. */
class XlsxOutputTest {
  @TempDir Path dir;

  private CliRunner store() throws Exception {
    CliRunner cli = new CliRunner(dir);
    cli.expect(0, "init", "--tz", "Asia/Shanghai");
    Path orders =
        Files.writeString(
            dir.resolve("orders.csv"),
            "order_id,customer_id,created_at,paid_at,status,amount,tracking_no\n"
                + "3029936741096420001,007123,2026-11-19 09:30:00,2026-11-19 09:31:05,paid,1221.30,"
                + "0012345678\n");
    cli.expect(0, "import", "orders", orders.toString());
    return cli;
  }

  private static List<Row> rows(Path xlsx) throws Exception {
    try (ReadableWorkbook wb =
        new ReadableWorkbook(
            xlsx.toFile(), new org.dhatim.fastexcel.reader.ReadingOptions(true, false))) {
      return wb.getFirstSheet().read();
    }
  }

  private static Cell cell(List<Row> rows, int row, String header) {
    Row h = rows.get(0);
    for (int c = 0; c < h.getCellCount(); c++) {
      if (header.equals(h.getCell(c).getText())) {
        return rows.get(row).getCell(c);
      }
    }
    throw new AssertionError("no column " + header);
  }

  @Test
  void idsAreTextMoneyIsANumberTimesAreDates() throws Exception {
    CliRunner cli = store();
    Path out = dir.resolve("orders.xlsx");
    var r = cli.expect(0, "orders", "list", "--format", "xlsx", "--out", out.toString());
    assertEquals("Wrote 1 row to " + out + "\n", r.err());
    List<Row> rows = rows(out);
    assertEquals(2, rows.size());
    Cell id = cell(rows, 1, "order_id");
    assertEquals(CellType.STRING, id.getType());
    assertEquals("3029936741096420001", id.asString());
    assertEquals("007123", cell(rows, 1, "customer_id").asString());
    assertEquals(CellType.STRING, cell(rows, 1, "tracking_no").getType());
    assertEquals("0012345678", cell(rows, 1, "tracking_no").asString());
    Cell paid = cell(rows, 1, "paid_at");
    assertEquals(CellType.NUMBER, paid.getType());
    assertEquals(LocalDateTime.of(2026, 11, 19, 9, 31, 5), paid.asDate()); // store zone
    Cell total = cell(rows, 1, "total");
    assertEquals(CellType.NUMBER, total.getType());
    assertEquals(0, new BigDecimal("1221.30").compareTo(total.asNumber()));
    assertEquals("#,##0.00", total.getDataFormatString());
  }

  @Test
  void xlsxNeedsOut() throws Exception {
    CliRunner cli = store();
    var r = cli.expect(2, "orders", "list", "--format", "xlsx");
    assertEquals(
        "shopops: --format xlsx needs --out FILE.xlsx\n"
            + "  hint: a workbook is a binary file: name where it goes, e.g. --out orders.xlsx\n",
        r.err());
  }

  @Test
  void aRecordIsOneSheetForItsFieldsAndOnePerList() throws Exception {
    CliRunner cli = store();
    Path out = dir.resolve("order.xlsx");
    cli.expect(
        0, "orders", "show", "3029936741096420001", "--format", "xlsx", "--out", out.toString());
    try (ReadableWorkbook wb = new ReadableWorkbook(out.toFile())) {
      assertTrue(wb.getSheets().count() >= 2, "fields and lists");
      List<Row> fields = wb.getFirstSheet().read();
      assertEquals("3029936741096420001", fields.get(1).getCell(0).asString());
    }
  }
}
