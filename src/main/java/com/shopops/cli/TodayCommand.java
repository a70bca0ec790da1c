package com.shopops.cli;

import com.shopops.app.ExitCodes;
import com.shopops.store.Store;
import java.time.ZoneId;
import picocli.CommandLine.Command;

@Command(
    name = "today",
    description = {
      "Prints today's date in the store's zone.",
      "--now is honoured; e.g. 2026-11-20: for naming the files of a cron job by the shop's "
          + "day rather than the server's."
    },
    footerHeading = "%nExample:%n",
    footer = {"  shopops -q sla at-risk --out \"at-risk-$(shopops today).csv\""})
final class TodayCommand extends BaseCommand {
  @Override
  public Integer call() {
    try (Store store = openStore()) {
      ZoneId zone = store.zone();
      ctx().out().println(asOf(zone).atZone(zone).toLocalDate());
      flushStdout();
    }
    return ExitCodes.OK;
  }
}
