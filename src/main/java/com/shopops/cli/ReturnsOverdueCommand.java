package com.shopops.cli;

import com.shopops.app.ExitCodes;
import com.shopops.app.returns.OverdueReturn;
import com.shopops.app.returns.ReturnService;
import com.shopops.render.Column;
import com.shopops.render.Table;
import com.shopops.store.Store;
import java.sql.SQLException;
import java.time.ZoneId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "overdue",
    description = {
      "Returns past their approval or refund deadline.",
      "approve_within: not approved or rejected in time after the request (default 48 h, shop "
          + "policy); refund_within: not refunded in time after the goods were received; default 7 "
          + "days, 办法 Art.13). Exactly at the deadline is on time. penalty_line: past 15 days (办法 "
          + "Art.31)."
    },
    sortOptions = false,
    footerHeading = "%nExamples:%n",
    footer = {
      "  shopops returns overdue",
      "  shopops returns overdue --fail-on-overdue -q || notify-send 'refunds overdue'"
    })
final class ReturnsOverdueCommand extends BaseCommand {
  @Option(
      names = "--fail-on-overdue",
      description = "Exit with code 3 when any return is overdue (for cron alerts).")
  boolean failOnOverdue;

  @Mixin OutputOptions output;

  @Override
  public Integer call() throws SQLException {
    try (Store store = openStore()) {
      ZoneId zone = store.zone();
      Table t =
          new Table(
              Column.text("return_id"),
              Column.text("order_id"),
              Column.text("sku"),
              Column.text("rule"),
              Column.text("step"),
              Column.timestamp("since"),
              Column.timestamp("due_at"),
              Column.decimal("overdue_hours"),
              Column.bool("penalty_line"));
      for (OverdueReturn o : new ReturnService(store).overdue(asOf(zone))) {
        t.addRow(
            o.record().returnId(),
            o.record().orderId(),
            o.record().sku(),
            o.rule(),
            o.timing().step().code(),
            o.timing().since(),
            o.dueAt(),
            ReturnsTable.hours(o.overdueBy()),
            o.timing().penaltyLine());
      }
      render(t, output, zone);
      if (failOnOverdue && !t.rows().isEmpty()) {
        // the reason for the exit code: printed even with -q, as sla --fail-on-breach does
        ctx()
            .err()
            .println(
                messages().get("error.prefix")
                    + messages()
                        .get(
                            "fail.returns",
                            messages()
                                .get(
                                    "note.fail_as_of",
                                    messages().get("note.returns_overdue", t.rows().size()),
                                    com.shopops.domain.ShownTime.of(asOf(zone), zone))));
        ctx().err().flush();
        return ExitCodes.CONDITION;
      }
    }
    return ExitCodes.OK;
  }
}
