package com.shopops.app.orders;

import com.shopops.app.ExitCodes;
import com.shopops.app.UserException;
import com.shopops.store.ParcelStore;
import com.shopops.store.Store;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * Removing a parcel by hand ({@code shipments remove-parcel}, tryout20 Y8): a mistyped or replaced
 * tracking number is a phantom parcel an order not yet completed waits for for ever. The parcel is
 * recorded as removed (when, who, why) and the order's shipment made again from what is left.
 * Refused: an order or tracking number the store does not hold, and the last parcel of an order
 * whose export gives no shipped or delivered time of its own (that would make a shipped order
 * unshipped: import the right tracking number first). A later shipments file naming the removed
 * parcel does not bring it back.
 */
public final class ParcelService {
  private final Store store;
  private final ParcelStore parcels;

  public ParcelService(Store store) {
    this.store = store;
    this.parcels = new ParcelStore(store);
  }

  /**
   * What was removed (its outbound as the order had it: the export's own times for the export's own
   * parcel), and the order's shipment as every report now reads it.
   */
  public record Removed(
      ParcelStore.Parcel parcel,
      ParcelStore.Shipment now,
      int parcelsLeft,
      int windowsJudged,
      Instant outbound) {}

  public Removed remove(String orderId, String trackingNo, Instant at, String agent, String reason)
      throws SQLException {
    return remove(orderId, trackingNo, at, agent, reason, false);
  }

  /**
   * {@code evenIfSigned}: a parcel signed for (签收) is removed too; without it that is refused,
   * naming the signed time (tryout21 Z5: the signed one of two parcels removed by a slip left a
   * completed order in transit).
   */
  public Removed remove(
      String orderId, String trackingNo, Instant at, String agent, String reason, boolean force)
      throws SQLException {
    ParcelStore.OrderFacts order =
        parcels
            .order(orderId)
            .orElseThrow(
                () ->
                    new UserException(
                        ExitCodes.BAD_INPUT,
                        "no order " + orderId + " in " + store.location(),
                        "import the order first"));
    List<ParcelStore.Parcel> kept = parcels.parcels(orderId);
    ParcelStore.Parcel parcel =
        kept.stream().filter(p -> p.trackingNo().equals(trackingNo)).findFirst().orElse(null);
    // the order's parcels as `shipments list` lists them, each with where it came from: the order
    // export's own one (tryout21 Z13), the files', both (clarity25b)
    String own = order.exportTrackingNo();
    List<String> all =
        parcels.listed(orderId).stream()
            .filter(l -> l.trackingNo() != null && !l.trackingNo().isEmpty())
            .map(l -> labelled(l.trackingNo(), l.source()))
            .toList();
    if (parcel == null && own != null && own.equals(trackingNo)) {
      String file =
          order.exportFile() == null
              ? "?"
              : java.nio.file.Path.of(order.exportFile()).getFileName().toString();
      throw new UserException(
          ExitCodes.BAD_INPUT,
          "parcel "
              + trackingNo
              + " of order "
              + orderId
              + " comes from its order export ("
              + file
              + ") and cannot be removed here; its parcels: "
              + String.join(", ", all),
          "correct the tracking number in the order export and import it again");
    }
    if (parcel == null && all.isEmpty()) {
      throw new UserException(
          ExitCodes.BAD_INPUT,
          "order "
              + orderId
              + " has no parcel with tracking number "
              + trackingNo
              + ": no shipments file named a parcel of it",
          null);
    }
    if (parcel == null) {
      String named = String.join(", ", all);
      throw new UserException(
          ExitCodes.BAD_INPUT,
          "order "
              + orderId
              + " has no parcel with tracking number "
              + trackingNo
              + "; its parcels: "
              + named,
          null);
    }
    boolean last = kept.size() == 1 && !parcels.hasUntracked(orderId);
    // the export's shipped time is this parcel's (source "order export + shipments"): the removal
    // takes it out of the order too (tryout23b A10), so the order would be left unshipped —
    // delivered (签收) with no shipped time (parcels23c leftover)
    boolean exportsOwn = order.exportShipped() && trackingNo.equals(own);
    if (last && exportsOwn) {
      throw new UserException(
          ExitCodes.BAD_INPUT,
          trackingNo
              + " is the only parcel of order "
              + orderId
              + " and the shipped time its order export gives is this parcel's: removing it would"
              + " make the order unshipped",
          "import the right tracking number first (a shipments file row for "
              + orderId
              + "), then remove "
              + trackingNo);
    }
    if (last && !order.exportShipped()) {
      throw new UserException(
          ExitCodes.BAD_INPUT,
          trackingNo
              + " is the only parcel of order "
              + orderId
              + " and its order export gives no shipped time: removing it would make the order"
              + " unshipped",
          "import the right tracking number first (a shipments file row for "
              + orderId
              + "), then remove "
              + trackingNo);
    }
    // another parcel signed for keeps the order's signing (tryout23b A4): said so, not "takes
    // that delivery away"
    ParcelStore.Listed signed =
        parcel.deliveredAt() == null || force
            ? null
            : parcels.listed(orderId).stream()
                .filter(l -> !l.trackingNo().equals(trackingNo) && l.deliveredAt() != null)
                .findFirst()
                .orElse(null);
    if (signed != null) {
      throw new UserException(
          ExitCodes.BAD_INPUT,
          "parcel "
              + trackingNo
              + " of order "
              + orderId
              + " was signed for on "
              + shown(parcel.deliveredAt())
              + ": the order keeps the signing of "
              + signed.trackingNo()
              + " ("
              + shown(signed.deliveredAt())
              + "); its parcels: "
              + String.join(", ", all),
          "if it is not the order's parcel all the same, run the command again with --even-if-signed");
    }
    if (parcel.deliveredAt() != null && !force) {
      throw new UserException(
          ExitCodes.BAD_INPUT,
          "parcel "
              + trackingNo
              + " of order "
              + orderId
              + " was signed for on "
              + shown(parcel.deliveredAt())
              + (order.completed() ? " and the order is completed" : "")
              + ": removing it takes that delivery away from the order; its parcels: "
              + String.join(", ", all),
          "if it is not the order's parcel all the same, run the command again with --even-if-signed");
    }
    Instant outbound =
        parcels.listed(orderId).stream()
            .filter(l -> l.trackingNo() != null && l.trackingNo().equals(trackingNo))
            .map(
                l ->
                    l.shippedAt() == null
                            || l.deliveredAt() != null && l.deliveredAt().isBefore(l.shippedAt())
                        ? l.deliveredAt()
                        : l.shippedAt())
            .filter(java.util.Objects::nonNull)
            .min(Instant::compareTo)
            .orElse(parcel.outbound());
    ParcelStore.Shipment now = parcels.remove(orderId, trackingNo, at, agent, reason);
    // the delivery time changed: the 7-day windows of the returns, as an import of shipments does
    // (tryout21 Z15)
    int judged =
        store.inTransaction(
            conn -> new com.shopops.app.returns.ReturnService(store).judgeWindowsAgain(false));
    // counted as `shipments list` lists them: the order export's own one too (tryout22b B5)
    return new Removed(parcel, now, parcels.listed(orderId).size(), judged, outbound);
  }

  /** A parcel named with its source, {@code SF001 (order export)}: zh says it as 订单导出. */
  private static String labelled(String trackingNo, String source) {
    return trackingNo + " (" + source + ")";
  }

  private String shown(Instant t) throws SQLException {
    return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
        .format(t.atZone(store.zone()));
  }

  /** What was restored, and the order's shipment as every report now reads it. */
  public record Restored(
      ParcelStore.Removal removal, ParcelStore.Shipment now, int windowsJudged) {}

  /**
   * Takes a removal back ({@code shipments restore-parcel}, tryout21 Z5): the parcel is one of the
   * order's again, as it was removed; the removal stays on record with when and by whom it was
   * restored (and why: {@code reason}, null when not given). Refused: an order the store does not
   * hold, a tracking number not removed (naming the removed ones).
   */
  public Restored restore(
      String orderId, String trackingNo, Instant at, String agent, String reason)
      throws SQLException {
    if (parcels.order(orderId).isEmpty()) {
      throw new UserException(
          ExitCodes.BAD_INPUT,
          "no order " + orderId + " in " + store.location(),
          "import the order first");
    }
    List<ParcelStore.Removal> removals = parcels.removals(orderId);
    ParcelStore.Removal removal =
        removals.stream()
            .filter(r -> r.trackingNo().equals(trackingNo) && r.restoredAt() == null)
            .findFirst()
            .orElse(null);
    if (removal == null) {
      List<String> removed =
          removals.stream()
              .filter(r -> r.restoredAt() == null)
              .map(
                  r ->
                      labelled(r.trackingNo(), ParcelStore.source(r.fromExport(), !r.fromExport())))
              .toList();
      if (removed.isEmpty()) {
        throw new UserException(
            ExitCodes.BAD_INPUT,
            "order "
                + orderId
                + " has no removed parcel "
                + trackingNo
                + ": no parcel of it is removed",
            null);
      }
      throw new UserException(
          ExitCodes.BAD_INPUT,
          "order "
              + orderId
              + " has no removed parcel "
              + trackingNo
              + "; its removed parcels: "
              + String.join(", ", removed),
          null);
    }
    ParcelStore.Shipment now = parcels.restore(orderId, trackingNo, at, agent, reason);
    int judged =
        store.inTransaction(
            conn -> new com.shopops.app.returns.ReturnService(store).judgeWindowsAgain(false));
    return new Restored(removal, now, judged);
  }
}
