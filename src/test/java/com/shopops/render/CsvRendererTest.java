package com.shopops.render;

import static com.shopops.render.Fixtures.lines;
import static com.shopops.render.Fixtures.options;
import static com.shopops.render.Fixtures.orders;
import static com.shopops.render.Fixtures.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvRendererTest {
  @Test
  void csv() {
    assertEquals(
        lines(
            "order_id,buyer,province,amount,paid_at,refund_rate,items,vip",
            "E1001,张三丰,广东,1221.30,2025-06-17 19:03:29,0.0312,3,true",
            "E1002,Amy Lee,Zhejiang,-12.05,2025-06-18 09:00:00,0.1,1,false",
            "E1003,,上海,,,,,"),
        render(orders(), OutputFormat.CSV, options()));
  }

  @Test
  void tsv() {
    assertEquals(
        lines(
            "order_id\tbuyer\tprovince\tamount\tpaid_at\trefund_rate\titems\tvip",
            "E1001\t张三丰\t广东\t1221.30\t2025-06-17 19:03:29\t0.0312\t3\ttrue",
            "E1002\tAmy Lee\tZhejiang\t-12.05\t2025-06-18 09:00:00\t0.1\t1\tfalse",
            "E1003\t\t上海\t\t\t\t\t"),
        render(orders(), OutputFormat.TSV, options()));
  }

  @Test
  void csvQuotesOnlyWhatRfc4180Needs() {
    Table t = new Table(Column.text("id"), Column.text("note"));
    t.addRow("A1", "red, large");
    t.addRow("A2", "say \"hi\"");
    t.addRow("A3", "two\nlines");
    t.addRow("A4", "tab\there");
    assertEquals(
        lines(
            "id,note",
            "A1,\"red, large\"",
            "A2,\"say \"\"hi\"\"\"",
            "A3,\"two\nlines\"",
            "A4,tab\there"),
        render(t, OutputFormat.CSV, options()));
  }

  @Test
  void tsvNeverQuotesAndEscapesTabsAndLineBreaks() {
    Table t = new Table(Column.text("id"), Column.text("note"));
    t.addRow("A1", "red, large");
    t.addRow("A2", "say \"hi\"");
    t.addRow("A3", "two\nlines");
    t.addRow("A4", "tab\there");
    t.addRow("A5", "cr\rhere");
    t.addRow("A6", "back\\slash");
    t.addRow("#1036", null);
    assertEquals(
        lines(
            "id\tnote",
            "A1\tred, large",
            "A2\tsay \"hi\"",
            "A3\ttwo\\nlines",
            "A4\ttab\\there",
            "A5\tcr\\rhere",
            "A6\tback\\\\slash",
            "#1036\t"),
        render(t, OutputFormat.TSV, options()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"=", "+", "-", "@", "\t", "\r", "\n", "\0"})
  void textStartingLikeAFormulaGetsAQuote(String prefix) {
    Table t = new Table(Column.text("name"), Column.money("amount"));
    t.addRow(prefix + "HYPERLINK(\"x\")", -1205L);
    String csv = render(t, OutputFormat.CSV, options());
    String cell = csv.substring(csv.indexOf('\n') + 1, csv.lastIndexOf(','));
    assertTrue(cell.startsWith("'" + prefix) || cell.startsWith("\"'" + prefix), cell);
    assertTrue(csv.endsWith(",-12.05\n"), csv);
  }

  @Test
  void formulaPrefixExactOutput() {
    Table t = new Table(Column.text("name"), Column.text("phone"), Column.money("amount"));
    t.addRow("=1+1", "+8613812345678", -1205L);
    t.addRow("@SUM(A1)", "-", 0L);
    t.addRow("\tx", "\0y", null);
    t.addRow("a=b", "", 5L);
    assertEquals(
        lines(
            "name,phone,amount",
            "'=1+1,+8613812345678,-12.05",
            "'@SUM(A1),'-,0.00",
            "'\tx,'\0y,",
            "a=b,,0.05"),
        render(t, OutputFormat.CSV, options()));
  }

  /**
   * A phone number and nothing else is no formula risk: written as it is, it reads back as the same
   * phone; with --excel as ="+34…", so that Excel keeps its + (review17 R18, R9).
   */
  @Test
  void aPhoneNumberIsNotPrefixedAndExcelKeepsItAsText() {
    Table t = new Table(Column.text("phone"));
    t.addRow("+34612345678");
    t.addRow("+34 612 345 678");
    t.addRow("+1+1");
    t.addRow("+34 612  345");
    t.addRow("+ 34");
    t.addRow("+");
    assertEquals(
        lines("phone", "+34612345678", "+34 612 345 678", "'+1+1", "'+34 612  345", "'+ 34", "'+"),
        render(t, OutputFormat.CSV, options()));
    assertEquals(
        lines(
            "phone",
            "=\"+34612345678\"",
            "=\"+34 612 345 678\"",
            "'+1+1",
            "'+34 612  345",
            "'+ 34",
            "'+"),
        render(t, OutputFormat.CSV, options().withExcelBom(true)).substring(1));
    assertEquals(
        lines("phone", "=\"+34612345678\"", "=\"+34 612 345 678\"", "'+1+1"),
        render(firstRows(t, 3), OutputFormat.TSV, options().withExcelBom(true)).substring(1));
  }

  private static Table firstRows(Table t, int n) {
    Table out = new Table(Column.text("phone"));
    for (int i = 0; i < n; i++) {
      out.addRow(t.rows().get(i).get(0));
    }
    return out;
  }

  @Test
  void lineBreakPrefixIsQuotedAfterTheApostrophe() {
    Table t = new Table(Column.text("name"));
    t.addRow("\n=cmd");
    t.addRow("\r=cmd");
    assertEquals(
        lines("name", "\"'\n=cmd\"", "\"'\r=cmd\""), render(t, OutputFormat.CSV, options()));
    assertEquals(lines("name", "'\\n=cmd", "'\\r=cmd"), render(t, OutputFormat.TSV, options()));
  }

  @Test
  void tsvIsSpreadsheetSafeToo() {
    Table t = new Table(Column.text("name"));
    t.addRow("\tx");
    t.addRow("=1");
    assertEquals(lines("name", "'\\tx", "'=1"), render(t, OutputFormat.TSV, options()));
  }

  @Test
  void commonsCsvAlsoQuotesALeadingHashOrSpaceAndAnEmptyFirstCell() {
    // Commons CSV's minimal mode is conservative here (comment-char safe); still valid RFC 4180.
    Table t = new Table(Column.text("order"), Column.text("note"));
    t.addRow("#1001", " gift");
    t.addRow("", "trailing ");
    t.addRow(null, "x");
    assertEquals(
        lines("order,note", "\"#1001\",\" gift\"", "\"\",\"trailing \"", ",x"),
        render(t, OutputFormat.CSV, options()));
  }

  @Test
  void typedColumnsAreNeverPrefixed() {
    Table t =
        new Table(
            Column.money("amount"),
            Column.integer("delta"),
            Column.decimal("hours"),
            Column.rate("change"));
    t.addRow(-1205L, -3L, new BigDecimal("-1.5"), new BigDecimal("-0.02"));
    assertEquals(
        lines("amount,delta,hours,change", "-12.05,-3,-1.5,-0.02"),
        render(t, OutputFormat.CSV, options()));
  }

  @Test
  void headerNamesAreNeverPrefixed() {
    Table t = new Table(Column.text("-note"), Column.money("=amount"));
    t.addRow("ok", 1L);
    assertEquals(lines("-note,=amount", "ok,0.01"), render(t, OutputFormat.CSV, options()));
  }

  @Test
  void spreadsheetSafeCanBeTurnedOff() {
    Table t = new Table(Column.text("name"));
    t.addRow("=1+1");
    assertEquals(
        lines("name", "=1+1"), render(t, OutputFormat.CSV, options().withSpreadsheetSafe(false)));
  }

  @Test
  void excelKeepsIdsThatASpreadsheetWouldTurnIntoNumbers() {
    Table t =
        new Table(
            Column.text("order_id"),
            Column.text("phone"),
            Column.text("note"),
            Column.integer("qty"));
    t.addRow("3029936741096420001", "007123", "0012345678", 3L);
    t.addRow("13812345678", "12345678901", "=1+1", 12345678901234L);
    t.addRow("0", "00 7123", "-0123", 0L);
    t.addRow("A0012", "", "\"007\"", 1L);
    assertEquals(
        lines(
            "order_id,phone,note,qty",
            "=\"3029936741096420001\",=\"007123\",=\"0012345678\",3",
            "13812345678,12345678901,'=1+1,12345678901234",
            "0,00 7123,'-0123,0",
            "A0012,,\"\"\"007\"\"\",1"),
        render(t, OutputFormat.CSV, options().withExcelBom(true)).substring(1));
    assertEquals(
        lines(
            "order_id\tphone\tnote\tqty",
            "=\"3029936741096420001\"\t=\"007123\"\t" + "=\"0012345678\"\t3"),
        render(oneRow(t), OutputFormat.TSV, options().withExcelBom(true)).substring(1));
    // without --excel the ids are written as they are
    assertTrue(render(t, OutputFormat.CSV, options()).contains("3029936741096420001,007123,"));
  }

  private static Table oneRow(Table t) {
    Table one =
        new Table(
            Column.text("order_id"),
            Column.text("phone"),
            Column.text("note"),
            Column.integer("qty"));
    one.addRow("3029936741096420001", "007123", "0012345678", 3L);
    return one;
  }

  @Test
  void bomOnlyWithExcelBom() {
    String plain = render(orders(), OutputFormat.CSV, options());
    String excel = render(orders(), OutputFormat.CSV, options().withExcelBom(true));
    assertFalse(plain.startsWith("\uFEFF"));
    assertEquals("\uFEFF" + plain, excel);
    String tsv = render(orders(), OutputFormat.TSV, options().withExcelBom(true));
    assertTrue(tsv.startsWith("\uFEFF"));
    assertEquals(1, excel.chars().filter(c -> c == 0xFEFF).count());
  }

  @Test
  void limitCutsRows() {
    assertEquals(
        lines("id,amount", "R1,1.00", "R2,2.00"),
        render(Fixtures.numbered(5), OutputFormat.CSV, options().withLimit(2)));
    assertEquals(
        lines("id,amount"), render(Fixtures.numbered(5), OutputFormat.CSV, options().withLimit(0)));
  }

  @Test
  void neverCutWithoutLimit() {
    String csv = render(Fixtures.numbered(250), OutputFormat.CSV, options());
    assertEquals(251, csv.split("\n").length);
    assertTrue(csv.endsWith("R250,250.00\n"));
  }

  @Test
  void datesAndLargeAmounts() {
    Table t = new Table(Column.date("day"), Column.money("sales"));
    t.addRow(LocalDate.of(2025, 6, 17), 123456789012L);
    t.addRow(LocalDate.of(2025, 6, 18), 7L);
    assertEquals(
        lines("day,sales", "2025-06-17,1234567890.12", "2025-06-18,0.07"),
        render(t, OutputFormat.CSV, options()));
  }

  @Test
  void wrongCellTypeNamesTheColumn() {
    Table t = new Table(Column.money("amount"));
    t.addRow(12.5);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> render(t, OutputFormat.CSV, options()));
    assertEquals(
        "column \"amount\" (MONEY) expects Long minor units, got Double 12.5", e.getMessage());
  }
}
