package com.shopops.cli;

import com.shopops.app.imports.FileResult;
import com.shopops.app.imports.ImportKind;
import com.shopops.render.Messages;
import java.util.Locale;

/** The one line an import prints for a file: rows, records, new/updated, rejects, anomalies. */
final class ImportSummary {
  private ImportSummary() {}

  /** "1 row", "1,000,000 rows" in English; "2 行" in Chinese. */
  static String count(Messages m, long n, String what) {
    return m.get("import." + what, ProgressBar.grouped(n));
  }

  /**
   * What an import says of a file's problems before its summary: the first row errors, how many
   * more, then what to do about them (a spreadsheet's dates), each in the language of {@code m}.
   */
  static java.util.List<String> problems(Messages m, FileResult r, Object rejects) {
    java.util.List<String> lines = new java.util.ArrayList<>();
    for (com.shopops.app.imports.RowError e : r.errors()) {
      lines.add(ErrorText.row(m, e));
    }
    if (r.errorCount() > r.errors().size()) {
      lines.add(
          m.get("import.more_problems", r.errorCount() - r.errors().size())
              + (rejects != null
                  ? m.get("import.more_in_file", rejects)
                  : m.get("import.more_hint")));
    }
    for (int i = 0; i < r.hints().size(); i++) { // the first line is the hint, then its example
      String said = ErrorText.translate(m, r.hints().get(i));
      lines.add((i == 0 ? m.get("error.hint") : "  ") + said);
    }
    return lines;
  }

  /**
   * After a file of a command failed or was refused, when files before it were written: which were
   * imported and which not, so that exit 1 is not read as "nothing happened" nor the written files
   * as the whole command (a refused Olist order_items.csv after its orders.csv). Empty when no file
   * was written.
   */
  static java.util.Optional<String> partial(
      Messages m,
      java.util.List<com.shopops.app.imports.ImportSource> sources,
      java.util.List<String> imported) {
    if (imported.isEmpty()) {
      return java.util.Optional.empty();
    }
    java.util.List<String> not = new java.util.ArrayList<>();
    for (var s : sources) {
      if (!imported.contains(s.name())) {
        not.add(s.name());
      }
    }
    return java.util.Optional.of(
        m.get("error.prefix")
            + m.get(
                "import.partial",
                imported.size(),
                sources.size(),
                SaidColumns.listed(m, imported),
                SaidColumns.listed(m, not)));
  }

  /**
   * The store error a failure is (a StoreException, or one for the SQLException it wraps: the
   * server restarted), or null when it is none (review20 X11).
   */
  static com.shopops.store.StoreException storeFailure(RuntimeException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof com.shopops.store.StoreException s) {
        return s;
      } else if (t instanceof java.sql.SQLException sql) {
        return com.shopops.store.StoreErrors.describe(sql);
      }
    }
    return null;
  }

  static String line(FileResult r, Messages m, ImportKind kind, Object rejects) {
    // "1 order", "2 orders"; a kind without a plural s (traffic) stays as it is
    String k = kind.code();
    String what = r.records() == 1 && k.endsWith("s") ? k.substring(0, k.length() - 1) : k;
    // zh counts each kind with its own measure word: 40 条订单, 6 位客户 (review11 K14)
    what = m.value("import_counted", k).equals(k) ? what : m.value("import_counted", k);
    StringBuilder sb = new StringBuilder();
    sb.append(r.file()).append(m.get("import.file_sep"));
    if (!r.written()) {
      sb.append(m.get("import.dry_run"));
    }
    sb.append(
        m.get(
            "import.counts",
            count(m, r.rows(), "row"),
            ProgressBar.grouped(r.records()),
            what,
            ProgressBar.grouped(r.inserted()),
            ProgressBar.grouped(r.updated()),
            ProgressBar.grouped(r.unchanged())));
    if (r.lines() > 0) {
      sb.append(m.get("import.lines", count(m, r.lines(), "line_item")));
    }
    if (r.rejected() > 0) {
      sb.append(m.get("import.rejected", ProgressBar.grouped(r.rejected())));
      if (rejects != null) {
        sb.append(m.get("import.rejects_file", rejects));
      }
    }
    if (r.anomalies() > 0) {
      sb.append(m.get("import.anomalies_sep")).append(count(m, r.anomalies(), "anomaly"));
      if (r.written()) {
        sb.append(m.get("import.anomalies_show", r.importId()));
      }
    }
    sb.append(
        m.get(
            "import.tail",
            r.preset(),
            r.encoding(),
            String.format(Locale.ROOT, "%.1f s", r.millis() / 1000.0)));
    return sb.toString();
  }

  /**
   * What {@code import} says of one file: its problems, then, unless {@code -q}, its summary line
   * and notes; a failed file's line.
   */
  static void report(BaseCommand cmd, FileResult r, ImportKind kind, java.nio.file.Path rejects) {
    com.shopops.render.Messages m = cmd.messages();
    ImportSummary.problems(m, r, rejects).forEach(cmd.ctx().err()::println);
    if (r.failed()) {
      cmd.ctx()
          .err()
          .println(
              m.get(
                  r.noneKept()
                      ? "import.none_kept"
                      // no good row to import with --on-error skip: not suggested (review19 V14)
                      : r.rows() > 0 && r.errorCount() >= r.rows()
                          ? "import.failed_all"
                          : "import.failed",
                  r.file(),
                  ImportSummary.count(m, r.errorCount(), "bad_row")));
      return;
    }
    // -q keeps the errors above (and a failed file's line), not the summary: rejects and anomalies
    // are counted in `shopops imports` and listed by `shopops imports show ID`
    if (!cmd.quiet()) {
      cmd.ctx().err().println(ImportSummary.line(r, m, kind, rejects));
    }
    for (com.shopops.app.imports.ImportNote note : r.notes()) { // by key, else its English
      cmd.info(
          note.problem() != null
              ? ErrorText.said(m, note.problem())
              : ErrorText.translate(m, note.english()));
    }
  }
}
