package com.shopops.app.imports;

import com.shopops.parse.FileFacts;
import com.shopops.parse.TextSniffer;
import com.shopops.store.ImportSession;
import com.shopops.store.Store;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Imports one file of one kind: sniffs its encoding and delimiter, picks its preset, reads every
 * row and writes the good ones in one transaction with the record of the import. Under {@code
 * --on-error abort} (the default) a single bad row means nothing from the file is written.
 */
public final class ImportRunner {
  /** How many problems are kept for the message; all are counted and all go to the rejects file. */
  static final int ERRORS_SHOWN = 20;

  /** Told how far reading has got, for the progress bar. */
  public interface Progress {
    void update(String file, long bytesRead, long size);

    void done();
  }

  private final Store store;
  private final ImportOptions options;
  private final Supplier<Instant> clock;
  private final Progress progress;

  public ImportRunner(Store store, ImportOptions options, Supplier<Instant> clock, Progress progress) {
    this.store = store;
    this.options = options;
    this.clock = clock;
    this.progress = progress;
  }

  /** The kinds this version imports. */
  public static Set<String> kinds() {
    return new LinkedHashSet<>(
        List.of("orders", "customers", "shipments", "returns", "followups", "traffic", "events",
            "reviews", "products"));
  }

  static KindHandler handlerFor(String kind, String file) {
    return switch (kind) {
      case "orders" -> new OrdersHandler(file);
      case "customers" -> new CustomersHandler(file);
      case "shipments" -> new ShipmentsHandler(file);
      case "returns" -> new ReturnsHandler(file);
      case "followups" -> new FollowUpsHandler(file);
      case "traffic" -> new TrafficHandler(file);
      case "events" -> new EventsHandler(file);
      case "reviews" -> new ReviewsHandler(file);
      case "products" -> new ProductsHandler(file);
      default -> throw new ImportException("importing " + kind + " is not supported yet", null);
    };
  }

  /**
   * Whether a file carries only line items of orders (Taobao 宝贝报表), to be read after the order
   * lists given in the same command. Any problem reading it is left for {@link #importFile}.
   */
  public boolean readsLast(Path file) {
    if (options.mapFile() != null) {
      return false;
    }
    try {
      FileFacts facts = TextSniffer.sniffHead(file, options.encoding(), HEAD_SNIFF_BYTES);
      if (facts.size() == 0 || facts.binaryKind() != null) {
        return false;
      }
      try (CsvInput in = new CsvInput(file, file.toString(), facts, options.delimiter(), n -> {})) {
        Preset p =
            options.presetName() != null
                ? Presets.named(options.presetName()).orElse(null)
                : Presets.detect(in.header(), options.kind()).map(Presets.Choice::preset)
                    .orElse(null);
        return p != null && p.linesOnly();
      }
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  public FileResult importFile(Path path, String name) {
    long t0 = System.nanoTime();
    if (!Files.isRegularFile(path)) {
      throw new ImportException(
          name + (Files.isDirectory(path) ? ": is a directory, not a file" : ": no such file"),
          null);
    }
    FileFacts facts;
    // a large file is read twice (sha256 and the full text check, then the rows): the first read
    // runs beside the second, from the file's head alone the import knows its encoding
    java.util.concurrent.CompletableFuture<FileFacts> full = null;
    try {
      if (Files.size(path) > HEAD_SNIFF_BYTES) {
        facts = TextSniffer.sniffHead(path, options.encoding(), HEAD_SNIFF_BYTES);
        full = java.util.concurrent.CompletableFuture.supplyAsync(() -> fullSniff(path));
      } else {
        facts = TextSniffer.sniff(path, options.encoding());
      }
    } catch (IOException e) {
      throw new ImportException(name + ": cannot read: " + e.getMessage(), null);
    }
    if (facts.size() == 0) {
      throw new ImportException(
          name + ": the file is empty", "export the data again; a CSV needs a header row");
    }
    if (facts.binaryKind() != null) {
      throw new ImportException(
          name + ": not a text file (" + facts.binaryKind() + ")",
          TextSniffer.binaryHint(facts.binaryKind()));
    }
    EventLogFormat logFormat = logFormat(path, facts);
    if (logFormat != null) {
      return importLog(path, name, full == null ? facts : whole(full, name), logFormat, t0);
    }
    KindHandler handler = handlerFor(options.kind(), name);
    try (CsvInput in =
        new CsvInput(
            path, name, facts, options.delimiter(),
            read -> progress.update(name, read, facts.size()))) {
      Presets.Choice choice = choosePreset(in.header(), name, handler.spec());
      RowReader reader =
          new RowReader(handler.spec(), choice.preset(), choice.match(), store.zone(), name);
      Rejected rejected = new Rejected(name, in.header(), options.rejectsFile());
      ImportSession session =
          ImportSession.begin(
              store, options.kind(), name, facts.sha256(), choice.preset().name(),
              facts.charset().name(), clock.get(), facts.size());
      try {
        handler.start(session, choice.preset(), choice.match(), store.zone(), rejected);
        long rows = 0;
        int width = in.header().size();
        while (true) {
          CsvInput.Line line;
          try {
            line = in.next();
          } catch (CsvInput.TruncatedException e) {
            rejected.add(
                new RowError(name, e.line, null,
                    "a quoted field is never closed: the file ends in the middle of a row"
                        + " (truncated?)"));
            rows++;
            break;
          }
          if (line == null) {
            break;
          }
          rows++;
          ParsedRow row = reader.read(line.cells(), line.number());
          checkWidth(row, width, name);
          handler.accept(row);
        }
        KindHandler.Outcome out = handler.finish();
        boolean write = !options.dryRun()
            && (rejected.count() == 0 || options.onError() == ImportOptions.OnError.SKIP);
        if (full != null) {
          session.recordSha256(whole(full, name).sha256());
        }
        if (write) {
          session.commit(rows, out.inserted(), out.updated(), out.unchanged(), rejected.count(),
              clock.get());
        } else {
          session.rollback();
        }
        rejected.finish();
        progress.done();
        return new FileResult(
            name, choice.preset().name(), facts.charset().name(), rows, out.records(),
            out.inserted(), out.updated(), out.unchanged(), rejected.count(), out.lines(),
            rejected.shown(), rejected.count(), write, write ? session.importId() : 0,
            (System.nanoTime() - t0) / 1_000_000, notes(name, rows, choice));
      } catch (SQLException | IOException | RuntimeException e) {
        throw failed(name, session, rejected, e);
      } finally {
        session.close(); // after an Error too: the writer thread stopped, a bulk load ended
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Events files that are not CSV with a header: named by --format or --preset, else recognised
   * from the first line (an access log, Taobao UserBehavior). Null for everything else.
   */
  private EventLogFormat logFormat(Path path, FileFacts facts) {
    if (!options.kind().equals("events") || options.mapFile() != null) {
      return null;
    }
    String forced = options.inputFormat();
    if (forced != null && !forced.equalsIgnoreCase("csv")) {
      EventLogFormat f = EventLogFormat.named(forced);
      if (f == null) {
        throw new ImportException("unknown events format \"" + forced + "\"",
            "use csv, access-log or taobao-userbehavior");
      }
      return f;
    }
    EventLogFormat byPreset = EventLogFormat.named(options.presetName());
    if (byPreset != null || forced != null || options.presetName() != null) {
      return byPreset;
    }
    try (java.io.BufferedReader r = logReader(path, facts, n -> {})) {
      String line = r.readLine();
      while (line != null && line.isBlank()) {
        line = r.readLine();
      }
      return EventLogFormat.detect(line);
    } catch (IOException e) {
      return null; // the CSV path reports what is wrong with the file
    }
  }

  private static java.io.BufferedReader logReader(
      Path path, FileFacts facts, java.util.function.LongConsumer progress) throws IOException {
    java.io.InputStream in = new CountingInputStream(Files.newInputStream(path), progress);
    in.skipNBytes(facts.bomLength());
    var decoder = facts.charset().newDecoder()
        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
    return new java.io.BufferedReader(new java.io.InputStreamReader(in, decoder), 1 << 16);
  }

  /**
   * A headerless events file, one event per line: the same contract as a CSV import (one
   * transaction, rejects as FILE:LINE, --on-error, --dry-run), plus a count of the lines skipped
   * because they are not page views (bots, static assets, errors).
   */
  private FileResult importLog(Path path, String name, FileFacts facts, EventLogFormat format,
      long t0) {
    Rejected rejected = new Rejected(name, List.of("line"), options.rejectsFile());
    ImportSession session =
        ImportSession.begin(store, options.kind(), name, facts.sha256(), format.key(),
            facts.charset().name(), clock.get(), facts.size());
    java.util.Map<String, Long> skipped = new java.util.TreeMap<>();
    try (java.io.BufferedReader in =
        logReader(path, facts, read -> progress.update(name, read, facts.size()))) {
      com.shopops.store.EventWriter writer = session.events();
      long rows = 0;
      long records = 0;
      long lineNo = 0;
      String line;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        rows++;
        EventLogFormat.Result r = format.parse(line);
        if (r.error() != null) {
          rejected.reject(List.of(new ParsedRow(lineNo, new String[] {line}, 0)),
              new RowError(name, lineNo, null, r.error()));
        } else if (r.skip() != null) {
          skipped.merge(r.skip(), 1L, Long::sum);
        } else {
          writer.add(r.event());
          records++;
        }
      }
      long[] c = writer.finish();
      boolean write = !options.dryRun()
          && (rejected.count() == 0 || options.onError() == ImportOptions.OnError.SKIP);
      if (write) {
        session.commit(rows, c[0], c[1], c[2], rejected.count(), clock.get());
      } else {
        session.rollback();
      }
      rejected.finish();
      progress.done();
      List<String> notes = new ArrayList<>();
      if (!skipped.isEmpty()) {
        long total = skipped.values().stream().mapToLong(Long::longValue).sum();
        notes.add(name + ": " + total + " lines are not page views and were skipped ("
            + skipped.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", ")) + ")");
      }
      return new FileResult(name, format.key(), facts.charset().name(), rows, records, c[0],
          c[1], c[2], rejected.count(), 0, rejected.shown(), rejected.count(), write,
          write ? session.importId() : 0, (System.nanoTime() - t0) / 1_000_000, notes);
    } catch (java.nio.charset.CharacterCodingException e) {
      throw failed(name, session, rejected,
          new ImportException(name + ": the file is not valid " + facts.charset().name()
              + " text", "name the encoding with --encoding (utf-8, gbk, gb18030, utf-16)"));
    } catch (SQLException | IOException | RuntimeException e) {
      throw failed(name, session, rejected, e);
    } finally {
      session.close(); // after an Error too: the writer thread stopped, a bulk load ended
    }
  }

  /**
   * Ends a file's import that failed: nothing written, no rejects file, the progress bar gone.
   * Returns the exception to throw: a refusal of the store as an import error naming the file.
   */
  private RuntimeException failed(String name, ImportSession session, Rejected rejected,
      Exception e) {
    session.rollback();
    rejected.abandon();
    progress.done();
    if (e instanceof SQLException sql) {
      return new ImportException(name + ": the store refused the data: " + sql.getMessage(),
          "nothing from this file was written");
    }
    if (e instanceof IOException io) {
      return new UncheckedIOException(io);
    }
    return (RuntimeException) e;
  }

  /**
   * What the operator should know about a file that imported: no data rows, or columns that a
   * generic layout or a mapping file did not read (platform presets skip columns by design).
   */
  private List<String> notes(String name, long rows, Presets.Choice choice) {
    List<String> notes = new ArrayList<>();
    if (rows == 0) {
      notes.add(name + ": the file has a header but no data rows");
    }
    String preset = choice.preset().name();
    if (preset.startsWith("generic-") || options.mapFile() != null) {
      List<String> unread = choice.match().unmappedHeaders();
      if (!unread.isEmpty()) {
        notes.add(name + ": " + unread.size() + (unread.size() == 1 ? " column was" : " columns were")
            + " not read: " + String.join(", ", unread)
            + " (name them in a mapping file, --map, to import them)");
      }
    }
    return notes;
  }

  /** Files above this size are sniffed from their head, and in full beside the import. */
  static final long HEAD_SNIFF_BYTES = 4L << 20;

  private FileFacts fullSniff(Path path) {
    try {
      return TextSniffer.sniff(path, options.encoding());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The full facts of a large file: waits for them, and refuses a file that is not text. */
  private static FileFacts whole(java.util.concurrent.CompletableFuture<FileFacts> full,
      String name) {
    FileFacts f;
    try {
      f = full.join();
    } catch (java.util.concurrent.CompletionException e) {
      throw new ImportException(name + ": cannot read: " + e.getCause().getMessage(), null);
    }
    if (f.binaryKind() != null) {
      throw new ImportException(
          name + ": not a text file (" + f.binaryKind() + ")",
          TextSniffer.binaryHint(f.binaryKind()));
    }
    return f;
  }

  private static void checkWidth(ParsedRow row, int width, String name) {
    int n = row.width();
    if (n < width) {
      // first: a short row's cut-off value fails to parse too, but the cut is the cause
      row.addFirstError(
          new RowError(name, row.line(), null,
              "the row has " + n + " of " + width + " columns (cut short: truncated file or a"
                  + " missing delimiter?)"));
    } else if (n > width) {
      for (int i = width; i < n; i++) {
        if (!row.cell(i).isBlank()) {
          row.addFirstError(
              new RowError(name, row.line(), null,
                  "the row has " + n + " columns, the header has " + width
                      + " (an unquoted delimiter inside a value?)"));
          return;
        }
      }
    }
  }

  private Presets.Choice choosePreset(List<String> header, String name, KindSpec spec) {
    String kind = options.kind();
    Preset preset;
    if (options.mapFile() != null) {
      preset = Presets.load(options.mapFile(), kind);
    } else if (options.presetName() != null) {
      preset =
          Presets.named(options.presetName())
              .orElseThrow(
                  () ->
                      new ImportException(
                          "unknown preset \"" + options.presetName() + "\"",
                          "presets for " + kind + ": "
                              + Presets.forKind(kind).stream().map(Preset::name)
                                  .collect(Collectors.joining(", "))));
      if (!preset.kind().equals(kind)) {
        throw new ImportException(
            "preset " + preset.name() + " reads " + preset.kind() + ", not " + kind,
            "use `shopops import " + preset.kind() + "`");
      }
    } else {
      var detected = Presets.detect(header, kind);
      if (detected.isPresent() && !detected.get().preset().kind().equals(kind)) {
        Preset other = detected.get().preset();
        // only a confident guess names another kind: a customer_id column alone does not make an
        // invoice-lines file a customer list
        int mapped = detected.get().match().mappedColumns();
        if (mapped < 3 && mapped * 2 < header.size()) {
          Preset own = fallback(header, spec);
          if (own == null) {
            throw missingRequired(header, name, spec, null);
          }
          detected = Optional.of(new Presets.Choice(own, new HeaderMatch(header, own)));
        } else {
          throw new ImportException(
            name + ": this looks like " + article(other.kind()) + " file (" + other.describe()
                + "), not " + kind,
              "import it with `shopops import " + other.kind() + " " + name
                  + "`, or force a layout with --preset/--map");
        }
      }
      preset = detected.map(Presets.Choice::preset).orElseGet(() -> fallback(header, spec));
      if (preset == null) {
        throw missingRequired(header, name, spec, null);
      }
    }
    HeaderMatch match = new HeaderMatch(header, preset);
    for (String required : spec.required()) {
      if (!match.maps(required)) {
        throw missingRequired(header, name, spec, preset);
      }
    }
    return new Presets.Choice(preset, match);
  }

  /**
   * No preset's detect headers are all there, e.g. a hand-made file headed 订单编号,付款时间,金额: the
   * generic layout of this kind when its aliases find every required field, else null. (Platform
   * presets are only ever chosen by their detect headers: Shopify's "Name" is no order id elsewhere.)
   */
  private static Preset fallback(List<String> header, KindSpec spec) {
    return Presets.named("generic-" + spec.kind())
        .filter(p -> spec.required().stream().allMatch(new HeaderMatch(header, p)::maps))
        .orElse(null);
  }

  private ImportException missingRequired(
      List<String> header, String name, KindSpec spec, Preset preset) {
    Set<String> accepted = new LinkedHashSet<>();
    for (String required : spec.required()) {
      if (preset != null) {
        accepted.addAll(preset.fields().getOrDefault(required, List.of()));
      } else {
        for (Preset p : Presets.forKind(spec.kind())) {
          accepted.addAll(p.fields().getOrDefault(required, List.of()));
        }
      }
    }
    String shown = header.size() > 12
        ? String.join(", ", header.subList(0, 12)) + ", … (" + header.size() + " columns)"
        : String.join(", ", header);
    return new ImportException(
        name + ":1: missing required column " + String.join(", ", spec.required())
            + " (looked for " + String.join(", ", accepted) + "; the header has: " + shown + ")",
        "name the columns with a mapping file (--map FILE), or check that this is "
            + article(spec.kind()) + " export");
  }

  /** "an orders", "a customers": the kind with its article, for messages. */
  private static String article(String kind) {
    return ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind;
  }

  /** Rejected rows: counted, the first few kept for the message, all written to --rejects. */
  private static final class Rejected implements KindHandler.Rejects {
    private final String file;
    private final List<String> header;
    private final Path target;
    private final List<RowError> shown = new ArrayList<>();
    private long count;
    private Path temp;
    private BufferedWriter out;
    private CSVPrinter printer;

    Rejected(String file, List<String> header, Path target) {
      this.file = file;
      this.header = header;
      this.target = target;
    }

    @Override
    public void reject(List<ParsedRow> rows, RowError reason) {
      for (ParsedRow r : rows) {
        RowError e =
            r.line() == reason.line()
                ? reason
                : new RowError(file, r.line(), null,
                    "rejected with its order: " + reason.format());
        record(e, r.raw());
      }
    }

    void add(RowError e) {
      record(e, List.of());
    }

    private void record(RowError e, List<String> raw) {
      count++;
      if (shown.size() < ERRORS_SHOWN) {
        shown.add(e);
      }
      if (target == null) {
        return;
      }
      try {
        if (printer == null) {
          Path dir = target.toAbsolutePath().getParent();
          temp = Files.createTempFile(dir, ".rejects", ".tmp");
          try { // a rejects file is for whoever fixes the rows: rw-r--r--, as the shell would make it
            Files.setPosixFilePermissions(
                temp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
          } catch (UnsupportedOperationException notPosix) {
            // not a POSIX file system: its defaults apply
          }
          out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
          printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").build());
          List<String> h = new ArrayList<>(header);
          h.add("reject_line");
          h.add("reject_reason");
          printer.printRecord(h);
        }
        List<String> cells = new ArrayList<>(raw);
        while (cells.size() < header.size()) {
          cells.add("");
        }
        cells.add(Long.toString(e.line()));
        cells.add(e.reason());
        printer.printRecord(cells);
      } catch (IOException ex) {
        throw new UncheckedIOException("cannot write rejects file " + target, ex);
      }
    }

    long count() {
      return count;
    }

    List<RowError> shown() {
      return List.copyOf(shown);
    }

    void finish() throws IOException {
      if (printer != null) {
        printer.close();
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      }
    }

    void abandon() {
      try {
        if (printer != null) {
          printer.close();
          Files.deleteIfExists(temp);
        }
      } catch (IOException ignored) {
        // the import failed already; that is the error to report
      }
    }
  }
}
