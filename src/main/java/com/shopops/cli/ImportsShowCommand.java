package com.shopops.cli;

import com.shopops.app.ExitCodes;
import com.shopops.app.UserException;
import com.shopops.app.imports.ImportHistory;
import com.shopops.render.Column;
import com.shopops.render.Table;
import com.shopops.store.ImportLog;
import com.shopops.store.Store;
import java.sql.SQLException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
    name = "show",
    header = "One import's problems, one row each.",
    description = {
      "One import's problems, one row each: the anomalies (implausible rows imported as they "
          + "are: delivered before shipped, shipped before paid…) and the rows it rejected, by file "
          + "and line. The import's counts, and who ran it, are on stderr."
    },
    footerHeading = "%nExample:%n",
    footer = {"  shopops imports show 12"})
final class ImportsShowCommand extends BaseCommand {
  @Parameters(paramLabel = "IMPORT_ID", description = "The import's id (`shopops imports`).")
  long importId;

  @Mixin OutputOptions output;

  @Override
  public Integer call() throws SQLException {
    try (Store store = openStore()) {
      ImportHistory.Shown shown =
          new ImportHistory(store)
              .show(importId)
              .orElseThrow(
                  () ->
                      new UserException(
                          ExitCodes.BAD_INPUT,
                          "no import " + importId,
                          "`shopops imports` lists the imports and their ids"));
      ImportLog.Entry e = shown.entry();
      long anomalies =
          shown.problems().stream().filter(p -> p.kind().startsWith("anomaly:")).count();
      var m = messages();
      info(
          m.get(
              e.user() == null ? "import.show" : "import.show_by", // not known before V015
              e.importId(),
              m.value("import_kind", e.kind()),
              e.file(),
              ProgressBar.grouped(e.rows()), // as the import's summary said them (review12 L18)
              ProgressBar.grouped(e.inserted()),
              ProgressBar.grouped(e.updated()),
              ProgressBar.grouped(e.unchanged()),
              ProgressBar.grouped(e.rejected()),
              m.get("import.anomaly", anomalies),
              who(m, com.shopops.store.Who.of(e.user()))));
      for (String note : shown.notes()) { // as the import said it (tryout22a A10)
        info(ErrorText.translate(m, note));
      }
      Table t =
          new Table(
              Column.text("file"),
              Column.integer("line"),
              Column.text("kind"),
              Column.text("record_id"),
              Column.text("problem"));
      // the problem is prose for whoever fixes the file, who opens the csv in Excel too: said in
      // the reader's language but in json/jsonl (review19 V4); the column names stay English
      var f = format(output);
      var cells =
          f == com.shopops.render.OutputFormat.JSON || f == com.shopops.render.OutputFormat.JSONL
              ? com.shopops.render.Messages.english()
              : messages();
      for (ImportLog.Problem p : shown.problems()) {
        // stored in English; said again as the import said it (review11 K3)
        String problem = ErrorText.stored(cells, p.message());
        t.addRow(p.file(), p.line(), p.kind(), p.recordId(), problem);
      }
      render(t, output, store.zone());
    }
    return ExitCodes.OK;
  }

  /**
   * Who ran it: the login, the database user beside it in the operator's language (tryout28a A5).
   */
  static String who(com.shopops.render.Messages m, com.shopops.store.Who who) {
    if (who == null || who.databaseUser() == null) {
      return who == null ? null : who.login();
    }
    return m.get("import.who_database_user", who.login(), who.databaseUser());
  }
}
