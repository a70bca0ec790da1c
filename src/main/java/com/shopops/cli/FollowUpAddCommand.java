package com.shopops.cli;

import com.shopops.app.ExitCodes;
import com.shopops.app.followups.FollowUpService;
import com.shopops.app.followups.NewFollowUp;
import com.shopops.domain.customers.FollowUpChannel;
import com.shopops.domain.customers.FollowUpEntry;
import com.shopops.store.Store;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

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
final class FollowUpAddCommand extends BaseCommand {
  @Option(
      names = "--customer",
      paramLabel = "ID",
      description = "The customer (default with --corrects: the corrected entry's).")
  String customer;

  @Option(names = "--order", paramLabel = "ID", description = "The order it was about.")
  String order;

  @Option(
      names = "--channel",
      required = true,
      paramLabel = "CHANNEL",
      converter = ChannelConverter.class,
      completionCandidates = Channels.class,
      description = "phone, sms, email, im or visit (电话, 短信, 邮件, 旺旺/微信, 上门).")
  FollowUpChannel channel;

  @Option(
      names = "--agent",
      converter = Converters.NonBlank.class,
      paramLabel = "NAME",
      description =
          "Who made the contact (default: the database user on PostgreSQL, your login name for"
              + " a store file).")
  String agent;

  @Option(names = "--outcome", paramLabel = "TEXT", description = "What came of it.")
  String outcome;

  @Option(names = "--note", paramLabel = "TEXT", description = "Anything the next person needs.")
  String note;

  @Option(
      names = "--next",
      paramLabel = "DATE",
      description = "When to follow up next: 2026-11-25 or '2026-11-25 14:00' (store zone).")
  String next;

  @Option(
      names = "--corrects",
      paramLabel = "ENTRY_ID",
      description = "This entry replaces entry ENTRY_ID (which stays in the log).")
  Long corrects;

  @Override
  public Integer call() throws SQLException {
    try (Store store = openStore()) {
      ZoneId zone = store.zone();
      NewFollowUp f =
          new NewFollowUp(
              customer,
              order,
              channel,
              AgentOption.or(agent, this, store),
              outcome,
              note,
              nextAt(zone),
              recordTime(zone),
              corrects);
      FollowUpService.Recorded r = new FollowUpService(store).add(f);
      FollowUpEntry e = r.entry();
      if (r.unknownCustomer()) {
        info(
            messages().get("note.prefix")
                + messages().get("note.unknown_customer", e.customerId()));
      }
      info(
          messages()
              .get(
                  "note.recorded_follow_up",
                  e.id(),
                  e.customerId(),
                  corrects != null ? " " + messages().get("note.corrects", corrects) : "",
                  e.nextAt() != null
                      ? messages()
                          .get(
                              "note.next_contact",
                              DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                                  .withZone(zone)
                                  .format(e.nextAt()))
                      : ""));
    }
    return ExitCodes.OK;
  }

  /** --next in the store zone: a date is due from 00:00 that day. */
  private Instant nextAt(ZoneId zone) {
    return next == null
        ? null
        : timeOption("--next", next, zone, "use a date such as 2026-11-25, or '2026-11-25 14:00'");
  }

  /** A channel's code or one of its aliases from team spreadsheets (电话, 微信, …). */
  static final class ChannelConverter implements ITypeConverter<FollowUpChannel> {
    @Override
    public FollowUpChannel convert(String value) {
      return FollowUpChannel.parse(value)
          .orElseThrow(
              () ->
                  new TypeConversionException(
                      "unknown channel \"" + value + "\"; use phone, sms, email, im or visit"));
    }
  }

  static final class Channels extends ArrayList<String> {
    Channels() {
      super(List.of("phone", "sms", "email", "im", "visit"));
    }
  }
}
