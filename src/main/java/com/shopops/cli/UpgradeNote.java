package com.shopops.cli;

import com.shopops.app.maintenance.StoreCare;
import com.shopops.store.Store;
import java.sql.SQLException;

/**
 * What the run that upgraded a store says, once: an older shopops can no longer open it, and what
 * of the older versions' readings the upgrade put right or left to import again (review13 M1).
 */
final class UpgradeNote {
  private UpgradeNote() {}

  static void say(BaseCommand command, Store store) {
    if (store.upgradedFrom().isEmpty()) {
      return;
    }
    var m = command.messages();
    String note = m.get("note.prefix");
    command.info(
        note
            + m.get(
                "note.store_upgraded",
                store.location(),
                store.upgradedFrom().getAsInt(),
                Store.latestSchemaVersion()));
    try {
      long repaired = StoreCare.repairedByUpgrade(store, store.upgradedFrom().getAsInt());
      if (repaired > 0) {
        command.info(note + m.get("note.old_readings_repaired", repaired));
      }
      var old = StoreCare.oldReadings(store);
      if (!old.none()) {
        command.info(
            note
                + m.get(
                    "note.old_readings_pending",
                    old.orders(),
                    old.returns(),
                    String.join(", ", old.someIds()),
                    String.join(" ", old.files())));
      }
    } catch (SQLException e) {
      throw new com.shopops.store.StoreException("cannot read the store: " + e.getMessage(), e);
    }
  }
}
