package com.shopops.cli;

import com.shopops.app.ExitCodes;
import com.shopops.app.maintenance.StoreCare;
import com.shopops.store.Store;
import java.nio.file.Path;
import java.sql.SQLException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "backup",
    description = {
      "Copy the whole store to FILE, safely while others use it.",
      "An SQLite file is copied with SQLite's online backup, a store on PostgreSQL with "
          + "pg_dump (custom format, for pg_restore).",
      "The copy is written to a temp name and renamed, and is readable by you only (0600)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  shopops backup backups/shop-2026-11-20.db",
      "  shopops backup /srv/backup/shop.db --force    # in cron: replace the last copy"
    })
final class BackupCommand extends BaseCommand {
  @Parameters(index = "0", paramLabel = "FILE", description = "Where the copy goes.")
  Path file;

  @Option(names = "--force", description = "Replace FILE if it exists.")
  boolean force;

  @Override
  public Integer call() throws SQLException {
    try (Store store = openStore()) {
      OutputTarget.check(file, force, "FILE");
      long bytes = StoreCare.backup(store, file, ctx().env());
      info(messages().get("info.backed_up", store.location(), file, ProgressBar.grouped(bytes)));
    }
    return ExitCodes.OK;
  }
}
