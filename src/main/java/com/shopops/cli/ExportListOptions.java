package com.shopops.cli;

import com.shopops.app.ExitCodes;
import com.shopops.app.UserException;
import com.shopops.app.lists.ListService;
import com.shopops.app.lists.ListWrite;
import com.shopops.app.lists.Recording;
import com.shopops.domain.lists.ListKind;
import com.shopops.domain.lists.ListRow;
import com.shopops.domain.lists.Masking;
import com.shopops.render.OutputFormat;
import com.shopops.render.RenderOptions;
import com.shopops.render.Renderer;
import com.shopops.render.Table;
import com.shopops.render.XlsxRenderer;
import com.shopops.store.Store;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import picocli.CommandLine.Option;

/** The options every exported list shares, and how a list is written and recorded. */
final class ExportListOptions {
  @Option(
      names = "--name",
      paramLabel = "NAME",
      description =
          "The list's name in `shopops lists` and in each customer's contacts"
              + " (default: KIND-yyyyMMdd-HHmm of --now).")
  String name;

  @Option(
      names = "--dry-run",
      description = "Print the list, record no contacts (the cool-down does not see it).")
  boolean dryRun;

  @Option(
      names = "--record",
      description =
          "Record the contacts of a list printed to a terminal (a list sent to a file"
              + " or a pipe is always recorded; on a terminal it is a preview).")
  boolean record;

  @Option(names = "--unmasked", description = "Full phone numbers (default masked as 138****1234).")
  boolean unmasked;

  /**
   * The list's language: the global --lang (also accepted after {@code export KIND}), else the
   * store's ui.lang, else the locale of the environment, else English.
   */
  String lang(BaseCommand cmd) {
    return cmd.root().language().code();
  }

  String phone(String raw) {
    return unmasked ? raw : Masking.phone(raw);
  }

  /** An existing --out without --force, or a negative --limit, is refused before any work. */
  static void check(OutputOptions output) {
    if (output.out != null && !output.force && Files.exists(output.out)) {
      throw new UserException(
          ExitCodes.USAGE, output.out + " already exists", "pass --force to replace it");
    }
    if (output.limit != null && output.limit < 0) {
      throw new UserException(ExitCodes.USAGE, "--limit must be 0 or more", null);
    }
  }

  /** A chosen list: its table, its rows (to record) and its summary. */
  record Listed(Table table, List<? extends ListRow> rows, String summary) {}

  /** Chooses a list; run inside the write transaction when the list is to be recorded. */
  interface Chooser {
    Listed choose(ListService lists) throws SQLException;
  }

  /**
   * Chooses, renders and records a list so that a list file never exists without its contacts, nor
   * contacts without a file. A list that is recorded is chosen and recorded in ONE write
   * transaction, taken before the last contacts are read: two exports started together take turns,
   * and the second sees the first one's contacts (its cool-down leaves them out). Inside it the
   * list is rendered to a temp file beside --out (or into memory for stdout); the contacts are
   * committed; then the file is renamed into place (or the text printed). A rename or write that
   * fails after the commit takes the list back.
   *
   * <p>Nothing is recorded for --dry-run, an empty list, or a preview: a list printed to a terminal
   * without --record.
   */
  void write(BaseCommand cmd, Store store, ListKind kind, OutputOptions output, Chooser chooser)
      throws SQLException {
    ListService lists = new ListService(store);
    boolean preview = output.out == null && cmd.ctx().stdoutIsTerminal() && !record;
    Instant at = cmd.recordTime(store.zone());
    String file = output.out == null ? null : output.out.toString();
    Pending[] pending = new Pending[1];
    Listed[] chosen = new Listed[1];
    Recording r;
    try {
      if (dryRun || preview) {
        chosen[0] = chooser.choose(lists);
        pending[0] = prepare(cmd, chosen[0].table(), output, store.zone());
        r = lists.record(kind, chosen[0].rows(), new ListWrite(name, file, at, true));
      } else {
        r =
            store.inTransaction(
                c -> {
                  lists.takeTurn();
                  chosen[0] = chooser.choose(lists);
                  pending[0] = prepare(cmd, chosen[0].table(), output, store.zone());
                  return lists.record(kind, chosen[0].rows(), new ListWrite(name, file, at, false));
                });
      }
    } catch (SQLException | RuntimeException e) {
      if (pending[0] != null) {
        pending[0].discard();
      }
      throw e;
    }
    try {
      pending[0].publish();
    } catch (RuntimeException e) {
      if (r.outcome() == Recording.Outcome.RECORDED) {
        lists.forget(r.listId()); // no file: no contacts either
      }
      throw e;
    }
    for (String note : chosen[0].table().notes()) {
      cmd.info(cmd.messages().get("note.prefix") + note);
    }
    cmd.info(chosen[0].summary());
    com.shopops.render.Messages m = cmd.messages();
    cmd.info(
        switch (r.outcome()) {
          case DRY_RUN ->
              preview && !dryRun
                  ? "preview: no contacts recorded; to record this list pass --record, or send it to a"
                      + " file (--out FILE) or a pipe"
                  : m.get("list.dry_run");
          case EMPTY -> m.get("list.empty");
          case RECORDED ->
              m.get(
                  r.contacts() == 1 ? "list.recorded_one" : "list.recorded_many",
                  r.listId(),
                  r.name(),
                  r.contacts());
        });
  }

  /** A rendered list not yet visible: a temp file beside --out, or the text for stdout. */
  private interface Pending {
    /** Renames the temp file into place, or prints the text; a failure is a UserException. */
    void publish();

    /** Removes the temp file, if any. */
    void discard();
  }

  private static Pending prepare(BaseCommand cmd, Table chosen, OutputOptions o, ZoneId zone) {
    cmd.redact(chosen);
    Table table = cmd.shape(chosen, o); // --columns/--sort; a terminal shows what fits
    OutputFormat format = cmd.format(o);
    if (o.out == null) {
      if (!format.isText()) {
        throw new UserException(
            ExitCodes.USAGE,
            "--format xlsx needs --out FILE.xlsx",
            "a workbook is a binary file: name where it goes, e.g. --out list.xlsx");
      }
      boolean tty = cmd.ctx().stdoutIsTerminal();
      RenderOptions ro =
          new RenderOptions(
                  zone,
                  tty ? cmd.ctx().terminalWidth() : 0,
                  !o.raw,
                  o.excel,
                  o.limit,
                  tty ? RenderOptions.DEFAULT_TABLE_ROW_CAP : 0)
              .withMessages(cmd.messages());
      StringWriter text = new StringWriter();
      try {
        Renderer.render(table, format, ro, text);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new Pending() {
        @Override
        public void publish() {
          cmd.ctx().out().print(text);
          cmd.flushStdout();
        }

        @Override
        public void discard() {}
      };
    }
    Path target = o.out;
    OutputTarget.check(target, o.force);
    Path tmp;
    try {
      tmp = OutputTarget.tempBeside(target);
      RenderOptions ro =
          new RenderOptions(zone, 0, !o.raw, o.excel, o.limit, 0).withMessages(cmd.messages());
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
        if (format.isText()) {
          Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
          Renderer.render(table, format, ro, w);
          w.flush();
        } else {
          XlsxRenderer.render(table, ro.withSpreadsheetSafe(false).withExcelBom(false), out);
        }
      } catch (IOException e) {
        Files.deleteIfExists(tmp);
        throw OutputTarget.writeFailed(target, e);
      }
    } catch (IOException e) {
      throw OutputTarget.writeFailed(target, e);
    }
    var m = cmd.messages();
    String what = m.get("note.rows", ProgressBar.grouped(table.rows().size()));
    return new Pending() {
      @Override
      public void publish() {
        try {
          Files.move(
              tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
          discard();
          throw OutputTarget.writeFailed(target, e);
        }
        cmd.info(m.get("note.wrote", what, target));
      }

      @Override
      public void discard() {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // the failure being reported is the one that matters
        }
      }
    };
  }
}
