package com.shopops.app.imports;

import com.shopops.domain.ShownTime;
import com.shopops.domain.sla.DeliveryPromise;
import com.shopops.domain.sla.Shipment;
import com.shopops.domain.sla.ShipmentValidation;
import com.shopops.parse.Dates;
import com.shopops.parse.DstGaps;
import com.shopops.parse.Timestamps;
import com.shopops.parse.ValueException;
import com.shopops.store.ImportSession;
import com.shopops.store.OrderWriter;
import com.shopops.store.SeenIds;
import com.shopops.store.ShipmentWriter;
import com.shopops.text.Problem;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Shipment records (carrier / warehouse exports): one row per parcel, an order shipped in several
 * parcels (拆包发货) having a row per tracking number ({@link com.shopops.store.ShipmentWriter#ROLLUP}
 * makes the order's shipment of them). The order must be in the store; a row without an order id is
 * matched by its tracking number (运单号) against the orders and earlier shipments. A delivered time
 * before the shipped time — the row's own, or the one the store holds for the order — is imported
 * as it is and recorded as an anomaly ({@link ShipmentValidation}). An estimated delivery given as
 * a date only means the end of that day.
 */
final class ShipmentsHandler implements KindHandler {
  static final KindSpec SPEC =
      KindSpec.of("shipments", "order_id")
          .field("order_id", FieldType.TEXT)
          .field("carrier", FieldType.TEXT)
          .field("tracking_no", FieldType.TEXT)
          .field("shipped_at", FieldType.TIMESTAMP)
          .field("delivered_at", FieldType.TIMESTAMP)
          .field("estimated_delivery_at", FieldType.TEXT)
          .field("promised_ship_date", FieldType.DATE)
          .build();

  private static final int ORDER_ID = SPEC.index("order_id");
  private static final int CARRIER = SPEC.index("carrier");
  private static final int TRACKING = SPEC.index("tracking_no");
  private static final int SHIPPED = SPEC.index("shipped_at");
  private static final int DELIVERED = SPEC.index("delivered_at");
  private static final int ESTIMATED = SPEC.index("estimated_delivery_at");
  private static final int PROMISED = SPEC.index("promised_ship_date");

  private final String file;
  private ShipmentWriter writer;
  private Rejects rejects;
  private HeaderMatch match;
  private ZoneId zone;

  ShipmentsHandler(String file) {
    this.file = file;
  }

  @Override
  public KindSpec spec() {
    return SPEC;
  }

  @Override
  public void start(
      ImportSession session, Preset preset, HeaderMatch match, ZoneId zone, Rejects rejects) {
    this.writer = session.shipments();
    this.rejects = rejects;
    this.match = match;
    this.zone = zone;
    this.estimateIsADay = preset.dateOnly("estimated_delivery_at");
    this.importedAt = session.startedAt();
  }

  /** The parcels removed by hand and not restored, by order and tracking number (tryout21 Z5). */
  private java.util.Map<String, java.util.Map<String, com.shopops.store.ParcelStore.Removal>>
      removed;

  /** The removed parcels this file names, in file order, once each. */
  private final java.util.Map<String, com.shopops.store.ParcelStore.Removal> named =
      new java.util.LinkedHashMap<>();

  /** The import's clock: a shipped time read as a bare date is not later than it. */
  private Instant importedAt;

  /** Rows whose shipped time is a bare date ({@link DateOnlyTime}). */
  private long dateOnlyShipped;

  @Override
  public List<ImportNote> notes(String file) {
    List<ImportNote> out = new java.util.ArrayList<>();
    if (dateOnlyShipped > 0) {
      out.add(
          ImportNote.of(
              Problem.of(
                  "note.import_shipped_date_only", file, ImportNote.grouped(dateOnlyShipped))));
    }
    if (writer.paidCapped() > 0) {
      // a presale's paid time moved to this file's outbound: said (tryout23a A1)
      out.add(
          ImportNote.of(
              Problem.of(
                  "note.import_presale_paid_capped",
                  file,
                  ImportNote.grouped(writer.paidCapped()))));
    }
    // a removed parcel the file names is left out, and said (tryout21 Z5: not a silent 未变)
    DateTimeFormatter minutes = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    for (com.shopops.store.ParcelStore.Removal r : named.values()) {
      out.add(
          ImportNote.of(
              Problem.of(
                  "note.import_parcel_removed",
                  r.trackingNo(),
                  r.orderId(),
                  r.agent(),
                  minutes.format(r.removedAt().atZone(zone)))));
    }
    return out;
  }

  /** The layout says its estimated delivery is a day, whatever time it shows (issue 13). */
  private boolean estimateIsADay;

  private final List<ParsedRow> pending = new java.util.ArrayList<>(ShipmentWriter.PREFETCH);

  /**
   * Rows are taken in batches of {@value ShipmentWriter#PREFETCH}, in file order: what the store
   * holds for their orders is read at once ({@link ShipmentWriter#prefetch}).
   */
  @Override
  public void accept(ParsedRow r) throws SQLException {
    pending.add(r);
    if (pending.size() == ShipmentWriter.PREFETCH) {
      acceptPending();
    }
  }

  private void acceptPending() throws SQLException {
    if (removed == null) {
      removed = writer.removedParcels();
    }
    java.util.Set<String> ids = new java.util.LinkedHashSet<>();
    for (ParsedRow r : pending) {
      if (!r.hasErrors() && r.text(ORDER_ID) != null) {
        ids.add(r.text(ORDER_ID));
      }
    }
    writer.prefetch(ids);
    for (ParsedRow r : pending) {
      acceptOne(r);
    }
    pending.clear();
  }

  private void acceptOne(ParsedRow r) throws SQLException {
    if (r.hasErrors()) {
      reject(r, r.errors().get(0));
      return;
    }
    String id = r.text(ORDER_ID);
    String tracking = r.text(TRACKING);
    if (id == null) {
      if (tracking == null) {
        reject(r, "order_id", Problem.of("reason.missing_row", "an order id or a tracking number"));
        return;
      }
      List<String> ids = writer.ordersWithTracking(tracking);
      if (ids.isEmpty()) {
        reject(r, "tracking_no", Problem.of("reason.unknown_tracking", tracking));
        return;
      }
      if (ids.size() > 1) {
        reject(
            r,
            "tracking_no",
            Problem.of("reason.tracking_many", tracking, ids.get(0) + ", " + ids.get(1)));
        return;
      }
      id = ids.get(0);
    }
    Instant estimated;
    try {
      estimated = estimated(r.text(ESTIMATED));
    } catch (ValueException e) {
      reject(r, "estimated_delivery_at", e.getMessage());
      return;
    }
    DstGaps.Said gap = estimateGaps.take(); // said as the reader says it of a time
    if (gap != null) {
      rejects.anomaly(r, id, gap.kind(), match.label("estimated_delivery_at") + ": " + gap.text());
    }
    Optional<ShipmentWriter.Known> known = writer.known(id);
    if (known.isEmpty()) {
      reject(r, "order_id", Problem.of("reason.shipment_without_order", id));
      return;
    }
    // a record per parcel (order and tracking number): a second parcel of the order is no
    // correction of the first (拆包发货, review19 V24)
    int record = conflicts.record(id + '\u0000' + (tracking == null ? "" : tracking));
    long earlier = conflicts.copyOf(record, SeenIds.hash(r.cells()), r.line());
    if (earlier >= 0) {
      rejects.anomaly(r, id, "duplicate-row", Problem.of("reason.exact_copy", earlier));
      return;
    }
    Instant shipped = r.instant(SHIPPED);
    Instant delivered = r.instant(DELIVERED);
    String shippedDay = shipped == null ? null : DateOnlyTime.text(r, match, "shipped_at");
    if (shippedDay != null) {
      // a bare date is the latest the parcel can have left that day: its end, or the delivery or
      // the import if earlier (never before its 00:00): 00:00 would rate an order shipped that day
      // on time by luck (review18 T18)
      shipped = DateOnlyTime.latestShipped(shipped, zone, delivered, importedAt);
      dateOnlyShipped++;
      rejects.anomaly(
          r,
          id,
          "shipped-date-only",
          Problem.of("reason.shipped_date_only", match.label("shipped_at"), shippedDay));
    }
    Instant effShipped = shipped != null ? shipped : known.get().shippedAt();
    Instant effDelivered = delivered != null ? delivered : known.get().deliveredAt();
    if (shipped != null || delivered != null) { // a row without times adds no anomaly of its own
      // the order's paid time when this row gives the shipped time: a shipment before payment is
      // recorded here as an orders file records it (sla report's note points to imports show); a
      // presale paid in stages is paid by its first outbound (StagedPayment.paidBy, tryout22a A1)
      Instant outbound =
          effShipped == null || effDelivered != null && effDelivered.isBefore(effShipped)
              ? effDelivered
              : effShipped;
      Instant paid = shipped != null ? known.get().paidBy(outbound) : null;
      ImplausibleTimes.check(r, id, paid, effShipped, effDelivered, zone, rejects);
    }
    List<RowConflicts.Conflict> differ =
        conflicts.accept(
            record,
            r.line(),
            r.text(CARRIER),
            tracking,
            shipped,
            delivered,
            estimated,
            r.date(PROMISED));
    if (!differ.isEmpty()) {
      rejects.anomaly(r, id, "conflicting-rows", conflictMessage(differ));
    }
    if (tracking != null && !removed.isEmpty()) {
      var gone = removed.getOrDefault(id, java.util.Map.of()).get(tracking);
      if (gone != null) {
        named.putIfAbsent(id + "\u0000" + tracking, gone);
      }
    }
    writer.add(
        new Shipment(
            id, r.text(CARRIER), tracking, shipped, delivered, estimated, r.date(PROMISED)),
        !ordersSeen.addAndCheck(id));
  }

  /** The fields compared between the rows of one order (a conflict names the file's column). */
  private static final String[] CONFLICTING = {
    "carrier",
    "tracking_no",
    "shipped_at",
    "delivered_at",
    "estimated_delivery_at",
    "promised_ship_date"
  };

  private final RowConflicts conflicts = new RowConflicts(CONFLICTING.length);

  /** The orders of the rows written: the shipments counted (an order's parcels are one). */
  private final SeenIds ordersSeen = new SeenIds();

  /**
   * "carrier, tracking_no differ from line 2; …": the columns by the earlier line that set them.
   * Said by key when one earlier line set them all (two rows of one order: the usual case).
   */
  private Problem conflictMessage(List<RowConflicts.Conflict> differ) {
    java.util.Map<Long, List<String>> byLine = new java.util.LinkedHashMap<>();
    for (RowConflicts.Conflict c : differ) {
      byLine
          .computeIfAbsent(c.earlierLine(), l -> new java.util.ArrayList<>())
          .add(match.label(CONFLICTING[c.field()]));
    }
    if (byLine.size() == 1) {
      var only = byLine.entrySet().iterator().next();
      List<String> columns = only.getValue();
      return Problem.of(
          "reason.rows_conflict", String.join(", ", columns), columns.size(), only.getKey());
    }
    StringBuilder b = new StringBuilder();
    byLine.forEach(
        (line, columns) -> {
          b.append(b.length() == 0 ? "" : ", ").append(String.join(", ", columns));
          b.append(columns.size() > 1 ? " differ from line " : " differs from line ").append(line);
        });
    return Problem.of("reason.rows_conflict_lines", b.toString());
  }

  /**
   * A date-only estimate is "by the end of that day", and so is any estimate of a layout that marks
   * it {@code date_only}; a time is taken as it is.
   */
  private Instant estimated(String text) {
    if (text == null) {
      return null;
    }
    if (estimateIsADay || text.indexOf(':') < 0) {
      LocalDate d = Dates.date(text);
      return d == null ? null : DeliveryPromise.endOfDay(d, zone);
    }
    return Timestamps.timestamp(text, zone, estimateGaps);
  }

  private final DstGaps estimateGaps = new DstGaps();

  private String shown(Instant t) {
    return ShownTime.of(t, zone);
  }

  private void reject(ParsedRow r, String column, String message) {
    reject(r, match.error(file, r.line(), column, message));
  }

  private void reject(ParsedRow r, String column, Problem problem) {
    reject(r, match.error(file, r.line(), column, problem));
  }

  private void reject(ParsedRow r, RowError e) {
    rejects.reject(List.of(r), e);
  }

  @Override
  public Outcome finish() throws SQLException {
    acceptPending();
    OrderWriter.Counts c = writer.finish();
    return new Outcome(
        c.inserted(), c.updated(), c.unchanged(), c.inserted() + c.updated() + c.unchanged(), 0);
  }
}
