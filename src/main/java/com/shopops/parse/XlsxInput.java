package com.shopops.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * One sheet of an Excel {@code .xlsx} workbook read as records of text cells, so that the import
 * reads it exactly as a CSV: the first non-blank row is the header, each record's number is the
 * sheet's row number (what the operator sees at the left of the sheet).
 *
 * <p>Cells become the text a CSV export would hold: a text cell as written (an id {@code 007123}
 * stays {@code 007123}); a number in its shortest plain form ({@code 19.9}, {@code 12}, never
 * {@code 1.2E1}); a number formatted as a date or time (an Excel serial) as the wall-clock time it
 * shows, {@code 2026-11-20 09:30:00} — or {@code 2026-11-20} at midnight — which the import then
 * reads in the store zone like any local time; a boolean as {@code true}/{@code false}; a formula
 * as its cached result — a text result as written ({@code ="0012345"} stays {@code 0012345}), a
 * number as a number cell; an error cell as its code ({@code #N/A}), which fails where a value is
 * needed.
 */
public final class XlsxInput implements RecordInput {
  private final String name;
  private final ReadableWorkbook workbook;
  private final Stream<Row> rows;
  private final Iterator<Row> it;
  private final boolean date1904;
  private final List<String> header;
  private final int width;

  /**
   * Opens the workbook and reads the header of the named sheet, or of the first one.
   *
   * @throws ReadException when the sheet does not exist or has no header row
   */
  public XlsxInput(Path path, String name, String sheetName) throws IOException {
    this.name = name;
    ReadableWorkbook wb;
    try {
      wb = new ReadableWorkbook(path.toFile(), new ReadingOptions(true, false));
    } catch (IOException | RuntimeException e) {
      throw new ReadException(
          name + ": cannot read the workbook: " + e.getMessage(),
          "open it in Excel or WPS and save it again as .xlsx, or save it as CSV (UTF-8)");
    }
    this.workbook = wb;
    try {
      Sheet sheet;
      if (sheetName == null) {
        sheet = wb.getFirstSheet();
      } else {
        sheet = wb.findSheet(sheetName).orElse(null);
        if (sheet == null) {
          String names =
              wb.getSheets().map(s -> "\"" + s.getName() + "\"").collect(Collectors.joining(", "));
          throw new ReadException(
              name + ": no sheet named \"" + sheetName + "\"",
              "the workbook's sheets are " + names + " (--sheet NAME, exactly as the tab shows)");
        }
      }
      this.date1904 = wb.isDate1904();
      this.rows = sheet.openStream();
      this.it = rows.iterator();
      String[] first = null;
      while (it.hasNext()) {
        String[] cells = cells(it.next(), 0);
        if (!blank(cells)) {
          first = cells;
          break;
        }
      }
      if (first == null) {
        throw new ReadException(
            name + ": the sheet \"" + sheet.getName() + "\" is empty",
            "export the data again; the sheet needs a header row");
      }
      List<String> h = new ArrayList<>();
      for (String c : first) {
        h.add(c.replace("\uFEFF", "").strip());
      }
      while (!h.isEmpty() && h.get(h.size() - 1).isEmpty()) {
        h.remove(h.size() - 1); // formatted but empty cells right of the header
      }
      this.header = List.copyOf(h);
      this.width = header.size();
    } catch (ReadException | IOException e) {
      wb.close();
      throw e;
    } catch (RuntimeException e) {
      wb.close();
      throw damaged(name, e);
    }
  }

  /**
   * The refusal of a workbook whose parts do not read (a sheet its index names is missing, a part
   * cut short): fastexcel's runtime exceptions are the file's fault, not a bug.
   */
  static ReadException damaged(String name, Exception e) {
    return damaged(name, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
  }

  /** The refusal of a damaged workbook, {@code why} said in brackets. */
  public static ReadException damaged(String name, String why) {
    return new ReadException(
        name + ": the workbook is damaged or incomplete (" + why.strip() + ")",
        "export or download it again, or open it in Excel or WPS and save it again as .xlsx");
  }

  /**
   * Whether a zip file is an Excel workbook (holds {@code xl/workbook.xml}), not some other zip.
   */
  public static boolean isWorkbook(Path path) {
    return zipKind(path) == ZipKind.WORKBOOK;
  }

  /** What a file that starts as a zip archive holds. */
  public enum ZipKind {
    /** An Excel workbook ({@code xl/workbook.xml}). */
    WORKBOOK,
    /** A zip that does not open whole (cut short: a download or copy not finished). */
    DAMAGED,
    /** An Office package without the workbook part: an .xlsx that lost its parts. */
    DAMAGED_WORKBOOK,
    /** Some other zip archive (the export was zipped). */
    OTHER
  }

  /** Opens the zip's index to tell a workbook from a damaged one and from other archives. */
  public static ZipKind zipKind(Path path) {
    try (ZipFile zip = new ZipFile(path.toFile())) {
      if (zip.getEntry("xl/workbook.xml") != null) {
        return ZipKind.WORKBOOK;
      }
      return zip.getEntry("[Content_Types].xml") != null ? ZipKind.DAMAGED_WORKBOOK : ZipKind.OTHER;
    } catch (IOException e) {
      return ZipKind.DAMAGED;
    }
  }

  @Override
  public List<String> header() {
    return header;
  }

  @Override
  public CsvInput.Line next() {
    try {
      while (it.hasNext()) {
        Row row = it.next();
        String[] cells = cells(row, width);
        if (!blank(cells)) {
          return new CsvInput.Line(row.getRowNum(), cells);
        }
      }
      return null;
    } catch (ReadException e) {
      throw e;
    } catch (UncheckedIOException | IllegalStateException e) {
      throw new ReadException(name + ": cannot read the sheet: " + e.getMessage(), null);
    } catch (RuntimeException e) {
      throw damaged(name, e);
    }
  }

  /** A row's cells as text, at least {@code min} of them (missing cells are empty). */
  private String[] cells(Row row, int min) {
    int n = Math.max(row.getCellCount(), min);
    String[] out = new String[n];
    for (int i = 0; i < n; i++) {
      Cell c = i < row.getCellCount() ? row.getCell(i) : null;
      out[i] = c == null ? "" : text(c);
    }
    return out;
  }

  private static boolean blank(String[] cells) {
    for (String c : cells) {
      if (!c.isBlank()) {
        return false;
      }
    }
    return true;
  }

  private String text(Cell c) {
    CellType type = c.getType();
    String raw = c.getRawValue();
    if (raw == null || type == CellType.EMPTY) {
      return "";
    }
    switch (type) {
      case STRING:
        return c.asString();
      case BOOLEAN:
        return "1".equals(raw) || "true".equalsIgnoreCase(raw) ? "true" : "false";
      case FORMULA:
        if (!(c.getValue() instanceof BigDecimal)) {
          // a formula whose cached result is text (t="str"): ="0012345", what `--excel` writes and
          // a spreadsheet keeps as a formula when the file is saved as a workbook — its digits
          // as written, never read as the number 12345
          return raw;
        }
        return number(c, raw);
      case NUMBER:
        return number(c, raw);
      default:
        return raw; // an error code such as #N/A
    }
  }

  /** A number cell, or a formula's numeric result, as the spreadsheet shows it. */
  private String number(Cell c, String raw) {
    if (!isNumber(raw)) {
      return raw;
    }
    if (isDateFormat(c.getDataFormatId(), c.getDataFormatString())) {
      return serialText(raw, date1904);
    }
    return plainNumber(raw);
  }

  private static boolean isNumber(String raw) {
    try {
      Double.parseDouble(raw);
      return !raw.isBlank();
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /**
   * A stored number as Excel and WPS show it: to 15 significant digits, in plain decimal form
   * (19.899999999999999 → 19.9, 119.80000000000001 → 119.8, 1E1 → 10). A number of 16 digits or
   * more stays in scientific form ({@code 3.0123456789012347E+18}): a spreadsheet keeps 15 digits,
   * so it is an id whose last digits are lost, and {@link Ids#id} refuses it as from a CSV.
   */
  static String plainNumber(String raw) {
    double v = Double.parseDouble(raw);
    if (!Double.isFinite(v)) {
      return raw;
    }
    if (Math.abs(v) >= 1e15) {
      return BigDecimal.valueOf(v).toString();
    }
    BigDecimal d = BigDecimal.valueOf(v).round(EXCEL_DIGITS).stripTrailingZeros();
    if (d.scale() < 0) {
      d = d.setScale(0);
    }
    return d.toPlainString();
  }

  /** The significant digits a spreadsheet keeps and shows of a number. */
  private static final java.math.MathContext EXCEL_DIGITS = new java.math.MathContext(15);

  /**
   * The wall-clock time an Excel serial shows: days since 1899-12-30 (or 1904-01-01) and the
   * fraction of a day, to the nearest second; a whole day as {@code yyyy-MM-dd}.
   */
  static String serialText(String raw, boolean date1904) {
    double serial = Double.parseDouble(raw);
    long seconds = Math.round(serial * 86_400d);
    long days = Math.floorDiv(seconds, 86_400L);
    long secOfDay = Math.floorMod(seconds, 86_400L);
    LocalDate base = date1904 ? LocalDate.of(1904, 1, 1) : LocalDate.of(1899, 12, 30);
    if (!date1904 && days < 61) {
      base = base.plusDays(1); // Excel's phantom 1900-02-29: serials before it are one day off
    }
    LocalDateTime t = base.plusDays(days).atStartOfDay().plusSeconds(secOfDay);
    if (secOfDay == 0) {
      return t.toLocalDate().toString();
    }
    return String.format(
        "%s %02d:%02d:%02d", t.toLocalDate(), t.getHour(), t.getMinute(), t.getSecond());
  }

  /**
   * Whether a number format shows a date or time: the built-in date formats (14–22, 45–47 and the
   * East Asian 27–36, 50–58) or a custom format with a y, m, d, h or s outside quotes, brackets and
   * escapes ({@code yyyy/m/d}, {@code yyyy"年"m"月"d"日"}, {@code [$-F800]dddd}).
   */
  static boolean isDateFormat(Integer id, String format) {
    if (id != null) {
      int i = id;
      if ((i >= 14 && i <= 22)
          || (i >= 45 && i <= 47)
          || (i >= 27 && i <= 36)
          || (i >= 50 && i <= 58)) {
        return true;
      }
    }
    if (format == null || format.isEmpty() || format.equalsIgnoreCase("General")) {
      return false;
    }
    boolean quoted = false;
    int bracket = 0;
    for (int k = 0; k < format.length(); k++) {
      char ch = format.charAt(k);
      if (ch == '"') {
        quoted = !quoted;
      } else if (quoted) {
        continue;
      } else if (ch == '\\' || ch == '_' || ch == '*') {
        k++;
      } else if (ch == '[') {
        bracket++;
      } else if (ch == ']') {
        bracket = Math.max(0, bracket - 1);
      } else if (bracket == 0 && "yYmMdDhHsS".indexOf(ch) >= 0) {
        return true;
      } else if (ch == ';') {
        return false; // the positive section decides
      }
    }
    // elapsed time such as [h]:mm
    return format.matches("(?i).*\\[(h+|m+|s+)\\].*");
  }

  @Override
  public void close() throws IOException {
    rows.close();
    workbook.close();
  }
}
