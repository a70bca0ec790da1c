package com.shopops.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The one intermediate shape every report is turned into before it is printed. Cells may be null
 * (missing value: empty in csv/table, null in json). Notes are printed to stderr by the caller
 * (e.g. "uv is a sum of daily UV"), never mixed into data.
 */
public final class Table {
  /**
   * A cell that has no value on purpose, e.g. the group of the orders without a province: "(none)"
   * in the terminal table (（无） under zh), an empty cell in csv/tsv/xlsx and null in JSON, as every
   * other absent value (review12 L18).
   */
  public static final Object NONE =
      new Object() {
        @Override
        public String toString() {
          return "(none)";
        }
      };

  private final List<Column> columns;
  private final List<List<Object>> rows = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private List<String> defaultColumns;
  private String defaultSort;
  private String key;
  private boolean columnsChosen;

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
    rows.add(new Row(cells, (Row) null));
    return this;
  }

  /** Colours one cell of the last row added on a terminal (e.g. a metric's direction). */
  public Table tone(String column, Tone tone) {
    if (tone != null) {
      Row last = (Row) rows.get(rows.size() - 1);
      if (last.tones == null) {
        last.tones = new java.util.HashMap<>();
      }
      last.tones.put(column, tone);
    }
    return this;
  }

  /**
   * How one number cell of the last row added reads in the terminal table when its column's type
   * does not say it (a rate among money and counts: {@code metrics compare}); other formats write
   * the number.
   */
  public Table shown(String column, Shown shown) {
    if (shown != null) {
      Row last = (Row) rows.get(rows.size() - 1);
      if (last.shown == null) {
        last.shown = new java.util.HashMap<>();
      }
      last.shown.put(column, shown);
    }
    return this;
  }

  /** How a cell set with {@link #shown} reads, or null. */
  static Shown shownOf(List<Object> row, String column) {
    return row instanceof Row r && r.shown != null ? r.shown.get(column) : null;
  }

  /** The tone set for a cell with {@link #tone}, or null. */
  static Tone toneOf(List<Object> row, String column) {
    return row instanceof Row r && r.tones != null ? r.tones.get(column) : null;
  }

  /**
   * A row, the tones of its cells and how its cells read (which survive sorting and choosing
   * columns).
   */
  private static final class Row extends java.util.AbstractList<Object>
      implements java.util.RandomAccess {
    private final Object[] cells;
    private java.util.Map<String, Tone> tones;
    private java.util.Map<String, Shown> shown;

    Row(Object[] cells, java.util.Map<String, Tone> tones) {
      this.cells = cells;
      this.tones = tones;
    }

    Row(Object[] cells, Row of) {
      this(cells, of == null ? null : of.tones);
      this.shown = of == null ? null : of.shown;
    }

    @Override
    public Object get(int i) {
      return cells[i];
    }

    @Override
    public int size() {
      return cells.length;
    }

    @Override
    public Object set(int i, Object value) {
      Object old = cells[i];
      cells[i] = value; // a cell may be rewritten in place (masking); the row keeps its tones
      return old;
    }
  }

  public Table addNote(String note) {
    notes.add(note);
    return this;
  }

  /**
   * The columns a terminal table shows when neither {@code --columns} nor {@code --wide} is given:
   * those that fit 80 columns for the usual content. Other formats keep every column.
   */
  public Table defaultColumns(String... names) {
    for (String n : names) {
      index(n);
    }
    this.defaultColumns = List.of(names);
    return this;
  }

  /**
   * Marks the columns as the reader's choice ({@code --wide}, {@code --columns}): a terminal prints
   * them as a table, wrapping when it must, never one record after the other.
   */
  public Table columnsChosen() {
    this.columnsChosen = true;
    return this;
  }

  /** Whether the reader chose the columns (see {@link #columnsChosen()}). */
  public boolean areColumnsChosen() {
    return columnsChosen;
  }

  /** The default columns of a terminal table; null: all of them. */
  public List<String> defaultColumns() {
    return defaultColumns;
  }

  /**
   * The order a terminal table is shown in when {@code --sort} is not given (a column name, "-"
   * first for descending); other formats keep the order the rows were added in.
   */
  public Table defaultSort(String key) {
    index(key.startsWith("-") ? key.substring(1) : key);
    this.defaultSort = key;
    return this;
  }

  /**
   * The column that says what a row is about ({@code period} of a metrics table): kept first when
   * {@code --columns} does not list it (tryout29a A7: a by-month table without its months).
   */
  public Table key(String name) {
    index(name);
    this.key = name;
    return this;
  }

  /** The key column (see {@link #key(String)}); null: none. */
  public String key() {
    return key;
  }

  /** The default sort of a terminal table; null: as added. */
  public String defaultSort() {
    return defaultSort;
  }

  /** The position of a column, or -1. */
  public int indexOf(String name) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  private int index(String name) {
    int i = indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException("no column " + name + " in " + columns);
    }
    return i;
  }

  /** The column names, in order. */
  public List<String> columnNames() {
    return columns.stream().map(Column::name).toList();
  }

  /** A table of only these columns (in this order), with the same rows and notes. */
  public Table select(List<String> names) {
    int[] at = names.stream().mapToInt(this::index).toArray();
    List<Column> cols = new ArrayList<>(at.length);
    for (int i : at) {
      cols.add(columns.get(i));
    }
    Table t = new Table(cols);
    for (List<Object> row : rows) {
      Object[] cells = new Object[at.length];
      for (int c = 0; c < at.length; c++) {
        cells[c] = row.get(at[c]);
      }
      t.rows.add(new Row(cells, row instanceof Row r ? r : null));
    }
    t.notes.addAll(notes);
    return t;
  }

  /**
   * A table with the rows sorted by one column ({@code "-name"}: descending), stably (rows with
   * equal values keep their order); empty cells last either way.
   */
  public Table sorted(String key) {
    boolean descending = key.startsWith("-");
    int c = index(descending ? key.substring(1) : key);
    Comparator<Object> values = Table::compareValues;
    Comparator<List<Object>> order =
        Comparator.comparing(
            (List<Object> r) -> r.get(c),
            Comparator.nullsLast(descending ? values.reversed() : values));
    Table t = new Table(columns);
    t.rows.addAll(rows);
    t.rows.sort(order);
    t.notes.addAll(notes);
    t.defaultColumns = defaultColumns;
    t.key = key;
    return t;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compareValues(Object a, Object b) {
    if (a instanceof Number x
        && b instanceof Number y
        && !(a instanceof java.math.BigDecimal)
        && !(b instanceof java.math.BigDecimal)) {
      return Long.compare(x.longValue(), y.longValue());
    }
    if (a instanceof Number x && b instanceof Number y) {
      return new java.math.BigDecimal(x.toString())
          .compareTo(new java.math.BigDecimal(y.toString()));
    }
    if (a instanceof Comparable ca && a.getClass() == b.getClass()) {
      return ca.compareTo(b);
    }
    return String.valueOf(a).compareTo(String.valueOf(b));
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
