package com.shopops.render;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The terminal table: header, a dashed separator, rows; two spaces between columns; numbers
 * right-aligned; widths by display width so Chinese columns line up; no colours. Too wide for the
 * terminal: the widest free-text columns (titles, names, reasons…) shrink and their cells end in
 * "…". Values an operator copies or reads whole never shrink: ids ({@code *_id}, {@code *_no},
 * {@code *_code}, {@code sku}), phones, statuses, timestamps and dates. If the table still does not
 * fit, it is printed at that width and the terminal wraps: a cut id is worse than a wrapped line.
 * With {@link RenderOptions#color()}, status cells and cells given a {@link Tone} are coloured (the
 * colour codes take no width).
 */
final class TableTextRenderer {
  /** A shrunk column keeps at least this many columns (and never less than its header). */
  static final int MIN_COLUMN_WIDTH = 6;

  private static final String GAP = "  ";

  private TableTextRenderer() {}

  /**
   * The table, or, when {@code records} allows it and the table does not fit the terminal even with
   * its free text cut, one record after the other.
   */
  static void render(
      List<Column> columns, List<List<Object>> rows, RenderOptions o, Writer out, boolean records)
      throws IOException {
    List<List<Object>> shown = rows;
    int hidden = 0;
    if (o.limit() == null && o.tableRowCap() > 0 && rows.size() > o.tableRowCap()) {
      shown = rows.subList(0, o.tableRowCap());
      hidden = rows.size() - o.tableRowCap();
    }

    Laid laid = lay(columns, shown, o);
    String[] headers = laid.headers();
    int[] widths = laid.widths();
    List<String[]> cells = laid.cells();
    fit(columns, headers, widths, o.terminalWidth());
    if (records && o.terminalWidth() > 0 && width(widths) > o.terminalWidth()) {
      records(columns, headers, cells, shown, o, out); // review11 K4, K9 (no rows: no header)
    } else {
      lines(columns, headers, cells, widths, shown, o, out);
    }
    if (rows.isEmpty()) {
      out.write(o.messages().get("table.no_rows") + "\n");
    } else if (hidden > 0) {
      out.write(o.messages().get("table.more_rows", hidden, rows.size()) + "\n");
    }
  }

  /**
   * The width of a line of the table of these columns and rows as printed before any column is cut
   * to fit: what a command compares with the terminal to choose its columns (tryout26b B2).
   */
  static int width(List<Column> columns, List<List<Object>> rows, RenderOptions o) {
    return width(lay(columns, rows, o).widths());
  }

  /** The headers and cells of a table as the terminal shows them, and each column's width. */
  private record Laid(String[] headers, List<String[]> cells, int[] widths) {}

  private static Laid lay(List<Column> columns, List<List<Object>> rows, RenderOptions o) {
    int n = columns.size();
    String[] headers = new String[n];
    int[] widths = new int[n];
    for (int c = 0; c < n; c++) {
      headers[c] = forTerminal(o.messages().column(columns.get(c)));
      widths[c] = DisplayWidth.of(headers[c]);
    }
    List<String[]> cells = new ArrayList<>(rows.size());
    for (List<Object> row : rows) {
      String[] line = new String[n];
      for (int c = 0; c < n; c++) {
        line[c] = forTerminal(label(columns.get(c), row.get(c), row, o));
        widths[c] = Math.max(widths[c], DisplayWidth.of(line[c]));
      }
      cells.add(line);
    }
    return new Laid(headers, cells, widths);
  }

  /** The width of a line of the table. */
  private static int width(int[] widths) {
    int total = GAP.length() * Math.max(0, widths.length - 1);
    for (int w : widths) {
      total += w;
    }
    return total;
  }

  /**
   * A table too wide for the terminal even with its free text cut: one record after the other, a
   * "header value" line per known cell (as psql's {@code \\x auto}), so ids stay whole and nothing
   * wraps; free text longer than the line is cut.
   */
  private static void records(
      List<Column> columns,
      String[] headers,
      List<String[]> cells,
      List<List<Object>> shown,
      RenderOptions o,
      Writer out)
      throws IOException {
    int n = columns.size();
    int label = 0;
    for (String h : headers) {
      label = Math.max(label, DisplayWidth.of(h));
    }
    int room = Math.max(MIN_COLUMN_WIDTH, o.terminalWidth() - label - GAP.length());
    for (int r = 0; r < cells.size(); r++) {
      String head = o.messages().get("table.record", r + 1);
      int dashes = Math.min(o.terminalWidth(), label + GAP.length() + room) - DisplayWidth.of(head);
      out.write(head + "-".repeat(Math.max(0, dashes)) + "\n");
      Tone[] tones = o.color() ? tones(columns, shown.get(r)) : null;
      for (int c = 0; c < n; c++) {
        String cell = cells.get(r)[c];
        if (cell.isEmpty()) {
          continue; // a record shows what is known, as a record view does
        }
        if (shrinkable(columns.get(c))) {
          cell = DisplayWidth.truncate(cell, room);
        }
        if (tones != null && tones[c] != null) {
          cell = tones[c].paint(cell);
        }
        out.write(DisplayWidth.pad(headers[c], label, false) + GAP + cell + "\n");
      }
    }
  }

  private static void lines(
      List<Column> columns,
      String[] headers,
      List<String[]> cells,
      int[] widths,
      List<List<Object>> shown,
      RenderOptions o,
      Writer out)
      throws IOException {
    int n = columns.size();
    boolean[] right = new boolean[n];
    String[] rules = new String[n];
    for (int c = 0; c < n; c++) {
      right[c] = isNumeric(columns.get(c).type());
      rules[c] = "-".repeat(widths[c]);
    }
    writeLine(out, headers, widths, right, null);
    out.write(String.join(GAP, rules));
    out.write('\n');
    for (int r = 0; r < cells.size(); r++) {
      Tone[] tones = o.color() ? tones(columns, shown.get(r)) : null;
      writeLine(out, cells.get(r), widths, right, tones);
    }
  }

  /** A cell of {@code row} as people read it, as {@link Table#shown} says when it says. */
  private static String label(Column column, Object value, List<Object> row, RenderOptions o) {
    Shown shown = value == null ? null : Table.shownOf(row, column.name());
    return shown == null
        ? label(column, value, o)
        : Cells.display(column, value, shown, o.messages());
  }

  /** A cell as people read it: a code by its name in the language, yes/no in words. */
  static String label(Column column, Object value, RenderOptions o) {
    if (value instanceof Boolean b && column.type() == ColumnType.BOOLEAN) {
      return o.messages().get(b ? "table.yes" : "table.no");
    }
    String text = Cells.display(column, value, o.zone());
    return column.type() == ColumnType.TEXT ? o.messages().value(column.name(), text) : text;
  }

  /** Text columns holding a period: never cut. */
  private static final Set<String> KEYS = Set.of("day", "week", "month", "period");

  /** Shrinks the widest shrinkable column one step at a time until the table fits. */
  private static void fit(List<Column> columns, String[] headers, int[] widths, int available) {
    if (available <= 0) {
      return;
    }
    int n = widths.length;
    int[] min = new int[n];
    int total = GAP.length() * Math.max(0, n - 1);
    for (int c = 0; c < n; c++) {
      min[c] = Math.max(MIN_COLUMN_WIDTH, DisplayWidth.of(headers[c]));
      total += widths[c];
    }
    while (total > available) {
      int widest = -1;
      for (int c = 0; c < n; c++) { // a description is cut before the values beside it (K9)
        if (columns.get(c).name().equals("description") && widths[c] > min[c]) {
          widest = c;
        }
      }
      if (widest < 0) { // the widest free text is cut first, not its short neighbour (review14 N8)
        for (int c = 0; c < n; c++) {
          if (shrinkable(columns.get(c))
              && widths[c] > min[c]
              && (widest < 0 || widths[c] > widths[widest])) {
            widest = c;
          }
        }
      }
      if (widest < 0) {
        return; // nothing left to shrink: the terminal wraps, the data stays whole
      }
      widths[widest]--;
      total--;
    }
  }

  /**
   * Only free text shrinks. Ids, tracking numbers, SKUs, timestamps, dates, numbers and booleans
   * are always printed whole, and so are the period keys of the reports ({@code day}, {@code week},
   * {@code month}, {@code period}: review7 G1).
   */
  static boolean shrinkable(Column column) {
    if (column.type() != ColumnType.TEXT) {
      return false;
    }
    String name = column.name();
    return !(name.endsWith("_id")
        || name.endsWith("_no")
        || name.endsWith("_code")
        || name.equals("sku")
        || name.equals("status")
        || name.equals("phone")
        || name.equals("key") // a config key, typed back into `config set` (review11 K9)
        || KEYS.contains(name));
  }

  /** The colour of each cell of a row: set by the command, else by a status code. */
  private static Tone[] tones(List<Column> columns, List<Object> row) {
    Tone[] tones = new Tone[columns.size()];
    for (int c = 0; c < tones.length; c++) {
      String name = columns.get(c).name();
      tones[c] = Table.toneOf(row, name);
      if (tones[c] == null
          && row.get(c) instanceof String s
          && (name.equals("status") || name.equals("step") || name.endsWith("_status"))) {
        tones[c] = Tone.ofStatus(s);
      } else if (tones[c] == null && name.equals("overdue") && Boolean.TRUE.equals(row.get(c))) {
        tones[c] = Tone.BAD;
      }
    }
    return tones;
  }

  /**
   * One line of the table. Nothing follows its last cell (tryout29a A7: a long last column padded
   * every line to its longest sentence): a left-aligned last column is not padded and a line whose
   * last cells are empty ends at its last text.
   */
  private static void writeLine(
      Writer out, String[] line, int[] widths, boolean[] right, Tone[] tones) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int c = 0; c < line.length; c++) {
      if (c > 0) {
        sb.append(GAP);
      }
      String cell = DisplayWidth.truncate(line[c], widths[c]);
      boolean last = c == line.length - 1 && !right[c];
      String padded = last ? cell : DisplayWidth.pad(cell, widths[c], right[c]);
      if (tones != null && tones[c] != null && !cell.isEmpty()) {
        // colour the text only, not the padding
        int lead = right[c] ? padded.length() - cell.length() : 0;
        padded =
            padded.substring(0, lead)
                + tones[c].paint(cell)
                + padded.substring(lead + cell.length());
      }
      sb.append(padded);
    }
    int end = sb.length();
    while (end > 0 && sb.charAt(end - 1) == ' ') {
      end--;
    }
    sb.setLength(end);
    out.write(sb.append('\n').toString());
  }

  private static boolean isNumeric(ColumnType type) {
    return switch (type) {
      case INTEGER, MONEY, DECIMAL, RATE -> true;
      default -> false;
    };
  }

  /**
   * Line breaks and tabs would break the row and escape sequences could drive the terminal: tabs
   * and line breaks become a space, other control characters '?'.
   */
  static String forTerminal(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (Character.isISOControl(ch)) {
        if (sb == null) {
          sb = new StringBuilder(s.length()).append(s, 0, i);
        }
        sb.append(ch == '\t' || ch == '\n' || ch == '\r' ? ' ' : '?');
      } else if (sb != null) {
        sb.append(ch);
      }
    }
    return sb == null ? s : sb.toString();
  }
}
