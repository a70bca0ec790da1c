package com.shopops.app.imports;

import com.shopops.parse.Amounts;
import com.shopops.parse.CellText;
import com.shopops.parse.Dates;
import com.shopops.parse.DstGaps;
import com.shopops.parse.Flags;
import com.shopops.parse.Ids;
import com.shopops.parse.Integers;
import com.shopops.parse.Timestamps;
import com.shopops.parse.ValueException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the cells of one record into a {@link ParsedRow}: for each field, the first mapped column
 * with a value, parsed by the field's type. A value that cannot be read becomes a {@link RowError}
 * naming the field and the file's own header.
 */
final class RowReader {
  /**
   * Fields that are keys: an id a spreadsheet turned into a number ({@code 3.02994E+18}) is refused
   * rather than merging different records (see {@link Ids}).
   */
  static final java.util.Set<String> ID_FIELDS =
      java.util.Set.of("order_id", "customer_id", "tracking_no", "return_id", "phone");

  private final KindSpec spec;
  private final String file;
  private final ZoneId zone;
  private final int[][] columns; // per field: header positions, in preset order
  private final String[] headers;
  private final FieldType[] types;
  private final boolean[] lowercase;
  private final boolean[] id;
  private final java.util.Set<String> nullValues = new java.util.HashSet<>();
  private final List<DateTimeFormatter> dateFormats = new ArrayList<>();
  private final DstGaps gaps = new DstGaps();

  RowReader(KindSpec spec, Preset preset, HeaderMatch match, ZoneId zone, String file) {
    this.spec = spec;
    this.file = file;
    this.zone = zone;
    this.headers = match.headers().toArray(new String[0]);
    int n = spec.size();
    columns = new int[n][];
    types = new FieldType[n];
    lowercase = new boolean[n];
    id = new boolean[n];
    for (int i = 0; i < n; i++) {
      String field = spec.fieldNames().get(i);
      columns[i] = match.columnsOf(field);
      types[i] = spec.type(field);
      lowercase[i] = preset.lowercase().contains(field);
      id[i] = types[i] == FieldType.TEXT && ID_FIELDS.contains(field);
    }
    for (String v : preset.nullValues()) {
      nullValues.add(v.strip().toLowerCase(Locale.ROOT));
    }
    for (String pattern : preset.dateFormats()) {
      try {
        dateFormats.add(DateTimeFormatter.ofPattern(pattern, Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new ImportException(
            "mapping file: date_formats: \""
                + pattern
                + "\" is not a date pattern: "
                + e.getMessage(),
            "use a java.time pattern such as yyyy/MM/dd HH:mm");
      }
    }
  }

  ParsedRow read(String[] rec, long line) {
    int width = rec.length;
    ParsedRow row = new ParsedRow(line, rec, spec.size());
    for (int f = 0; f < columns.length; f++) {
      int[] cols = columns[f];
      for (int c : cols) {
        if (c >= width) {
          continue;
        }
        String cell = rec[c];
        if (cell == null
            || cell.isBlank()
            || (!nullValues.isEmpty()
                && nullValues.contains(cell.strip().toLowerCase(Locale.ROOT)))) {
          continue;
        }
        try {
          Object v = id[f] ? Ids.id(cell) : parse(types[f], cell);
          if (v != null) {
            if (lowercase[f] && v instanceof String s) {
              v = s.toLowerCase(Locale.ROOT);
            }
            row.set(f, v);
            String gap = types[f] == FieldType.TIMESTAMP ? gaps.take() : null;
            if (gap != null) {
              row.addTimeInGap(columnLabel(f, c) + ": " + gap);
            }
            break;
          }
        } catch (ValueException e) {
          String name = spec.fieldNames().get(f);
          String header = name.equals(headers[c]) ? null : headers[c];
          row.addError(new RowError(file, line, name, header, e.getMessage()));
          break;
        }
      }
    }
    return row;
  }

  private String columnLabel(int field, int column) {
    String name = spec.fieldNames().get(field);
    String header = headers[column];
    return name.equals(header) ? name : name + " (column \"" + header + "\")";
  }

  private Object parse(FieldType type, String cell) {
    return switch (type) {
      case TEXT -> CellText.text(cell);
      case MONEY -> Amounts.amount(cell);
      case INTEGER -> Integers.integer(cell);
      case BOOLEAN -> Flags.bool(cell);
      case DATE -> Dates.date(cell);
      case TIMESTAMP -> timestamp(cell);
    };
  }

  private Instant timestamp(String cell) {
    ValueException first = null;
    for (DateTimeFormatter f : dateFormats) {
      try {
        return Timestamps.timestamp(cell, zone, f, gaps);
      } catch (ValueException e) {
        if (first == null) {
          first = e;
        }
      }
    }
    try {
      return Timestamps.timestamp(cell, zone, gaps);
    } catch (ValueException e) {
      throw first != null ? first : e;
    }
  }
}
