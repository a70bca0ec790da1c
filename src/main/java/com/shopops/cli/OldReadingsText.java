package com.shopops.cli;

/**
 * How `check` and the upgrade note say what an older shopops stored: the counts that are not 0, the
 * files by their absolute path (or as recorded, with the time of their import), and the orders
 * whose lines were stored before item ids (review14 N3, N8).
 */
final class OldReadingsText {
  private OldReadingsText() {}

  /**
   * The orders and returns still as an older shopops stored them, and the files to import again.
   */
  static String oldReadings(
      com.shopops.render.Messages m,
      com.shopops.store.OldReadings.Pending old,
      java.time.ZoneId zone,
      String db) {
    return m.get(
        "check.old_readings",
        counted(m, old),
        String.join(", ", old.someIds()),
        files(m, old, zone, db));
  }

  /** The JD/Tmall orders whose lines were stored before item ids, and their files. */
  static String withoutItemIds(
      com.shopops.render.Messages m,
      com.shopops.store.OldReadings.Pending old,
      java.time.ZoneId zone,
      String db) {
    return m.get(
        "check.item_ids", old.orders(), String.join(", ", old.someIds()), files(m, old, zone, db));
  }

  /**
   * "2 orders", "1 return", "2 orders and 1 return": only the counts that are not 0 (review14 N8).
   */
  static String counted(com.shopops.render.Messages m, com.shopops.store.OldReadings.Pending old) {
    String orders = m.get("check.count.orders", old.orders());
    String returns = m.get("check.count.returns", old.returns());
    if (old.returns() == 0) {
      return orders;
    }
    return old.orders() == 0 ? returns : m.get("check.count.both", orders, returns);
  }

  /**
   * The files to import again, by their absolute path; a path an older shopops kept as typed (from
   * the directory it ran in) with the time of its import (review14 N8).
   */
  static String files(
      com.shopops.render.Messages m,
      com.shopops.store.OldReadings.Pending old,
      java.time.ZoneId zone,
      String db) {
    return files(m, old, zone, db, false);
  }

  /**
   * {@link #files}, each file read with a built-in layout followed by what became of it, looked at
   * again (closing note 26, tryout26a A1 rest): no longer there, changed since its import, there
   * and unchanged, or not checked. Before, every such file was "no longer where it was imported
   * from, or changed", unchecked.
   */
  static String filesFound(
      com.shopops.render.Messages m,
      com.shopops.store.OldReadings.Pending old,
      java.time.ZoneId zone,
      String db) {
    return files(m, old, zone, db, true);
  }

  private static String files(
      com.shopops.render.Messages m,
      com.shopops.store.OldReadings.Pending old,
      java.time.ZoneId zone,
      String db,
      boolean found) {
    return commands(m, old.sources(), zone, db, found);
  }

  /**
   * The commands that import {@code files} again, whole (tryout27a A2), joined by "; " as a shell
   * reads them; each followed by what the store cannot say of it (a path as an older shopops kept
   * it, a mapping file known by its name only) and, with {@code found}, by what became of a file
   * read with a built-in layout.
   */
  static String commands(
      com.shopops.render.Messages m,
      java.util.List<com.shopops.store.OldReadings.Recorded> files,
      java.time.ZoneId zone,
      String db,
      boolean found) {
    var when = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
    return files.stream()
        .map(
            f -> {
              var again = com.shopops.app.imports.ImportAgain.of(f, zone, db);
              String said = again.line();
              if (again.mapNamed() != null) {
                said = m.get("check.map_named", said, again.mapNamed());
              }
              if (again.asTyped()) {
                said =
                    m.get(
                        "check.file_imported",
                        said,
                        when.format(java.time.Instant.ofEpochSecond(f.importedAt())));
              }
              if (!found || f.mapping() != null) { // the upgrade reads built-in layouts only
                return said;
              }
              return m.get(
                  switch (com.shopops.app.imports.StoredImportFile.found(f)) {
                    case SAME -> "check.file_found_same";
                    case GONE -> "check.file_found_gone";
                    case CHANGED -> "check.file_found_changed";
                    case NOT_CHECKED -> "check.file_found_unknown";
                  },
                  said);
            })
        .collect(java.util.stream.Collectors.joining("; "));
  }
}
