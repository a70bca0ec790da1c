package com.shopops.cli;

import com.shopops.app.ExitCodes;
import com.shopops.app.returns.ReturnHistory;
import com.shopops.app.returns.ReturnService;
import com.shopops.render.Column;
import com.shopops.render.RecordView;
import com.shopops.render.Table;
import com.shopops.store.ReturnStore;
import com.shopops.store.Store;
import java.sql.SQLException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
    name = "show",
    description = {
      "One return: its fields, and who recorded each of its steps, when.",
      "Its history is each step recorded with `returns add` or `returns update`, when it happened"
          + " and who recorded it (--agent); a step an import stored is listed from the return's own"
          + " time for it, with the agent (import) (the file does not say who). A platform's"
          + " export is the record of a step's time: a step recorded by hand that it dates"
          + " otherwise stays in the history with the note replaced; a step taken back with `returns"
          + " undo-step` stays with the note undone, and each correction (corrected, undone) names"
          + " the step it corrects, its time, the refund before and after, and why. json gives one"
          + " object with a \"history\" array; csv/tsv give the return (header and one row), then"
          + " after a blank line and a `# history` line the steps."
    },
    footerHeading = "%nExample:%n",
    footer = {"  shopops returns show RT20261120001"})
final class ReturnsShowCommand extends BaseCommand {
  @Parameters(paramLabel = "RETURN_ID", description = "The return.")
  String returnId;

  @Mixin OutputOptions output;

  @Override
  public Integer call() throws SQLException {
    try (Store store = openStore()) {
      ReturnHistory h = new ReturnService(store).show(returnId);
      Table head = ReturnsTable.of();
      ReturnsTable.add(head, h.record(), h.outsideWindow(), h.notEligible());
      Table history =
          new Table(
              Column.text("return_id"),
              Column.text("step"),
              Column.timestamp("at"),
              Column.text("agent"),
              Column.text("note"),
              Column.text("corrects"),
              Column.timestamp("step_at"),
              Column.money("refund_before"),
              Column.money("refund_after"),
              Column.text("reason"));
      for (ReturnStore.Event e : h.events()) {
        ReturnStore.Correction c = h.correction(e);
        history.addRow(
            h.record().returnId(),
            e.status(),
            e.at(),
            e.agent(),
            h.replaced(e) ? "replaced" : h.undone(e) ? "undone" : null,
            c == null ? null : c.step(),
            c == null ? null : c.stepAt(),
            c == null ? null : c.refundBefore(),
            c == null ? null : c.refundAfter(),
            c == null ? null : c.reason());
      }
      render(new RecordView(head).addList("history", history), output, store.zone());
    }
    return ExitCodes.OK;
  }
}
