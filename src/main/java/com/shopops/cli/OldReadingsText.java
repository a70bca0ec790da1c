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
      java.time.ZoneId zone) {
    return m.get(
        "check.old_readings",
        counted(m, old),
        String.join(", ", old.someIds()),
        files(m, old, zone));
  }

  /** The JD/Tmall orders whose lines were stored before item ids, and their files. */
  static String withoutItemIds(
      com.shopops.render.Messages m,
      com.shopops.store.OldReadings.Pending old,
      java.time.ZoneId zone) {
    return m.get(
        "check.item_ids", old.orders(), String.join(", ", old.someIds()), files(m, old, zone));
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
      java.time.ZoneId zone) {
    var when = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
    return old.sources().stream()
        .map(
            f -> {
              String file =
                  f.absolute()
                      ? f.file()
                      : m.get(
                          "check.file_imported",
                          f.file(),
                          when.format(java.time.Instant.ofEpochSecond(f.importedAt())));
              if (f.mapping() == null) {
                return file;
              }
              // imported with a mapping file: the options it needs again (tryout26a A1)
              return f.exportedAt() == null
                  ? m.get("check.file_mapped", file, f.mapping())
                  : m.get(
                      "check.file_mapped_at",
                      file,
                      f.mapping(),
                      when.format(java.time.Instant.ofEpochSecond(f.exportedAt())));
            })
        .collect(java.util.stream.Collectors.joining(", "));
  }
}
