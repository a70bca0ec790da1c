package com.shopops.app.imports;

import com.shopops.store.OldReadings;
import com.shopops.store.PgUrl;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The command that imports a stored import's file again, whole, as an operator pastes it: {@code
 * shopops import orders /abs/o.csv --map /abs/m.yaml --exported-at '2026-12-01 10:00'} — the kind
 * of the stored import, its file and mapping file as recorded, the export time its orders were
 * stored with where the file's name does not state it, each word quoted for the shell where it
 * needs it (tryout27a A2: the advice gave the file and options without {@code shopops import
 * orders}). What the store cannot say is said, never guessed: a file an older shopops kept as typed
 * (relative to a directory not recorded) and a mapping file kept by its name only.
 */
public final class ImportAgain {
  private ImportAgain() {}

  /**
   * The command ({@code line}); {@code asTyped}: the file's path is relative, as an older shopops
   * kept it (the directory of that import is not recorded); {@code mapNamed}: the mapping file the
   * store knows by this name only, not where it is (null when its path is known or there is none).
   */
  public record Command(String line, boolean asTyped, String mapNamed) {}

  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  /**
   * The command that imports {@code f} again into the store at {@code db} ({@link
   * com.shopops.store.Store#location}: a file, made absolute, or a PostgreSQL URL without its
   * password; null: not said), its times in {@code zone} (the store's). The store is named always
   * (tryout28a A3: without {@code --db} a paste went to ./shopops.db, or to another shop's store).
   */
  public static Command of(OldReadings.Recorded f, ZoneId zone, String db) {
    List<String> words = new ArrayList<>(List.of(shopops(db)));
    words.addAll(List.of("import", f.importKind()));
    words.add(quoted(f.file()));
    String map = mapping(f);
    String mapNamed = null;
    if (map != null) {
      words.add("--map");
      words.add(quoted(map));
      boolean placed = isAbsolute(map) || Presets.BUNDLED.contains(map);
      mapNamed = placed ? null : map;
    }
    if (f.exportedAt() != null
        && "orders".equals(f.importKind())
        && ExportTime.fromName(f.file(), zone) == null) { // a download's name states its own
      words.add("--exported-at");
      words.add(quoted(MINUTE.withZone(zone).format(Instant.ofEpochSecond(f.exportedAt()))));
    }
    return new Command(String.join(" ", words), !f.absolute(), mapNamed);
  }

  /**
   * The command that imports the order list (订单报表) exported with an items file ({@code itemsFile},
   * its lines stored as exported at {@code exported}, epoch seconds, in {@code zone}), and the time
   * the items file's name states where it is not that one ({@code named}, null otherwise: tryout30a
   * A6, the same bytes imported again with a later --exported-at). A Taobao/Tmall download whose
   * name states the time of its lines: its order list by its download name, whose time is read from
   * it; else {@code ORDER_LIST.csv --exported-at TIME} (a name stating another time would refuse
   * that option).
   */
  public record OrderList(String command, String named) {}

  public static OrderList orderList(String db, String itemsFile, long exported, ZoneId zone) {
    Instant nameAt = ExportTime.fromName(itemsFile, zone);
    String base = Path.of(itemsFile).getFileName().toString();
    if (nameAt != null
        && nameAt.getEpochSecond() == exported
        && base.contains("ExportOrderDetailList")) {
      return new OrderList(
          shopops(db)
              + " import orders "
              + quoted(base.replace("ExportOrderDetailList", "ExportOrderList")),
          null);
    }
    String at = MINUTE.withZone(zone).format(Instant.ofEpochSecond(exported));
    return new OrderList(
        shopops(db) + " import orders ORDER_LIST.csv --exported-at " + quoted(at),
        nameAt == null || nameAt.getEpochSecond() == exported
            ? null
            : MINUTE.withZone(zone).format(nameAt));
  }

  /**
   * {@code shopops --db STORE}, the store at {@code db} named as {@link #of} names it (a file made
   * absolute, a PostgreSQL URL as it is); {@code shopops} alone when {@code db} is null.
   */
  public static String shopops(String db) {
    if (db == null) {
      return "shopops";
    }
    return "shopops --db "
        + quoted(PgUrl.isPg(db) ? db : Path.of(db).toAbsolutePath().normalize().toString());
  }

  /**
   * The mapping file ({@code --map}) the import was read with: its path or bundled name, or the
   * name a mapping file gave itself (its path not recorded); null for a built-in layout.
   */
  private static String mapping(OldReadings.Recorded f) {
    if (f.mapping() != null) {
      return f.mapping();
    }
    if (f.preset() == null || Presets.named(f.preset()).isPresent()) {
      return null;
    }
    return f.preset(); // a bundled mapping, or a mapping file with a "name"
  }

  private static boolean isAbsolute(String path) {
    return path.startsWith("/") || path.matches("^[A-Za-z]:[\\\\/].*");
  }

  /**
   * {@code word} as the shell reads it back: as it is when it holds only letters, digits and {@code
   * _ . / : = @ % + , -}; else in single quotes (a quote inside as {@code '\''}).
   */
  public static String quoted(String word) {
    boolean plain = !word.isEmpty();
    for (int i = 0; i < word.length() && plain; i++) {
      char c = word.charAt(i);
      plain = Character.isLetterOrDigit(c) || "_./:=@%+,-".indexOf(c) >= 0;
    }
    return plain ? word : "'" + word.replace("'", "'\\''") + "'";
  }
}
