package com.shopops.app.imports;

import com.shopops.parse.Amounts;
import com.shopops.parse.CellText;
import com.shopops.parse.Dates;
import com.shopops.parse.DayMonthOrder;
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
  private final List<String> datePatterns;
  private final DstGaps gaps = new DstGaps();
  private final SpreadsheetDates spreadsheetDates = new SpreadsheetDates();
  private final Amounts.Decimal decimal;

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
    datePatterns = preset.dateFormats();
    decimal = preset.amountsDecimal();
    for (String pattern : datePatterns) {
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

  /**
   * Whether the layout's date patterns read day and month in an order ({@code M/d/yyyy}), which the
   * file's own dates must then confirm ({@link #orderDates}).
   */
  boolean readsNumericDates() {
    return datePatterns.stream().anyMatch(p -> DayMonthOrder.orderOf(p) != null);
  }

  /**
   * Decides for the whole file whether its dates are day or month first, from every timestamp cell
   * of {@code rows} (the file read once before its import), and reads the file in that order only:
   * a day-first file is never read month first by a pattern {@code M/d/yyyy}, cell by cell.
   *
   * @throws ImportException when the file mixes both orders, or holds a date both read differently
   *     and nothing in the file says which
   */
  void orderDates(java.util.function.Consumer<java.util.function.BiConsumer<String[], Long>> rows) {
    DayMonthOrder evidence = new DayMonthOrder();
    rows.accept(
        (rec, line) -> {
          for (int f = 0; f < columns.length; f++) {
            if (types[f] != FieldType.TIMESTAMP && types[f] != FieldType.DATE) {
              continue;
            }
            for (int c : columns[f]) {
              if (c < rec.length && rec[c] != null && !rec[c].isBlank()) {
                evidence.observe(rec[c], line, columnLabel(f, c));
              }
            }
          }
        });
    DayMonthOrder.Cell day = evidence.dayFirstOnly();
    DayMonthOrder.Cell month = evidence.monthFirstOnly();
    if (day != null && month != null) {
      throw new ImportException(
          file
              + ":"
              + day.line()
              + ": the date \""
              + day.text()
              + "\" of "
              + day.column()
              + " can only be day first, but line "
              + month.line()
              + " \""
              + month.text()
              + "\" can only be month first: the file writes its dates both ways",
          "write every date of the file one way (ISO yyyy-MM-dd HH:mm is read without doubt)");
    }
    DayMonthOrder.Order order = evidence.decide(datePatterns);
    DayMonthOrder.Cell doubt = evidence.undecided();
    if (order == null && doubt != null) {
      throw new ImportException(
          file
              + ":"
              + doubt.line()
              + ": the date \""
              + doubt.text()
              + "\" of "
              + doubt.column()
              + " is "
              + doubt.reading(DayMonthOrder.Order.DAY_FIRST)
              + " day first or "
              + doubt.reading(DayMonthOrder.Order.MONTH_FIRST)
              + " month first, and no date in the file says which",
          "import it with a mapping file (--map FILE.json) whose date_formats say the order as the"
              + " file writes it: \"dd/MM/yyyy HH:mm\" for day first, \"MM/dd/yyyy HH:mm\" for"
              + " month first (README \"Mapping files\")");
    }
    if (order == null) {
      return;
    }
    java.util.Set<String> read = new java.util.LinkedHashSet<>();
    for (String p : datePatterns) {
      DayMonthOrder.Order o = DayMonthOrder.orderOf(p);
      read.add(o == null || o == order ? p : DayMonthOrder.swapped(p));
    }
    dateFormats.clear();
    for (String p : read) {
      dateFormats.add(DateTimeFormatter.ofPattern(p, Locale.ROOT));
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
            DstGaps.Said gap = types[f] == FieldType.TIMESTAMP ? gaps.take() : null;
            if (gap != null) {
              row.addTimeInGap(new DstGaps.Said(gap.kind(), columnLabel(f, c) + ": " + gap.text()));
            }
            break;
          }
        } catch (Amounts.DecimalCommaException e) {
          throw decimalComma(e.cell(), line, columnLabel(f, c));
        } catch (ValueException e) {
          if (types[f] == FieldType.TIMESTAMP || types[f] == FieldType.DATE) {
            spreadsheetDates.refused(cell, line, headers[c]);
          }
          String name = spec.fieldNames().get(f);
          String header = name.equals(headers[c]) ? null : headers[c];
          row.addError(new RowError(file, line, name, header, e.getMessage()).ofKind(spec.kind()));
          break;
        }
      }
    }
    return row;
  }

  /**
   * An amount written with a decimal comma in a file whose layout does not say so refuses the whole
   * file at the first such cell (review17 R3): read with the decimal point, {@code 1.234,50} could
   * only be misread or refused row by row, and a {@code 12,500} on another row is 12.5 or 12500.
   */
  private ImportException decimalComma(String cell, long line, String column) {
    return new ImportException(
        file
            + ":"
            + line
            + ": the amount \""
            + cell
            + "\" of "
            + column
            + " is written with a decimal comma, and nothing says the file's amounts are: shopops"
            + " does not guess between 1,234.50 and 1.234,50",
        "if the file's amounts are written with a decimal comma (a Spanish or other continental"
            + " Excel: 1.234,50), import it again with --decimal , (its layout is kept), or with a"
            + " mapping file that says decimal: \",\" (README \"Mapping files\")");
  }

  private String columnLabel(int field, int column) {
    String name = spec.fieldNames().get(field);
    String header = headers[column];
    return RowError.label(name, name.equals(header) ? null : header);
  }

  private Object parse(FieldType type, String cell) {
    return switch (type) {
      case TEXT -> CellText.text(cell);
      case MONEY -> Amounts.amount(cell, decimal);
      case PRICE -> Amounts.price(cell, decimal);
      case INTEGER -> Integers.integer(cell, decimal);
      case BOOLEAN -> Flags.bool(cell);
      case DATE -> date(cell);
      case TIMESTAMP -> timestamp(cell);
    };
  }

  /**
   * A calendar day: the mapping file's date_formats first (an English Excel's 11/22/2026 read with
   * {@code M/d/yyyy}), then the built-in forms; the day as written.
   */
  private java.time.LocalDate date(String cell) {
    for (DateTimeFormatter f : dateFormats) {
      try {
        Instant t = Timestamps.timestamp(cell, java.time.ZoneOffset.UTC, f);
        if (t != null) {
          return t.atOffset(java.time.ZoneOffset.UTC).toLocalDate();
        }
      } catch (ValueException e) {
        // the next form
      }
    }
    return Dates.date(cell);
  }

  /**
   * The hint for the file's refused date cells when all are in a spreadsheet's numeric form
   * (11/22/2026): the date_formats that read them and the mapping file for this file ({@link
   * SpreadsheetDates}); empty otherwise.
   */
  List<String> dateHint(String kind, String decimal, String given) {
    java.util.Map<String, List<String>> fields = new java.util.LinkedHashMap<>();
    for (int f = 0; f < columns.length; f++) {
      List<String> cols = new ArrayList<>();
      for (int c : columns[f]) {
        cols.add(headers[c]);
      }
      if (!cols.isEmpty()) {
        fields.put(spec.fieldNames().get(f), cols);
      }
    }
    return spreadsheetDates.hint(kind, file, fields, decimal, given);
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
