package com.shopops.cli;

import com.shopops.app.ExitCodes;
import com.shopops.app.returns.RecordedReturn;
import com.shopops.app.returns.ReturnService;
import com.shopops.app.returns.ReturnStep;
import com.shopops.domain.ShownTime;
import com.shopops.domain.returns.ReturnRecord;
import com.shopops.domain.returns.ReturnStatus;
import com.shopops.render.Table;
import com.shopops.store.Store;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

@Command(
    name = "update",
    description = {
      "Move a return one step: approved, rejected, received, refunded or withdrawn.",
      "requested → approved | rejected | withdrawn; approved → received, refunded (refund without "
          + "return) or withdrawn (the buyer gave up, 退款关闭); received → refunded. A step out of order, a time before the current step or a "
          + "refund above what was paid is refused and nothing changes. The step the return is already at, again (without --at, or at that step's time), changes nothing and exits 0.",
      "Marking it refunded without --refund refunds what was paid for the returned units."
    },
    sortOptions = false,
    footerHeading = "%nExamples:%n",
    footer = {
      "  shopops returns update RT20261120001 --status approved",
      "  shopops returns update RT20261120001 --status received --at '2026-11-23 15:10'",
      "  shopops returns update RT20261120001 --status refunded --refund 268.00"
    })
final class ReturnsUpdateCommand extends BaseCommand {
  @Parameters(paramLabel = "RETURN_ID", description = "The return.")
  String returnId;

  @Option(
      names = "--status",
      paramLabel = "STEP",
      required = true,
      converter = Step.class,
      completionCandidates = Step.class,
      description = "approved, rejected, received, refunded or withdrawn.")
  ReturnStatus status;

  @Option(
      names = "--at",
      paramLabel = "TIME",
      description = "When it happened (default: now, or --now).")
  String at;

  @Option(
      names = "--refund",
      paramLabel = "AMOUNT",
      converter = Converters.Amount.class,
      description =
          "The refund amount, e.g. 268.00 (default when refunding: what was paid for"
              + " the returned units).")
  Long refund;

  @Option(
      names = "--agent",
      converter = Converters.NonBlank.class,
      paramLabel = "NAME",
      description =
          "Who moves it (default: the database user on PostgreSQL, your login name for a store file); `returns show` names who recorded each step.")
  String agent;

  @Mixin OutputOptions output;

  /** --status: a step a return can move to (not requested), by its code. */
  static final class Step implements ITypeConverter<ReturnStatus>, Iterable<String> {
    @Override
    public ReturnStatus convert(String text) {
      return ReturnStatus.parse(text)
          .filter(s -> s != ReturnStatus.REQUESTED)
          .orElseThrow(
              () ->
                  new TypeConversionException(
                      "\""
                          + text
                          + "\" is not a step a return can move to; use approved, rejected,"
                          + " received, refunded or withdrawn"));
    }

    @Override
    public Iterator<String> iterator() {
      return List.of("approved", "rejected", "received", "refunded", "withdrawn").iterator();
    }
  }

  @Override
  public Integer call() throws SQLException {
    try (Store store = openStore()) {
      ZoneId zone = store.zone();
      Instant when = ReturnsAt.orAsOf(this, at, asOf(zone), zone);
      RecordedReturn moved =
          new ReturnService(store)
              .update(
                  new ReturnStep(
                      returnId,
                      status,
                      when,
                      refund,
                      AgentOption.or(agent, this, store),
                      at != null));
      ReturnRecord r = moved.record();
      if (moved.unchanged()) { // the same update again (a re-run script): exit 0, nothing written
        info(
            messages()
                .get(
                    "note.return_unchanged",
                    returnId,
                    messages().value("step", status.code()),
                    ShownTime.of(r.at(status), zone)));
      } else {
        info(
            messages()
                .get(
                    "note.return_step",
                    returnId,
                    messages().value("step", status.code()),
                    ShownTime.of(when, zone),
                    status == ReturnStatus.REFUNDED
                        ? messages()
                            .get(
                                "note.refund",
                                BigDecimal.valueOf(r.refundAmount(), 2).toPlainString())
                        : ""));
      }
      Table t = ReturnsTable.of();
      ReturnsTable.add(t, r, moved.flags().outsideWindow(), moved.flags().notEligible());
      render(t, output, zone);
    }
    return ExitCodes.OK;
  }
}
