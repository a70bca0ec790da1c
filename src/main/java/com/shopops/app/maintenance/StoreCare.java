package com.shopops.app.maintenance;

import com.shopops.app.ExitCodes;
import com.shopops.app.UserException;
import com.shopops.store.Dialect;
import com.shopops.store.MaintainedFigures;
import com.shopops.store.Maintenance;
import com.shopops.store.OldReadings;
import com.shopops.store.PgDump;
import com.shopops.store.ReturnFigures;
import com.shopops.store.Store;
import com.shopops.store.StoreErrors;
import com.shopops.store.TwoPlatformBuyers;
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
      long figureDifferences,
      OldReadings.Pending oldReadings,
      TwoPlatformBuyers.Pending buyers,
      OldReadings.Pending withoutItemIds,
      List<ReturnFigures.RefundAboveTotal> refundsAboveTotal,
      List<com.shopops.store.MaskedCustomers.Masked> maskedCustomers,
      com.shopops.store.TimelessOrders.Found timelessOrders,
      com.shopops.store.LinesNotGoods.Found linesNotGoods,
      List<com.shopops.store.ReturnsOffLines.Off> returnsAboveLines,
      OldReadings.Pending presalesHeld,
      OldReadings.Pending presalesCappedUnseen,
      Map<String, String> notRun) {
    public boolean ok() {
      return integrityProblems.isEmpty()
          && refundsAboveTotal.isEmpty()
          && !com.shopops.store.MaskedCustomers.holdOrders(maskedCustomers)
          && notRun.isEmpty()
          && foreignKeyProblems.isEmpty()
          && figureDifferences == 0
          && oldReadings.none()
          && presalesHeld.none()
          && buyers.none()
          && schemaVersion == latestSchemaVersion;
    }

    /**
     * The rows that are said but are no fault (exit 0 without {@code --strict}, tryout25b B10):
     * orders with no order time, orders whose lines do not add up to their goods, returns above the
     * units their order's lines list (tryout29a A4), lines stored before item ids, masked customers
     * whose orders have gone to their buyers, presales paid at a parcel's outbound with no time
     * seen paid kept (right today, but a removal of that parcel would hold them: tryout26a A3). In
     * the order {@code check} prints its rows.
     */
    public List<String> warnings() {
      List<String> w = new java.util.ArrayList<>();
      if (!notRun.containsKey("item ids") && !withoutItemIds.none()) {
        w.add("item ids");
      }
      if (!notRun.containsKey("masked buyer ids") && !maskedCustomers.isEmpty()) {
        w.add("masked buyer ids");
      }
      if (!notRun.containsKey("order times") && !timelessOrders.none()) {
        w.add("order times");
      }
      if (!notRun.containsKey("lines and goods") && !linesNotGoods.none()) {
        w.add("lines and goods");
      }
      if (!notRun.containsKey("returns and lines") && !returnsAboveLines.isEmpty()) {
        w.add("returns and lines");
      }
      if (!notRun.containsKey("presale paid times") && !presalesCappedUnseen.none()) {
        w.add("presale paid times");
      }
      return w;
    }
  }

  /**
   * The store checked; with {@code rebuild}, the maintained figures (customer figures, the daily
   * visitor sets) are first built again from the raw rows (each in one transaction), after the
   * returns' window flags are judged again from the delivery times now known.
   */
  public static CheckResult check(Store store, boolean rebuild) throws SQLException {
    if (rebuild) {
      // the returns' 7-day windows judged again from the delivery now known, by the one rule an
      // import of shipments and remove-parcel use (tryout21 Z15: a store the older shopops left
      // with a window judged on a removed parcel's delivery)
      store.inTransaction(
          conn -> new com.shopops.app.returns.ReturnService(store).judgeWindowsAgain(true));
      MaintainedFigures.rebuild(store);
    }
    Maintenance m = new Maintenance(store);
    List<String> integrity;
    try {
      integrity = m.integrityProblems();
    } catch (SQLException e) {
      if (!StoreErrors.damaged(e)) {
        throw e;
      }
      integrity = List.of(reason(e)); // so damaged that SQLite's own check stops
    }
    // a damaged file: every further step that the damage stops is said as not run, so the check
    // still shows what the integrity check found and exits 1 (review13 M10); a sound file's
    // failure is a real one and is not hidden
    Map<String, String> notRun = new java.util.LinkedHashMap<>();
    boolean damaged = !integrity.isEmpty();
    return new CheckResult(
        store.schemaVersion(),
        Store.latestSchemaVersion(),
        integrity,
        step("foreign keys", m::foreignKeyProblems, Map.of(), damaged, notRun),
        step("counts", m::counts, Map.of(), damaged, notRun),
        step("rejected rows", m::rejectedRows, 0L, damaged, notRun),
        step("customer figures", () -> MaintainedFigures.differences(store), 0L, damaged, notRun),
        step("old readings", () -> OldReadings.pending(store), NONE_OLD, damaged, notRun),
        step(
            "two-platform buyers",
            () -> TwoPlatformBuyers.pending(store),
            NO_BUYERS,
            damaged,
            notRun),
        step("item ids", () -> OldReadings.withoutItemIds(store), NONE_OLD, damaged, notRun),
        step( // held from before imports refused them (tryout20 Y9): named, not changed
            "refunds above total",
            () -> new ReturnFigures(store).refundsAboveTotal(),
            List.of(),
            damaged,
            notRun),
        step( // one customer for every buyer of a mask, from before review20 X10's fix
            "masked buyer ids",
            () -> com.shopops.store.MaskedCustomers.of(store),
            List.of(),
            damaged,
            notRun),
        step( // orders with no time at all (order_id,amount): listed, not a fault (generic25)
            "order times",
            () -> com.shopops.store.TimelessOrders.of(store),
            new com.shopops.store.TimelessOrders.Found(0, List.of()),
            damaged,
            notRun),
        step( // lines that do not add up to the goods (tryout28b B1): listed, not a fault
            "lines and goods",
            () -> com.shopops.store.LinesNotGoods.of(store),
            com.shopops.store.LinesNotGoods.Found.NONE,
            damaged,
            notRun),
        step( // returns above the units their lines now list (tryout29a A4, tryout29b B3)
            "returns and lines",
            () -> com.shopops.store.ReturnsOffLines.of(store),
            List.of(),
            damaged,
            notRun),
        step( // held to a removed parcel by an older shopops's cap (tryout25a A1, A2)
            "presale paid times", () -> OldReadings.presalesHeld(store), NONE_OLD, damaged, notRun),
        step( // paid at a parcel still there, no time seen paid: a warning (tryout26a A3)
            "presale paid times",
            () -> OldReadings.presalesCappedUnseen(store, null),
            NONE_OLD,
            damaged,
            notRun),
        notRun);
  }

  private static final OldReadings.Pending NONE_OLD =
      new OldReadings.Pending(0, 0, List.of(), List.of());

  private static final TwoPlatformBuyers.Pending NO_BUYERS =
      new TwoPlatformBuyers.Pending(List.of(), List.of(), List.of());

  /**
   * What the upgrade of {@code store} from schema {@code from} put right and left to do: older
   * readings (review13 M1), lines without item ids (review14 N3), buyers of two platforms (N2).
   */
  public static com.shopops.store.StoreUpgrade upgrade(Store store, int from) throws SQLException {
    if (com.shopops.store.PresaleUpgrade.toDate(store)) {
      // presales held on their deposit day: the stored 订单报表 files that still exist date them
      com.shopops.app.imports.StagedPresaleFiles.date(store); // (tryout22a A2)
    }
    // an older store may keep tryout22b B2's 改价 in the amount: its stored files put it right (A9)
    // inside the upgrade's transaction (upgrade26); what it did and left, said
    var repriced =
        com.shopops.store.RepricedUpgrade.looksFrom(from)
            ? com.shopops.app.imports.RepricedFiles.done(store)
            : com.shopops.app.imports.RepricedFiles.NONE;
    return com.shopops.store.StoreUpgrade.of(
        store,
        from,
        from < LATER_OUTBOUND_SEEN // an older store may keep tryout22b B9's damage (tryout23b A12)
            ? com.shopops.app.imports.EarlierOutboundFiles.pending(store)
            : new com.shopops.store.OldReadings.Pending(0, 0, List.of(), List.of()),
        repriced.restated(),
        repriced.left());
  }

  /** The schema from which an upgrade no longer looks for tryout22b B9's later outbound. */
  private static final int LATER_OUTBOUND_SEEN = 50;

  /**
   * Finishes the re-dating of an upgrade that was stopped after its migrations committed (its
   * marker still in the store; tryout23a A9). A user who may not write the store leaves it to one
   * who may.
   */
  public static void resume(Store store) throws SQLException {
    if (!com.shopops.store.PresaleUpgrade.toDate(store)) {
      return;
    }
    try {
      com.shopops.app.imports.StagedPresaleFiles.date(store);
    } catch (SQLException e) {
      if (!com.shopops.store.PresaleUpgrade.notAllowed(e)) {
        throw e;
      }
    }
  }

  /** One step of a check. */
  private interface Step<T> {
    T run() throws SQLException;
  }

  /**
   * A step's answer; on a damaged file, a step that fails is recorded in {@code notRun} with the
   * store's reason and answers {@code none}.
   */
  private static <T> T step(
      String name, Step<T> step, T none, boolean damaged, Map<String, String> notRun)
      throws SQLException {
    try {
      return step.run();
    } catch (SQLException e) {
      if (!damaged) {
        throw e;
      }
      notRun.put(name, reason(e));
      return none;
    }
  }

  /** Why a step failed, in the user's words. */
  private static String reason(SQLException e) {
    var known = StoreErrors.describe(e);
    return known != null ? known.getMessage().replaceFirst("^store: ", "") : e.getMessage();
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
