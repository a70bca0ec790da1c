package com.shopops.cli;

import com.shopops.app.ExitCodes;
import com.shopops.app.UserException;
import com.shopops.app.lists.ListService;
import com.shopops.app.lists.ListWrite;
import com.shopops.app.lists.Recording;
import com.shopops.domain.lists.ListKind;
import com.shopops.domain.lists.ListRow;
import com.shopops.domain.lists.Masking;
import com.shopops.render.Table;
import com.shopops.store.Store;
import java.nio.file.Files;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import picocli.CommandLine.Option;

/** The options every exported list shares, and how a list is written and recorded. */
final class ExportListOptions {
  @Option(names = "--name", paramLabel = "NAME",
      description = "The list's name in `shopops lists` and in each customer's contacts"
          + " (default: KIND-yyyyMMdd-HHmm of --now).")
  String name;

  @Option(names = "--dry-run",
      description = "Print the list, record no contacts (the cool-down does not see it).")
  boolean dryRun;

  @Option(names = "--unmasked",
      description = "Full phone numbers (default masked as 138****1234).")
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
      throw new UserException(ExitCodes.USAGE, output.out + " already exists",
          "pass --force to replace it");
    }
    if (output.limit != null && output.limit < 0) {
      throw new UserException(ExitCodes.USAGE, "--limit must be 0 or more", null);
    }
  }

  /**
   * Renders the list (stdout or --out), prints the summary, then — after the file is written, so
   * a refused --out records nothing — records one contact per customer unless --dry-run.
   */
  void write(BaseCommand cmd, Store store, ListService lists, ListKind kind, Table table,
      List<? extends ListRow> rows, OutputOptions output, String summary) throws SQLException {
    cmd.render(table, output, store.zone());
    cmd.info(summary);
    Instant at = cmd.recordTime(store.zone());
    Recording r = lists.record(kind, rows,
        new ListWrite(name, output.out == null ? null : output.out.toString(), at, dryRun));
    com.shopops.render.Messages m = cmd.messages();
    cmd.info(switch (r.outcome()) {
      case DRY_RUN -> m.get("list.dry_run");
      case EMPTY -> m.get("list.empty");
      case RECORDED -> m.get(r.contacts() == 1 ? "list.recorded_one" : "list.recorded_many",
          r.listId(), r.name(), r.contacts());
    });
  }
}
