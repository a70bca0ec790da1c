package com.shopops.cli;

import com.shopops.app.ExitCodes;
import com.shopops.app.store.StoreService;
import com.shopops.render.Column;
import com.shopops.render.Table;
import com.shopops.store.StoreCopy;
import java.time.ZoneOffset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
    name = "copy",
    header = "Copy the whole store between SQLite files and PostgreSQL databases.",
    description = {
      "Copy the whole store SRC into DST (an SQLite file or a postgresql:// URL on each side) "
          + "in one transaction on DST, then check every table's rows and checksum on both sides.",
      "DST must not exist yet, or be empty (a new database, or a store just made by init)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  shopops store copy shopops.db postgresql://shop@db.example.com/shop",
      "  shopops store copy postgresql://shop@db.example.com/shop laptop.db"
    })
final class StoreCopyCommand extends BaseCommand {
  @Parameters(index = "0", paramLabel = "SRC", description = "The store to copy.")
  String source;

  @Parameters(index = "1", paramLabel = "DST", description = "Where the copy goes.")
  String target;

  @Mixin OutputOptions output;

  @Override
  public Integer call() {
    StoreCopy.Result r =
        StoreService.copy(source, target, ctx().env(), ctx().wallClock().get(), waiting());
    Table t =
        new Table(
            Column.text("table"),
            Column.integer("rows"),
            Column.text("checksum"),
            Column.text("ok"));
    long rows = 0;
    for (StoreCopy.TableCopy c : r.tables()) {
      t.addRow(c.table(), c.rows(), c.checksum(), c.ok() ? "yes" : "NO");
      rows += c.rows();
    }
    render(t, output, ZoneOffset.UTC);
    r.upgraded() // the source is upgraded in place: an older shopops (a cron job) can no longer
        // open it
        .forEach((store, upgrade) -> UpgradeNote.say(this, store, upgrade));
    info(
        messages()
            .get(
                "info.store_copied",
                r.from(),
                r.to(),
                r.tables().size(),
                ProgressBar.grouped(rows),
                r.schemaVersion()));
    return ExitCodes.OK;
  }
}
