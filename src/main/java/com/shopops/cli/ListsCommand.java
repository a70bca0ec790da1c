package com.shopops.cli;

import com.shopops.app.ExitCodes;
import com.shopops.app.lists.ListService;
import com.shopops.render.Column;
import com.shopops.render.Table;
import com.shopops.store.ListStore.WrittenList;
import com.shopops.store.Store;
import java.sql.SQLException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "lists",
    description = {
      "The contact lists exported so far; undo one made by mistake.",
      "The lists `export promotion|followup` wrote, oldest first: list_id, name, kind, rows, "
          + "contacts recorded (one per customer), created_at (--now of the export), file (--out, "
          + "empty for stdout), undone_at, agent (who made it: --agent of the export, else the "
          + "store's user), undone_by (who undid it: --agent of the undo, else the store's user).",
      "`lists undo ID` takes back a list exported by mistake."
    },
    subcommands = {ListsUndoCommand.class},
    footerHeading = "%nExamples:%n",
    footer = {"  shopops lists", "  shopops lists --format json", "  shopops lists undo 12"})
final class ListsCommand extends BaseCommand {
  @Mixin OutputOptions output;

  @Override
  public Integer call() throws SQLException {
    try (Store store = openStore()) {
      Table t =
          new Table(
              Column.integer("list_id"),
              Column.text("name"),
              Column.text("kind"),
              Column.integer("rows"),
              Column.integer("contacts"),
              Column.timestamp("created_at").labelled("list_created_at"),
              Column.text("file"),
              Column.timestamp("undone_at"),
              Column.text("agent"),
              Column.text("undone_by"));
      for (WrittenList l : new ListService(store).written()) {
        t.addRow(
            l.listId(),
            l.name(),
            l.kind(),
            l.rows(),
            l.contacts(),
            l.createdAt(),
            l.file(),
            l.undoneAt(),
            l.agent(),
            l.undoneBy());
      }
      render(t, output, store.zone());
    }
    return ExitCodes.OK;
  }
}
