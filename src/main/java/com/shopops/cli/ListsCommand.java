package com.shopops.cli;

import com.shopops.app.ExitCodes;

import com.shopops.app.UserException;

import com.shopops.render.Column;
import com.shopops.render.Table;
import com.shopops.store.ListStore;
import com.shopops.store.Store;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
    name = "lists",
    description = {
      "The lists `export promotion|followup` wrote, oldest first: list_id, name, kind, rows,",
      "contacts recorded (one per customer), created_at (--now of the export), file (--out, empty",
      "for stdout), undone_at. `lists undo ID` takes back a list exported by mistake."
    },
    subcommands = {ListsCommand.Undo.class},
    footerHeading = "%nExamples:%n",
    footer = {"  shopops lists", "  shopops lists --format json", "  shopops lists undo 12"})
final class ListsCommand extends BaseCommand {
  @Mixin OutputOptions output;

  @Override
  public Integer call() throws SQLException {
    try (Store store = openStore()) {
      Table t = new Table(Column.integer("list_id"), Column.text("name"), Column.text("kind"),
          Column.integer("rows"), Column.integer("contacts"), Column.timestamp("created_at"),
          Column.text("file"), Column.timestamp("undone_at"));
      for (ListStore.WrittenList l : new ListStore(store).lists()) {
        t.addRow(l.listId(), l.name(), l.kind(), l.rows(), l.contacts(), l.createdAt(), l.file(),
            l.undoneAt());
      }
      render(t, output, store.zone());
    }
    return ExitCodes.OK;
  }

  @Command(
      name = "undo",
      description = {
        "Removes the contacts a list recorded, so the cool-down and `customers show` no longer see",
        "them, and marks the list undone (it stays in `shopops lists`). The file is not touched."
      },
      footerHeading = "%nExamples:%n",
      footer = {"  shopops lists undo 12"})
  static final class Undo extends BaseCommand {
    @Parameters(paramLabel = "ID", description = "The list_id shown by `shopops lists`.")
    long id;

    @Override
    public Integer call() throws SQLException {
      try (Store store = openStore()) {
        ZoneId zone = store.zone();
        ListStore lists = new ListStore(store);
        ListStore.WrittenList l = lists.list(id).orElseThrow(() -> new UserException(
            ExitCodes.BAD_INPUT, "no list " + id + " in " + store.path(),
            "`shopops lists` shows the lists and their ids"));
        if (l.undoneAt() != null) {
          throw new UserException(ExitCodes.BAD_INPUT, "list " + id + " \"" + l.name()
              + "\" was already undone at " + time(l.undoneAt(), zone), null);
        }
        Instant at = recordTime(zone);
        int removed = lists.undo(id, at);
        info("undid list " + id + " \"" + l.name() + "\" (" + l.kind() + ", "
            + time(l.createdAt(), zone) + "): removed " + removed + " contact"
            + (removed == 1 ? "" : "s"));
      }
      return ExitCodes.OK;
    }

    private static String time(Instant t, ZoneId zone) {
      return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").format(t.atZone(zone));
    }
  }
}
