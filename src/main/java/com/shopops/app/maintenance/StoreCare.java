package com.shopops.app.maintenance;

import com.shopops.app.ExitCodes;
import com.shopops.app.UserException;
import com.shopops.store.CustomerFigureUpkeep;
import com.shopops.store.Maintenance;
import com.shopops.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** Keeping a store safe: a backup that is safe while others use it, and a health check. */
public final class StoreCare {
  private StoreCare() {}

  /** What {@code shopops check} found. */
  public record CheckResult(
      int schemaVersion,
      int latestSchemaVersion,
      List<String> integrityProblems,
      Map<String, Long> foreignKeyProblems,
      Map<String, Long> counts,
      long rejectedRows,
      long figureDifferences) {
    public boolean ok() {
      return integrityProblems.isEmpty()
          && foreignKeyProblems.isEmpty()
          && figureDifferences == 0
          && schemaVersion == latestSchemaVersion;
    }
  }

  /**
   * The store checked; with {@code rebuild}, the maintained figures (customer figures, the daily
   * visitor sets) are first built again from the raw rows (each in one transaction).
   */
  public static CheckResult check(Store store, boolean rebuild) throws SQLException {
    if (rebuild) {
      CustomerFigureUpkeep.rebuild(store);
      com.shopops.store.VisitorDays.rebuild(store);
    }
    Maintenance m = new Maintenance(store);
    return new CheckResult(
        store.schemaVersion(),
        Store.latestSchemaVersion(),
        m.integrityProblems(),
        m.foreignKeyProblems(),
        m.counts(),
        m.rejectedRows(),
        CustomerFigureUpkeep.differences(store));
  }

  /**
   * Writes a consistent copy of the store to {@code target}: to a private temp file beside it first
   * (0600: it holds the same personal data), renamed into place when complete, so a backup file is
   * never half-written. The caller has checked the target (cli OutputTarget: an existing directory,
   * not a directory or device, an existing file only with --force).
   */
  public static long backup(Store store, Path target) throws SQLException {
    Path dir = target.toAbsolutePath().getParent();
    if (target.toAbsolutePath().normalize().equals(store.path().toAbsolutePath().normalize())) {
      throw new UserException(
          ExitCodes.USAGE, "a backup must go to another file than the store", null);
    }
    Path tmp = null;
    try {
      tmp =
          Files.createTempFile(
              dir,
              "." + target.getFileName(),
              ".tmp",
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.delete(tmp); // SQLite creates it anew; the name stays ours
      new Maintenance(store).backupTo(tmp);
      Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
      long size = Files.size(tmp);
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return size;
    } catch (IOException e) {
      throw new UserException(
          ExitCodes.BAD_INPUT,
          "cannot write " + target + ": " + e.getMessage(),
          "nothing was written there");
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // the temp name is hidden; the error reported is the first one
        }
      }
    }
  }
}
