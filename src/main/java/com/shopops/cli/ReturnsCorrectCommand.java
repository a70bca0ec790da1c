package com.shopops.cli;

import com.shopops.app.ExitCodes;
import com.shopops.app.returns.RecordedReturn;
import com.shopops.app.returns.ReturnService;
import com.shopops.domain.returns.ReturnRecord;
import com.shopops.render.Table;
import com.shopops.store.Store;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.ZoneId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "correct",
    description = {
      "Correct the refund amount of a return refunded by hand.",
      "The refund step stays at its time; its amount is replaced, and the history (`returns show`)"
          + " keeps a corrected row naming the old and new amounts, who and when. Net sales, the"
          + " buyer's figures and the ship-by clock follow. Only a refund recorded with `returns"
          + " update`: a refund an import stated is the platform's, corrected by a later export. The"
          + " amount is held to what was paid, as when refunding."
    },
    sortOptions = false,
    footerHeading = "%nExample:%n",
    footer = {"  shopops returns correct RT20261119001 --refund 50.00 --reason '只退一件，误录 100.00'"})
final class ReturnsCorrectCommand extends BaseCommand {
  @Parameters(paramLabel = "RETURN_ID", description = "The return refunded by hand.")
  String returnId;

  @Option(
      names = "--refund",
      paramLabel = "AMOUNT",
      required = true,
      converter = Converters.Amount.class,
      description = "The right refund amount, e.g. 50.00.")
  Long refund;

  @Option(
      names = "--reason",
      paramLabel = "TEXT",
      required = true,
      converter = Converters.NonBlank.class,
      description = "Why it is corrected; kept in the history.")
  String reason;

  @Option(
      names = "--agent",
      converter = Converters.NonBlank.class,
      paramLabel = "NAME",
      description = "Who corrects it (default: the database user on PostgreSQL, your login name).")
  String agent;

  @Mixin OutputOptions output;

  @Override
  public Integer call() throws SQLException {
    try (Store store = openStore()) {
      ZoneId zone = store.zone();
      RecordedReturn fixed =
          new ReturnService(store)
              .correctRefund(
                  returnId,
                  refund,
                  reason.strip(),
                  AgentOption.or(agent, this, store),
                  recordTime(zone));
      ReturnRecord r = fixed.record();
      String amount = BigDecimal.valueOf(r.refundAmount(), 2).toPlainString();
      info(
          fixed.unchanged()
              ? messages().get("note.refund_correct_unchanged", returnId, amount)
              : messages().get("note.refund_corrected", returnId, amount));
      Table t = ReturnsTable.of();
      ReturnsTable.add(t, r, fixed.flags().outsideWindow(), fixed.flags().notEligible());
      render(t, output, zone);
    }
    return ExitCodes.OK;
  }
}
