package com.shopops.cli;

import com.shopops.app.ExitCodes;
import com.shopops.app.lists.ListService;
import com.shopops.app.lists.Undone;
import com.shopops.store.Store;
import java.sql.SQLException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
    name = "undo",
    header = "Remove the contacts a list recorded.",
    description = {
      "Removes the contacts a list recorded, so the cool-down and `customers show` no longer "
          + "see them, and marks the list undone (it stays in `shopops lists`). The file is not "
          + "touched."
    },
    footerHeading = "%nExamples:%n",
    footer = {"  shopops lists undo 12", "  shopops lists undo 12 --agent 小王"})
final class ListsUndoCommand extends BaseCommand {
  @Parameters(paramLabel = "ID", description = "The list_id shown by `shopops lists`.")
  long id;

  @Mixin AgentOption agent;

  @Override
  public Integer call() throws SQLException {
    try (Store store = openStore()) {
      ListService lists = new ListService(store);
      Undone u = lists.undo(id, recordTime(store.zone()), agent.of(this, store));
      info(
          messages()
              .get(
                  "note.undid_list",
                  id,
                  u.list().name(),
                  messages().value("kind", u.list().kind()),
                  lists.time(u.list().createdAt()),
                  u.removed()));
    }
    return ExitCodes.OK;
  }
}
