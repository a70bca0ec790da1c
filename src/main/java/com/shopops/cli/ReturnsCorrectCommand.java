package com.shopops.cli;

import com.shopops.app.ExitCodes;
import com.shopops.app.returns.RecordedReturn;
import com.shopops.app.returns.ReturnService;
import com.shopops.store.Store;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.ZoneId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

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
  @Option(
      names = "--refund",
      paramLabel = "AMOUNT",
      required = true,
      converter = Converters.Amount.class,
      description = "The right refund amount, e.g. 50.00.")
  Long refund;

  @Mixin HandReturnChangeOptions change;

  @Override
  public Integer call() throws SQLException {
    try (Store store = openStore()) {
      ZoneId zone = store.zone();
      String returnId = change.returnId;
      RecordedReturn fixed =
          new ReturnService(store)
              .correctRefund(
                  returnId, refund, change.reason(), change.agent(this, store), recordTime(zone));
      String amount = BigDecimal.valueOf(fixed.record().refundAmount(), 2).toPlainString();
      info(
          fixed.unchanged()
              ? messages().get("note.refund_correct_unchanged", returnId, amount)
              : messages().get("note.refund_corrected", returnId, amount));
      change.render(this, fixed, zone);
    }
    return ExitCodes.OK;
  }
}
