package com.shopops.app.imports;

import com.shopops.parse.CsvInput;
import com.shopops.parse.Mojibake;
import com.shopops.parse.RecordInput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A file's records watched for text a spreadsheet garbled (UTF-8 read as Windows-1252 and saved
 * again: "MÃ¼nchen", review12 L5; see {@link Mojibake}), and repaired when the file is read so.
 *
 * <p>The whole file decides: its header and the columns the import reads ({@link #reading}; a
 * column it does not read decides nothing). When every value beyond ASCII in it (header included)
 * is garbled, the file went through the accident whole: it is read again repaired ({@link
 * #repairing}), and a note says so. When it mixes garbled and good text, nothing is guessed: each
 * garbled value the import reads refuses its row (file, line, column), as any value that cannot be
 * read does. The header decides before the rows when it has text beyond ASCII (a garbled 订单编号
 * header would match no column).
 */
final class GarbledText implements RecordInput {
  private final RecordInput in;
  private final String name;
  private final boolean repairing;
  private final List<String> header;
  private long garbled;
  private long good;
  private Seen first;
  private Seen firstGood;

  /** Where the first garbled value was, what it says and what it was. */
  record Seen(long line, String column, String value, String repaired) {}

  /** Thrown after a read of the file found it garbled throughout: read it again, repaired. */
  static final class Repair extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Repair(String file) {
      super(file + ": garbled throughout; read again repaired", null, false, false); // a signal
    }
  }

  /**
   * Watches {@code in}; with {@code repair} (the file was found garbled throughout), every garbled
   * value is given repaired, the header's too.
   */
  GarbledText(RecordInput in, String name, boolean repair) {
    this.in = in;
    this.name = name;
    List<String> h = new ArrayList<>(in.header());
    for (int i = 0; i < h.size(); i++) {
      String fixed = look(1, -1, h.get(i), in.header());
      if (repair && fixed != null) {
        h.set(i, fixed);
      }
    }
    this.repairing = repair || (garbled > 0 && good == 0);
    if (this.repairing && !repair) {
      for (int i = 0; i < h.size(); i++) {
        String fixed = repaired(h.get(i));
        if (fixed != null) {
          h.set(i, fixed);
        }
      }
    }
    this.header = List.copyOf(h);
  }

  // the columns the import reads (null until known: every column is looked at)
  private boolean[] read;

  /**
   * From now on only the cells of the columns whose field is {@code fieldOf[column]} (null: not
   * read) are looked at: text in a column the import does not read neither refuses a row nor makes
   * the file garbled throughout or mixed, and the per-cell check costs nothing for it (a Tmall
   * export has some forty columns, the import reads a third of them). The header was looked at
   * whole: it decides before the columns are known.
   */
  void reading(String[] fieldOf) {
    boolean[] r = new boolean[fieldOf.length];
    for (int i = 0; i < fieldOf.length; i++) {
      r[i] = fieldOf[i] != null;
    }
    this.read = r;
  }

  /** Whether garbled values are given repaired. */
  boolean repairing() {
    return repairing;
  }

  @Override
  public List<String> header() {
    return header;
  }

  @Override
  public CsvInput.Line next() {
    CsvInput.Line line = in.next();
    if (line == null) {
      return null;
    }
    String[] cells = line.cells();
    String[] out = cells;
    lineGarbled = 0;
    boolean[] read = this.read;
    for (int i = 0; i < cells.length; i++) {
      if (read != null && (i >= read.length || !read[i])) {
        continue; // a column the import does not read: its text decides nothing (parse26)
      }
      String fixed = look(line.number(), i, cells[i], repairing ? header : in.header());
      if (fixed == null) {
        continue;
      }
      if (repairing) {
        if (out == cells) {
          out = cells.clone();
        }
        out[i] = fixed;
      } else {
        if (lineGarbled == garbledAt.length) {
          garbledAt = java.util.Arrays.copyOf(garbledAt, lineGarbled * 2);
          repairedAt = java.util.Arrays.copyOf(repairedAt, lineGarbled * 2);
        }
        garbledAt[lineGarbled] = i;
        repairedAt[lineGarbled++] = fixed;
      }
    }
    return out == cells ? line : new CsvInput.Line(line.number(), out);
  }

  // the garbled cells of the last line given unrepaired: their columns and what they were
  private int lineGarbled;
  private int[] garbledAt = new int[4];
  private String[] repairedAt = new String[4];

  /**
   * The reason the last line given is refused for a garbled value in a column whose field is {@code
   * fieldOf[column]} (null: not read), as a row error; null when it has none. Only when the file is
   * not being repaired.
   */
  RowError rowError(long line, String[] fieldOf, String[] cells) {
    for (int k = 0; k < lineGarbled; k++) {
      int i = garbledAt[k];
      if (i < fieldOf.length && fieldOf[i] != null) {
        String h = in.header().get(i);
        return new RowError(
            name,
            line,
            fieldOf[i],
            h.equals(fieldOf[i]) ? null : h,
            "\""
                + cells[i].strip()
                + "\" is garbled (\""
                + repairedAt[k].strip()
                + "\" read as Windows-1252 and saved again by a spreadsheet); other text in the"
                + " file is not, so it is not repaired: correct it, or export the file again");
      }
    }
    return null;
  }

  /**
   * The cell repaired when it is garbled (null otherwise), counting it as garbled or good. Counting
   * stops mattering once both are seen; the cell is still repaired.
   */
  private String look(long line, int column, String cell, List<String> header) {
    if (!Mojibake.hasNonAscii(cell)) {
      return null;
    }
    String fixed = repaired(cell);
    if (fixed == null) {
      if (good++ == 0) {
        String col =
            column < 0
                ? "header"
                : column < header.size() ? header.get(column) : "column " + (column + 1);
        firstGood = new Seen(line, col, cell.strip(), null);
      }
      return null;
    }
    if (garbled++ == 0) {
      String col =
          column < 0
              ? "header"
              : column < header.size() ? header.get(column) : "column " + (column + 1);
      first = new Seen(line, col, cell.strip(), fixed.strip());
    }
    return fixed;
  }

  /** Repaired as often as it was garbled (a file saved twice so: "MÃƒÂ¼nchen"), or null. */
  static String repaired(String cell) {
    String fixed = Mojibake.repaired(cell);
    for (int i = 0; fixed != null && i < 3; i++) {
      String again = Mojibake.repaired(fixed);
      if (again == null) {
        break;
      }
      fixed = again;
    }
    return fixed;
  }

  /**
   * Whether the file, read to its end unrepaired, turned out garbled throughout: then it is read
   * again with repair.
   */
  boolean garbledThroughout() {
    return !repairing && garbled > 0 && good == 0;
  }

  /** Whether the file has garbled text beside good text (the garbled values refuse their rows). */
  boolean mixed() {
    return garbled > 0 && good > 0;
  }

  /** The note of a file read repaired, or null. */
  String note() {
    if (!repairing || first == null) {
      return null;
    }
    return name
        + ": the file's text beyond ASCII was garbled by a spreadsheet (UTF-8 read as"
        + " Windows-1252 and saved again): "
        + garbled
        + (garbled == 1 ? " value" : " values")
        + ", the first on line "
        + first.line()
        + ", "
        + first.column()
        + ": \""
        + first.value()
        + "\"; imported repaired (\""
        + first.repaired()
        + "\")";
  }

  /**
   * The refusal of a file whose header was garbled, and so read repaired, but whose rows hold good
   * text too: which one the file means cannot be told.
   */
  ImportException mixedRepair() {
    String where = name + ":" + firstGood.line() + ": " + firstGood.column();
    return new ImportException(
        where
            + ": the file mixes text garbled by a spreadsheet (line "
            + first.line()
            + ", "
            + first.column()
            + ": \""
            + first.value()
            + "\", which was \""
            + first.repaired()
            + "\") with text that is not (\""
            + firstGood.value()
            + "\")",
        "export the file again, or open the original in the spreadsheet as UTF-8 (LibreOffice:"
            + " Character set \"Unicode (UTF-8)\") and save it as CSV");
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /** The file's name, as the messages say it. */
  String name() {
    return name;
  }
}
