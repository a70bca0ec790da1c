package com.shopops.cli;

import com.shopops.app.ExitCodes;
import com.shopops.app.returns.RecordedReturn;
import com.shopops.app.returns.ReturnService;
import com.shopops.store.Store;
import java.sql.SQLException;
import java.time.ZoneId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "undo-step",
    description = {
      "Take back the last step of a return recorded by hand.",
      "The return goes back to the step before (a refund undone is no refund: net sales, the"
          + " buyer's figures and the ship-by clock follow). The history (`returns show`) keeps the"
          + " step, marked undone, and an undone row naming who, when and why. Only a step recorded"
          + " with `returns update`, never one an import stored; a request is closed with"
          + " `returns update … --status withdrawn`, not undone."
    },
    sortOptions = false,
    footerHeading = "%nExample:%n",
    footer = {"  shopops returns undo-step RT20261119001 --reason '误点了退款'"})
final class ReturnsUndoStepCommand extends BaseCommand {
  @Mixin HandReturnChangeOptions change;

  @Override
  public Integer call() throws SQLException {
    try (Store store = openStore()) {
      ZoneId zone = store.zone();
      String returnId = change.returnId;
      String before = new ReturnService(store).show(returnId).record().status().code();
      RecordedReturn back =
          new ReturnService(store)
              .undoStep(returnId, change.reason(), change.agent(this, store), recordTime(zone));
      info(
          messages()
              .get(
                  "note.step_undone",
                  returnId,
                  messages().value("step", before),
                  messages().value("step", back.record().status().code())));
      change.render(this, back, zone);
    }
    return ExitCodes.OK;
  }
}
