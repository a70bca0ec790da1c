package com.shopops.cli;

import com.shopops.app.ExitCodes;
import com.shopops.app.imports.ImportHistory;
import com.shopops.app.imports.ImportKind;
import com.shopops.render.Column;
import com.shopops.render.Table;
import com.shopops.store.ImportLog;
import com.shopops.store.Store;
import java.sql.SQLException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "imports",
    description = {
      "The record of every import: file, sha256, kind, rows inserted/updated/rejected, user.",
      "The user is who ran it: --agent of the import, else the login name; database_user: on"
          + " PostgreSQL the database user where it differs from the login (empty on a store file)."
    },
    footerHeading = "%nExample:%n",
    subcommands = {ImportsShowCommand.class},
    footer = {"  shopops imports --kind orders --limit 10", "  shopops imports show 12"})
final class ImportsCommand extends BaseCommand {
  @Option(
      names = "--kind",
      paramLabel = "KIND",
      converter = ImportOptionTypes.Kind.class,
      description = "Only imports of this kind.")
  ImportKind kind;

  @Mixin OutputOptions output;

  @Override
  public Integer call() throws SQLException {
    try (Store store = openStore()) {
      Table t =
          new Table(
              Column.integer("import_id"),
              Column.timestamp("imported_at"),
              Column.text("kind"),
              Column.text("file"),
              Column.text("preset"),
              Column.text("encoding"),
              Column.integer("rows"),
              Column.integer("inserted"),
              Column.integer("updated"),
              Column.integer("unchanged"),
              Column.integer("rejected"),
              Column.text("sha256"),
              Column.text("user"),
              Column.text("database_user"));
      // what fits 80 columns (review7 G1); --wide or csv/json give every column
      t.defaultColumns("import_id", "imported_at", "kind", "file", "rows", "rejected");
      for (ImportLog.Entry e : new ImportHistory(store).list(kind, output.limit)) {
        var who = com.shopops.store.Who.of(e.user()); // the login on both backends (tryout28a A5)
        t.addRow(
            e.importId(),
            e.startedAt(),
            e.kind(),
            e.file(),
            e.preset(),
            e.encoding(),
            e.rows(),
            e.inserted(),
            e.updated(),
            e.unchanged(),
            e.rejected(),
            e.sha256(),
            who == null ? null : who.login(),
            who == null ? null : who.databaseUser());
      }
      render(t, output, store.zone());
    }
    return ExitCodes.OK;
  }
}
