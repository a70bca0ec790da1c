package com.shopops.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The one intermediate shape every report is turned into before it is printed. Cells may be null
 * (missing value: empty in csv/table, null in json). Notes are printed to stderr by the caller
 * (e.g. "uv is a sum of daily UV"), never mixed into data.
 */
public final class Table {
  private final List<Column> columns;
  private final List<List<Object>> rows = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  public Table(List<Column> columns) {
    this.columns = List.copyOf(columns);
  }

  public Table(Column... columns) {
    this(Arrays.asList(columns));
  }

  public Table addRow(Object... cells) {
    if (cells.length != columns.size()) {
      throw new IllegalArgumentException(
          "row has " + cells.length + " cells, table has " + columns.size() + " columns");
    }
    rows.add(Arrays.asList(cells));
    return this;
  }

  public Table addNote(String note) {
    notes.add(note);
    return this;
  }

  public List<Column> columns() {
    return columns;
  }

  public List<List<Object>> rows() {
    return rows;
  }

  public List<String> notes() {
    return notes;
  }
}
