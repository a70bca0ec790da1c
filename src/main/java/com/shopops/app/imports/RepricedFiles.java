package com.shopops.app.imports;

import com.shopops.parse.CsvInput;
import com.shopops.store.OldReadings;
import com.shopops.store.RepricedUpgrade;
import com.shopops.store.Store;
import com.shopops.store.StoredExport;
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
   * Gives the store's upgrade this reader, so that it puts the orders right in its own transaction,
   * before the version is recorded (upgrade26); called once at start-up.
   */
  public static void serveUpgrades() {
    RepricedUpgrade.readFilesWith(
        new RepricedUpgrade.FileReader() {
          @Override
          public Map<String, RepricedUpgrade.Stated> stated(
              List<StoredExport> exports, java.time.ZoneId zone) {
            Map<String, RepricedUpgrade.Stated> stated = new HashMap<>();
            for (StoredExport e : exports) {
              stated.putAll(read(zone, e));
            }
            return stated;
          }

          @Override
          public String say(com.shopops.store.OrderWriter.Repriced r) {
            return OrdersHandler.repriced(r).english();
          }
        });
  }

  /**
   * What the upgrade of {@code store} put right ({@link Store#repricedByUpgrade}) and the damaged
   * orders still stored so, named with their files.
   */
  public static Done done(Store store) throws SQLException {
    return new Done(
        RepricedUpgrade.done(store.repricedByUpgrade()), RepricedUpgrade.pending(store));
  }

  /**
   * The goods paid {@code e}'s file states, by order id and import ({@code id@import}); nothing
   * when it cannot be read again.
   */
  private static Map<String, RepricedUpgrade.Stated> read(java.time.ZoneId zone, StoredExport e) {
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
          new RowReader(OrdersHandler.SPEC, preset, match, preset.timesZone(zone), e.file());
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
