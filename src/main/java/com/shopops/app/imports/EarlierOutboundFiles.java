package com.shopops.app.imports;

import com.shopops.parse.CsvInput;
import com.shopops.store.EarlierOutbound;
import com.shopops.store.OldReadings;
import com.shopops.store.Store;
import com.shopops.store.StoredExport;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The upgrade's look for orders an older shopops stored with a later outbound than an older export
 * stated (tryout23b A12, the damage of tryout22b B9): the store kept the file of every import and
 * its sha256, so a file still where it was read, unchanged, says again the outbound it stated (as
 * {@link StagedPresaleFiles} re-reads the 订单报表). Nothing is changed: the orders are named with the
 * file to import again, which puts them right. A file moved, changed, a workbook or one whose dates
 * need the whole file to read is not read.
 */
public final class EarlierOutboundFiles {
  private EarlierOutboundFiles() {}

  /** The orders stored with a later outbound than a stored export file states. */
  public static OldReadings.Pending pending(Store store) throws SQLException {
    Map<String, EarlierOutbound.Stated> earliest = new LinkedHashMap<>();
    for (StoredExport e : EarlierOutbound.exports(store)) {
      Preset preset = Presets.named(e.preset()).orElse(null);
      Path file = Path.of(e.file());
      if (preset == null || !"orders".equals(preset.kind()) || "xlsx".equals(e.encoding())) {
        continue;
      }
      try (CsvInput in = StoredImportFile.open(file, e.file(), e.encoding(), e.sha256())) {
        if (in == null) {
          continue; // moved, or not the file that was imported
        }
        HeaderMatch match = new HeaderMatch(in.header(), preset);
        if (!match.maps("order_id") || !match.maps("shipped_at")) {
          continue;
        }
        RowReader reader =
            new RowReader(
                OrdersHandler.SPEC, preset, match, preset.timesZone(store.zone()), e.file());
        if (reader.readsNumericDates()) {
          continue; // day or month first: the whole file decided it
        }
        int id = OrdersHandler.SPEC.index("order_id");
        int shipped = OrdersHandler.SPEC.index("shipped_at");
        int tracking = OrdersHandler.SPEC.index("tracking_no");
        var recorded = new OldReadings.Recorded(e.file(), e.startedAt());
        for (CsvInput.Line line = in.next(); line != null; line = in.next()) {
          ParsedRow row = reader.read(line.cells(), line.number());
          String order = row.text(id);
          Instant at = row.instant(shipped);
          if (order == null || at == null) {
            continue;
          }
          var was = earliest.get(order);
          if (was == null || at.isBefore(was.shipped())) {
            earliest.put(order, new EarlierOutbound.Stated(at, row.text(tracking), recorded));
          }
        }
      } catch (IOException | RuntimeException ex) {
        // a file that cannot be read again names nothing
      }
    }
    return EarlierOutbound.of(store, earliest);
  }
}
