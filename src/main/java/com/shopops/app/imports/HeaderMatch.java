package com.shopops.app.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A file's header matched against a preset: which columns carry which field. Header names are
 * compared ignoring case, spaces, underscores, hyphens and a BOM, so {@code Order ID}, {@code
 * order_id} and {@code "订单付款时间 "} all match.
 */
final class HeaderMatch {
  private final List<String> headers;
  private final Map<String, Integer> positions = new HashMap<>();
  private final Map<String, int[]> fieldColumns = new HashMap<>();
  private int mappedColumns;
  private int knownColumns;
  private final boolean[] used;
  private final String kind;

  HeaderMatch(List<String> headers, Preset preset) {
    this.headers = List.copyOf(headers);
    this.kind = preset.kind();
    for (int i = 0; i < headers.size(); i++) {
      positions.putIfAbsent(normalize(headers.get(i)), i);
    }
    used = new boolean[headers.size()];
    for (var e : preset.fields().entrySet()) {
      List<Integer> cols = new ArrayList<>();
      for (String alias : e.getValue()) {
        Integer p = positions.get(normalize(alias));
        if (p != null && !cols.contains(p)) {
          cols.add(p);
          used[p] = true;
        }
      }
      fieldColumns.put(e.getKey(), cols.stream().mapToInt(Integer::intValue).toArray());
    }
    java.util.Set<String> exported = new java.util.HashSet<>();
    preset.exportColumns().forEach(h -> exported.add(normalize(h)));
    for (int i = 0; i < used.length; i++) {
      if (used[i]) {
        mappedColumns++;
      }
      if (used[i] || exported.contains(normalize(headers.get(i)))) {
        knownColumns++;
      }
    }
  }

  static String normalize(String header) {
    StringBuilder sb = new StringBuilder(header.length());
    for (int i = 0; i < header.length(); i++) {
      char c = header.charAt(i);
      if (c == '\uFEFF'
          || c == '_'
          || c == '-'
          || Character.isWhitespace(c)
          || c == '\u3000'
          || c == '\u00A0') {
        continue;
      }
      sb.append(c);
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * Another column with the same name as the one {@code field} reads (as {@link #normalize}
   * compares names), or -1: with two columns of one name, which one is meant is unclear.
   */
  int twinOf(String field) {
    int[] cols = columnsOf(field);
    if (cols.length == 0) {
      return -1;
    }
    String name = normalize(headers.get(cols[0]));
    for (int i = 0; i < headers.size(); i++) {
      if (i != cols[0] && normalize(headers.get(i)).equals(name)) {
        return i;
      }
    }
    return -1;
  }

  boolean hasHeader(String name) {
    return positions.containsKey(normalize(name));
  }

  List<String> headers() {
    return headers;
  }

  int[] columnsOf(String field) {
    return fieldColumns.getOrDefault(field, new int[0]);
  }

  /** Whether the preset reads the file's column {@code i} (0-based). */
  boolean readsColumn(int i) {
    return used[i];
  }

  boolean maps(String field) {
    return columnsOf(field).length > 0;
  }

  /**
   * How a message names a field: the field, and the file's own header when that differs ({@code
   * paid_at (column "订单付款时间")}), so the operator finds the column in the sheet.
   */
  String label(String field) {
    return RowError.label(field, header(field));
  }

  /** The file's header of a field when it differs from the field's name, else null. */
  String header(String field) {
    int[] cols = columnsOf(field);
    if (cols.length == 0 || headers.get(cols[0]).equals(field)) {
      return null;
    }
    return headers.get(cols[0]);
  }

  /** A problem with {@code field} at a line of {@code file}, naming the file's header of it. */
  RowError error(String file, long line, String field, String message) {
    return new RowError(file, line, field, header(field), message).ofKind(kind);
  }

  /** A problem named by its key with {@code field} at a line of {@code file}. */
  RowError error(String file, long line, String field, com.shopops.text.Problem problem) {
    return new RowError(file, line, field, header(field), problem).ofKind(kind);
  }

  /** The file's non-empty headers that no field reads. */
  List<String> unmappedHeaders() {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < headers.size(); i++) {
      if (!used[i] && !headers.get(i).isBlank()) {
        out.add(headers.get(i));
      }
    }
    return out;
  }

  /** How many of the file's columns this preset reads. */
  int mappedColumns() {
    return mappedColumns;
  }

  /**
   * How many of the file's columns this preset reads or knows as its platform's export columns
   * (read or not): the score used to pick a layout.
   */
  int knownColumns() {
    return knownColumns;
  }
}
