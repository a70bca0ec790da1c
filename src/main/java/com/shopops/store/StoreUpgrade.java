package com.shopops.store;

import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;

/**
 * A store upgraded on opening (by any command, or as the source or target of a store copy): the
 * schema it had, the orders the upgrade put right and by which readings, and what is still left to
 * import again (older readings, lines without item ids, buyers of two platforms, presales paid in
 * stages still dated on their deposit day), and how long it took. Every upgrade note is said from
 * one of these.
 */
public record StoreUpgrade(
    int from,
    long repaired,
    List<String> repairedReadings,
    OldReadings.Pending oldReadings,
    OldReadings.Pending withoutItemIds,
    TwoPlatformBuyers.Pending buyers,
    OldReadings.Pending undatedPresales,
    ZoneId zone,
    java.time.Duration took,
    OldReadings.Pending laterOutbound,
    OldReadings.Pending parcelsRemovedAgain,
    OldReadings.Pending presalePaidRemade,
    OldReadings.Pending presalePaidHeld,
    OldReadings.Pending repricedRestated,
    OldReadings.Pending repricedLeft,
    OldReadings.Pending presalePaidUnseen) {
  /** What the upgrade of {@code store} from schema {@code from} put right and left to do. */
  public static StoreUpgrade of(Store store, int from) throws SQLException {
    return of(store, from, new OldReadings.Pending(0, 0, List.of(), List.of()));
  }

  /**
   * As {@link #of(Store, int)}, with the orders stored with a later outbound than a stored export
   * file states ({@link EarlierOutbound}, read by the app from the files; tryout23b A12).
   */
  public static StoreUpgrade of(Store store, int from, OldReadings.Pending laterOutbound)
      throws SQLException {
    OldReadings.Pending none = new OldReadings.Pending(0, 0, List.of(), List.of());
    return of(store, from, laterOutbound, none, none);
  }

  /**
   * As {@link #of(Store, int, OldReadings.Pending)}, with the orders whose 改价 an older shopops put
   * into the amount: put right by their stored files, and left (tryout23b A9, {@link
   * RepricedUpgrade}).
   */
  public static StoreUpgrade of(
      Store store,
      int from,
      OldReadings.Pending laterOutbound,
      OldReadings.Pending repricedRestated,
      OldReadings.Pending repricedLeft)
      throws SQLException {
    // V049's repair (tryout23b A8) and the presales it (or V052: paid25b) paid again (tryout24a
    // A8), said
    OldReadings.Pending[] v049 = PaidSeenUpgrade.done(store.connection(), from);
    return new StoreUpgrade(
        from,
        OldReadings.repaired(store, from),
        OldReadings.repairedReadings(store, from),
        OldReadings.pending(store),
        OldReadings.withoutItemIds(store),
        TwoPlatformBuyers.pending(store),
        PresaleUpgrade.datesFrom(from)
            ? PresaleUpgrade.undated(store)
            : new OldReadings.Pending(0, 0, List.of(), List.of()),
        store.zone(),
        store.upgradeTook(),
        laterOutbound,
        v049[0],
        v049[1],
        PaidSeenUpgrade.ranFrom(from) // V049's step, or V052's for a store past V049 (paid25b)
            ? PaidSeenUpgrade.pending(store.connection())
            : new OldReadings.Pending(0, 0, List.of(), List.of()),
        repricedRestated,
        repricedLeft,
        // paid at a parcel still there with no time seen paid kept: said before a removal would
        // hold the paid time (tryout26a A3); the stored files the upgrade read gave them one
        OldReadings.presalesCappedUnseen(store, null));
  }
}
