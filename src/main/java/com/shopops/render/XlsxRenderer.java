package com.shopops.render;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * xlsx for Excel and WPS: ids, phones and tracking numbers as text cells (never a number a
 * spreadsheet could round or strip of its zeros), money as numbers with two decimals, rates as
 * percentages, timestamps as date cells in the store zone; the header row frozen with a filter; one
 * sheet per table.
 */
public final class XlsxRenderer {
  private XlsxRenderer() {}

  static final String MONEY_FORMAT = "#,##0.00";
  static final String TIMESTAMP_FORMAT = "yyyy-mm-dd hh:mm:ss";
  static final String DATE_FORMAT = "yyyy-mm-dd";
  static final String RATE_FORMAT = "0.00%";

  /** Sheets in order: name → table. Names are cut to Excel's 31 characters. */
  public static void render(Map<String, Table> sheets, RenderOptions o, OutputStream out)
      throws IOException {
    Workbook wb = new Workbook(out, "shopops", "1.0");
    for (Map.Entry<String, Table> e : sheets.entrySet()) {
      Table t = e.getValue();
      List<List<Object>> rows = t.rows();
      if (o.limit() != null && o.limit() < rows.size()) {
        rows = rows.subList(0, o.limit());
      }
      sheet(wb.newWorksheet(sheetName(e.getKey())), t.columns(), rows, o);
    }
    wb.finish();
  }

  public static void render(Table t, RenderOptions o, OutputStream out) throws IOException {
    Map<String, Table> one = new LinkedHashMap<>();
    one.put("shopops", t);
    render(one, o, out);
  }

  /** A record: its fields as the first sheet, then one sheet per list. */
  public static void render(RecordView view, RenderOptions o, OutputStream out) throws IOException {
    Map<String, Table> sheets = new LinkedHashMap<>();
    sheets.put(view.fieldsKey() == null ? "record" : view.fieldsKey(), view.fields());
    sheets.putAll(view.lists());
    render(sheets, o, out);
  }

  private static void sheet(
      Worksheet ws, List<Column> columns, List<List<Object>> rows, RenderOptions o) {
    int[] widths = new int[columns.size()];
    for (int c = 0; c < columns.size(); c++) {
      String header = o.messages().column(columns.get(c));
      ws.value(0, c, header);
      ws.style(0, c).bold().set();
      widths[c] = DisplayWidth.of(header);
    }
    for (int r = 0; r < rows.size(); r++) {
      List<Object> row = rows.get(r);
      for (int c = 0; c < columns.size(); c++) {
        Object v = row.get(c);
        if (v == null || v == Table.NONE) {
          continue;
        }
        Column col = columns.get(c);
        int x = r + 1;
        switch (col.type()) {
          case TEXT -> {
            String text = o.messages().value(col.name(), Cells.text(col, v));
            ws.value(x, c, text); // a string cell: 0071234 stays 0071234
            widths[c] = Math.max(widths[c], DisplayWidth.of(text));
          }
          case INTEGER -> ws.value(x, c, Cells.integer(col, v));
          case MONEY -> {
            BigDecimal m = Cells.money(col, v);
            ws.value(x, c, m);
            ws.style(x, c).format(MONEY_FORMAT).set();
            widths[c] = Math.max(widths[c], m.toPlainString().length() + 2);
          }
          case DECIMAL -> ws.value(x, c, Cells.decimal(col, v));
          case RATE -> {
            ws.value(x, c, Cells.decimal(col, v));
            ws.style(x, c).format(RATE_FORMAT).set();
          }
          case TIMESTAMP -> {
            Instant t = Cells.instant(col, v);
            ws.value(x, c, t.atZone(o.zone()).toLocalDateTime());
            ws.style(x, c).format(TIMESTAMP_FORMAT).set();
            widths[c] = Math.max(widths[c], 19);
          }
          case DATE -> {
            LocalDate d = Cells.date(col, v);
            ws.value(x, c, d);
            ws.style(x, c).format(DATE_FORMAT).set();
            widths[c] = Math.max(widths[c], 10);
          }
          case BOOLEAN -> ws.value(x, c, Cells.bool(col, v));
        }
      }
    }
    for (int c = 0; c < columns.size(); c++) {
      ws.width(c, Math.min(60, Math.max(8, widths[c] + 2)));
    }
    ws.freezePane(0, 1);
    if (!columns.isEmpty()) {
      ws.setAutoFilter(0, 0, Math.max(rows.size(), 1), columns.size() - 1);
    }
  }

  /** Excel sheet names: at most 31 characters, none of {@code : \ / ? * [ ]}. */
  static String sheetName(String name) {
    String s = name.replaceAll("[:\\\\/?*\\[\\]]", "_");
    return s.length() > 31 ? s.substring(0, 31) : s.isEmpty() ? "sheet" : s;
  }
}
