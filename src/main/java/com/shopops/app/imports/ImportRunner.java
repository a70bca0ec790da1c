package com.shopops.app.imports;

import com.shopops.parse.CsvInput;
import com.shopops.parse.FileFacts;
import com.shopops.parse.ReadException;
import com.shopops.parse.RecordInput;
import com.shopops.parse.XlsxInput;
import com.shopops.store.ImportLog;
import com.shopops.store.ImportSession;
import com.shopops.store.Store;
import com.shopops.text.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Imports one file of one kind: sniffs its encoding and delimiter, picks its preset, reads every
 * row and writes the good ones in one transaction with the record of the import. Under {@code
 * --on-error abort} (the default) a single bad row means nothing from the file is written.
 */
final class ImportRunner {
  private final Store store;
  private final ImportOptions options;
  private final Supplier<Instant> clock;
  private final ImportProgress progress;
  private final String user;

  /** What the files of the command found so far, for the later ones ({@link SameCommand}). */
  private final SameCommand command;

  /** {@code user}: who runs the imports, as the import log records it (null: not known). */
  ImportRunner(
      Store store,
      ImportOptions options,
      Supplier<Instant> clock,
      ImportProgress progress,
      String user,
      SameCommand command) {
    this.store = store;
    this.command = command;
    this.options = options;
    this.clock = clock;
    this.progress = progress;
    this.user = user;
  }

  /**
   * Imports the file, or refuses it whole.
   *
   * @throws ImportException when the file cannot be imported at all (nothing from it is written)
   */
  FileResult importFile(Path path, String name) {
    try {
      return run(path, name);
    } catch (ReadException e) {
      throw new ImportException(e.getMessage(), e.hint());
    }
  }

  private FileResult run(Path path, String name) {
    long t0 = System.nanoTime();
    boolean regroup = false;
    boolean repair = false;
    while (true) {
      try {
        return run(path, name, t0, regroup, repair);
      } catch (KindHandler.Regroup e) {
        // the rows of a record came back after others were written (an orders file sorted in its
        // first rows only): what the file wrote is gone; read it again, grouping every row first
        if (regroup) {
          throw e;
        }
        regroup = true;
      } catch (GarbledText.Repair e) {
        // every text beyond ASCII in the file is garbled by a spreadsheet (review12 L5): what the
        // file wrote is gone; read it again, repaired
        if (repair) {
          throw e;
        }
        repair = true;
      }
    }
  }

  private FileResult run(Path path, String name, long t0, boolean regroup, boolean repair) {
    if (!Files.isRegularFile(path)) {
      if (Files.exists(path) && !Files.isDirectory(path)) {
        // a named pipe, <(…) or a device: the import reads a file twice (and checks it did not
        // change), which a stream cannot give; stdin (`-`) is kept in a file first
        throw new ImportException(
            name + ": not a regular file (a pipe or a device)",
            "give the data on standard input instead: `cat "
                + name
                + " | shopops import "
                + options.kind().code()
                + " -`");
      }
      throw new ImportException(
          name + (Files.isDirectory(path) ? ": is a directory, not a file" : ": no such file"),
          null);
    }
    SniffedFile sniffed = SniffedFile.of(path, name, options.encoding());
    FileFacts facts = sniffed.facts();
    if (!sniffed.workbook() && options.sheet() != null) {
      throw new ImportException(
          name + ": --sheet is for Excel .xlsx workbooks; this is a text file",
          "drop --sheet to import a CSV");
    }
    EventLogFormat logFormat =
        sniffed.workbook() ? null : EventLogImport.formatOf(path, facts, options);
    if (logFormat != null) {
      return new EventLogImport(store, options, clock, progress, user)
          .run(path, name, sniffed.whole(), logFormat, t0, sniffed::checkUnchanged);
    }
    KindHandler handler = options.kind().handler(name);
    handler.configure(options);
    handler.sameCommand(command);
    if (regroup) {
      handler.regroup();
    }
    String encoding = sniffed.workbook() ? "xlsx" : facts.charset().name();
    try (GarbledText in = new GarbledText(open(path, name, sniffed), name, repair)) {
      Presets.Choice choice =
          PresetChoice.choose(options, in.header(), name, handler.spec(), store.location());
      handler.checkColumns(choice.match());
      String[] fieldOf = fieldOfColumn(handler.spec(), choice.match(), in.header().size());
      in.reading(fieldOf);
      RowReader reader =
          new RowReader(
              handler.spec(),
              choice.preset(),
              choice.match(),
              choice.preset().timesZone(store.zone()),
              name);
      if (reader.readsNumericDates()) { // day or month first: the whole file decides, before a row
        reader.orderDates(sink -> readAll(path, name, sniffed, sink));
      }
      List<String> redated = List.of(); // the presales this very file dated again (tryout24a A5)
      if (options.kind() == ImportKind.ORDERS
          && !options.dryRun()
          && !sniffed.headOnly()
          && "taobao-orders".equals(choice.preset().name())) {
        // the very 订单报表 a stored import read, from wherever it is now: its presales an older
        // shopops held paid on their deposit day are dated as the upgrade would (tryout23a A6)
        try {
          redated = StagedPresaleFiles.dateBy(store, path, facts.sha256());
        } catch (SQLException e) {
          throw new com.shopops.store.StoreException("cannot read the store: " + e.getMessage(), e);
        }
      }
      RejectedRows rejected =
          RejectedRows.of(name, in.header(), options.rejectsFile(), facts, sniffed.workbook())
              .saying(options);
      ImportSession session =
          ImportSession.begin(
              store,
              options.kind().code(),
              ImportLog.where(path, name), // the file wherever the import ran from, as typed or not
              facts.sha256(),
              choice.preset().name(),
              encoding,
              clock.get(),
              facts.size(),
              user);
      try {
        int width = in.header().size();
        handler.start(session, choice.preset(), choice.match(), store.zone(), rejected);
        boolean exportZone = choice.preset().zone() != null && !zoneSaid;
        Instant zoneAt = null; // the file's earliest and latest times, for the zone note
        Instant zoneTo = null;
        long rows = 0;
        long blankRows = 0;
        long headerRepeats = 0;
        long firstRepeat = 0;
        while (true) {
          CsvInput.Line line;
          try {
            line = in.next();
          } catch (CsvInput.TruncatedException e) {
            rejected.add(
                new RowError(
                    name,
                    e.line(),
                    null,
                    "a quoted field is never closed: the file ends in the middle of a row"
                        + " (truncated?)"));
            rows++;
            break;
          }
          if (line == null) {
            break;
          }
          if (allBlank(line.cells())) {
            // a row of empty cells (",,,,,": a spreadsheet's blank row of its used range, review18
            // T5) is skipped as a blank line is, and counted in a note
            blankRows++;
            continue;
          }
          if (repeatsHeader(line.cells(), in.header())) {
            // the header again: two exports appended into one file with both their headers
            // (tryout18 W11), skipped and counted in a note, not refused as a row of bad values
            headerRepeats++;
            firstRepeat = firstRepeat == 0 ? line.number() : firstRepeat;
            continue;
          }
          rows++;
          progress.rows(rows);
          ParsedRow row = reader.read(line.cells(), line.number());
          checkWidth(row, width, name);
          RowError garbled = in.repairing() ? null : in.rowError(row.line(), fieldOf, line.cells());
          if (garbled != null) {
            row.addError(garbled);
          }
          // read moved forward (a gap) or as the earlier (an overlap): said, as implausible rows
          // are
          for (com.shopops.parse.DstGaps.Said gap : row.timesInGap()) {
            rejected.anomaly(row, recordId(row, handler.spec()), gap.kind(), gap.text());
          }
          if (exportZone) {
            Instant t = firstInstant(row, handler.spec());
            if (t != null) {
              zoneAt = zoneAt == null || t.isBefore(zoneAt) ? t : zoneAt;
              zoneTo = zoneTo == null || t.isAfter(zoneTo) ? t : zoneTo;
            }
          }
          handler.accept(row);
        }
        if (in.garbledThroughout()) {
          throw new GarbledText.Repair(name);
        }
        if (in.repairing() && in.mixed()) {
          throw in.mixedRepair();
        }
        KindHandler.Outcome out =
            StagedPresaleFiles.counted(store, session.importId(), redated, handler.finish());
        // --on-error skip imports the good rows; a file every row of which was refused is a failed
        // import, not an empty success (review19 V12: a cron job read it as "nothing late"). A row
        // kept aside (a cancellation invoice, a stock adjustment) is not refused: such a file stays
        // a partial skip
        boolean noneKept =
            options.onError() == ImportOptions.OnError.SKIP
                && rows > 0
                && rejected.count() >= rows
                && out.inserted() + out.updated() + out.unchanged() == 0;
        boolean write = options.writes(rejected.count()) && !noneKept;
        if (sniffed.headOnly()) {
          session.recordSha256(sniffed.whole().sha256());
        }
        sniffed.checkUnchanged(); // the rows and the sha256 are of the file as it was
        if (Thread.currentThread().isInterrupted()) {
          throw ImportProgress.cancelled(name); // Ctrl-C while the last rows were written
        }
        long judgedAgain = 0;
        if (write) {
          if (options.kind() == ImportKind.ORDERS || options.kind() == ImportKind.SHIPMENTS) {
            // a delivery time now known or changed: the window of that order's returns (V13)
            judgedAgain = new com.shopops.app.returns.ReturnService(store).judgeWindowsAgain(false);
          }
          rejected.recordIn(session);
          for (String note : handler.keptNotes()) {
            session.recordProblem(0, ImportLog.NOTE, null, note); // imports show (tryout22a A10)
          }
          session.commit(
              rows, out.inserted(), out.updated(), out.unchanged(), rejected.count(), clock.get());
        } else {
          session.rollback();
        }
        rejected.finish();
        progress.done();
        return new FileResult(
            name,
            choice.preset().name(),
            encoding,
            rows,
            out.records(),
            out.inserted(),
            out.updated(),
            out.unchanged(),
            rejected.count(),
            out.lines(),
            rejected.shown(),
            rejected.count(),
            write,
            write ? session.importId() : 0,
            (System.nanoTime() - t0) / 1_000_000,
            withHandlerNotes(
                notes(name, rows, choice, exportZone ? zoneAt : null, zoneTo, in.note()),
                withJudged(
                    name,
                    judgedAgain,
                    java.util.stream.Stream.of(
                            blankRows == 0
                                ? java.util.stream.Stream.<ImportNote>empty()
                                : java.util.stream.Stream.of(
                                    ImportNote.of(
                                        Problem.of(
                                            "note.blank_rows_skipped",
                                            name,
                                            ImportNote.grouped(blankRows)))),
                            headerRepeats == 0
                                ? java.util.stream.Stream.<ImportNote>empty()
                                : java.util.stream.Stream.of(
                                    ImportNote.of(
                                        Problem.of(
                                            "note.header_repeats_skipped",
                                            name,
                                            ImportNote.grouped(headerRepeats),
                                            firstRepeat))),
                            redated.isEmpty()
                                ? java.util.stream.Stream.<ImportNote>empty()
                                : java.util.stream.Stream.of(
                                    ImportNote.of(
                                        Problem.of(
                                            "note.presales_redated",
                                            name,
                                            ImportNote.grouped(redated.size())))),
                            handler.notes(name).stream())
                        .flatMap(x -> x)
                        .toList())),
            rejected.anomalies(),
            options.refuses(rejected.count()) || noneKept,
            reader.dateHint(
                options.kind().code(),
                options.decimal(),
                options.encoding() == null ? "" : " --encoding " + options.encoding().name()),
            noneKept);
      } catch (KindHandler.Regroup | GarbledText.Repair e) {
        session.rollback();
        rejected.abandon();
        throw e;
      } catch (SQLException | IOException | RuntimeException e) {
        throw ImportFailure.failed(
            name,
            session,
            rejected,
            progress,
            e instanceof RuntimeException r ? sniffed.explain(r) : e);
      } finally {
        handler.close();
        session.close(); // after an Error too: the writer thread stopped, a bulk load ended
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every record of the file, once, to {@code sink} (cells and line number). */
  private void readAll(
      Path path,
      String name,
      SniffedFile sniffed,
      java.util.function.BiConsumer<String[], Long> sink) {
    try (RecordInput in = open(path, name, sniffed, false)) {
      while (true) {
        CsvInput.Line line;
        try {
          line = in.next();
        } catch (CsvInput.TruncatedException e) {
          return; // said when the rows are read
        }
        if (line == null) {
          return;
        }
        sink.accept(line.cells(), line.number());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file's records: the rows of a workbook's sheet, or the records of a delimited text. */
  private RecordInput open(Path path, String name, SniffedFile sniffed) throws IOException {
    return open(path, name, sniffed, true);
  }

  private RecordInput open(Path path, String name, SniffedFile sniffed, boolean shown)
      throws IOException {
    if (sniffed.workbook()) {
      if (options.delimiter() != null) {
        throw new ImportException(
            name + ": --delimiter is for text files; this is an Excel .xlsx workbook",
            "drop --delimiter");
      }
      return new XlsxInput(path, name, options.sheet());
    }
    FileFacts facts = sniffed.facts();
    return new CsvInput(
        path,
        name,
        facts,
        options.delimiter(),
        shown ? read -> progress.update(name, read, facts.size()) : read -> {});
  }

  /**
   * What the operator should know about a file that imported: no data rows, or columns that its
   * layout (a preset, the generic layout or a mapping file) did not read.
   */
  private List<String> notes(
      String name,
      long rows,
      Presets.Choice choice,
      Instant zoneAt,
      Instant zoneTo,
      String garbled) {
    List<String> notes = new ArrayList<>();
    if (garbled != null) {
      notes.add(garbled);
    }
    if (zoneAt != null) {
      String note = zoneNote(name, choice.preset(), zoneAt, zoneTo);
      if (note != null) {
        notes.add(note);
        zoneSaid = true; // once per command (an 订单报表 and its 宝贝报表 are one export)
      }
    }
    if (rows == 0) {
      notes.add(name + ": the file has a header but no data rows");
    }
    for (Map.Entry<String, String> b : choice.borrowed().entrySet()) {
      String field = b.getValue();
      notes.add(
          name
              + ": column "
              + b.getKey()
              + " is read as "
              + field
              + ", the name "
              + PresetChoice.presetNaming(b.getKey(), field, choice.preset())
              + " gives it ("
              + choice.preset().name()
              + " expects "
              + choice.preset().fields().get(field).get(0)
              + ")");
    }
    {
      List<String> unread = new ArrayList<>(choice.match().unmappedHeaders());
      unread.removeAll(choice.preset().ignored()); // left out on purpose by the layout
      Map<String, String> elsewhere = choice.preset().readElsewhere();
      for (String column : List.copyOf(unread)) {
        String where = elsewhere.get(column);
        if (where != null) {
          unread.remove(column);
          notes.add(name + ": " + column + " is not read from this file: " + where);
        }
      }
      if (!unread.isEmpty()) {
        notes.add(
            name
                + ": "
                + unread.size()
                + (unread.size() == 1 ? " column was" : " columns were")
                + " not read: "
                + String.join(", ", unread)
                + " (name them in a mapping file, --map, to import them)");
      }
    }
    return notes;
  }

  /** The zone of an export's times was said once in this command (review11 K29). */
  private boolean zoneSaid;

  /** The first time a row states (its fields in the kind's order), else null. */
  private static Instant firstInstant(ParsedRow row, KindSpec spec) {
    for (String f : spec.fieldNames()) {
      if (spec.type(f) == FieldType.TIMESTAMP) {
        Instant t = row.instant(spec.index(f));
        if (t != null) {
          return t;
        }
      }
    }
    return null;
  }

  /**
   * Says that the export's times are written in another zone than the store's at the file's dates
   * ({@code from} to {@code to}: its earliest and latest times): they were read as that zone's
   * times (Taobao and JD write Beijing time), so the instants are right, and are shown in the
   * store's zone, whose clock differs (review11 K29; review17 R2: before, they were read as the
   * store zone's wall-clock times). A file across a change of summer time names each offset in turn
   * ("+02:00/+01:00"), not only the first one's.
   */
  private String zoneNote(String name, Preset preset, Instant from, Instant to) {
    java.time.ZoneId exportZone = preset.timesZone(store.zone());
    List<java.time.ZoneOffset> theirs = offsets(exportZone, from, to);
    List<java.time.ZoneOffset> ours = offsets(store.zone(), from, to);
    if (theirs.equals(ours)) {
      return null;
    }
    return name
        + ": the times of "
        + preset.name()
        + " exports are "
        + exportZone.getId()
        + " time (UTC"
        + offsetText(theirs)
        + "): read as such and shown in the store's zone "
        + store.zone().getId()
        + " (UTC"
        + offsetText(ours)
        + " at the file's dates); a store that holds only these exports is made with"
        + " `shopops init --tz "
        + exportZone.getId()
        + "`, so that its days are "
        + exportZone.getId()
        + " days";
  }

  /**
   * The zone's offsets from {@code from} to {@code to}, each once, in the order they first hold.
   */
  static List<java.time.ZoneOffset> offsets(java.time.ZoneId zone, Instant from, Instant to) {
    java.time.zone.ZoneRules rules = zone.getRules();
    List<java.time.ZoneOffset> out = new ArrayList<>();
    out.add(rules.getOffset(from));
    java.time.zone.ZoneOffsetTransition t = rules.nextTransition(from);
    while (t != null && to != null && !t.getInstant().isAfter(to)) {
      if (!out.contains(t.getOffsetAfter())) {
        out.add(t.getOffsetAfter());
      }
      t = rules.nextTransition(t.getInstant());
    }
    return out;
  }

  private static String offsetText(List<java.time.ZoneOffset> offsets) {
    StringBuilder b = new StringBuilder();
    for (java.time.ZoneOffset o : offsets) {
      b.append(b.length() == 0 ? "" : "/").append(o.getTotalSeconds() == 0 ? "+00:00" : o.getId());
    }
    return b.toString();
  }

  /** The handler's notes, and how many stored returns' window flags the import changed. */
  private static List<ImportNote> withJudged(String name, long judged, List<ImportNote> notes) {
    if (judged == 0) {
      return notes;
    }
    List<ImportNote> all = new ArrayList<>(notes);
    all.add(
        ImportNote.of(Problem.of("note.returns_window_judged", name, ImportNote.grouped(judged))));
    return all;
  }

  private static List<ImportNote> withHandlerNotes(List<String> notes, List<ImportNote> more) {
    List<ImportNote> all = new ArrayList<>(ImportNote.texts(notes));
    all.addAll(more);
    return all;
  }

  /**
   * Whether a record is the file's header again (its names, cell for cell; cells beyond either
   * blank): a second export appended with its header line (tryout18 W11).
   */
  static boolean repeatsHeader(String[] cells, List<String> header) {
    boolean any = false;
    for (int i = 0; i < Math.max(cells.length, header.size()); i++) {
      String c = i < cells.length && cells[i] != null ? headerName(cells[i]) : "";
      String h = i < header.size() && header.get(i) != null ? headerName(header.get(i)) : "";
      if (!c.equals(h)) {
        return false;
      }
      any |= !c.isEmpty();
    }
    return any;
  }

  private static String headerName(String cell) {
    return cell.replace("\uFEFF", "").strip();
  }

  /** Whether every cell of a record is empty or blank (a row of nothing but delimiters). */
  private static boolean allBlank(String[] cells) {
    for (String c : cells) {
      if (c != null && !c.isBlank()) {
        return false;
      }
    }
    return true;
  }

  /** The row's record id (its kind's first required field) when it is a text, for an anomaly. */
  private static String recordId(ParsedRow row, KindSpec spec) {
    if (spec.required().isEmpty()) {
      return null;
    }
    return row.get(spec.index(spec.required().get(0))) instanceof String id ? id : null;
  }

  /** The field each column of the file is read into (null for a column not read). */
  private static String[] fieldOfColumn(KindSpec spec, HeaderMatch match, int width) {
    String[] fieldOf = new String[width];
    for (String f : spec.fieldNames()) {
      for (int c : match.columnsOf(f)) {
        if (c < width && fieldOf[c] == null) {
          fieldOf[c] = f;
        }
      }
    }
    return fieldOf;
  }

  private static void checkWidth(ParsedRow row, int width, String name) {
    int n = row.width();
    if (n < width) {
      // first: a short row's cut-off value fails to parse too, but the cut is the cause
      row.addFirstError(
          new RowError(
              name,
              row.line(),
              null,
              "the row has "
                  + n
                  + " of "
                  + width
                  + " columns (cut short: truncated file or a"
                  + " missing delimiter?)"));
    } else if (n > width) {
      for (int i = width; i < n; i++) {
        if (!row.cell(i).isBlank()) {
          row.addFirstError(
              new RowError(
                  name,
                  row.line(),
                  null,
                  "the row has "
                      + n
                      + " columns, the header has "
                      + width
                      + " (an unquoted delimiter inside a value?)"));
          return;
        }
      }
    }
  }
}
