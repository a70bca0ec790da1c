package com.shopops.app.maintenance;

import com.shopops.app.ExitCodes;
import com.shopops.app.UserException;
import com.shopops.store.Dialect;
import com.shopops.store.MaintainedFigures;
import com.shopops.store.Maintenance;
import com.shopops.store.PgDump;
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
      MaintainedFigures.rebuild(store);
    }
    Maintenance m = new Maintenance(store);
    return new CheckResult(
        store.schemaVersion(),
        Store.latestSchemaVersion(),
        m.integrityProblems(),
        m.foreignKeyProblems(),
        m.counts(),
        m.rejectedRows(),
        MaintainedFigures.differences(store));
  }

  /**
   * Writes a consistent copy of the store to {@code target}: to a private temp file beside it first
   * (0600: it holds the same personal data), renamed into place when complete, so a backup file is
   * never half-written. A store on PostgreSQL is copied with pg_dump (custom format). The caller
   * has checked the target (cli OutputTarget: an existing directory, not a directory or device, an
   * existing file only with --force).
   */
  public static long backup(Store store, Path target, Map<String, String> env) throws SQLException {
    if (store.dialect() == Dialect.POSTGRESQL) {
      Path pgDump = PgDump.find(env).orElseThrow(() -> noPgDump(store, target));
      return viaTemp(
          target,
          tmp ->
              PgDump.run(store, pgDump, tmp)
                  .ifPresent(
                      why -> {
                        throw new UserException(
                            ExitCodes.USAGE,
                            "cannot back up store " + store.location() + ": pg_dump: " + why,
                            "nothing was written to "
                                + target
                                + "; the command was: "
                                + PgDump.shown(store, target));
                      }));
    }
    if (target.toAbsolutePath().normalize().equals(store.path().toAbsolutePath().normalize())) {
      throw new UserException(
          ExitCodes.USAGE, "a backup must go to another file than the store", null);
    }
    return viaTemp(
        target,
        tmp -> {
          Files.delete(tmp); // SQLite creates it anew; the name stays ours
          new Maintenance(store).backupTo(tmp);
        });
  }

  /** Writes a backup into a temp file. */
  private interface Fill {
    void into(Path tmp) throws IOException, SQLException;
  }

  /** A private temp file beside {@code target}, filled, then renamed into place; its size. */
  private static long viaTemp(Path target, Fill fill) throws SQLException {
    Path dir = target.toAbsolutePath().getParent();
    Path tmp = null;
    try {
      tmp =
          Files.createTempFile(
              dir,
              "." + target.getFileName(),
              ".tmp",
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      fill.into(tmp);
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

  /**
   * A store on PostgreSQL is backed up with the server's pg_dump: without it on PATH, the error
   * gives the command line to run where it is installed (the URL without the password).
   */
  private static UserException noPgDump(Store store, Path target) {
    return new UserException(
        ExitCodes.USAGE,
        "cannot back up store "
            + store.location()
            + ": pg_dump is not on PATH (a store on PostgreSQL is backed up with pg_dump)",
        "install the PostgreSQL client (apt-get install postgresql-client), or run where it is: "
            + PgDump.shown(store, target));
  }
}
