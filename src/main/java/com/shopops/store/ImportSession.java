package com.shopops.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

/**
 * One file's import: a transaction holding its rows and its record in the imports table, so that
 * the data and the bookkeeping land together or not at all.
 */
public final class ImportSession implements AutoCloseable {
  private final Connection conn;
  private final long importId;
  private final java.time.ZoneId zone;
  private boolean open = true;
  private final java.util.List<AutoCloseable> workers = new java.util.ArrayList<>();

  /** Whether this is a bulk load: settings changed for its duration, put back when it ends. */
  private final boolean bulkLoad;

  /**
   * Whether SQLite's foreign-key checks are off for this import because its writer checks the
   * parents itself ({@link #PARENTS_CHECKED}); put back on when it ends.
   */
  private boolean parentsChecked;

  /**
   * The kinds whose writers only ever write rows whose parent they have just read in the same
   * transaction, and delete nothing: an event's visitor number comes from the join with {@code
   * visitors} that interned it, a shipment is written only for an order the importer found in the
   * store (a row without one is rejected). SQLite checking the key again costs a lookup per row
   * (measured with the sqlite3 shell on 1,000,000 events: 1.2 of the 3.5 s of their insert; on
   * 94,500 shipments 0.1 of 0.3 s), so on SQLite they run with foreign-key checks off. PostgreSQL
   * keeps its checks.
   */
  static final java.util.Set<String> PARENTS_CHECKED = java.util.Set.of("events", "shipments");

  /**
   * A first load of orders from a file at least this large is a bulk load: the store's history
   * going in at once, into a store that has no orders yet. It is written with a rollback journal
   * instead of the WAL and without checking the order lines' foreign key:
   *
   * <ul>
   *   <li>SQLite's documentation: "WAL does not work well for very large transactions. For
   *       transactions larger than about 100 megabytes, traditional rollback journal modes will
   *       likely be faster". In WAL every page is written twice (to the log, then by the checkpoint
   *       when the store closes); with a rollback journal a new page is written once, and the
   *       commit is as atomic. Measured on 1,000,000 orders: about 15% less wall time, half the
   *       system time.
   *   <li>The order writer writes an order's lines right after the order, in the same transaction,
   *       and never deletes an order, so the lines' key to their order holds by construction;
   *       checking it costs a lookup per line (0.6 s of the 1.1 s that inserting a million lines
   *       takes, measured with the sqlite3 shell).
   * </ul>
   *
   * <p>The price: while it runs, the load has the store to itself, and another command waits for it
   * (as --wait says, see {@code Store.open}) instead of reading beside it. A daily import, into a
   * store that has orders, stays in WAL, so that cron and the operator can use the store at the
   * same time; so does a load that starts while another process has the store open.
   *
   * <p>On PostgreSQL the same load takes {@code orders} and {@code order_lines} for itself when
   * nobody is reading them ({@link PgLocks#takeOrdersForLoad}): their secondary indexes and the
   * lines' foreign key are dropped and made again, validated, before the commit ({@link
   * BulkIndexes}), instead of kept up row by row. Readers of orders wait for it meanwhile.
   */
  public static final long LARGE_IMPORT_BYTES = 64L << 20;

  /** Whether this import is a bulk load ({@link #LARGE_IMPORT_BYTES}). */
  boolean bulkLoad() {
    return bulkLoad;
  }

  ImportSession(Connection conn, long importId, boolean bulkLoad, java.time.ZoneId zone) {
    this.conn = conn;
    this.importId = importId;
    this.zone = zone;
    this.bulkLoad = bulkLoad;
  }

  /**
   * Starts the transaction and records the import (counts are filled in by {@link #commit}). {@code
   * expectedBytes} is the size of the file when known (0 when not): a large file is a bulk load
   * when no other connection has the store open (see {@link #LARGE_IMPORT_BYTES}).
   */
  public static ImportSession begin(
      Store store,
      String kind,
      String file,
      String sha256,
      String preset,
      String encoding,
      Instant startedAt,
      long expectedBytes) {
    return begin(store, kind, file, sha256, preset, encoding, startedAt, expectedBytes, null);
  }

  /**
   * As {@link #begin(Store, String, String, String, String, String, Instant, long)}, recording
   * {@code user} as who ran the import ({@link Store#user}; null: not known).
   */
  public static ImportSession begin(
      Store store,
      String kind,
      String file,
      String sha256,
      String preset,
      String encoding,
      Instant startedAt,
      long expectedBytes,
      String user) {
    Connection conn = store.connection();
    boolean bulkLoad = false;
    boolean parentsChecked = false;
    Dialect dialect = Dialect.of(conn);
    try {
      if (dialect == Dialect.POSTGRESQL) {
        conn.setAutoCommit(false);
        PgLocks.awaitImport(store, kind); // one import of a kind at a time; readers never wait
        bulkLoad =
            kind.equals("orders")
                && expectedBytes >= LARGE_IMPORT_BYTES
                && PgLocks.takeOrdersForLoad(conn);
      }
      try (Statement st = conn.createStatement()) {
        if (dialect == Dialect.SQLITE) {
          // a 32 MB page cache (SQLite's default is 2 MB): 128 MB made most of an import's peak
          // memory (1M orders 362 -> 235 MB; the index builds at the end sort within it) and
          // bought no speed (22.9 against 22.1 s of CPU, run side by side)
          st.execute("PRAGMA cache_size = -32768");
          bulkLoad =
              kind.equals("orders")
                  && expectedBytes >= LARGE_IMPORT_BYTES
                  && !hasOrders(st)
                  && journalMode(st, "DELETE");
          parentsChecked = !bulkLoad && PARENTS_CHECKED.contains(kind);
          if (bulkLoad || parentsChecked) {
            st.execute("PRAGMA foreign_keys = OFF"); // only outside a transaction
          }
        }
      }
      conn.setAutoCommit(false);
      try (PreparedStatement ps =
          conn.prepareStatement(
              "INSERT INTO imports (kind, file, sha256, preset, encoding, started_at, user_name)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING import_id")) {
        ps.setString(1, kind);
        ps.setString(2, file);
        ps.setString(3, sha256);
        ps.setString(4, preset);
        ps.setString(5, encoding);
        ps.setLong(6, startedAt.getEpochSecond());
        ps.setString(7, user); // null: not known
        try (var keys = ps.executeQuery()) {
          keys.next();
          ImportSession session = new ImportSession(conn, keys.getLong(1), bulkLoad, store.zone());
          session.parentsChecked = parentsChecked;
          session.file = file;
          session.startedAt = startedAt;
          session.storeLocation = store.location();
          // the lock is ours: a command that waits for the store can now say for what
          session.note = WriterNote.leave(store.path(), "import", file, startedAt, store.zone());
          return session;
        }
      }
    } catch (SQLException e) {
      Store.rollbackQuietly(conn);
      endBulkLoad(conn, bulkLoad);
      endParentsChecked(conn, parentsChecked);
      StoreException known = StoreErrors.describe(e);
      if (known != null && dialect == Dialect.POSTGRESQL) {
        throw known;
      }
      if (StoreErrors.isBusy(e)) {
        // --wait 0, or waited long enough: say which import holds the store, as opening does
        throw Store.busyLoading(store.path(), startedAt);
      }
      if (StoreErrors.isReadOnly(e)) {
        throw StoreErrors.readOnly(store.path()); // not the driver's "[SQLITE_READONLY] …"
      }
      throw new StoreException("cannot start import: " + e.getMessage(), e);
    }
  }

  private static boolean hasOrders(Statement st) throws SQLException {
    try (var rs = st.executeQuery("SELECT EXISTS (SELECT 1 FROM orders)")) {
      return rs.next() && rs.getBoolean(1);
    }
  }

  /**
   * Sets the journal mode and says whether it took. Leaving WAL needs the store to itself: while
   * another process has it open SQLite keeps WAL, and the import runs in WAL as usual.
   */
  private static boolean journalMode(Statement st, String mode) {
    try (var rs = st.executeQuery("PRAGMA journal_mode = " + mode)) {
      return rs.next() && mode.equalsIgnoreCase(rs.getString(1));
    } catch (SQLException e) {
      return false; // busy: another connection has the store open
    }
  }

  /** Puts back what a bulk load changed: foreign-key checks on, the store in WAL mode. */
  private static void endBulkLoad(Connection conn, boolean bulkLoad) {
    if (!bulkLoad || Dialect.of(conn) == Dialect.POSTGRESQL) {
      return; // on PostgreSQL the end of the transaction gives the tables back
    }
    try (Statement st = conn.createStatement()) {
      st.execute("PRAGMA foreign_keys = ON");
      journalMode(st, "WAL");
    } catch (SQLException ignored) {
      // the store is consistent in either mode; every open sets WAL and foreign keys again
    }
  }

  /** Puts foreign-key checks back on after an import whose writer checked the parents itself. */
  private static void endParentsChecked(Connection conn, boolean parentsChecked) {
    if (!parentsChecked) {
      return;
    }
    try (Statement st = conn.createStatement()) {
      st.execute("PRAGMA foreign_keys = ON");
    } catch (SQLException ignored) {
      // every open sets foreign keys again
    }
  }

  /**
   * A writer with a thread of its own, stopped before a rollback so nothing is written after it.
   */
  void onRollback(AutoCloseable worker) {
    workers.add(worker);
  }

  /**
   * The store's secret for customer-id pseudonyms ({@code pseudonym_key}, 32 random bytes), created
   * on first need in this import's transaction: kept if the import commits.
   */
  public byte[] pseudonymKey() {
    try {
      java.util.Optional<String> k = Settings.get(conn, Settings.PSEUDONYM_KEY);
      if (k.isPresent()) {
        return java.util.HexFormat.of().parseHex(k.get());
      }
      byte[] key = new byte[32];
      new java.security.SecureRandom().nextBytes(key);
      String fixed = System.getProperty("shopops.test.pseudonymKey"); // golden tests: stable ids
      if (fixed != null) {
        key = fixed.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      }
      Settings.put(conn, Settings.PSEUDONYM_KEY, java.util.HexFormat.of().formatHex(key));
      return key;
    } catch (SQLException e) {
      throw new StoreException("cannot read the store's pseudonym key: " + e.getMessage(), e);
    }
  }

  /**
   * The import's clock ({@code --now}): when the file was read, the time a step the file sets and
   * does not date is known by (a return's status without its step time).
   */
  public Instant startedAt() {
    return startedAt;
  }

  private Instant startedAt;

  private String storeLocation;

  /** The store the import goes into, as {@link Store#location} names it. */
  public String storeLocation() {
    return storeLocation;
  }

  public long importId() {
    return importId;
  }

  Connection connection() {
    return conn;
  }

  /** The store's time zone, where its calendar days are cut. */
  java.time.ZoneId zone() {
    return zone;
  }

  /**
   * The parcels removed by hand and not restored, by order and tracking number ({@link
   * ParcelStore#removedNow}): an import naming one leaves it out and says so. Empty in most stores.
   */
  public java.util.Map<String, java.util.Map<String, ParcelStore.Removal>> removedParcels()
      throws SQLException {
    return ParcelStore.removedNow(conn);
  }

  public OrderWriter orders(String source) {
    return new OrderWriter(this, source);
  }

  public ShipmentWriter shipments() {
    return new ShipmentWriter(this);
  }

  public CustomerWriter customers() {
    return new CustomerWriter(this);
  }

  /** Returns and the order facts their checks need, read and written inside this import. */
  public ReturnStore returns() {
    return new ReturnStore(conn);
  }

  /** The currency of orders whose export names none ({@code init --currency}, default CNY). */
  public String defaultCurrency() {
    try {
      return Settings.get(conn, Settings.CURRENCY).orElse(Settings.DEFAULT_CURRENCY);
    } catch (SQLException e) {
      throw new StoreException("cannot read the store's currency: " + e.getMessage(), e);
    }
  }

  /** The configured rules stored in the store ({@code config set}), for rules applied on import. */
  public java.util.Map<String, String> config() {
    try {
      return ConfigStore.read(conn);
    } catch (SQLException e) {
      throw new StoreException("cannot read the configuration: " + e.getMessage(), e);
    }
  }

  /**
   * Remembers the person behind each per-order customer id ({@code personOf}: Olist's customer_id
   * to customer_unique_id; later orders imports take it) and gives the store's orders of each the
   * person's id, and the province and city of the order's alias ({@code placeOf}: alias to
   * province, city, region) to those that have none; returns how many orders moved and how many got
   * a province.
   */
  public Attributed attributeOrders(
      java.util.Map<String, String> personOf, java.util.Map<String, String[]> placeOf) {
    try {
      return CustomerAliases.remember(conn, personOf, placeOf);
    } catch (SQLException e) {
      throw new StoreException("cannot attribute orders to customers: " + e.getMessage(), e);
    }
  }

  /** What a customers file did to the store's orders: moved to their person, given a province. */
  public record Attributed(long moved, long placed) {}

  /** Orders written by this import whose customer id is not a customer of the store. */
  public long ordersOfUnknownCustomers() {
    try (PreparedStatement ps =
        conn.prepareStatement(
            "SELECT count(*) FROM orders o WHERE o.import_id = ? AND o.customer_id IS NOT NULL"
                + " AND NOT EXISTS (SELECT 1 FROM customers c WHERE c.customer_id = o.customer_id)")) {
      ps.setLong(1, importId);
      try (java.sql.ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot count the orders' customers: " + e.getMessage(), e);
    }
  }

  /**
   * The orders this import wrote that are closed after payment with no close time in the file
   * (review16 Q6): {@code seenClosed}, stored paid and open before and first stored closed by this
   * import, whose refund counts on this import's day ({@code closed_seen_at}); {@code newClosed},
   * the others (new to the store, or stored unpaid), whose refund counts on their payment day. And
   * the same of the orders not closed whose export states a refund with no refund time (task
   * timeedge, task refundsteps): {@code seenRefunded}, stored paid before and whose refund this
   * import changed (a step of {@code order_refund_steps} on this import's clock), {@code
   * newRefunded}, first stored with it (no step: it counts on the payment day). {@code
   * newNothingOff}: of {@code newClosed}, those with no money left to refund yet (0.00: an Olist
   * orders file gives no amount, its items file does; tryout25b B7).
   */
  public record UndatedClosures(
      long seenClosed, long newClosed, long seenRefunded, long newRefunded, long newNothingOff) {}

  /**
   * Whether order o's stated refund was first stated by the import that last wrote it ({@code
   * refund_stated_at}, V048: NULL on an order first stored by it; an import that repeats the figure
   * keeps the earlier time): an order stored paid before with the same refund is not "not stored
   * paid before" (tryout23b A1). The second parameter: this import's clock.
   */
  private static final String STATED_BY_THIS_IMPORT =
      "(o.refund_stated_at IS NULL OR o.refund_stated_at = coalesce(o.exported_at, ?))";

  /** {@link UndatedClosures} of this import. */
  public UndatedClosures undatedClosures() {
    try (PreparedStatement ps =
        conn.prepareStatement(
            "SELECT coalesce(sum(CASE WHEN "
                + ReturnFigures.UNDATED_CLOSURE
                + " AND o.closed_seen_at = ? AND "
                + ReturnFigures.BEYOND_REFUNDED_RETURNS
                + " THEN 1 ELSE 0 END), 0), coalesce(sum(CASE WHEN "
                + ReturnFigures.UNDATED_CLOSURE
                + " AND coalesce(o.closed_seen_at, -1) <> ? THEN 1 ELSE 0 END), 0),"
                + " coalesce(sum(CASE WHEN "
                + ReturnFigures.UNDATED_CLOSURE
                + " AND coalesce(o.closed_seen_at, -1) <> ? AND NOT coalesce("
                + ReturnFigures.BEYOND_REFUNDED_RETURNS
                + ", false) THEN 1 ELSE 0 END), 0),"
                + " coalesce(sum(CASE WHEN "
                + ReturnFigures.UNDATED_PART_REFUND
                + " AND EXISTS (SELECT 1 FROM order_refund_steps s WHERE s.order_id = o.order_id"
                + " AND s.import_id = o.import_id AND s.seen_at = ? AND "
                + ReturnFigures.STEP_REFUNDS
                + ") AND "
                + ReturnFigures.BEYOND_REFUNDED_RETURNS
                + " THEN 1 ELSE 0 END), 0),"
                + " coalesce(sum(CASE WHEN "
                + ReturnFigures.UNDATED_PART_REFUND
                + " AND NOT EXISTS (SELECT 1 FROM order_refund_steps s WHERE s.order_id ="
                + " o.order_id) AND "
                + STATED_BY_THIS_IMPORT
                + " THEN 1 ELSE 0 END), 0)"
                + " FROM orders o WHERE o.import_id = ? AND ("
                + ReturnFigures.UNDATED_CLOSURE
                + " OR "
                + ReturnFigures.UNDATED_PART_REFUND
                + ")")) {
      ps.setLong(1, startedAt.getEpochSecond());
      ps.setLong(2, startedAt.getEpochSecond());
      ps.setLong(3, startedAt.getEpochSecond());
      ps.setLong(4, startedAt.getEpochSecond());
      ps.setLong(5, startedAt.getEpochSecond());
      ps.setLong(6, importId);
      try (java.sql.ResultSet rs = ps.executeQuery()) {
        rs.next();
        return new UndatedClosures(
            rs.getLong(1), rs.getLong(2), rs.getLong(4), rs.getLong(5), rs.getLong(3));
      }
    } catch (SQLException e) {
      throw new StoreException("cannot count the orders closed: " + e.getMessage(), e);
    }
  }

  /**
   * The refunds this import took back ({@link ReturnFigures.Reversal}, tryout24b A2): orders whose
   * export now states less refunded than the store counted — their refund before plus the hand
   * refunds paid since — taken as the export states, the difference reversed on this import's day.
   */
  public java.util.List<ReturnFigures.Reversal> refundReversals() {
    try (PreparedStatement ps =
        conn.prepareStatement(
            ReturnFigures.reversals(" AND s.import_id = ? AND s.seen_at = ?", null)
                + " ORDER BY 1")) {
      ps.setLong(1, importId);
      ps.setLong(2, startedAt.getEpochSecond());
      return ReturnFigures.readReversals(ps, zone);
    } catch (SQLException e) {
      throw new StoreException("cannot read the refunds reversed: " + e.getMessage(), e);
    }
  }

  /**
   * Money this import takes off net sales on a day before its own (task refundsteps): an order the
   * store held paid and open that the file closes with a close time of an earlier day (its export's
   * cancelled_at). {@code currency} null: the store's.
   */
  public record EndedDayRefund(
      java.time.LocalDate day, String currency, long orders, long refunded) {}

  /**
   * {@link EndedDayRefund}s of this import, by day and currency, in the store zone; empty when it
   * moves no money into a day that had ended before its clock's day.
   */
  public java.util.List<EndedDayRefund> refundsIntoEndedDays() {
    Instant dayStart = startedAt.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
    // rows in time order: one entry per day and currency, in that order
    java.util.Map<EndedDayRefund, long[]> byDay = new java.util.LinkedHashMap<>();
    try (PreparedStatement ps =
        conn.prepareStatement(ReturnFigures.CLOSED_INTO_ENDED_DAYS + " ORDER BY 2, 4")) {
      ps.setLong(1, importId);
      ps.setLong(2, startedAt.getEpochSecond());
      ps.setLong(3, dayStart.getEpochSecond());
      try (java.sql.ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          java.time.LocalDate day = Instant.ofEpochSecond(rs.getLong(2)).atZone(zone).toLocalDate();
          long[] sum =
              byDay.computeIfAbsent(
                  new EndedDayRefund(day, rs.getString(4), 0, 0), k -> new long[2]);
          sum[0]++;
          sum[1] += rs.getLong(3);
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot date the refunds: " + e.getMessage(), e);
    }
    java.util.List<EndedDayRefund> out = new java.util.ArrayList<>();
    byDay.forEach((k, v) -> out.add(new EndedDayRefund(k.day(), k.currency(), v[0], v[1])));
    return out;
  }

  public TrafficWriter traffic() {
    return new TrafficWriter(this);
  }

  public ReviewWriter reviews() {
    return new ReviewWriter(this);
  }

  public ComplaintWriter complaints() {
    return new ComplaintWriter(this);
  }

  public ProductWriter products() {
    return new ProductWriter(this);
  }

  public EventWriter events() {
    return new EventWriter(this);
  }

  /** An earlier import of the same kind ({@code importId}) recorded with this file's SHA-256. */
  public record SameFile(long importId, String file) {}

  /**
   * The earlier imports of this kind recorded with the same SHA-256 as this one, oldest first: the
   * same bytes under any name (an operator's renamed download, tryout29a A2), whose name may state
   * the export time this one's does not.
   */
  public java.util.List<SameFile> sameFile() {
    java.util.List<SameFile> out = new java.util.ArrayList<>();
    try (PreparedStatement ps =
        conn.prepareStatement(
            "SELECT j.import_id, j.file FROM imports i JOIN imports j ON j.sha256 = i.sha256"
                + " AND j.kind = i.kind AND j.import_id < i.import_id WHERE i.import_id = ?"
                + " ORDER BY j.import_id")) {
      ps.setLong(1, importId);
      try (java.sql.ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new SameFile(rs.getLong(1), rs.getString(2)));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the store: " + e.getMessage(), e);
    }
    return out;
  }

  /** The file's SHA-256, when it was computed while the file was being imported. */
  public void recordSha256(String sha256) {
    try (PreparedStatement ps =
        conn.prepareStatement("UPDATE imports SET sha256 = ? WHERE import_id = ?")) {
      ps.setString(1, sha256);
      ps.setLong(2, importId);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("cannot record the import: " + e.getMessage(), e);
    }
  }

  /**
   * Records a problem of this import, written with it: an implausible row that was imported as it
   * is (kind {@code anomaly:<what>}) or a rejected row (kind {@code rejected}); {@code imports show
   * ID} lists them, under the file as the import recorded it (its absolute path: one spelling in
   * every listing, review13 M16).
   */
  public void recordProblem(long line, String kind, String recordId, String message) {
    try {
      if (problems == null) {
        problems =
            conn.prepareStatement(
                "INSERT INTO anomalies (import_id, file, line, kind, record_id, message)"
                    + " VALUES (?, ?, ?, ?, ?, ?)");
      }
      problems.setLong(1, importId);
      problems.setString(2, file);
      problems.setLong(3, line);
      problems.setString(4, kind);
      problems.setString(5, recordId);
      problems.setString(6, message);
      problems.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("cannot record the import: " + e.getMessage(), e);
    }
  }

  private PreparedStatement problems;

  /**
   * The orders this import's writers read before writing them: the kept SLA figures' deltas at
   * commit ({@link SlaFigureUpkeep.Before}); gone with the session when it rolls back.
   */
  private final SlaFigureUpkeep.Before slaBefore = new SlaFigureUpkeep.Before();

  /** What {@link #commit} hands the kept SLA figures: the orders read before they were written. */
  SlaFigureUpkeep.Before slaBefore() {
    return slaBefore;
  }

  private WriterNote note;
  private String file;

  private void removeNote() {
    if (note != null) {
      note.remove();
      note = null;
    }
  }

  /** Records the counts and commits everything written in this session. */
  public void commit(
      long rows, long inserted, long updated, long unchanged, long rejected, Instant finishedAt) {
    try (PreparedStatement ps =
        conn.prepareStatement(
            "UPDATE imports SET rows_read = ?, inserted = ?, updated = ?, unchanged = ?,"
                + " rejected = ?, finished_at = ? WHERE import_id = ?")) {
      ps.setLong(1, rows);
      ps.setLong(2, inserted);
      ps.setLong(3, updated);
      ps.setLong(4, unchanged);
      ps.setLong(5, rejected);
      ps.setLong(6, finishedAt.getEpochSecond());
      ps.setLong(7, importId);
      ps.executeUpdate();
      closeProblems();
      MaintainedFigures.refresh(conn, slaBefore);
      conn.commit();
      conn.setAutoCommit(true);
      open = false;
      endBulkLoad(conn, bulkLoad);
      endParentsChecked(conn, parentsChecked);
      removeNote();
    } catch (SQLException e) {
      throw new StoreException("cannot commit import: " + e.getMessage(), e);
    }
  }

  /** Throws away everything written in this session, the import record included. */
  public void rollback() {
    for (AutoCloseable w : workers) {
      try {
        w.close();
      } catch (Exception ignored) {
        // stopping a writer that already failed: the first error is the one reported
      }
    }
    closeProblems();
    if (open) {
      Store.rollbackQuietly(conn);
      open = false;
      endBulkLoad(conn, bulkLoad);
      endParentsChecked(conn, parentsChecked);
    }
    removeNote();
  }

  private void closeProblems() {
    if (problems != null) {
      try {
        problems.close();
      } catch (SQLException ignored) {
        // a statement of an ended transaction
      }
      problems = null;
    }
  }

  @Override
  public void close() {
    rollback();
  }
}
