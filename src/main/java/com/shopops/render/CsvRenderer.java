package com.shopops.render;

import com.shopops.parse.TsvEscapes;
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
    if (delimiter == '\t') {
      renderTsv(columns, rows, o, out);
      return;
    }
    CSVPrinter printer = new CSVPrinter(out, format); // not closed: the caller owns the writer
    printer.printRecord(columns.stream().map(Column::name).toList());
    printer.flush();
    int width = columns.size();
    StringBuilder line = new StringBuilder();
    for (List<Object> row : rows) {
      line.setLength(0);
      for (int i = 0; i < width; i++) {
        Column c = columns.get(i);
        String s = Cells.plain(c, row.get(i), o.zone());
        if (o.excelBom() && c.type() == ColumnType.TEXT && keptAsText(s)) {
          if (i > 0) {
            line.append(delimiter);
          }
          line.append(excelText(s)); // unquoted: ="007123" is what Excel and WPS evaluate
          continue;
        }
        if (o.spreadsheetSafe() && c.type() == ColumnType.TEXT) {
          s = neutralizeFormula(s);
        }
        format.print(s, line, i == 0); // as CSVPrinter: the delimiter, minimal quoting
      }
      out.write(line.append('\n').toString());
    }
  }

  /**
   * {@code --excel}: an id that Excel or WPS would turn into a number (a 19-digit order id into
   * 3.02993674109642E+18, {@code 007123} into 7123) is written as the formula {@code ="007123"},
   * which both evaluate to the text itself, and which the importer reads back as {@code 007123}.
   * Only values of ASCII digits alone are wrapped, so the formula is always a constant string: no
   * cell text can reach a formula this way (everything else is neutralized as before).
   */
  static boolean isLongOrZeroLedDigits(String s) {
    if (s == null || s.length() < 2) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch < '0' || ch > '9') {
        return false;
      }
    }
    return s.length() >= EXCEL_DIGITS || s.charAt(0) == '0';
  }

  /**
   * {@code --excel}: what is written as {@code ="…"} so that Excel and WPS keep it as the text it
   * is: a long or zero-led id, an international phone ({@code +34612345678}, which Excel would read
   * as the number 34612345678, its {@code +} lost: review17 R9, R18).
   */
  static boolean keptAsText(String s) {
    return isLongOrZeroLedDigits(s) || isPhoneNumber(s);
  }

  /**
   * A value that is a phone number and nothing else: {@code +} then digits and single spaces,
   * ending with a digit ({@code +34612345678}, {@code +86 138 0013 8000}). Not a formula risk
   * (DOMAIN.md "CSV injection": the {@code '} prefix mangles phones): a spreadsheet can at most
   * read it as a number, never call a function or reach another cell, so it is written as it is.
   */
  static boolean isPhoneNumber(String s) {
    if (s == null || s.length() < 2 || s.charAt(0) != '+' || !isDigit(s.charAt(1))) {
      return false;
    }
    for (int i = 2; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (!isDigit(ch) && !(ch == ' ' && isDigit(s.charAt(i - 1)) && i + 1 < s.length())) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char ch) {
    return ch >= '0' && ch <= '9';
  }

  /** From 12 digits on, Excel's General format shows a number in E notation (1.23457E+11). */
  static final int EXCEL_DIGITS = 12;

  static String excelText(String text) {
    return "=\"" + text + "\""; // digits, + and spaces only: nothing to escape
  }

  /**
   * tsv as the tools that read it expect (PostgreSQL's text COPY, cut, awk, csvkit -t): no quoting
   * ever; a tab, newline, carriage return or backslash inside a value is written as {@code \t},
   * {@code \n}, {@code \r}, {@code \\} ({@link TsvEscapes}, which the importer undoes), so one line
   * is always one record and one tab one column.
   */
  private static void renderTsv(
      List<Column> columns, List<List<Object>> rows, RenderOptions o, Writer out)
      throws IOException {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < columns.size(); i++) {
      if (i > 0) {
        line.append('\t');
      }
      TsvEscapes.escape(columns.get(i).name(), line);
    }
    out.write(line.append('\n').toString());
    for (List<Object> row : rows) {
      line.setLength(0);
      for (int i = 0; i < columns.size(); i++) {
        Column c = columns.get(i);
        String s = Cells.plain(c, row.get(i), o.zone());
        if (o.excelBom() && c.type() == ColumnType.TEXT && keptAsText(s)) {
          s = excelText(s);
        } else if (o.spreadsheetSafe() && c.type() == ColumnType.TEXT) {
          s = neutralizeFormula(s);
        }
        if (i > 0) {
          line.append('\t');
        }
        TsvEscapes.escape(s, line);
      }
      out.write(line.append('\n').toString());
    }
  }

  /**
   * OWASP CSV injection: a text cell starting with = + - @ TAB CR LF or NUL could run as a formula
   * in Excel/WPS, so it gets a leading {@code '}. Typed columns (money, numbers, dates) are never
   * passed here, so -12.05 stays a number; nor is a phone number ({@link #isPhoneNumber}), which
   * reads back as the same phone.
   */
  static String neutralizeFormula(String s) {
    if (s == null || s.isEmpty() || isPhoneNumber(s)) {
      return s;
    }
    return switch (s.charAt(0)) {
      case '=', '+', '-', '@', '\t', '\r', '\n', '\0' -> "'" + s;
      default -> s;
    };
  }
}
