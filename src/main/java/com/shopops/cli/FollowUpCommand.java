package com.shopops.cli;

import com.shopops.app.ExitCodes;

import com.shopops.app.UserException;

import com.shopops.domain.customers.Customer;
import com.shopops.domain.customers.FollowUpChannel;
import com.shopops.domain.customers.FollowUpEntry;
import com.shopops.domain.customers.FollowUpLog;
import com.shopops.domain.lists.Masking;
import com.shopops.domain.order.Order;
import com.shopops.parse.ValueException;
import com.shopops.parse.Values;
import com.shopops.render.Column;
import com.shopops.render.Table;
import com.shopops.store.CustomerRecords;
import com.shopops.store.FollowUpStore;
import com.shopops.store.OrderQueries;
import com.shopops.store.Store;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "followup",
    description = {
      "The follow-up log (客服跟进记录): who contacted which customer, how, what came of it and",
      "when to call again. Append-only: a correction is a new entry (--corrects ID)."
    },
    subcommands = {FollowUpCommand.Add.class, FollowUpCommand.List.class,
        FollowUpCommand.Due.class})
final class FollowUpCommand {

  @Command(
      name = "add",
      description = {
        "Record a contact with a customer. The contact time is --now (else now).",
        "--next plans the next contact: a date (due from 00:00 that day) or a date and time."
      },
      sortOptions = false,
      footerHeading = "%nExamples:%n",
      footer = {
        "  shopops followup add --customer C00042 --channel phone --agent 小王 \\",
        "      --outcome 'no answer' --note 'call after 6pm' --next 2026-11-22",
        "  shopops followup add --corrects 17 --channel phone --agent 小王 --outcome 已解决 \\",
        "      --note 'wrong date in #17'"
      })
  static final class Add extends BaseCommand {
    @Option(names = "--customer", paramLabel = "ID",
        description = "The customer (default with --corrects: the corrected entry's).")
    String customer;

    @Option(names = "--order", paramLabel = "ID", description = "The order it was about.")
    String order;

    @Option(names = "--channel", required = true, paramLabel = "CHANNEL",
        description = "phone, sms, email, im or visit (电话, 短信, 邮件, 旺旺/微信, 上门).")
    String channel;

    @Option(names = "--agent", required = true, paramLabel = "NAME",
        description = "Who made the contact.")
    String agent;

    @Option(names = "--outcome", paramLabel = "TEXT", description = "What came of it.")
    String outcome;

    @Option(names = "--note", paramLabel = "TEXT", description = "Anything the next person needs.")
    String note;

    @Option(names = "--next", paramLabel = "DATE",
        description = "When to follow up next: 2026-11-25 or '2026-11-25 14:00' (store zone).")
    String next;

    @Option(names = "--corrects", paramLabel = "ENTRY_ID",
        description = "This entry replaces entry ENTRY_ID (which stays in the log).")
    Long corrects;

    @Override
    public Integer call() throws SQLException {
      var ch = FollowUpChannel.parse(channel).orElseThrow(() -> new UserException(
          ExitCodes.USAGE, "--channel: unknown channel \"" + channel + "\"",
          "use phone, sms, email, im or visit"));
      try (Store store = openStore()) {
        ZoneId zone = store.zone();
        FollowUpStore log = new FollowUpStore(store);
        String customerId = customer == null ? null : customer.strip();
        String orderId = order == null ? null : order.strip();
        if (corrects != null) {
          FollowUpEntry old = log.find(corrects).orElseThrow(() -> new UserException(
              ExitCodes.BAD_INPUT, "--corrects: no follow-up entry " + corrects,
              "`shopops followup list` shows the entries and their ids"));
          customerId = customerId == null ? old.customerId() : customerId;
          orderId = orderId == null && customer == null ? old.orderId() : orderId;
        }
        if (customerId == null || customerId.isEmpty()) {
          throw new UserException(ExitCodes.USAGE, "--customer is required",
              "name the customer: --customer ID");
        }
        checkOrder(store, customerId, orderId);
        CustomerRecords records = new CustomerRecords(store);
        if (records.customer(customerId).isEmpty() && !records.hasOrders(customerId)) {
          info("note: " + customerId + " is not among the store's customers or orders yet");
        }
        Instant nextAt = nextAt(zone);
        FollowUpEntry e = new FollowUpEntry(0, customerId, orderId, ch.code(), agent.strip(),
            outcome, note, nextAt, recordTime(zone), corrects);
        long id = log.add(e);
        info("Recorded follow-up #" + id + " for " + customerId
            + (corrects != null ? " (corrects #" + corrects + ")" : "")
            + (nextAt != null ? ", next contact "
                + java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                    .withZone(zone).format(nextAt) : ""));
      }
      return ExitCodes.OK;
    }

    private Instant nextAt(ZoneId zone) {
      if (next == null) {
        return null;
      }
      try {
        Instant t = Values.timestamp(next, zone);
        if (t == null) {
          throw new ValueException("empty");
        }
        return t;
      } catch (ValueException ex) {
        throw new UserException(ExitCodes.USAGE, "--next: " + ex.getMessage(),
            "use a date such as 2026-11-25, or '2026-11-25 14:00'");
      }
    }

    private static void checkOrder(Store store, String customerId, String orderId)
        throws SQLException {
      if (orderId == null) {
        return;
      }
      Optional<Order> o = new OrderQueries(store).find(orderId);
      if (o.isEmpty()) {
        throw new UserException(ExitCodes.BAD_INPUT, "--order: no order " + orderId + " in "
            + store.path(), "leave --order out for a contact about the customer in general");
      }
      if (o.get().customerId() != null && !o.get().customerId().equals(customerId)) {
        throw new UserException(ExitCodes.BAD_INPUT, "--order: order " + orderId
            + " belongs to " + o.get().customerId() + ", not " + customerId, null);
      }
    }
  }

  @Command(
      name = "list",
      description = "Entries of the follow-up log, latest first (corrections included, each"
          + " naming the entry it corrects).",
      footerHeading = "%nExamples:%n",
      footer = {
        "  shopops followup list --customer C00042",
        "  shopops followup list --agent 小王 --from 2026-11-01 --to 2026-11-20"
      })
  static final class List extends BaseCommand {
    @Option(names = "--customer", paramLabel = "ID", description = "One customer's entries.")
    String customer;

    @Option(names = "--agent", paramLabel = "NAME", description = "One agent's entries.")
    String agent;

    @Option(names = "--from", paramLabel = "DATE", description = "Contacts on or after this day.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Contacts on or before this day.")
    String to;

    @Mixin OutputOptions output;

    @Override
    public Integer call() throws SQLException {
      try (Store store = openStore()) {
        ZoneId zone = store.zone();
        Instant[] period = period(from, to, zone);
        var entries = new FollowUpStore(store).list(
            new FollowUpStore.Filter(customer, agent, period[0], period[1]));
        render(FollowUpTables.log(entries), output, zone);
      }
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "due",
      description = {
        "Follow-ups whose next contact has come as of --now, earliest first. The latest entry of",
        "each customer and order (a correction standing in for the entry it corrects) decides:",
        "a later contact without --next closes the thread."
      },
      footerHeading = "%nExamples:%n",
      footer = {"  shopops followup due", "  shopops followup due --now '2026-11-25 09:00'"})
  static final class Due extends BaseCommand {
    @Option(names = "--unmasked", description = "Show phone numbers in full.")
    boolean unmasked;

    @Mixin OutputOptions output;

    @Override
    public Integer call() throws SQLException {
      try (Store store = openStore()) {
        ZoneId zone = store.zone();
        Instant asOf = asOf(zone);
        CustomerRecords records = new CustomerRecords(store);
        Table t = new Table(Column.text("customer_id"), Column.text("name"),
            Column.text("phone"), Column.text("order_id"), Column.timestamp("next_at"),
            Column.integer("days_overdue"), Column.timestamp("last_contact_at"),
            Column.text("agent"), Column.text("channel"), Column.text("outcome"),
            Column.text("note"), Column.integer("entry_id"));
        Map<String, Optional<Customer>> people = new HashMap<>();
        LocalDate today = asOf.atZone(zone).toLocalDate();
        for (FollowUpLog.Standing s : FollowUpLog.due(new FollowUpStore(store).all(), asOf)) {
          FollowUpEntry e = s.entry();
          Optional<Customer> c = people.get(e.customerId());
          if (c == null) {
            c = records.customer(e.customerId());
            people.put(e.customerId(), c);
          }
          String phone = c.map(Customer::phone).orElse(null);
          t.addRow(e.customerId(), c.map(Customer::name).orElse(null),
              unmasked ? phone : Masking.phone(phone), e.orderId(), e.nextAt(),
              ChronoUnit.DAYS.between(e.nextAt().atZone(zone).toLocalDate(), today), s.at(),
              e.agent(), e.channel(), e.outcome(), e.note(), e.id());
        }
        render(t, output, zone);
      }
      return ExitCodes.OK;
    }
  }
}
