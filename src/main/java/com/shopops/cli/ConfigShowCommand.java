package com.shopops.cli;

import com.shopops.app.ExitCodes;
import com.shopops.app.store.ConfigService;
import com.shopops.render.Column;
import com.shopops.render.Table;
import com.shopops.store.Store;
import java.sql.SQLException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "show",
    description = "Every rule: its value, default and meaning.",
    footerHeading = "%nExample:%n",
    footer = {"  shopops config show"})
final class ConfigShowCommand extends BaseCommand {
  @Mixin OutputOptions output;

  @Override
  public Integer call() throws SQLException {
    try (Store store = openStore()) {
      Table t =
          new Table(
              Column.text("key"),
              Column.text("value"),
              Column.text("default"),
              Column.text("source"),
              Column.text("description"));
      for (ConfigService.Entry e : new ConfigService(store).entries()) {
        t.addRow(e.key(), e.value(), e.defaultValue(), e.source(), e.description());
      }
      render(t, output, store.zone());
    }
    return ExitCodes.OK;
  }
}
