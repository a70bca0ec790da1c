package com.shopops.app.imports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One source row read into typed values (by field index of its {@link KindSpec}), with its line
 * number, its raw cells (for the rejects file) and the problems found reading it.
 */
public final class ParsedRow {
  private final long line;
  private final String[] cells;
  private final Object[] values;
  private List<RowError> errors;
  private List<com.shopops.parse.DstGaps.Said> timesInGap;

  ParsedRow(long line, String[] cells, int size) {
    this.line = line;
    this.cells = cells;
    this.values = new Object[size];
  }

  public long line() {
    return line;
  }

  /** The row's cells as read, for the rejects file. */
  public List<String> raw() {
    return cells == null ? List.of() : List.of(cells);
  }

  /** The row's cells as read (not a copy). */
  String[] cells() {
    return cells == null ? new String[0] : cells;
  }

  /** How many cells the row has. */
  public int width() {
    return cells == null ? 0 : cells.length;
  }

  /** One cell as read. */
  public String cell(int i) {
    return cells[i];
  }

  void set(int index, Object value) {
    values[index] = value;
  }

  public Object get(int index) {
    return values[index];
  }

  public String text(int index) {
    return (String) values[index];
  }

  public Instant instant(int index) {
    return (Instant) values[index];
  }

  public LocalDate date(int index) {
    return (LocalDate) values[index];
  }

  public Long number(int index) {
    return (Long) values[index];
  }

  public Boolean bool(int index) {
    return (Boolean) values[index];
  }

  public void addError(RowError e) {
    if (errors == null) {
      errors = new ArrayList<>(2);
    }
    errors.add(e);
  }

  /** An error that explains the others (a cut-short row): reported before them. */
  void addFirstError(RowError e) {
    addError(e);
    errors.remove(errors.size() - 1);
    errors.add(0, e);
  }

  /**
   * A local time of the row that does not exist in the store zone (a DST gap) or happens twice in
   * it (the repeated hour), as read: its anomaly kind and what was said, the column first.
   */
  void addTimeInGap(com.shopops.parse.DstGaps.Said message) {
    if (timesInGap == null) {
      timesInGap = new ArrayList<>(1);
    }
    timesInGap.add(message);
  }

  /** What {@link #addTimeInGap} said, in field order; empty for nearly every row. */
  List<com.shopops.parse.DstGaps.Said> timesInGap() {
    return timesInGap == null ? List.of() : timesInGap;
  }

  public boolean hasErrors() {
    return errors != null;
  }

  public List<RowError> errors() {
    return errors == null ? List.of() : errors;
  }
}
