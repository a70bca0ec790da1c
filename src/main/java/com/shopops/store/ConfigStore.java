package com.shopops.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The configured rules kept in the store's settings table under {@code config.<key>}. */
public final class ConfigStore {
  private static final String PREFIX = "config.";
  private final Store store;

  public ConfigStore(Store store) {
    this.store = store;
  }

  public Map<String, String> all() throws SQLException {
    return read(store.connection());
  }

  static Map<String, String> read(java.sql.Connection conn) throws SQLException {
    Map<String, String> m = new LinkedHashMap<>();
    try (PreparedStatement ps =
        conn.prepareStatement(
            "SELECT key, value FROM settings WHERE key LIKE 'config.%' ORDER BY key")) {
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          m.put(rs.getString(1).substring(PREFIX.length()), rs.getString(2));
        }
      }
    }
    return m;
  }

  /**
   * One configured value read straight from a store file, read-only, before the command line is
   * parsed (the language of help and errors); null when the file is missing, not a store, busy or
   * does not hold the key. Never creates or changes the file.
   */
  public static String peek(java.nio.file.Path db, String key) {
    if (!java.nio.file.Files.isRegularFile(db)) {
      return null;
    }
    NativeSqlite.prepare();
    org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
    config.setReadOnly(true);
    config.setOpenMode(org.sqlite.SQLiteOpenMode.READONLY);
    try (java.sql.Connection conn = config.createConnection("jdbc:sqlite:" + db);
        PreparedStatement ps = conn.prepareStatement("SELECT value FROM settings WHERE key = ?")) {
      ps.setString(1, PREFIX + key);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    } catch (SQLException | RuntimeException e) {
      return null;
    }
  }

  /**
   * {@link #peek(java.nio.file.Path, String)} of the store {@code db} names: a file, or a {@code
   * postgresql://} URL (its password as {@link Store#open(String, java.util.Map, java.time.Instant,
   * Store.Waiting)} finds it), read in a read-only transaction; null when it cannot be read.
   */
  public static String peek(String db, java.util.Map<String, String> env, String key) {
    if (!PgUrl.isPg(db)) {
      return peek(java.nio.file.Path.of(db), key);
    }
    try (java.sql.Connection conn = PgStores.connect(PgUrl.parse(db, env), "cannot read store")) {
      conn.setReadOnly(true);
      if (!Dialect.POSTGRESQL.hasTable(conn, "settings")) {
        return null;
      }
      return Settings.get(conn, PREFIX + key).orElse(null);
    } catch (SQLException | RuntimeException e) {
      return null;
    }
  }

  /** One change of a rule: the value set (null: unset, back to the default), when, by whom. */
  public record Change(String key, String value, java.time.Instant at, String by) {}

  /**
   * Sets a rule, in a writing transaction, and records who set it and when ({@code config_changes},
   * review20 X18): figures kept under the rules ({@link SlaFigureUpkeep}) are made again under the
   * new ones before it commits.
   */
  public void set(String key, String value, java.time.Instant at, String by) throws SQLException {
    store.inTransaction(
        conn -> {
          Settings.put(conn, PREFIX + key, value);
          record(conn, new Change(key, value, at, by));
          return null;
        });
  }

  /**
   * Removes a rule (back to the default), in a writing transaction as {@link #set}; the removal is
   * recorded only when there was a value to remove.
   */
  public boolean unset(String key, java.time.Instant at, String by) throws SQLException {
    return store.inTransaction(
        conn -> {
          try (PreparedStatement ps = conn.prepareStatement("DELETE FROM settings WHERE key = ?")) {
            ps.setString(1, PREFIX + key);
            boolean had = ps.executeUpdate() > 0;
            if (had) {
              record(conn, new Change(key, null, at, by));
            }
            return had;
          }
        });
  }

  /** Records a change made outside {@link #set} (the store's zone or currency). */
  public void recorded(Change change) throws SQLException {
    store.inTransaction(
        conn -> {
          record(conn, change);
          return null;
        });
  }

  private static void record(java.sql.Connection conn, Change c) throws SQLException {
    try (PreparedStatement ps =
        conn.prepareStatement(
            "INSERT INTO config_changes (key, value, changed_at, changed_by) VALUES (?, ?, ?, ?)")) {
      ps.setString(1, c.key());
      ps.setString(2, c.value());
      ps.setLong(3, c.at().getEpochSecond());
      ps.setString(4, c.by());
      ps.executeUpdate();
    }
  }

  /** The changes of {@code key} (null: of every rule), the latest first. */
  public java.util.List<Change> history(String key) throws SQLException {
    String sql =
        "SELECT key, value, changed_at, changed_by FROM config_changes"
            + (key == null ? "" : " WHERE key = ?")
            + " ORDER BY change_id DESC";
    java.util.List<Change> out = new java.util.ArrayList<>();
    try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
      if (key != null) {
        ps.setString(1, key);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new Change(
                  rs.getString(1),
                  rs.getString(2),
                  java.time.Instant.ofEpochSecond(rs.getLong(3)),
                  rs.getString(4)));
        }
      }
    }
    return out;
  }

  /** The latest change of each rule that has one, by key. */
  public Map<String, Change> latest() throws SQLException {
    Map<String, Change> m = new LinkedHashMap<>();
    for (Change c : history(null)) {
      m.putIfAbsent(c.key(), c);
    }
    return m;
  }

  /** Tables holding what imports and commands wrote: a store with rows in any is not empty. */
  private static final java.util.List<String> DATA_TABLES =
      java.util.List.of(
          "imports",
          "orders",
          "customers",
          "shipments",
          "returns",
          "followups",
          "traffic",
          "events",
          "reviews",
          "products",
          "complaints",
          "contacts",
          "lists");

  /** How many imports the store records, and whether any table holds data at all. */
  public record Held(long imports, boolean anyData) {}

  public Held held() throws SQLException {
    long imports = 0;
    boolean any = false;
    for (String table : DATA_TABLES) {
      try (PreparedStatement ps =
              store.connection().prepareStatement("SELECT count(*) FROM " + table);
          ResultSet rs = ps.executeQuery()) {
        long n = rs.next() ? rs.getLong(1) : 0;
        if (table.equals("imports")) {
          imports = n;
        }
        any |= n > 0;
      }
    }
    return new Held(imports, any);
  }

  /** Sets the store's time zone (the caller checked that the store holds no data). */
  public void setZone(java.time.ZoneId zone) throws SQLException {
    Settings.put(store.connection(), Settings.ZONE, zone.getId());
  }

  /** How many orders the store holds. */
  public long orders() throws SQLException {
    try (PreparedStatement ps = store.connection().prepareStatement("SELECT count(*) FROM orders");
        ResultSet rs = ps.executeQuery()) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }

  /** Whether some order has a province (its own, or its customer's, copied in on import). */
  public boolean anyOrderHasProvince() throws SQLException {
    try (PreparedStatement ps =
            store
                .connection()
                .prepareStatement("SELECT 1 FROM orders WHERE province IS NOT NULL LIMIT 1");
        ResultSet rs = ps.executeQuery()) {
      return rs.next();
    }
  }

  /** Sets the store's currency (the caller checked that the store holds no orders). */
  public void setCurrency(String code) throws SQLException {
    Settings.put(store.connection(), Settings.CURRENCY, code);
  }
}
