package com.shopops.cli;

import com.shopops.app.ExitCodes;
import com.shopops.app.store.ConfigService;
import com.shopops.store.Store;
import java.sql.SQLException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(
    name = "set",
    description = "Change a rule.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  shopops config set sla.ship_within 48h",
      "  shopops config set sla.holidays 2026-10-01..2026-10-07"
    })
final class ConfigSetCommand extends BaseCommand {
  @Parameters(index = "0", paramLabel = "KEY")
  String key;

  @Parameters(index = "1", paramLabel = "VALUE")
  String value;

  @picocli.CommandLine.Mixin AgentOption agent; // who changed the rule: config history

  @Override
  public Integer call() throws SQLException {
    ConfigService.Setting s = ConfigService.check(key, value);
    try (Store store = openStore()) {
      ConfigService config = new ConfigService(store);
      config.set(s, new ConfigService.By(recordTime(store.zone()), agent.of(this, store)));
      info(s.key() + " = " + s.value());
      int judged = config.judgeReturnsAgain(s.key());
      if (judged > 0) { // stored flags follow the new rules (review19 V23)
        info(messages().get("note.prefix") + messages().get("note.config_returns_judged", judged));
      }
      String warning = config.warning(s);
      if (warning != null) {
        info(messages().get("warning.prefix") + ErrorText.translate(messages(), warning));
      }
    }
    return ExitCodes.OK;
  }
}
