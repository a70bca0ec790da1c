package com.shopops.cli;

import com.shopops.app.maintenance.StoreCare;
import com.shopops.store.Store;
import com.shopops.store.StoreUpgrade;
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
  static String buyers(
      com.shopops.render.Messages m,
      TwoPlatformBuyers.Pending p,
      java.time.ZoneId zone,
      String db) {
    java.util.List<String> parts = new java.util.ArrayList<>();
    if (!p.merged().isEmpty()) {
      parts.add(m.get("check.buyers_merged", p.merged().size(), some(p.merged())));
    }
    if (!p.uncontacted().isEmpty()) {
      parts.add(m.get("check.buyers_split", p.uncontacted().size(), some(p.uncontacted())));
    }
    return String.join("; ", parts)
        + m.get("check.buyers_files", OldReadingsText.commands(m, p.files(), zone, db, false));
  }

  private static String some(java.util.List<String> ids) {
    return String.join(", ", ids.subList(0, Math.min(5, ids.size())))
        + (ids.size() > 5 ? ", …" : "");
  }

  static void say(BaseCommand command, Store store) {
    try {
      if (store.upgradedFrom().isEmpty()) {
        StoreCare.resume(store); // an upgrade stopped half-way (tryout23a A9)
        return;
      }
      say(command, store.location(), StoreCare.upgrade(store, store.upgradedFrom().getAsInt()));
    } catch (SQLException e) {
      throw new com.shopops.store.StoreException("cannot read the store: " + e.getMessage(), e);
    }
  }

  /** The note of a store upgraded at {@code location} ({@code store copy}'s source or target). */
  static void say(BaseCommand command, String location, StoreUpgrade upgrade) {
    var m = command.messages();
    String note = m.get("note.prefix");
    command.info(
        note
            + m.get(
                "note.store_upgraded",
                location,
                upgrade.from(),
                Store.latestSchemaVersion(),
                String.format(java.util.Locale.ROOT, "%.1f", upgrade.took().toMillis() / 1000.0)));
    if (upgrade.repaired() > 0) { // only the rules that applied to this store (review14 N8)
      var rules =
          upgrade.repairedReadings().stream()
              .map(reading -> m.get("note.repaired." + reading))
              .toList();
      String said = rules.size() == 1 ? rules.get(0) : m.get("note.repaired.both", rules.toArray());
      command.info(note + m.get("note.old_readings_repaired", upgrade.repaired(), said));
    }
    var old = upgrade.oldReadings();
    if (!old.none()) {
      command.info(
          note
              + m.get(
                  "note.old_readings_pending",
                  OldReadingsText.counted(m, old),
                  String.join(", ", old.someIds()),
                  OldReadingsText.files(m, old, upgrade.zone(), location)));
    }
    var noIds = upgrade.withoutItemIds(); // review14 N3
    if (!noIds.none()) {
      command.info(note + OldReadingsText.withoutItemIds(m, noIds, upgrade.zone(), location));
    }
    var buyers = upgrade.buyers(); // review14 N2
    if (!buyers.none()) {
      command.info(note + buyers(m, buyers, upgrade.zone(), location));
    }
    var presales = upgrade.undatedPresales(); // tryout22a A2
    if (!presales.none()) {
      command.info(
          note
              + m.get(
                  "note.presales_undated",
                  presales.orders(),
                  String.join(", ", presales.someIds()),
                  OldReadingsText.files(m, presales, upgrade.zone(), location)));
    }
    var again = upgrade.parcelsRemovedAgain(); // V049's repair (tryout23b A8), said
    if (!again.none()) {
      command.info(
          note
              + m.get(
                  "note.parcels_removed_again",
                  again.orders(),
                  String.join(", ", again.someIds())));
    }
    var remade = upgrade.presalePaidRemade(); // tryout24a A8
    if (!remade.none()) {
      command.info(
          note
              + m.get(
                  "note.presale_paid_remade",
                  remade.orders(),
                  String.join(", ", remade.someIds())));
    }
    var held = upgrade.presalePaidHeld();
    if (!held.none()) {
      command.info(
          note
              + m.get(
                  held.sources().stream().allMatch(f -> f.mapping() != null)
                      ? "note.presale_paid_held_mapped" // tryout26a A1: not moved, not read
                      : "note.presale_paid_held",
                  held.orders(),
                  String.join(", ", held.someIds()),
                  OldReadingsText.filesFound(m, held, upgrade.zone(), location)));
    }
    var unseen = upgrade.presalePaidUnseen(); // tryout26a A3: before a removal holds it
    if (!unseen.none()) {
      command.info(
          note
              + m.get(
                  "note.presale_paid_unseen",
                  unseen.orders(),
                  String.join(", ", unseen.someIds()),
                  OldReadingsText.files(m, unseen, upgrade.zone(), location)));
    }
    var later = upgrade.laterOutbound(); // tryout23b A12
    if (!later.none()) {
      command.info(
          note
              + m.get(
                  "note.later_outbound",
                  later.orders(),
                  String.join(", ", later.someIds()),
                  OldReadingsText.files(m, later, upgrade.zone(), location)));
    }
    var restated = upgrade.repricedRestated(); // tryout23b A9, put right by the stored files
    if (!restated.none()) {
      command.info(
          note
              + m.get(
                  "note.repriced_restated",
                  restated.orders(),
                  String.join(", ", restated.someIds())));
    }
    var repriced = upgrade.repricedLeft(); // their files moved or changed: named
    if (!repriced.none()) {
      command.info(
          note
              + m.get(
                  "note.repriced_left",
                  repriced.orders(),
                  String.join(", ", repriced.someIds()),
                  OldReadingsText.files(m, repriced, upgrade.zone(), location)));
    }
  }
}
