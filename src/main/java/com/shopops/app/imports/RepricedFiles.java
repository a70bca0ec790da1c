package com.shopops.app.imports;

import com.shopops.parse.CsvInput;
import com.shopops.store.OldReadings;
import com.shopops.store.RepricedUpgrade;
import com.shopops.store.Store;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The upgrade's second look at Taobao/Tmall orders an older shopops stored with a 改价 in their
 * amount ({@link RepricedUpgrade}; tryout23b A9): the store kept the file of every 订单报表 import and
 * its sha256, so a file still where it was read, unchanged, states again the goods paid (买家应付货款) it
 * wrote; the order is then put right as importing that file again does. A file moved, changed or a
 * workbook is not read: the order stays as stored, named with the file to import again.
 */
public final class RepricedFiles {
  private RepricedFiles() {}

  /** What the upgrade put right (the orders' ids) and what it left, named with their files. */
  public record Done(OldReadings.Pending restated, OldReadings.Pending left) {}

  /** Nothing looked for (a store upgraded from V053 on). */
  public static final Done NONE =
      new Done(
          new OldReadings.Pending(0, 0, List.of(), List.of()),
          new OldReadings.Pending(0, 0, List.of(), List.of()));

  /**
   * Puts right the damaged orders their stored files still state; a user who may not write the
   * store leaves them to the next import of the file, named.
   */
  public static Done repair(Store store) throws SQLException {
    List<RepricedUpgrade.Export> exports = RepricedUpgrade.exports(store);
    if (exports.isEmpty()) {
      return NONE;
    }
    Map<String, RepricedUpgrade.Stated> stated = new HashMap<>();
    for (RepricedUpgrade.Export e : exports) {
      stated.putAll(read(store, e));
    }
    List<String> ids = List.of();
    try {
      ids = RepricedUpgrade.repair(store, stated, r -> OrdersHandler.repriced(r).english());
    } catch (SQLException e) {
      if (!com.shopops.store.PresaleUpgrade.notAllowed(e)) {
        throw e;
      }
    }
    return new Done(RepricedUpgrade.done(ids), RepricedUpgrade.pending(store));
  }

  /**
   * The goods paid {@code e}'s file states, by order id and import ({@code id@import}); nothing
   * when it cannot be read again.
   */
  private static Map<String, RepricedUpgrade.Stated> read(Store store, RepricedUpgrade.Export e) {
    Map<String, RepricedUpgrade.Stated> out = new HashMap<>();
    Preset preset = Presets.named(e.preset()).orElse(null);
    if (preset == null || "xlsx".equals(e.encoding()) || e.file() == null) {
      return out;
    }
    try (CsvInput in =
        StoredImportFile.open(Path.of(e.file()), e.file(), e.encoding(), e.sha256())) {
      if (in == null) {
        return out; // moved, or not the file that was imported
      }
      HeaderMatch match = new HeaderMatch(in.header(), preset);
      if (!match.maps("order_id") || !match.maps("amount")) {
        return out;
      }
      RowReader reader =
          new RowReader(
              OrdersHandler.SPEC, preset, match, preset.timesZone(store.zone()), e.file());
      int id = OrdersHandler.SPEC.index("order_id");
      int amount = OrdersHandler.SPEC.index("amount");
      for (CsvInput.Line line = in.next(); line != null; line = in.next()) {
        ParsedRow row = reader.read(line.cells(), line.number());
        String order = row.text(id);
        Long goods = row.number(amount);
        if (order != null && goods != null) {
          out.putIfAbsent(
              order + "@" + e.importId(),
              new RepricedUpgrade.Stated(e.importId(), goods, line.number()));
        }
      }
    } catch (IOException | RuntimeException ex) {
      // a file that cannot be read again puts nothing right: its orders stay named
    }
    return out;
  }
}
