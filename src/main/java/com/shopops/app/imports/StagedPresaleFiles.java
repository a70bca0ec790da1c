package com.shopops.app.imports;

import com.shopops.domain.order.OrderStatus;
import com.shopops.domain.order.StagedPayment;
import com.shopops.parse.CsvInput;
import com.shopops.store.PresaleUpgrade;
import com.shopops.store.Store;
import com.shopops.store.StoredExport;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The upgrade's second look at Tmall presales paid in stages that an older shopops held paid on
 * their deposit day ({@link PresaleUpgrade}; tryout22a A2): the store kept the file of every 订单报表
 * import and its sha256, so a file still where it was read, unchanged, says again what it stated.
 * The first of them, oldest first, that showed an order's balance (尾款) paid dates it as today's
 * import would have (that file's export time, from its download name, else the import's time); the
 * one that last wrote an order showing its balance unpaid (closed with only its 定金 paid) makes it
 * deposit-only, as today's import does (tryout23a A6). Nothing is guessed: a file moved or changed
 * is not read, and the order stays named.
 */
public final class StagedPresaleFiles {
  private StagedPresaleFiles() {}

  /**
   * Dates what the stored files can date, all in one transaction that also clears the upgrade's
   * marker (the files are read first; tryout23a A9, A7); returns how many orders were dated.
   */
  public static int date(Store store) throws SQLException {
    return PresaleUpgrade.date(store, shown(PresaleUpgrade.imports(store), store.zone()));
  }

  /**
   * Gives the store's upgrade this reader, so that it dates them in its own transaction (tryout23a
   * A8); called once at start-up.
   */
  public static void serveUpgrades() {
    PresaleUpgrade.readFilesWith(StagedPresaleFiles::shown);
  }

  /**
   * The operator's remedy for what the upgrade could not read (the file moved): a 订单报表 imported
   * again from {@code file}, the very file (same {@code sha256}) a stored import read, dates the
   * presales it showed as the upgrade would have, before the import reads it (so that the store's
   * row is no "newer snapshot" that keeps the file out: tryout23a A6). Returns the ids of the
   * orders it dated, which the import counts as updated (tryout24a A5).
   */
  public static List<String> dateBy(Store store, Path file, String sha256) throws SQLException {
    if (sha256 == null) {
      return List.of();
    }
    List<StoredExport> same = new java.util.ArrayList<>();
    for (StoredExport s : PresaleUpgrade.imports(store)) {
      if (sha256.equals(s.sha256())) {
        same.add(s);
      }
    }
    if (same.isEmpty()) {
      return List.of();
    }
    List<PresaleUpgrade.Shown> shown = shown(same, store.zone(), file.toAbsolutePath());
    return shown.isEmpty() ? List.of() : PresaleUpgrade.dated(store, shown);
  }

  /**
   * {@code out} with the orders {@link #dateBy} dated before the import {@code importId} read them
   * counted as updated: the import found them as its file states them (unchanged), but the run
   * changed them (before: "0 updated, 20,000 unchanged" after re-dating presales; tryout24a A5).
   */
  static KindHandler.Outcome counted(
      Store store, long importId, List<String> redated, KindHandler.Outcome out) {
    if (redated.isEmpty() || out.unchanged() == 0) {
      return out;
    }
    long moved;
    try {
      moved = Math.min(out.unchanged(), PresaleUpgrade.notWrittenBy(store, importId, redated));
    } catch (SQLException e) {
      throw new com.shopops.store.StoreException("cannot read the store: " + e.getMessage(), e);
    }
    return new KindHandler.Outcome(
        out.inserted(), out.updated() + moved, out.unchanged() - moved, out.records(), out.lines());
  }

  /**
   * What the stored files of {@code seen} show, export times read in the store's {@code zone}: each
   * undated presale with the files that showed it paid, or with only its deposit paid.
   */
  static List<PresaleUpgrade.Shown> shown(List<StoredExport> seen, java.time.ZoneId zone) {
    return shown(seen, zone, null);
  }

  /**
   * What {@code seen}'s files show, each read where it was imported from, else at {@code at} (the
   * same file, its sha256 checked).
   */
  private static List<PresaleUpgrade.Shown> shown(
      List<StoredExport> seen, java.time.ZoneId zone, Path at) {
    List<PresaleUpgrade.Shown> shown = new java.util.ArrayList<>();
    Preset preset = seen.isEmpty() ? null : Presets.named("taobao-orders").orElse(null);
    if (preset == null) {
      return shown;
    }
    Map<String, List<String>> fields = preset.fields();
    for (StoredExport s : seen) {
      Path file = at != null ? at : Path.of(s.file());
      try (CsvInput in = StoredImportFile.open(file, s.file(), s.encoding(), s.sha256())) {
        if (in == null) {
          continue; // moved, or not the file that was imported
        }
        int id = column(in.header(), fields.get("order_id"));
        int status = column(in.header(), fields.get("status"));
        int stage = column(in.header(), fields.get("order_type"));
        if (id < 0 || status < 0 || stage < 0) {
          continue;
        }
        Instant exported =
            ExportTime.fromName(s.file(), preset.timesZone(zone)); // as its import did
        for (CsvInput.Line line = in.next(); line != null; line = in.next()) {
          String[] c = line.cells();
          if (c.length <= Math.max(id, Math.max(status, stage))) {
            continue;
          }
          StagedPayment paid = StagedPayment.of(c[stage]);
          boolean pending = OrderStatus.parse(c[status]).orElse(null) == OrderStatus.PENDING;
          // pending: only its deposit-only money counts (tryout24a A3), never a paid time
          if (paid != null && (!pending || paid == StagedPayment.DEPOSIT_ONLY)) {
            // paid in full, or only the deposit paid (closed with its 定金 alone: tryout23a A6)
            shown.add(
                new PresaleUpgrade.Shown(
                    c[id].strip(), s, exported, paid, StagedPayment.deposit(c[stage])));
          }
        }
      } catch (IOException | RuntimeException e) {
        // a file that cannot be read again dates nothing: its orders stay named
      }
    }
    return shown;
  }

  private static int column(List<String> header, List<String> names) {
    if (names == null) {
      return -1;
    }
    for (String name : names) {
      int i = header.indexOf(name);
      if (i >= 0) {
        return i;
      }
    }
    return -1;
  }
}
