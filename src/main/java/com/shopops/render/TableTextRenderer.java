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

  static void render(List<Column> columns, List<List<Object>> rows, RenderOptions o, Writer out)
      throws IOException {
    List<List<Object>> shown = rows;
    int hidden = 0;
    if (o.limit() == null && o.tableRowCap() > 0 && rows.size() > o.tableRowCap()) {
      shown = rows.subList(0, o.tableRowCap());
      hidden = rows.size() - o.tableRowCap();
    }

    int n = columns.size();
    String[] headers = new String[n];
    int[] widths = new int[n];
    for (int c = 0; c < n; c++) {
      headers[c] = forTerminal(o.messages().column(columns.get(c)));
      widths[c] = DisplayWidth.of(headers[c]);
    }
    List<String[]> cells = new ArrayList<>(shown.size());
    for (List<Object> row : shown) {
      String[] line = new String[n];
      for (int c = 0; c < n; c++) {
        line[c] = forTerminal(label(columns.get(c), row.get(c), o));
        widths[c] = Math.max(widths[c], DisplayWidth.of(line[c]));
      }
      cells.add(line);
    }
    fit(columns, headers, widths, o.terminalWidth());

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
    if (rows.isEmpty()) {
      out.write(o.messages().get("table.no_rows") + "\n");
    } else if (hidden > 0) {
      out.write(o.messages().get("table.more_rows", hidden, rows.size()) + "\n");
    }
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
      for (int c = 0; c < n; c++) {
        if (shrinkable(columns.get(c))
            && widths[c] > min[c]
            && (widest < 0 || widths[c] > widths[widest])) {
          widest = c;
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

  private static void writeLine(
      Writer out, String[] line, int[] widths, boolean[] right, Tone[] tones) throws IOException {
    for (int c = 0; c < line.length; c++) {
      if (c > 0) {
        out.write(GAP);
      }
      String cell = DisplayWidth.truncate(line[c], widths[c]);
      String padded = DisplayWidth.pad(cell, widths[c], right[c]);
      if (tones != null && tones[c] != null && !cell.isEmpty()) {
        // colour the text only, not the padding
        int lead = right[c] ? padded.length() - cell.length() : 0;
        padded =
            padded.substring(0, lead)
                + tones[c].paint(cell)
                + padded.substring(lead + cell.length());
      }
      out.write(padded);
    }
    out.write('\n');
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
