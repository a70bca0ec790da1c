package com.shopops.render;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes one {@link Table} in any {@link OutputFormat}. The writer is flushed, never closed; for
 * csv/tsv/json/jsonl it must encode UTF-8 (Chinese text is written as-is, the BOM as U+FEFF).
 */
public final class Renderer {
  private Renderer() {}

  /** The columns a line of output takes on a terminal (colour codes take none). */
  public static int displayWidth(String line) {
    return DisplayWidth.of(line.replaceAll("\033\\[[0-9;]*m", ""));
  }

  /** {@code text} in lines of at most {@code width} columns, broken at spaces (else anywhere). */
  public static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    int used = 0;
    for (String word : text.split(" ")) {
      int w = displayWidth(word);
      if (used > 0 && used + 1 + w <= width) {
        line.append(' ').append(word);
        used += 1 + w;
        continue;
      }
      if (used > 0) {
        lines.add(line.toString());
        line.setLength(0);
        used = 0;
      }
      for (int i = 0; i < word.length(); ) { // a word wider than the line (Chinese text): by char
        String ch = new String(Character.toChars(word.codePointAt(i)));
        int cw = displayWidth(ch);
        if (used > 0 && used + cw > width) {
          lines.add(line.toString());
          line.setLength(0);
          used = 0;
        }
        line.append(ch);
        used += cw;
        i += ch.length();
      }
    }
    if (used > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  /**
   * The width of a line of {@code t}'s terminal table, every row and column of it, before any
   * column is cut to fit (a command's choice of the columns that fit, tryout26b B2).
   */
  public static int tableWidth(Table t, RenderOptions o) {
    return TableTextRenderer.width(t.columns(), t.rows(), o);
  }

  public static void render(Table t, OutputFormat f, RenderOptions o, Writer out)
      throws IOException {
    Objects.requireNonNull(t, "table");
    Objects.requireNonNull(f, "format");
    Objects.requireNonNull(o, "options");
    Objects.requireNonNull(out, "out");
    List<List<Object>> rows = t.rows();
    if (o.limit() != null && o.limit() < rows.size()) {
      rows = rows.subList(0, o.limit());
    }
    switch (f) {
      case TABLE -> TableTextRenderer.render(t.columns(), rows, o, out, !t.areColumnsChosen());
      case CSV -> CsvRenderer.render(t.columns(), rows, o, out, ',');
      case TSV -> CsvRenderer.render(t.columns(), rows, o, out, '\t');
      case JSON -> JsonRenderer.render(t.columns(), rows, o, out, false);
      case JSONL -> JsonRenderer.render(t.columns(), rows, o, out, true);
      case XLSX -> throw new IllegalArgumentException("xlsx is binary: use XlsxRenderer");
    }
    out.flush();
  }

  /**
   * Writes one record with its lists (see {@link RecordView}). A terminal's "field value" lines
   * leave out fields without a value; json and csv keep them.
   */
  public static void render(RecordView view, OutputFormat f, RenderOptions o, Writer out)
      throws IOException {
    switch (f) {
      case JSON -> JsonRenderer.renderRecord(view, o, out, false);
      case JSONL -> JsonRenderer.renderRecord(view, o, out, true);
      case CSV, TSV -> {
        // the fields first (line 1 is their header, as before), then each list after a blank
        // line and a "# name" line, with its own header: every section json has, and a file a
        // spreadsheet opens as rows; the byte order mark (--excel) only once, at the very start
        render(view.fields(), f, o, out);
        RenderOptions rest = o.withExcelBom(false);
        for (var e : view.lists().entrySet()) {
          out.write("\n# " + e.getKey() + "\n");
          render(e.getValue(), f, rest, out);
        }
      }
      case XLSX -> throw new IllegalArgumentException("xlsx is binary: use XlsxRenderer");
      case TABLE -> {
        Table fields = view.fields();
        Table kv = new Table(Column.text("field"), Column.text("value"));
        for (int i = 0; i < fields.columns().size(); i++) {
          Object v = fields.rows().get(0).get(i);
          if (v == null) {
            continue; // a terminal shows what is known; json/csv keep every field
          }
          Column c = fields.columns().get(i);
          kv.addRow(o.messages().column(c), TableTextRenderer.label(c, v, o));
        }
        TableTextRenderer.render(kv.columns(), kv.rows(), o, out, true);
        for (var e : view.lists().entrySet()) {
          out.write("\n" + o.messages().get("record.list", listName(o, e.getKey())) + "\n");
          Table t = e.getValue();
          TableTextRenderer.render(t.columns(), t.rows(), o, out, true);
        }
      }
    }
    out.flush();
  }

  /** The heading of a record's list ("orders"), in the language of the table. */
  private static String listName(RenderOptions o, String key) {
    String name = o.messages().get("record." + key);
    return name.equals("record." + key) ? key : name;
  }
}
