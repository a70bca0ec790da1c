package com.shopops.cli;

import com.shopops.app.ExitCodes;
import com.shopops.app.UserException;
import com.shopops.app.lists.ListService;
import com.shopops.app.lists.ListWrite;
import com.shopops.app.lists.Recording;
import com.shopops.domain.lists.ListKind;
import com.shopops.domain.lists.ListRow;
import com.shopops.domain.lists.Masking;
import com.shopops.render.Renderer;
import com.shopops.render.Table;
import com.shopops.render.XlsxRenderer;
import com.shopops.store.Store;
import java.nio.file.Files;
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

  @Option(
      names = "--agent",
      converter = Converters.NonBlank.class,
      paramLabel = "NAME",
      description =
          "Who made the list, as `shopops lists` shows it (default: the database user on"
              + " PostgreSQL, your login name for a store file).")
  String agent;

  /** --agent, else the store's user ({@link Store#user}). */
  String agent(BaseCommand cmd, Store store) {
    return AgentOption.or(agent, cmd, store);
  }

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
    String by = dryRun || preview ? null : agent(cmd, store);
    PendingOutput[] pending = new PendingOutput[1];
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
                  return lists.record(
                      kind, chosen[0].rows(), new ListWrite(name, file, at, false, by));
                });
      }
    } catch (SQLException | RuntimeException e) {
      if (pending[0] != null) {
        pending[0].discard();
      }
      throw e;
    }
    boolean delivered;
    try {
      delivered = pending[0].publish();
    } catch (RuntimeException e) {
      if (r.outcome() == Recording.Outcome.RECORDED) {
        lists.forget(r.listId()); // no file: no contacts either
      }
      throw e;
    }
    if (!delivered && r.outcome() == Recording.Outcome.RECORDED) {
      lists.forget(r.listId()); // the reader went away (| head): not all of it was seen
    }
    for (String note : chosen[0].table().notes()) {
      cmd.info(cmd.messages().get("note.prefix") + ErrorText.translate(cmd.messages(), note));
    }
    cmd.info(chosen[0].summary());
    com.shopops.render.Messages m = cmd.messages();
    if (!delivered) {
      cmd.info(m.get("list.pipe_closed"));
      return;
    }
    cmd.info(
        switch (r.outcome()) {
          case DRY_RUN -> preview && !dryRun ? m.get("list.preview") : m.get("list.dry_run");
          case EMPTY -> m.get("list.empty");
          case RECORDED ->
              // the undo names the store in use: pasted without it, it undid a list of
              // ./shopops.db (tryout31a A3)
              m.get(
                  "list.recorded",
                  r.listId(),
                  r.name(),
                  r.contacts(),
                  com.shopops.app.imports.ImportAgain.shopops(store.location()));
        });
  }

  /** The list rendered, not yet visible (see {@link PendingOutput}). */
  private static PendingOutput prepare(
      BaseCommand cmd, Table chosen, OutputOptions o, ZoneId zone) {
    cmd.redact(chosen);
    Table table = cmd.shape(chosen, o); // --columns/--sort; a terminal shows what fits
    return PendingOutput.prepare(
        cmd,
        o,
        zone,
        (format, ro, w) -> Renderer.render(table, format, ro, w),
        (ro, stream) -> XlsxRenderer.render(table, ro, stream),
        cmd.rowCount(table),
        "list.xlsx");
  }
}
