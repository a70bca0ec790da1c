package com.shopops.render;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** csv and tsv: a header of column names, then one record per row, "\n" line ends. */
final class CsvRenderer {
  private CsvRenderer() {}

  static void render(
      List<Column> columns, List<List<Object>> rows, RenderOptions o, Writer out, char delimiter)
      throws IOException {
    // Minimal quoting (RFC 4180); "\n" on purpose: Excel, WPS and every script read it, and
    // CRLF would leak "\r" into shell pipelines.
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setRecordSeparator("\n").build();
    if (o.excelBom()) {
      out.write('\uFEFF');
    }
    CSVPrinter printer = new CSVPrinter(out, format); // not closed: the caller owns the writer
    printer.printRecord(columns.stream().map(Column::name).toList());
    Object[] record = new Object[columns.size()];
    for (List<Object> row : rows) {
      for (int i = 0; i < record.length; i++) {
        Column c = columns.get(i);
        String s = Cells.plain(c, row.get(i), o.zone());
        if (o.spreadsheetSafe() && c.type() == ColumnType.TEXT) {
          s = neutralizeFormula(s);
        }
        record[i] = s;
      }
      printer.printRecord(record);
    }
    printer.flush();
  }

  /**
   * OWASP CSV injection: a text cell starting with = + - @ TAB CR LF or NUL could run as a formula
   * in Excel/WPS, so it gets a leading {@code '}. Typed columns (money, numbers, dates) are never
   * passed here, so -12.05 stays a number.
   */
  static String neutralizeFormula(String s) {
    if (s == null || s.isEmpty()) {
      return s;
    }
    return switch (s.charAt(0)) {
      case '=', '+', '-', '@', '\t', '\r', '\n', '\0' -> "'" + s;
      default -> s;
    };
  }
}
