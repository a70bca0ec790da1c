package com.shopops.cli;

import com.shopops.app.maintenance.StoreCare;
import com.shopops.store.Store;
import com.shopops.store.StoreCopy;
import com.shopops.store.TwoPlatformBuyers;
import java.sql.SQLException;

/**
 * What the run that upgraded a store says, once: an older shopops can no longer open it, and what
 * of the older versions' readings the upgrade put right or left to import again (review13 M1).
 */
final class UpgradeNote {
  private UpgradeNote() {}

  /**
   * Buyers of two platforms still to see to (review14 N2): merged under one id, or split by the
   * upgrade and without their contact data until their files are imported again.
   */
  static String buyers(com.shopops.render.Messages m, TwoPlatformBuyers.Pending p) {
    java.util.List<String> parts = new java.util.ArrayList<>();
    if (!p.merged().isEmpty()) {
      parts.add(m.get("check.buyers_merged", p.merged().size(), some(p.merged())));
    }
    if (!p.uncontacted().isEmpty()) {
      parts.add(m.get("check.buyers_split", p.uncontacted().size(), some(p.uncontacted())));
    }
    return String.join("; ", parts) + m.get("check.buyers_files", String.join(" ", p.files()));
  }

  private static String some(java.util.List<String> ids) {
    return String.join(", ", ids.subList(0, Math.min(5, ids.size())))
        + (ids.size() > 5 ? ", …" : "");
  }

  static void say(BaseCommand command, Store store) {
    if (store.upgradedFrom().isEmpty()) {
      return;
    }
    try {
      int from = store.upgradedFrom().getAsInt();
      say(
          command,
          store.location(),
          new StoreCopy.Upgrade(
              from, StoreCare.repairedByUpgrade(store, from), StoreCare.oldReadings(store)));
      var buyers = StoreCare.buyers(store);
      if (!buyers.none()) {
        var m = command.messages();
        command.info(m.get("note.prefix") + buyers(m, buyers));
      }
    } catch (SQLException e) {
      throw new com.shopops.store.StoreException("cannot read the store: " + e.getMessage(), e);
    }
  }

  /** The note of a store upgraded at {@code location} ({@code store copy}'s source or target). */
  static void say(BaseCommand command, String location, StoreCopy.Upgrade upgrade) {
    var m = command.messages();
    String note = m.get("note.prefix");
    command.info(
        note + m.get("note.store_upgraded", location, upgrade.from(), Store.latestSchemaVersion()));
    if (upgrade.repaired() > 0) {
      command.info(note + m.get("note.old_readings_repaired", upgrade.repaired()));
    }
    var old = upgrade.oldReadings();
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
  }
}
