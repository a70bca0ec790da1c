package com.shopops.cli;

import com.shopops.app.ExitCodes;
import com.shopops.app.returns.RecordedReturn;
import com.shopops.app.returns.ReturnService;
import com.shopops.domain.returns.ReturnRecord;
import com.shopops.render.Table;
import com.shopops.store.Store;
import java.sql.SQLException;
import java.time.ZoneId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

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
  @Parameters(paramLabel = "RETURN_ID", description = "The return.")
  String returnId;

  @Option(
      names = "--reason",
      paramLabel = "TEXT",
      required = true,
      converter = Converters.NonBlank.class,
      description = "Why the step is taken back; kept in the history.")
  String reason;

  @Option(
      names = "--agent",
      converter = Converters.NonBlank.class,
      paramLabel = "NAME",
      description =
          "Who takes it back (default: the database user on PostgreSQL, your login name).")
  String agent;

  @Mixin OutputOptions output;

  @Override
  public Integer call() throws SQLException {
    try (Store store = openStore()) {
      ZoneId zone = store.zone();
      String before = new ReturnService(store).show(returnId).record().status().code();
      RecordedReturn back =
          new ReturnService(store)
              .undoStep(
                  returnId, reason.strip(), AgentOption.or(agent, this, store), recordTime(zone));
      ReturnRecord r = back.record();
      info(
          messages()
              .get(
                  "note.step_undone",
                  returnId,
                  messages().value("step", before),
                  messages().value("step", r.status().code())));
      Table t = ReturnsTable.of();
      ReturnsTable.add(t, r, back.flags().outsideWindow(), back.flags().notEligible());
      render(t, output, zone);
    }
    return ExitCodes.OK;
  }
}
