package com.shopops.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.sqlite.BusyHandler;
import org.sqlite.SQLiteConfig;

/**
 * The shop's SQLite file. Opened in WAL mode with foreign keys on and a busy timeout, so a cron
 * import and an operator's report can use it at the same time. Every store records its time zone at
 * {@code init}; files without an offset are read in it and reports cut days in it.
 */
public final class Store implements AutoCloseable {
  /** Wait this long for another process's write lock before failing. */
  static final int BUSY_TIMEOUT_MS = 10_000;

  private final Path path;
  private final Connection conn;

  /** Held while closing, so that {@link #interrupt} never reaches a closed connection. */
  private final Object closing = new Object();

  private final ZoneId zone;
  private final String location;
  private final Dialect dialect;

  /** The URL of a store on PostgreSQL (its password only here); null for a file. */
  private final PgUrl pgUrl;

  /** How long a PostgreSQL store waits for another import of the same kind (null: at once). */
  private Waiting waiting;

  /** The schema version this opening upgraded the store from; -1 when it was up to date. */
  private int upgradedFrom = -1;

  /** How long the upgrade of this opening took (tryout23a A7). */
  private Duration upgradeTook = Duration.ZERO;

  private List<String> repricedByUpgrade = List.of();

  private Store(Path path, Connection conn, ZoneId zone) {
    this.path = path;
    this.conn = conn;
    this.zone = zone;
    this.location = path.toString();
    this.dialect = Dialect.SQLITE;
    this.pgUrl = null;
  }

  /** An SQLite store on a connection the caller opened (tests that watch its statements). */
  static Store onConnection(Path path, Connection conn, ZoneId zone) {
    return new Store(path, conn, zone);
  }

  /** A store on PostgreSQL ({@link PgStores}): its location is the URL without a password. */
  Store(PgUrl url, Connection conn, ZoneId zone) {
    this.path = Path.of(url.display());
    this.conn = conn;
    this.zone = zone;
    this.location = url.display();
    this.dialect = Dialect.POSTGRESQL;
    this.pgUrl = url;
  }

  /**
   * Opens the store {@code db} names: a {@code postgresql://} URL (its password from the URL,
   * PGPASSWORD or the password file in {@code env}) or an SQLite file.
   */
  public static Store open(String db, Map<String, String> env, Instant now, Waiting waiting) {
    if (PgUrl.isPg(db)) {
      Store s = PgStores.open(PgUrl.parse(db, env), now, waiting);
      s.waiting = waiting;
      return s;
    }
    return open(Path.of(db), now, waiting);
  }

  /**
   * What to say on opening a PostgreSQL store whose password file was not read because others may
   * read it (as psql says it), or null.
   */
  public String passFileWarning() {
    return pgUrl == null ? null : pgUrl.passFileWarning();
  }

  /** Creates the store {@code db} names (as {@link #open(String, Map, Instant, Waiting)}). */
  public static Store create(
      String db, Map<String, String> env, ZoneId zone, String currency, Instant now) {
    if (PgUrl.isPg(db)) {
      return PgStores.create(PgUrl.parse(db, env), zone, currency, now);
    }
    return create(Path.of(db), zone, currency, now);
  }

  /** Creates a new store; refuses to touch an existing file. */
  public static Store create(Path path, ZoneId zone, Instant now) {
    return create(path, zone, Settings.DEFAULT_CURRENCY, now);
  }

  /**
   * Creates a new store whose orders are in {@code currency} unless their export names one; refuses
   * to touch an existing file.
   */
  public static Store create(Path path, ZoneId zone, String currency, Instant now) {
    if (Files.isDirectory(path)) {
      throw directory(path);
    }
    // a 0-byte file (mktemp) holds nothing: init takes it over, made private first
    boolean takeOver = isEmptyFile(path);
    if (takeOver) {
      try {
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: its own access rules apply
      } catch (IOException e) {
        throw emptyFile(path);
      }
    }
    if (!takeOver && Files.exists(path)) {
      throw new StoreException(
          "store " + path + " already exists", "use it as it is, or pass --db to create another");
    }
    Path parent = path.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new StoreException(
          "directory " + parent + " does not exist", "create it first: mkdir -p " + parent);
    }
    Connection conn = null;
    try {
      if (!takeOver) {
        createPrivateFile(path);
      }
      conn = connect(path, now);
      useWal(conn);
      Migrations.migrate(conn, now);
      Settings.put(conn, Settings.ZONE, zone.getId());
      Settings.put(conn, Settings.CREATED_AT, Long.toString(now.getEpochSecond()));
      Settings.put(conn, Settings.CURRENCY, currency);
      return new Store(path, conn, zone);
    } catch (IOException | SQLException | RuntimeException e) {
      if (conn != null) {
        closeQuietly(conn);
      }
      deleteQuietly(path); // a failed init leaves nothing behind to block the next one
      if (e instanceof StoreException se) {
        throw se;
      }
      String why = e instanceof SQLException sql ? StoreErrors.reason(sql) : e.getMessage();
      throw new StoreException("cannot create store " + path + ": " + why, e);
    }
  }

  /**
   * The store holds names, phones and addresses: it is created readable and writable by its owner
   * only (0600), and SQLite gives its -wal and -shm files the same mode.
   */
  static void createPrivateFile(Path path) throws IOException {
    try {
      Files.createFile(
          path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException e) {
      Files.createFile(path); // not a POSIX file system: its own access rules apply
    }
  }

  private static void deleteQuietly(Path path) {
    for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
      try {
        Files.deleteIfExists(Path.of(path + suffix));
      } catch (IOException ignored) {
        // best effort: the error being reported is the first one
      }
    }
  }

  /**
   * How long to wait for another process that holds the store (an import, a bulk load, another
   * writer), and what to say when the waiting starts. SQLite's busy handler calls back while the
   * lock is held; after {@code max} the statement fails as busy (a store error, exit 2).
   */
  public record Waiting(Duration max, Consumer<String> say, Consumer<String> progress) {
    /** Waiting that says no progress. */
    public Waiting(Duration max, Consumer<String> say) {
      this(max, say, p -> {});
    }

    /**
     * Said once per command: a command may wait at more than one step (turning the store back to
     * WAL, then its first write; the source, then the target of a copy). {@code progress} is said
     * each time: the start of an upgrade (tryout23a A7).
     */
    public Waiting {
      Consumer<String> to = say;
      java.util.concurrent.atomic.AtomicBoolean said =
          new java.util.concurrent.atomic.AtomicBoolean();
      say =
          m -> {
            if (!said.getAndSet(true)) {
              to.accept(m);
            }
          };
    }
  }

  /** Opens an existing store, upgrading an older schema; refuses a missing or newer one. */
  public static Store open(Path path, Instant now) {
    return open(path, now, null);
  }

  /**
   * Opens an existing store, waiting for a busy one as {@code waiting} says (null: 10 s, quietly).
   */
  public static Store open(Path path, Instant now, Waiting waiting) {
    if (Files.isDirectory(path)) {
      throw directory(path);
    }
    if (!Files.isRegularFile(path)) {
      throw new StoreException(
          "no store at " + path,
          "create one with `shopops init`, or point to yours with --db PATH or $SHOPOPS_DB");
    }
    Connection conn = connect(path, now);
    try {
      if (waiting != null) {
        BusyHandler.setHandler(conn, new PatientHandler(waiting, path, now));
      }
      int version = Migrations.currentVersion(conn);
      Migrations.refuseNewer(path, version);
      if (version == 0 && isEmptyFile(path)) {
        throw emptyFile(path);
      }
      if (version == 0 && !hasTable(conn, "settings")) {
        throw new StoreException(
            path + " is not a shopops store", "create one with `shopops init --db NEW_PATH`");
      }
      Migrations.refuseOtherSteps(path, conn, version); // tryout23a A5
      // only once the file is known to be a store: never change another app's file
      useWal(conn, waiting, path, now);
      long started = System.nanoTime();
      Migrations.Opening opening = new Migrations.Opening(path.toString(), path, waiting);
      int applied = Migrations.migrate(conn, now, Migrations.latest(), opening);
      String zoneId = Settings.get(conn, Settings.ZONE).orElse(ZoneId.systemDefault().getId());
      return new Store(path, conn, ZoneId.of(zoneId)).upgraded(applied, started, opening);
    } catch (StoreException e) {
      closeQuietly(conn);
      throw e;
    } catch (SQLException e) {
      closeQuietly(conn);
      throw openFailed(path, now, e);
    } catch (DateTimeException e) {
      closeQuietly(conn);
      throw new StoreException("cannot open store " + path + ": " + e.getMessage(), e);
    }
  }

  /** Waits for a lock with growing pauses, saying once that it waits; gives up after the max. */
  private static final class PatientHandler extends BusyHandler {
    private final Waiting waiting;
    private final Path path;
    private final Instant openedAt;
    private long startedNanos;

    PatientHandler(Waiting waiting, Path path, Instant openedAt) {
      this.waiting = waiting;
      this.path = path;
      this.openedAt = openedAt;
    }

    @Override
    protected int callback(int previousCalls) {
      long now = System.nanoTime();
      if (previousCalls == 0) {
        startedNanos = now;
        if (waiting.max().isZero()) {
          return 0;
        }
        waiting
            .say()
            .accept(
                "waiting for "
                    + WriterNote.holder(path, openedAt)
                        .orElse("another shopops that is using " + path + " (an import?)")
                    + " … up to "
                    + ConfigText.duration(waiting.max())
                    + "; --wait 0 fails at once");
      }
      if (now - startedNanos >= waiting.max().toNanos()) {
        return 0; // give up: the statement fails as busy
      }
      try {
        Thread.sleep(Math.min(250, 5L << Math.min(previousCalls, 6)));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return 0;
      }
      return 1;
    }
  }

  /**
   * Puts an existing store in WAL mode, waiting as {@code waiting} says (null: 10 s, quietly) while
   * another process holds it. A first bulk load ({@link ImportSession#LARGE_IMPORT_BYTES}) writes
   * with a rollback journal and keeps the write lock until it commits; leaving that mode needs the
   * lock, and SQLite returns busy at once there instead of calling the busy handler (a reader that
   * holds its read lock could deadlock the writer), so the waiting is done here.
   */
  private static void useWal(Connection conn, Waiting waiting, Path path, Instant now)
      throws SQLException {
    PatientHandler patience =
        new PatientHandler(
            waiting != null ? waiting : new Waiting(Duration.ofMillis(BUSY_TIMEOUT_MS), s -> {}),
            path,
            now);
    for (int calls = 0; ; calls++) {
      try {
        useWal(conn);
        return;
      } catch (SQLException e) {
        if (!StoreErrors.isBusy(e) || patience.callback(calls) == 0) {
          throw e;
        }
      }
    }
  }

  private static void useWal(Connection conn) throws SQLException {
    try (var st = conn.createStatement()) {
      st.execute("PRAGMA journal_mode = WAL");
    }
  }

  static boolean isEmptyFile(Path path) {
    try {
      return Files.isRegularFile(path) && Files.size(path) == 0;
    } catch (java.io.IOException e) {
      return false;
    }
  }

  /** A 0-byte file (made by touch, or left by a failed copy): no store, and nothing to lose. */
  private static StoreException emptyFile(Path path) {
    return new StoreException(
        path + " is not a shopops store (an empty file, 0 bytes)",
        "it holds nothing: `shopops init --db "
            + path
            + "` makes a store there (delete it first for `shopops store copy STORE "
            + path
            + "`)");
  }

  /** A 0-byte file given as the store to copy from: nothing to copy. */
  static StoreException emptySource(Path path) {
    return new StoreException(
        path + " is not a shopops store (an empty file, 0 bytes)",
        "it holds nothing to copy: name the store to copy from as SRC (its file or"
            + " postgresql:// URL)");
  }

  /** A directory given as the store. */
  static StoreException directory(Path path) {
    return new StoreException(
        path + " is a directory, not a store file",
        "name a file in it, e.g. --db " + path.resolve("shop.db"));
  }

  private static StoreException notAStore(Path path) {
    return new StoreException(
        path + " is not a shopops store (not an SQLite database)",
        "create one with `shopops init --db NEW_PATH`");
  }

  /** The store is busy: naming the import that holds it when its note says (WriterNote). */
  static StoreException busyLoading(Path path, Instant now) {
    // e.g. a first load of a large file has the store to itself (ImportSession.LARGE_IMPORT_BYTES)
    return new StoreException(
        "store "
            + path
            + " is busy: "
            + WriterNote.holder(path, now)
                .map(h -> h + " is writing to it")
                .orElse("another shopops is writing to it"),
        "run this again when the other command has finished, or wait longer with --wait");
  }

  /** Why a store file could not be opened: busy, not a store, or what SQLite said. */
  private static StoreException openFailed(Path path, Instant now, SQLException e) {
    if (StoreErrors.isBusy(e)) {
      return busyLoading(path, now);
    }
    if (StoreErrors.primary(e) == org.sqlite.SQLiteErrorCode.SQLITE_NOTADB.code) {
      return notAStore(path);
    }
    if (StoreErrors.isReadOnly(e)) {
      return StoreErrors.readOnly(path);
    }
    return new StoreException(
        "cannot open store " + path + ": " + StoreErrors.reason(e), StoreErrors.hint(e));
  }

  private static Connection connect(Path path, Instant now) {
    NativeSqlite.prepare();
    SQLiteConfig config = new SQLiteConfig();
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.enforceForeignKeys(true);
    config.setBusyTimeout(BUSY_TIMEOUT_MS);
    // every transaction here writes: take the write lock at BEGIN, where a busy store is waited
    // for, instead of failing at the first write when another writer committed in between
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    // otherwise sqlite-jdbc runs `SELECT last_insert_rowid()` after every INSERT; the few inserts
    // that need their new key ask for it with RETURNING
    config.setGetGeneratedKeys(false);
    try {
      // the driver itself, not DriverManager: its first use loads every driver on the class path
      // (PostgreSQL's too), which a short command pays in start-up time
      return config.createConnection("jdbc:sqlite:" + path);
    } catch (SQLException e) {
      throw openFailed(path, now, e);
    }
  }

  private static boolean hasTable(Connection conn, String table) throws SQLException {
    try (PreparedStatement ps =
        conn.prepareStatement("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
      ps.setString(1, table);
      try (var rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  public Path path() {
    return path;
  }

  /** Where the store is, as users name it: the file, or the PostgreSQL URL without a password. */
  public String location() {
    return location;
  }

  /** The URL of a store on PostgreSQL, for pg_dump ({@link PgDump}); null for a file. */
  PgUrl pgUrl() {
    return pgUrl;
  }

  Waiting waiting() {
    return waiting;
  }

  /**
   * Who is using the store, for what they record without naming someone (--agent): the database
   * user on PostgreSQL ({@code current_user}), the login name ({@code USER}, else {@code LOGNAME}
   * in {@code env}, else the JVM's) for a file.
   */
  public String user(Map<String, String> env) {
    if (dialect == Dialect.POSTGRESQL) {
      try (var st = conn.createStatement();
          var rs = st.executeQuery("SELECT current_user")) {
        rs.next();
        return rs.getString(1);
      } catch (SQLException e) {
        throw new StoreException("cannot read the database user: " + e.getMessage(), e);
      }
    }
    return login(env);
  }

  /**
   * Who runs an import or removes or restores a parcel, as those records keep it without --agent:
   * the login name on both backends (a team sharing one PostgreSQL role is still told apart), with
   * the database user beside it on PostgreSQL where the two differ: "alice (database user shop)"
   * (tryout27a A4: the same files recorded "root" on SQLite, "shopops" on PostgreSQL). Follow-ups,
   * lists, return steps and rule changes keep {@link #user} (issue 18: the database user).
   */
  public String operator(Map<String, String> env) {
    String login = login(env);
    if (dialect != Dialect.POSTGRESQL) {
      return login;
    }
    String role = user(env);
    return new Who(login, role.equals(login) ? null : role).recorded();
  }

  /** The login name: {@code USER}, else {@code LOGNAME} in {@code env}, else the JVM's. */
  private static String login(Map<String, String> env) {
    for (String name : new String[] {"USER", "LOGNAME"}) {
      String v = env.get(name);
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return System.getProperty("user.name");
  }

  /** SQLite or PostgreSQL. */
  public Dialect dialect() {
    return dialect;
  }

  public ZoneId zone() {
    return zone;
  }

  public int schemaVersion() {
    try {
      return Migrations.currentVersion(conn);
    } catch (SQLException e) {
      throw new StoreException("cannot read schema version: " + e.getMessage(), e);
    }
  }

  /**
   * The schema version the store had before this opening upgraded it (its migrations applied by
   * this process), or empty when it was already up to date.
   */
  public java.util.OptionalInt upgradedFrom() {
    return upgradedFrom < 0
        ? java.util.OptionalInt.empty()
        : java.util.OptionalInt.of(upgradedFrom);
  }

  /**
   * Records that opening applied {@code applied} migrations (none: not upgraded), the upgrade begun
   * at {@code startedNanos} ({@link System#nanoTime}).
   */
  Store upgraded(int applied, long startedNanos, Migrations.Opening opening) {
    if (applied > 0) {
      upgradedFrom = Migrations.latest() - applied;
      upgradeTook = Duration.ofNanos(System.nanoTime() - startedNanos);
      repricedByUpgrade = List.copyOf(opening.repriced());
    }
    return this;
  }

  /**
   * The orders this opening's upgrade put right by their stored 订单报表 ({@link RepricedUpgrade}, in
   * the upgrade's transaction): none when it did not upgrade the store.
   */
  public List<String> repricedByUpgrade() {
    return repricedByUpgrade;
  }

  /** How long this opening's upgrade took (zero when it did not upgrade the store). */
  public Duration upgradeTook() {
    return upgradeTook;
  }

  public static int latestSchemaVersion() {
    return Migrations.latest();
  }

  /** The currency of orders whose export names none ({@code init --currency}, default CNY). */
  public String defaultCurrency() {
    return setting(Settings.CURRENCY).orElse(Settings.DEFAULT_CURRENCY);
  }

  /**
   * The store's secret for customer-id pseudonyms, empty when no import has made one yet (then no
   * {@code tel-} id exists). Read only: {@link ImportSession#pseudonymKey} creates it.
   */
  public Optional<byte[]> pseudonymKey() {
    return setting(Settings.PSEUDONYM_KEY).map(k -> java.util.HexFormat.of().parseHex(k));
  }

  public Optional<String> setting(String key) {
    try {
      return Settings.get(conn, key);
    } catch (SQLException e) {
      throw new StoreException("cannot read setting " + key + ": " + e.getMessage(), e);
    }
  }

  /** The JDBC connection, for the repositories of this package. */
  Connection connection() {
    return conn;
  }

  /** Runs work in one transaction: all of it is written, or none of it. */
  public <T> T inTransaction(SqlWork<T> work) throws SQLException {
    conn.setAutoCommit(false);
    try {
      T result = work.run(conn);
      MaintainedFigures.refresh(conn);
      conn.commit();
      conn.setAutoCommit(true);
      return result;
    } catch (SQLException | RuntimeException e) {
      rollbackQuietly(conn);
      throw e;
    }
  }

  /**
   * Rolls the transaction back and puts the connection back in autocommit, never committing: only
   * once the rollback has succeeded, or SQLite has no transaction any more (an interrupted or
   * failed write made it roll back by itself; the driver does not know, and would leave the next
   * import of the command without a transaction). A rollback that fails otherwise is tried once
   * more; the transaction still open then is rolled back when the connection closes.
   */
  static void rollbackQuietly(Connection conn) {
    for (int attempt = 0; attempt < 2; attempt++) {
      try {
        conn.rollback();
        conn.setAutoCommit(true);
        return;
      } catch (SQLException e) {
        if (String.valueOf(e.getMessage()).contains("no transaction is active")) {
          try {
            conn.setAutoCommit(true); // the driver's flag; its "commit" finds nothing to commit
          } catch (SQLException nothingToCommit) {
            // "cannot commit - no transaction is active": the flag is set
          }
          return;
        }
      }
    }
  }

  /** A unit of database work. */
  @FunctionalInterface
  public interface SqlWork<T> {
    T run(Connection conn) throws SQLException;
  }

  /**
   * Stops the statement running on this store, from another thread (Ctrl-C in the shell): it fails
   * with SQLITE_INTERRUPT and its transaction is rolled back. A no-op once the store is closed, or
   * when no statement is running.
   */
  public void interrupt() {
    synchronized (closing) {
      try {
        if (!conn.isClosed() && conn instanceof org.sqlite.SQLiteConnection sqlite) {
          sqlite.getDatabase().interrupt();
        }
      } catch (SQLException e) {
        // closed in between: nothing runs any more
      }
    }
  }

  @Override
  public void close() {
    synchronized (closing) {
      closeQuietly(conn);
    }
  }

  private static void closeQuietly(Connection conn) {
    try {
      conn.close();
    } catch (SQLException ignored) {
      // closing after a failure: the first error is the one to report
    }
  }
}
