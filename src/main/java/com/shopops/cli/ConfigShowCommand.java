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
              Column.text("description"),
              Column.timestamp("changed_at"),
              Column.text("changed_by"));
      for (ConfigService.Entry e : new ConfigService(store).entries()) {
        // a rule's meaning in the language of the reader (value.config.KEY) in a table or xlsx,
        // else the English one (csv/json: the machine contract)
        String meaning = output.cellMessages(this).value("config", e.key());
        String description = meaning.equals(e.key()) ? e.description() : meaning;
        // no value / no default is null (json null, an empty csv cell), never ""
        var last = e.lastChange(); // who set the value in force, and when (review20 X18)
        t.addRow(
            e.key(),
            orNull(e.value()),
            orNull(e.defaultValue()),
            e.source(),
            description,
            last == null ? null : last.at(),
            last == null ? null : last.by());
      }
      render(t, output, store.zone());
    }
    return ExitCodes.OK;
  }

  private static String orNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
