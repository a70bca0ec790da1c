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
      int from = store.upgradedFrom().getAsInt();
      long repaired = StoreCare.repairedByUpgrade(store, from);
      if (repaired > 0) { // only the rules that applied to this store (review14 N8)
        var rules =
            StoreCare.repairedReadings(store, from).stream()
                .map(reading -> m.get("note.repaired." + reading))
                .toList();
        String said =
            rules.size() == 1 ? rules.get(0) : m.get("note.repaired.both", rules.toArray());
        command.info(note + m.get("note.old_readings_repaired", repaired, said));
      }
      var old = StoreCare.oldReadings(store);
      if (!old.none()) {
        command.info(
            note
                + m.get(
                    "note.old_readings_pending",
                    OldReadingsText.counted(m, old),
                    String.join(", ", old.someIds()),
                    OldReadingsText.files(m, old, store.zone())));
      }
      var noIds = StoreCare.withoutItemIds(store); // review14 N3
      if (!noIds.none()) {
        command.info(note + OldReadingsText.withoutItemIds(m, noIds, store.zone()));
      }
    } catch (SQLException e) {
      throw new com.shopops.store.StoreException("cannot read the store: " + e.getMessage(), e);
    }
  }
}
