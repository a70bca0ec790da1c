package com.shopops.cli;

import com.shopops.app.ExitCodes;
import com.shopops.app.UserException;
import com.shopops.render.Table;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * What every command does to a table before and while it is written: phones masked, rows sorted and
 * columns chosen, files written atomically. Called through {@link BaseCommand}.
 */
final class TableOutput {
  private TableOutput() {}

  /**
   * Columns that hold a carrier's or the platform's number, never a person's: an 11-digit tracking
   * number starting 13–19 is not a mobile, and a script passes it to the carrier (review12 L21).
   */
  private static final java.util.Set<String> NEVER_A_PHONE =
      java.util.Set.of("tracking_no", "order_id", "return_id", "sku");

  /**
   * Private by default: masks every mobile number inside the text cells of a table about to be
   * shown (ids, emails, notes, addresses), unless the command has {@code --unmasked} and it was
   * given. Done here, once, so that no command and no format can forget it.
   */
  static void redact(Table table, boolean unmasked) {
    if (unmasked) {
      return;
    }
    for (int c = 0; c < table.columns().size(); c++) {
      if (table.columns().get(c).type() != com.shopops.render.ColumnType.TEXT
          || NEVER_A_PHONE.contains(table.columns().get(c).name())) {
        continue;
      }
      for (java.util.List<Object> row : table.rows()) {
        if (row.get(c) instanceof String s) {
          row.set(c, com.shopops.domain.lists.Masking.redact(s));
        }
      }
    }
  }

  /** "1 row", "1,000,000 rows": a count for a summary line, with thousands separators. */
  static String count(long n, String what) {
    return String.format(java.util.Locale.ROOT, "%,d %s%s", n, what, n == 1 ? "" : "s");
  }

  /**
   * The rows and columns to print: sorted by --sort (a terminal table by default as an operator
   * reads it, see {@link Table#defaultSort}), then the --columns chosen (a terminal table by
   * default the columns that fit 80 columns, all with --wide; other formats all).
   */
  static Table shape(Table table, OutputOptions o, boolean terminalTable) {
    Table t = table;
    String sort = o.sort != null ? o.sort.strip() : terminalTable ? table.defaultSort() : null;
    if (sort != null) {
      String name = sort.startsWith("-") ? sort.substring(1) : sort;
      if (table.indexOf(name) < 0) {
        throw new UserException(
            ExitCodes.USAGE,
            "--sort: no column \"" + name + "\" in this list",
            "sort by one of " + String.join(", ", table.columnNames()) + " (- first: descending)");
      }
      t = t.sorted(sort);
    }
    List<String> cols =
        o.columns != null ? o.columns : terminalTable && !o.wide ? table.defaultColumns() : null;
    if (cols != null) {
      List<String> names = new java.util.ArrayList<>(cols.stream().map(String::strip).toList());
      if (table.key() != null && !names.contains(table.key())) {
        names.add(0, table.key()); // the rows' key unless listed elsewhere (tryout29a A7)
      }
      for (String name : names) {
        if (table.indexOf(name) < 0) {
          throw new UserException(
              ExitCodes.USAGE,
              "--columns: no column \"" + name + "\" in this list",
              "choose from " + String.join(", ", table.columnNames()));
        }
      }
      t = t.select(names);
    }
    if (terminalTable && (o.wide || o.columns != null)) {
      t.columnsChosen(); // as asked: a table, wrapping if it must (review11 K4)
    }
    return t;
  }

  /** Something that writes to a Writer. */
  interface WriterWork {
    void write(Writer w) throws IOException;
  }

  /**
   * Writes a file through a temp file in the same directory, renamed into place at the end, so a
   * reader never sees half a file. The target must be a new path in an existing directory or, with
   * {@code force}, a regular file; the file gets the permissions the user's umask gives.
   */
  static void writeAtomically(Path target, boolean force, WriterWork work) throws IOException {
    writeBytesAtomically(
        target,
        force,
        stream -> {
          Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
          work.write(w);
          w.flush();
        });
  }

  /** Something that writes bytes. */
  interface StreamWork {
    void write(OutputStream out) throws IOException;
  }

  /** {@link #writeAtomically(Path, boolean, WriterWork)} for bytes (a workbook). */
  static void writeBytesAtomically(Path target, boolean force, StreamWork work) throws IOException {
    OutputTarget.check(target, force);
    Path tmp = OutputTarget.tempBeside(target);
    try {
      try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp))) {
        work.write(out);
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw OutputTarget.writeFailed(target, e);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
