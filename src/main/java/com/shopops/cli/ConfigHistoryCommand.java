package com.shopops.cli;

import com.shopops.app.ExitCodes;
import com.shopops.app.store.ConfigService;
import com.shopops.render.Column;
import com.shopops.render.Table;
import com.shopops.store.Store;
import java.sql.SQLException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** Who changed the rules, and when: every {@code config set} / {@code config unset} (X18). */
@Command(
    name = "history",
    description = {
      "Who changed a rule and when, the latest first.",
      "Every rule's changes without KEY. An empty value is an unset: back to the default."
    },
    footerHeading = "%nExamples:%n",
    footer = {"  shopops config history", "  shopops config history sla.ship_within.taobao"})
final class ConfigHistoryCommand extends BaseCommand {
  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "KEY",
      description = "Only this rule's changes.")
  String key;

  @Mixin OutputOptions output;

  @Override
  public Integer call() throws SQLException {
    try (Store store = openStore()) {
      ConfigService config = new ConfigService(store);
      Table t =
          new Table(
              Column.timestamp("changed_at"),
              Column.text("key"),
              Column.text("value"),
              Column.text("changed_by"));
      for (var c : config.history(key)) {
        t.addRow(c.at(), c.key(), c.value(), c.by());
      }
      render(t, output, store.zone());
      long unrecorded = config.setUnrecorded(key);
      if (unrecorded > 0) {
        info(messages().get("note.prefix") + messages().get("note.config_unrecorded", unrecorded));
      }
    }
    return ExitCodes.OK;
  }
}
