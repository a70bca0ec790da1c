package com.shopops.cli;

import com.shopops.app.ExitCodes;
import com.shopops.app.followups.DueFollowUp;
import com.shopops.app.followups.FollowUpService;
import com.shopops.domain.customers.Customer;
import com.shopops.domain.customers.FollowUpEntry;
import com.shopops.domain.lists.Masking;
import com.shopops.render.Column;
import com.shopops.render.Table;
import com.shopops.store.Store;
import java.sql.SQLException;
import java.time.ZoneId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "due",
    header = "Follow-ups whose next contact has come, earliest first.",
    description = {
      "Follow-ups whose next contact has come as of --now, earliest first. The latest entry "
          + "of each customer and order (a correction standing in for the entry it corrects) "
          + "decides:",
      "a later contact without --next closes the thread."
    },
    footerHeading = "%nExamples:%n",
    footer = {"  shopops followup due", "  shopops followup due --now '2026-11-25 09:00'"})
final class FollowUpDueCommand extends BaseCommand {
  @Option(names = "--unmasked", description = "Show phone numbers in full.")
  boolean unmasked;

  @Mixin OutputOptions output;

  @Override
  public Integer call() throws SQLException {
    try (Store store = openStore()) {
      ZoneId zone = store.zone();
      Table t =
          new Table(
              Column.text("customer_id"),
              Column.text("name"),
              Column.text("phone"),
              Column.text("order_id"),
              Column.timestamp("next_at"),
              Column.integer("days_overdue"),
              Column.timestamp("last_contact_at"),
              Column.text("agent"),
              Column.text("channel"),
              Column.text("outcome"),
              Column.text("note"),
              Column.integer("entry_id"));
      for (DueFollowUp d : new FollowUpService(store).due(asOf(zone))) {
        FollowUpEntry e = d.standing().entry();
        Customer c = d.customer();
        String phone = c == null ? null : c.phone();
        t.addRow(
            e.customerId(),
            c == null ? null : c.name(),
            unmasked ? phone : Masking.phone(phone),
            e.orderId(),
            e.nextAt(),
            d.daysOverdue(),
            d.standing().at(),
            e.agent(),
            e.channel(),
            e.outcome(),
            e.note(),
            e.id());
      }
      render(t, output, zone);
    }
    return ExitCodes.OK;
  }
}
