package com.shopops.cli;

import com.shopops.app.ExitCodes;
import com.shopops.app.returns.NewReturn;
import com.shopops.app.returns.RecordedReturn;
import com.shopops.app.returns.ReturnService;
import com.shopops.domain.returns.ReturnKind;
import com.shopops.domain.returns.ReturnReason;
import com.shopops.domain.returns.ReturnRecord;
import com.shopops.render.Table;
import com.shopops.store.Store;
import com.shopops.text.Problem;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

@Command(
    name = "add",
    description = {
      "Record a return request, checked against its order.",
      "The order must be in the store and sell the SKU, and all returns of the line together "
          + "may not exceed the units bought. A no-reason request after the window closed is "
          + "recorded and flagged."
    },
    sortOptions = false,
    footerHeading = "%nExamples:%n",
    footer = {
      "  shopops returns add SO202611150003 --sku TEA-LJ-250 --quantity 1 --reason no-reason",
      "  shopops returns add SO202611150003 --sku TEA-LJ-250 --reason quality"
          + " --at '2026-11-18 09:30' --id RT-0042",
      "  shopops returns add SO202611150003 --sku TEA-LJ-250 --reason other --refund-only"
          + " --refund 20.00"
    })
final class ReturnsAddCommand extends BaseCommand {
  @Parameters(paramLabel = "ORDER_ID", description = "The order the goods came with.")
  String orderId;

  @Option(
      names = "--sku",
      paramLabel = "SKU",
      description = "The returned item (may be left out when the order has one SKU).")
  String sku;

  @Option(names = "--quantity", paramLabel = "N", description = "Units returned (default 1).")
  Integer quantity;

  @Option(
      names = "--refund-only",
      description =
          "A refund without goods back (仅退款, 价保): no units return; give the amount asked with"
              + " --refund.")
  boolean refundOnly;

  @Option(
      names = "--refund",
      paramLabel = "AMOUNT",
      converter = Converters.Amount.class,
      description = "With --refund-only: the amount the buyer asks back, e.g. 20.00.")
  Long refund;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--reason",
      paramLabel = "REASON",
      required = true,
      converter = Reason.class,
      completionCandidates = Reason.class,
      description =
          "no-reason, quality, wrong-item, damaged or other (Chinese words such as"
              + " 七天无理由, 质量问题 are understood; price-protection, 价保 and 仅退款 are other).")
  Reason.Typed reason;

  @Option(
      names = "--at",
      paramLabel = "TIME",
      description = "When the buyer asked (default: now, or --now).")
  String at;

  @Option(
      names = "--id",
      paramLabel = "RETURN_ID",
      description = "The return's id (default: RT + request date + a number, e.g. RT20261120001).")
  String id;

  @Option(
      names = "--agent",
      converter = Converters.NonBlank.class,
      paramLabel = "NAME",
      description =
          "Who records the request (default: the database user on PostgreSQL, your login name for a store file); `returns show` names who recorded each step.")
  String agent;

  @Mixin OutputOptions output;

  /** --reason: the codes as the help shows them, and the words {@link ReturnReason} knows. */
  static final class Reason implements ITypeConverter<Reason.Typed>, Iterable<String> {
    /** The reason, and whether its words name a refund without goods back (价保, 仅退款). */
    record Typed(String text, ReturnReason reason, boolean noGoods) {}

    @Override
    public Typed convert(String text) {
      return new Typed(
          text,
          ReturnReason.parseTyped(text)
              .orElseThrow(
                  () ->
                      new TypeConversionException(
                          "unknown reason \""
                              + text
                              + "\"; use one of no-reason, quality, wrong-item, damaged, other,"
                              + " refund-only, price-protection, 仅退款, 价保")),
          ReturnKind.noGoods(text));
    }

    @Override
    public java.util.Iterator<String> iterator() {
      return List.of("no-reason", "quality", "wrong-item", "damaged", "other").iterator();
    }
  }

  /** --refund-only takes --refund and no --quantity; --refund is only for it. */
  private void refundOnlyOptions() {
    String problem = null;
    if (!refundOnly && reason.noGoods()) {
      // a 价保 or 仅退款 has no goods back: never a return of 1 unit (tryout22a A5)
      problem =
          "--reason "
              + reason.text()
              + " is a refund without goods back: give --refund-only --refund AMOUNT";
    } else if (refundOnly && (refund == null || refund <= 0)) {
      problem = "--refund-only needs --refund AMOUNT above 0.00: the amount the buyer asks back";
    } else if (refundOnly && quantity != null) {
      problem =
          "--quantity is for goods sent back; a refund-only request (--refund-only) returns none";
    } else if (!refundOnly && refund != null) {
      problem =
          "--refund is the amount of a refund-only request (--refund-only); a return of goods is"
              + " refunded with `returns update --status refunded --refund`";
    }
    if (problem != null) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), problem);
    }
  }

  @Override
  public Integer call() throws SQLException {
    refundOnlyOptions();
    int units = refundOnly ? 0 : quantity == null ? 1 : quantity;
    try (Store store = openStore()) {
      ZoneId zone = store.zone();
      Instant when = ReturnsAt.orAsOf(this, at, asOf(zone), zone);
      RecordedReturn added =
          new ReturnService(store)
              .add(
                  new NewReturn(
                      orderId,
                      sku,
                      units,
                      reason.reason(),
                      when,
                      id,
                      AgentOption.or(agent, this, store),
                      refundOnly ? refund : null));
      ReturnRecord r = added.record();
      String skuPart = r.sku() == null ? "" : " SKU " + r.sku();
      String reasonText = messages().value("reason", reason.reason().code());
      info(
          refundOnly
              ? messages()
                  .get(
                      "note.recorded_refund_only",
                      r.returnId(),
                      orderId,
                      skuPart,
                      java.math.BigDecimal.valueOf(r.refundAmount(), 2).toPlainString(),
                      reasonText)
              : messages()
                  .get(
                      "note.recorded_return",
                      r.returnId(),
                      orderId,
                      skuPart,
                      units,
                      messages().get("note.units", units),
                      reasonText));
      if (!added.warnings().isEmpty()) {
        List<String> said = new java.util.ArrayList<>();
        for (Problem w : added.warnings()) {
          said.add(ErrorText.said(messages(), w));
        }
        info(
            messages().get("warning.prefix")
                + String.join(messages().get("error.list_separator"), said));
      }
      Table t = ReturnsTable.of();
      ReturnsTable.add(t, r, added.flags().outsideWindow(), added.flags().notEligible());
      render(t, output, zone);
    }
    return ExitCodes.OK;
  }
}
