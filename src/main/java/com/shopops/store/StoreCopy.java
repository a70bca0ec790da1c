package com.shopops.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code shopops store copy}: a whole store into an empty one, SQLite or PostgreSQL on either side,
 * in one transaction on the target. Each table's rows are counted and checksummed on both sides the
 * same way ({@link #checksum}), and the target commits only when every table agrees.
 */
public final class StoreCopy {
  private StoreCopy() {}

  /** Rows a target batch insert sends at once. */
  private static final int BATCH = 1_000;

  /** Characters of COPY text sent to the server at once. */
  private static final int COPY_CHUNK = 1 << 20;

  /**
   * Tables the triggers of other tables write (V010, V016): emptied once the others are copied,
   * then copied as the source has them.
   */
  private static final Set<String> TRIGGER_WRITTEN =
      Set.of(
          "customer_figures",
          "customer_figures_dirty",
          "figures_version",
          "sla_figures",
          "sla_figures_dirty");

  /**
   * Tables that a store just made by {@code init} already has rows in (its migrations write them).
   */
  private static final Set<String> MADE_BY_INIT = Set.of("settings", "figures_version");

  /** One table copied: its rows and checksum on the source, and whether the target agrees. */
  public record TableCopy(String table, long rows, String checksum, boolean ok) {}

  /** The copy: where from, where to, the schema version of both, the tables. */
  /**
   * @param upgraded the stores this copy upgraded to the current schema (the source, or an existing
   *     target), by location, with the version each had: an older shopops can no longer open them,
   *     which the command says as every command that upgrades a store does (review13 M14), with the
   *     older versions' readings the upgrade put right or left to import again
   */
  public record Result(
      String from,
      String to,
      int schemaVersion,
      List<TableCopy> tables,
      Map<String, StoreUpgrade> upgraded) {
    Result withUpgrades(Map<String, StoreUpgrade> upgraded) {
      return new Result(
          from, to, schemaVersion, tables, java.util.Collections.unmodifiableMap(upgraded));
    }
  }

  /**
   * What an upgrade of a store put right and left ({@code StoreCare.upgrade}: the application's
   * account, with what its steps read from the stored files), as every command that upgrades a
   * store says it.
   */
  public interface Upgrades {
    StoreUpgrade of(Store store, int from) throws SQLException;
  }

  /** Adds to {@code upgraded} what {@code upgrades} says of {@code s}, when opening upgraded it. */
  private static void said(Store s, Upgrades upgrades, Map<String, StoreUpgrade> upgraded) {
    if (s.upgradedFrom().isPresent()) {
      try {
        upgraded.put(s.location(), upgrades.of(s, s.upgradedFrom().getAsInt()));
      } catch (SQLException e) {
        throw new StoreException("cannot read the store: " + e.getMessage(), e);
      }
    }
  }

  /**
   * Copies the store {@code src} names into {@code dst} (each an SQLite file or a PostgreSQL URL,
   * passwords as {@link Store#open(String, Map, Instant, Store.Waiting)} finds them). The target
   * must not exist, or be a store with nothing but its settings (just made by {@code init}). A busy
   * source or target (another shopops writing to it) is waited for as {@code waiting} says, as
   * every command waits (--wait).
   *
   * @throws StoreException when the target holds data, or the copy does not verify (nothing
   *     written)
   */
  public static Result copy(
      String src,
      String dst,
      Map<String, String> env,
      Instant now,
      Store.Waiting waiting,
      Upgrades upgrades) {
    if (!PgUrl.isPg(src) && Store.isEmptyFile(Path.of(src))) {
      throw Store.emptySource(Path.of(src));
    }
    try (Store from = Store.open(src, env, now, waiting)) {
      // the source's upgrade (its repairs done inside it, upgrade26) said before anything is copied
      Map<String, StoreUpgrade> upgraded = new LinkedHashMap<>();
      said(from, upgrades, upgraded);
      String target = PgUrl.isPg(dst) ? PgUrl.parse(dst, env).display() : dst;
      if (target.equals(from.location())
          || (!PgUrl.isPg(dst) && from.dialect() == Dialect.SQLITE && sameFile(from.path(), dst))) {
        throw new StoreException(
            "cannot copy store " + from.location() + " onto itself",
            "name a new file or an empty database as the target");
      }
      boolean created = !exists(dst, env);
      Store to =
          created
              ? Store.create(dst, env, from.zone(), from.defaultCurrency(), now)
              : Store.open(dst, env, now, waiting);
      boolean done = false;
      try {
        said(to, upgrades, upgraded); // an existing target an older shopops made
        Result r = copy(from, to, now).withUpgrades(upgraded);
        done = true;
        return r;
      } finally {
        to.close();
        if (!done && created && !PgUrl.isPg(dst)) {
          deleteQuietly(Path.of(dst));
        }
      }
    }
  }

  private static boolean sameFile(Path a, String b) {
    try {
      return Files.exists(Path.of(b)) && Files.isSameFile(a, Path.of(b));
    } catch (java.io.IOException e) {
      return false;
    }
  }

  private static boolean exists(String dst, Map<String, String> env) {
    if (!PgUrl.isPg(dst)) {
      return Files.exists(Path.of(dst));
    }
    PgUrl url = PgUrl.parse(dst, env);
    try (Connection c = PgStores.connect(url, "cannot open store")) {
      return Dialect.POSTGRESQL.hasTable(c, "settings");
    } catch (SQLException e) {
      throw PgErrors.opening("cannot open store", url, e);
    }
  }

  private static void deleteQuietly(Path path) {
    for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
      try {
        Files.deleteIfExists(Path.of(path + suffix));
      } catch (java.io.IOException ignored) {
        // best effort: the error being reported is the first one
      }
    }
  }

  private static Result copy(Store from, Store to, Instant now) {
    if (from.schemaVersion() != to.schemaVersion()) {
      throw new StoreException(
          "store "
              + from.location()
              + " has schema version "
              + from.schemaVersion()
              + ", "
              + to.location()
              + " "
              + to.schemaVersion(),
          "open both with this shopops first, so that both are upgraded");
    }
    Connection in = from.connection();
    Connection out = to.connection();
    try {
      List<String> tables = tables(in, from.dialect());
      Set<String> targetTables = new TreeSet<>(tables(out, to.dialect()));
      if (!targetTables.equals(new TreeSet<>(tables))) {
        throw new StoreException(
            "stores "
                + from.location()
                + " and "
                + to.location()
                + " have different tables: "
                + tables
                + " and "
                + targetTables,
            "both are at schema version " + from.schemaVersion() + ": report this as a bug");
      }
      for (String t : tables) {
        if (!MADE_BY_INIT.contains(t) && hasRows(out, t)) {
          throw new StoreException(
              "store " + to.location() + " is not empty: table " + t + " has rows",
              "copy into a new file, an empty database (createdb NAME) or a store just made"
                  + " with `shopops init`");
        }
      }
      if (!from.zone().equals(to.zone())) {
        throw new StoreException(
            "store "
                + to.location()
                + " was made for time zone "
                + to.zone()
                + ", "
                + from.location()
                + " keeps its days in "
                + from.zone()
                + ": the copy would take "
                + from.zone(),
            "copy into a new file or an empty database (it takes the zone of the source), or make"
                + " the target with `shopops init --tz "
                + from.zone()
                + "`");
      }
      if (!from.defaultCurrency().equals(to.defaultCurrency())) {
        throw new StoreException(
            "store "
                + to.location()
                + " was made for currency "
                + to.defaultCurrency()
                + ", "
                + from.location()
                + " keeps its amounts in "
                + from.defaultCurrency()
                + ": the copy would take "
                + from.defaultCurrency(),
            "copy into a new file or an empty database (it takes the currency of the source), or"
                + " make the target with `shopops init --currency "
                + from.defaultCurrency()
                + "`");
      }
      org.sqlite.SQLiteConfig.TransactionMode mode = null;
      if (in instanceof org.sqlite.SQLiteConnection lite) {
        // read the source in a snapshot (a deferred transaction: WAL lets it read while an import
        // writes), as backup does; the store's own IMMEDIATE would wait for the writer's lock
        mode = lite.getConnectionConfig().getTransactionMode();
        lite.getConnectionConfig()
            .setTransactionMode(org.sqlite.SQLiteConfig.TransactionMode.DEFERRED);
      }
      in.setAutoCommit(false);
      if (from.dialect() == Dialect.POSTGRESQL) {
        in.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      }
      out.setAutoCommit(false);
      try {
        List<TableCopy> result = new ArrayList<>();
        for (String t : order(in, tables)) {
          result.add(copyTable(in, out, to.dialect(), t));
        }
        if (to.dialect() == Dialect.POSTGRESQL) {
          resetIdentities(out);
        }
        List<String> bad = result.stream().filter(c -> !c.ok()).map(TableCopy::table).toList();
        if (!bad.isEmpty()) {
          throw new StoreException(
              "the copy in " + to.location() + " differs from " + from.location() + " in " + bad,
              "nothing was written; run `shopops check` on the source, then report this");
        }
        out.commit();
        List<TableCopy> sorted = new ArrayList<>(result);
        sorted.sort(java.util.Comparator.comparing(TableCopy::table));
        return new Result(from.location(), to.location(), from.schemaVersion(), sorted, Map.of());
      } catch (SQLException | RuntimeException e) {
        out.rollback();
        throw e;
      } finally {
        out.setAutoCommit(true);
        in.rollback();
        in.setAutoCommit(true);
        if (mode != null) {
          ((org.sqlite.SQLiteConnection) in).getConnectionConfig().setTransactionMode(mode);
        }
      }
    } catch (SQLException e) {
      if (StoreErrors.isBusy(e) && from.dialect() == Dialect.SQLITE) {
        // the source held by a writer that does not let readers in (a first bulk load)
        throw Store.busyLoading(from.path(), now);
      }
      throw new StoreException(
          "cannot copy store " + from.location() + " to " + to.location() + ": " + e.getMessage(),
          e);
    }
  }

  /** The store's tables, without the backend's own and schema_migrations (each has its own). */
  private static List<String> tables(Connection conn, Dialect d) throws SQLException {
    String sql =
        d == Dialect.SQLITE
            ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                + " AND name <> 'schema_migrations'"
                + " ORDER BY name"
            : "SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema()"
                + " AND tablename <> 'schema_migrations' ORDER BY tablename";
    List<String> names = new ArrayList<>();
    try (Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    return names;
  }

  private static boolean hasRows(Connection conn, String table) throws SQLException {
    try (Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery("SELECT 1 FROM " + table + " LIMIT 1")) {
      return rs.next();
    }
  }

  /**
   * The tables in an order that inserts each after the tables its foreign keys name, those that
   * triggers write last.
   */
  private static List<String> order(Connection conn, List<String> tables) throws SQLException {
    DatabaseMetaData md = conn.getMetaData();
    Map<String, Set<String>> needs = new LinkedHashMap<>();
    for (String t : tables) {
      Set<String> parents = new TreeSet<>();
      try (ResultSet rs = md.getImportedKeys(null, null, t)) {
        while (rs.next()) {
          String p = rs.getString("PKTABLE_NAME");
          if (p != null && !p.equalsIgnoreCase(t)) {
            parents.add(p.toLowerCase(java.util.Locale.ROOT));
          }
        }
      }
      needs.put(t, parents);
    }
    Set<String> done = new LinkedHashSet<>();
    while (done.size() < tables.size()) {
      int before = done.size();
      for (String t : tables) {
        if (!done.contains(t) && done.containsAll(needs.get(t))) {
          done.add(t);
        }
      }
      if (done.size() == before) { // a cycle: the rest in name order, and let the database judge
        done.addAll(tables);
      }
    }
    List<String> ordered = new ArrayList<>();
    done.stream().filter(t -> !TRIGGER_WRITTEN.contains(t)).forEach(ordered::add);
    done.stream().filter(TRIGGER_WRITTEN::contains).forEach(ordered::add);
    return ordered;
  }

  private static TableCopy copyTable(Connection in, Connection out, Dialect to, String table)
      throws SQLException {
    List<String> columns = new ArrayList<>();
    try (Statement st = out.createStatement();
        ResultSet rs = st.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
      ResultSetMetaData md = rs.getMetaData();
      for (int i = 1; i <= md.getColumnCount(); i++) {
        columns.add(md.getColumnName(i).toLowerCase(java.util.Locale.ROOT));
      }
    }
    String cols = String.join(", ", columns);
    String order = primaryKey(in, table);
    try (Statement st = out.createStatement()) {
      st.execute("DELETE FROM " + table); // the settings of a new store; rows triggers wrote
    }
    Checksum source = new Checksum();
    String insert =
        "INSERT INTO "
            + table
            + " ("
            + cols
            + ") VALUES ("
            + String.join(", ", java.util.Collections.nCopies(columns.size(), "?"))
            + ")";
    String select =
        "SELECT " + cols + " FROM " + table + (order.isEmpty() ? "" : " ORDER BY " + order);
    if (to == Dialect.POSTGRESQL) {
      copyIn(in, out, select, "COPY " + table + " (" + cols + ") FROM STDIN", source);
    } else {
      insert(in, out, select, insert, source);
    }
    Checksum target = checksum(out, table, cols);
    return new TableCopy(
        table, source.rows, source.hex(), source.rows == target.rows && source.sum == target.sum);
  }

  /** Rows into an SQLite target: batches of one prepared INSERT. */
  private static void insert(
      Connection in, Connection out, String select, String insert, Checksum source)
      throws SQLException {
    try (Statement st = in.createStatement();
        ResultSet rs = st.executeQuery(select);
        PreparedStatement ps = out.prepareStatement(insert)) {
      int pending = 0;
      Object[] row = new Object[rs.getMetaData().getColumnCount()];
      while (rs.next()) {
        for (int i = 0; i < row.length; i++) {
          row[i] = rs.getObject(i + 1);
          ps.setObject(i + 1, row[i]);
        }
        source.add(row);
        ps.addBatch();
        if (++pending == BATCH) {
          ps.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        ps.executeBatch();
      }
    }
  }

  /**
   * Rows into a PostgreSQL target with COPY (text format), sent about {@value #COPY_CHUNK}
   * characters at a time.
   */
  private static void copyIn(
      Connection in, Connection out, String select, String copy, Checksum source)
      throws SQLException {
    org.postgresql.copy.CopyIn ci =
        out.unwrap(org.postgresql.PGConnection.class).getCopyAPI().copyIn(copy);
    boolean ended = false;
    try (Statement st = in.createStatement();
        ResultSet rs = st.executeQuery(select)) {
      int n = rs.getMetaData().getColumnCount();
      Object[] row = new Object[n];
      StringBuilder text = new StringBuilder(COPY_CHUNK + 4096);
      while (rs.next()) {
        for (int i = 0; i < n; i++) {
          row[i] = rs.getObject(i + 1);
          if (i > 0) {
            text.append('\t');
          }
          copyText(text, row[i]);
        }
        text.append('\n');
        source.add(row);
        if (text.length() >= COPY_CHUNK) {
          send(ci, text);
        }
      }
      send(ci, text);
      ci.endCopy();
      ended = true;
    } finally {
      if (!ended && ci.isActive()) {
        ci.cancelCopy();
      }
    }
  }

  private static void send(org.postgresql.copy.CopyIn ci, StringBuilder text) throws SQLException {
    byte[] b = text.toString().getBytes(StandardCharsets.UTF_8);
    ci.writeToCopy(b, 0, b.length);
    text.setLength(0);
  }

  /** A value in COPY's text format: \N for NULL, bytes as \\x hex, text with its escapes. */
  static void copyText(StringBuilder sb, Object v) {
    if (v == null) {
      sb.append("\\N");
    } else if (v instanceof byte[] b) {
      sb.append("\\\\x").append(HexFormat.of().formatHex(b));
    } else {
      String s = v.toString();
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        switch (c) {
          case '\\' -> sb.append("\\\\");
          case '\t' -> sb.append("\\t");
          case '\n' -> sb.append("\\n");
          case '\r' -> sb.append("\\r");
          default -> sb.append(c);
        }
      }
    }
  }

  /** The primary key's columns, to insert rows that name earlier rows of their table after them. */
  private static String primaryKey(Connection conn, String table) throws SQLException {
    Map<Integer, String> cols = new java.util.TreeMap<>();
    try (ResultSet rs = conn.getMetaData().getPrimaryKeys(null, null, table)) {
      while (rs.next()) {
        cols.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
      }
    }
    return String.join(", ", cols.values());
  }

  /** A table's rows as {@link Checksum} adds them up. */
  private static Checksum checksum(Connection conn, String table, String cols) throws SQLException {
    Checksum c = new Checksum();
    try (Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery("SELECT " + cols + " FROM " + table)) {
      int n = rs.getMetaData().getColumnCount();
      Object[] row = new Object[n];
      while (rs.next()) {
        for (int i = 0; i < n; i++) {
          row[i] = rs.getObject(i + 1);
        }
        c.add(row);
      }
    }
    return c;
  }

  /**
   * A table's rows counted and checksummed in any order: each row's canonical text (its values in
   * column order, tab-separated: integers in decimal, reals as Java prints a double, bytes in hex,
   * NULL as \N, text with \ and tab escaped) hashed with SHA-256, whose first 8 bytes are added up
   * modulo 2^64. Both backends give the same text for the same row.
   */
  static final class Checksum {
    private final MessageDigest sha;
    private final StringBuilder text = new StringBuilder();
    long rows;
    long sum;

    Checksum() {
      try {
        sha = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }

    void add(Object[] row) {
      text.setLength(0);
      for (int i = 0; i < row.length; i++) {
        if (i > 0) {
          text.append('\t');
        }
        text.append(canonical(row[i]));
      }
      byte[] h = sha.digest(text.toString().getBytes(StandardCharsets.UTF_8));
      long v = 0;
      for (int i = 0; i < 8; i++) {
        v = (v << 8) | (h[i] & 0xff);
      }
      sum += v;
      rows++;
    }

    String hex() {
      return String.format("%016x", sum);
    }

    static String canonical(Object v) {
      if (v == null) {
        return "\\N";
      }
      if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
        return Long.toString(((Number) v).longValue());
      }
      if (v instanceof Double || v instanceof Float) {
        double d = ((Number) v).doubleValue();
        return d == Math.rint(d) && Math.abs(d) < 1e15
            ? Long.toString((long) d)
            : Double.toString(d);
      }
      if (v instanceof java.math.BigDecimal b) {
        return b.stripTrailingZeros().toPlainString();
      }
      if (v instanceof byte[] b) {
        return "\\x" + HexFormat.of().formatHex(b);
      }
      return v.toString().replace("\\", "\\\\").replace("\t", "\\t");
    }
  }

  /** After rows with their own keys, each identity column's next value is past the largest. */
  private static void resetIdentities(Connection conn) throws SQLException {
    List<String[]> identities = new ArrayList<>();
    try (Statement st = conn.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT table_name, column_name FROM information_schema.columns"
                    + " WHERE table_schema = current_schema() AND is_identity = 'YES'")) {
      while (rs.next()) {
        identities.add(new String[] {rs.getString(1), rs.getString(2)});
      }
    }
    for (String[] id : identities) {
      try (Statement st = conn.createStatement()) {
        st.execute(
            "SELECT setval(pg_get_serial_sequence('"
                + id[0]
                + "', '"
                + id[1]
                + "'), coalesce(max("
                + id[1]
                + "), 0) + 1, false) FROM "
                + id[0]);
      }
    }
  }
}
