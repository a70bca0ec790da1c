package com.shopops.cli;

import com.shopops.app.ExitCodes;
import com.shopops.app.UserException;
import com.shopops.parse.DstGaps;
import com.shopops.parse.Timestamps;
import com.shopops.parse.ValueException;
import com.shopops.render.OutputFormat;
import com.shopops.render.RecordView;
import com.shopops.render.Renderer;
import com.shopops.render.Table;
import com.shopops.render.XlsxRenderer;
import com.shopops.store.Store;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every command needs from the root: the context, the store path, the clock and the renderer.
 * Leaf commands stay thin: parse options, open the store, call one calculation, render.
 */
abstract class BaseCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  final ShopopsCommand root() {
    return (ShopopsCommand) spec.root().userObject();
  }

  final AppContext ctx() {
    return root().ctx();
  }

  /** --db, else $SHOPOPS_DB, else ./shopops.db. */
  final Path storePath() {
    return Paths.get(storeName());
  }

  /** The store as named: a file, or a postgresql:// URL (--db, $SHOPOPS_DB, ./shopops.db). */
  final String storeName() {
    String db =
        root().db == null || root().db.isBlank() ? ctx().env().get("SHOPOPS_DB") : root().db;
    return db == null || db.isBlank() ? "shopops.db" : db;
  }

  /** Opens the store; a bad --now is refused here, even by commands that do not read the clock. */
  final Store openStore() {
    StartTrace.mark("command parsed");
    Store store = Store.open(storeName(), ctx().env(), ctx().wallClock().get(), waiting());
    ShellTerminal.opened(store); // Ctrl-C in the shell stops its SQL
    StartTrace.mark("store open");
    UpgradeNote.say(this, store); // said once, by the run that upgraded it
    if (store.passFileWarning() != null) { // as psql: ~/.pgpass readable by others (review20 X8)
      info(
          messages().get("note.prefix") + ErrorText.translate(messages(), store.passFileWarning()));
    }
    try {
      asOf(store.zone());
    } catch (UserException e) {
      store.close();
      throw e;
    }
    return store;
  }

  /** How long to wait for a store another shopops is writing to (--wait), saying so on stderr. */
  final Store.Waiting waiting() {
    return new Store.Waiting(
        root().wait == null ? java.time.Duration.ofMinutes(10) : root().wait,
        note -> info(ErrorText.translate(messages(), note)),
        note -> info(messages().get("note.prefix") + ErrorText.translate(messages(), note)));
  }

  private final java.util.Set<String> gapsSaid = new java.util.HashSet<>();

  /**
   * The "as of" instant: --now read in the store zone, else the wall clock. A --now in the zone's
   * spring-forward gap is read an hour later (as an import reads such a time), with a note.
   */
  final Instant asOf(ZoneId zone) {
    String now = root().now;
    if (now == null) {
      return ctx().wallClock().get();
    }
    return timeOption(
        "--now", now, zone, "use e.g. --now '2026-11-20 10:00' or --now 2026-11-20T10:00:00+08:00");
  }

  /**
   * An option's time read in the store zone (an offset or Z is kept). A time in the zone's
   * spring-forward gap is read an hour later, one in its repeated autumn hour with the earlier
   * offset, as an import reads them, with a note on stderr (said once per option: asOf is asked
   * more than once); a time it cannot read is exit 2 with {@code hint}.
   */
  final Instant timeOption(String option, String value, ZoneId zone, String hint) {
    try {
      DstGaps gaps = new DstGaps();
      Instant t = Timestamps.timestamp(value, zone, gaps);
      if (t == null) {
        throw new ValueException("empty");
      }
      DstGaps.Said gap = gaps.take();
      if (gap != null && gapsSaid.add(option)) {
        info(
            messages().get("note.prefix")
                + ErrorText.translate(messages(), option + ": " + gap.text()));
      }
      return t;
    } catch (ValueException e) {
      throw new UserException(ExitCodes.USAGE, option + ": " + e.getMessage(), hint);
    }
  }

  /** When the import happened, for the bookkeeping: --now if given (reproducible), else now. */
  final Instant recordTime(ZoneId zone) {
    return root().now != null ? asOf(zone) : ctx().wallClock().get();
  }

  final boolean quiet() {
    return root().quiet;
  }

  /** What people read, in the language of this command line (--lang, ui.lang, locale). */
  final com.shopops.render.Messages messages() {
    return com.shopops.render.Messages.of(root().language());
  }

  final void info(String message) {
    if (!quiet()) {
      ctx().err().println(message);
    }
  }

  /** Prints a table in the chosen format to stdout or --out; notes go to stderr. */
  final void render(Table table, OutputOptions o, ZoneId zone) {
    StartTrace.mark("answer read");
    redact(table);
    Table shown = shape(table, o);
    emit(
        o,
        zone,
        (format, ro, w) -> Renderer.render(shown, format, ro, w),
        (ro, stream) -> XlsxRenderer.render(shown, ro, stream),
        () -> rowCount(shown));
    for (String note : table.notes()) {
      info(messages().get("note.prefix") + ErrorText.translate(messages(), note));
    }
  }

  /** "1 row", "1,234 rows": what "Wrote … to FILE" names. */
  final String rowCount(Table table) {
    int n = table.rows().size();
    return messages().get("note.rows", ProgressBar.grouped(n));
  }

  /** Prints one record with its lists (an order and its lines, a customer and their history). */
  final void render(RecordView view, OutputOptions o, ZoneId zone) {
    StartTrace.mark("answer read");
    redact(view.fields());
    view.lists().values().forEach(this::redact);
    emit(
        o,
        zone,
        (format, ro, w) -> Renderer.render(view, format, ro, w),
        (ro, stream) -> XlsxRenderer.render(view, ro, stream),
        () -> messages().get("note.record"));
    java.util.List<Table> noted = new java.util.ArrayList<>();
    noted.add(view.fields()); // the record's own notes first (how an order's total comes about)
    noted.addAll(view.lists().values());
    for (Table t : noted) {
      for (String note : t.notes()) {
        info(messages().get("note.prefix") + ErrorText.translate(messages(), note));
      }
    }
  }

  /**
   * How many rows a command should fetch for --limit: all when the rows are sorted before printing
   * (the limit then keeps the first rows of the sorted list). A negative --limit is refused here,
   * before it reaches SQL (SQLite reads LIMIT -1 as no limit, PostgreSQL refuses it).
   */
  final Integer fetchLimit(OutputOptions o, String defaultSort) {
    if (o.limit != null && o.limit < 0) {
      throw new UserException(ExitCodes.USAGE, "--limit must be 0 or more", null);
    }
    boolean sorted = o.sort != null || (defaultSort != null && format(o) == OutputFormat.TABLE);
    return sorted ? null : o.limit;
  }

  /** Masks phone numbers in the table's text cells unless the command's --unmasked was given. */
  final void redact(Table table) {
    var unmasked = spec.optionsMap().get("--unmasked");
    TableOutput.redact(table, unmasked != null && Boolean.TRUE.equals(unmasked.getValue()));
  }

  /** The rows and columns to print (--sort, --columns, --wide; see {@link TableOutput#shape}). */
  final Table shape(Table table, OutputOptions o) {
    return TableOutput.shape(table, o, format(o) == OutputFormat.TABLE);
  }

  static String count(long n, String what) {
    return TableOutput.count(n, what);
  }

  static void writeAtomically(Path target, boolean force, TableOutput.WriterWork work)
      throws IOException {
    TableOutput.writeAtomically(target, force, work);
  }

  static void writeBytesAtomically(Path target, boolean force, TableOutput.StreamWork work)
      throws IOException {
    TableOutput.writeBytesAtomically(target, force, work);
  }

  /**
   * Writes the output at once (see {@link PendingOutput}: an exported list waits for its record).
   * {@code what} is said only of a file written ("Wrote 12 rows to …").
   */
  private void emit(
      OutputOptions o,
      ZoneId zone,
      PendingOutput.Emitter emitter,
      PendingOutput.BinaryEmitter binary,
      java.util.function.Supplier<String> what) {
    String said = o.out == null ? null : what.get();
    PendingOutput.prepare(this, o, zone, emitter, binary, said, "orders.xlsx").publish();
  }

  /**
   * Flushes stdout and fails on a write error (a full disk): exit 1 with the reason, never a silent
   * success with a cut-off file. PrintWriter keeps the error to itself until asked. A reader that
   * went away ({@code | head}) is no error: false, and the command ends quietly.
   *
   * @return whether all of the output reached the reader
   */
  final boolean flushStdout() {
    ctx().out().flush();
    if (!ctx().out().checkError()) {
      return true;
    }
    IOException why = ctx().out() instanceof StdoutWriter s ? s.failure() : null;
    if (StdoutWriter.closedPipe(why)) {
      return false;
    }
    String hint = "what was written is incomplete; free some space and run the command again";
    if (why == null || why.getMessage() == null) {
      throw new UserException(ExitCodes.BAD_INPUT, "could not write the output to stdout", hint);
    }
    throw new UserException(
        ExitCodes.BAD_INPUT, "could not write the output to stdout: " + why.getMessage(), hint);
  }

  /** --format, else table on a terminal and csv in a pipe or file. */
  final OutputFormat format(OutputOptions o) {
    try {
      return o.format != null
          ? OutputFormat.parse(o.format)
          : (o.out == null && ctx().stdoutIsTerminal() ? OutputFormat.TABLE : OutputFormat.CSV);
    } catch (IllegalArgumentException e) {
      throw new UserException(ExitCodes.USAGE, "--format: " + e.getMessage(), null);
    }
  }
}
