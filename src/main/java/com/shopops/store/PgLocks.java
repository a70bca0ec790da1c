package com.shopops.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The advisory locks of a store on PostgreSQL (one 64-bit key each, shared by every shopops using
 * the database): what SQLite's one write lock does for a file, one thing at a time.
 */
final class PgLocks {
  private PgLocks() {}

  /** Schema upgrades and init. */
  static final long SCHEMA = 0x5348_4f50_0001L;

  /** Choosing and recording a list (export promotion|followup): the cool-down is read under it. */
  static final long LISTS = 0x5348_4f50_0002L;

  /**
   * Recording or moving a return from the terminal (returns add|update): the return and its order's
   * other returns are read and checked under it, so two agents acting on one return take turns.
   */
  static final long RETURN_CHANGES = 0x5348_4f50_0003L;

  /** Imports of one kind, one at a time: the kind's hash is added to this base. */
  static final long IMPORTS = 0x5348_4f50_1000L;

  static long importOf(String kind) {
    return IMPORTS + (kind.hashCode() & 0xfff);
  }

  /**
   * Takes the lock of imports of {@code kind} in the transaction just begun: a second import of the
   * same kind waits its turn (saying so once, up to --wait), then fails as busy.
   */
  static void awaitImport(Store store, String kind) throws SQLException {
    long key = importOf(kind);
    if (tryLock(store.connection(), key)) {
      return;
    }
    String who = holder(store, key); // while the transaction can still ask (review18 T2)
    await(
        store,
        key,
        "another import of " + kind + " into " + withoutUser(store.location()) + who,
        true,
        "another shopops is importing " + kind + who,
        "run this again when the other import has finished, or wait longer with --wait");
  }

  /**
   * Takes the schema lock in the transaction just begun, to upgrade the store at {@code location}:
   * another shopops upgrading it is waited for as {@code waiting} says (null: quietly, for as long
   * as it takes), saying so once, then the opening fails as busy (tryout23a A8).
   */
  static void awaitSchema(Connection conn, String location, Store.Waiting waiting)
      throws SQLException {
    if (tryLock(conn, SCHEMA)) {
      return;
    }
    if (waiting == null) {
      Dialect.POSTGRESQL.lockSchema(conn);
      return;
    }
    String who = holder(conn, SCHEMA);
    String busy =
        "store " + withoutUser(location) + " is busy: another shopops is upgrading it" + who;
    String hint = "run this again when the upgrade has finished, or wait longer with --wait";
    if (waiting.max().isZero()) {
      throw new StoreException(busy, hint);
    }
    waiting
        .say()
        .accept(
            "waiting for the upgrade of "
                + withoutUser(location)
                + who
                + " … up to "
                + ConfigText.duration(waiting.max())
                + "; --wait 0 fails at once");
    try (Statement st = conn.createStatement()) {
      st.execute("SET LOCAL lock_timeout = " + Math.max(1, waiting.max().toMillis()));
      st.execute("SELECT pg_advisory_xact_lock(" + SCHEMA + ")");
      st.execute("SET LOCAL lock_timeout = 0");
    } catch (SQLException e) {
      if ("55P03".equals(e.getSQLState())) {
        throw new StoreException(busy, hint);
      }
      throw e;
    }
  }

  /**
   * Takes the lock of lists in the transaction just begun, before the cool-down is read: a second
   * export of a list waits for the first one's commit (saying so once, up to --wait), so it sees
   * the first one's contacts.
   */
  static void awaitLists(Store store) throws SQLException {
    await(
        store,
        LISTS,
        "another list export on " + withoutUser(store.location()) + holder(store, LISTS),
        false,
        "another shopops is writing a list",
        "run this again when the other export has finished, or wait longer with --wait");
  }

  /**
   * Takes lock {@code key}, waiting as the store's --wait says. A failure as busy ends the
   * transaction here when {@code endTransaction} (the import's), else leaves it to the caller's
   * {@link Store#inTransaction}.
   */
  private static void await(
      Store store, long key, String other, boolean endTransaction, String busy, String hint)
      throws SQLException {
    Connection conn = store.connection();
    if (tryLock(conn, key)) {
      return;
    }
    Store.Waiting waiting = store.waiting();
    if (waiting == null || waiting.max().isZero()) {
      end(conn, endTransaction);
      throw busy(store, busy, hint);
    }
    waiting
        .say()
        .accept(
            "waiting for "
                + other
                + " … up to "
                + ConfigText.duration(waiting.max())
                + "; --wait 0 fails at once");
    try (Statement st = conn.createStatement()) {
      st.execute("SET LOCAL lock_timeout = " + Math.max(1, waiting.max().toMillis()));
      st.execute("SELECT pg_advisory_xact_lock(" + key + ")");
      st.execute("SET LOCAL lock_timeout = 0");
    } catch (SQLException e) {
      if ("55P03".equals(e.getSQLState())) {
        end(conn, endTransaction);
        throw busy(store, busy, hint);
      }
      throw e;
    }
  }

  /**
   * Takes {@code orders} and {@code order_lines} for a first load, in the import's transaction, if
   * nobody is using them and the store has no orders yet: an exclusive lock taken without waiting
   * (a reader of orders at this moment, or a store with orders, and the load goes the usual way,
   * beside the readers). Held until the import ends; commands reading orders wait for it meanwhile,
   * as SQLite's first bulk load has its file to itself ({@link ImportSession#LARGE_IMPORT_BYTES}).
   */
  static boolean takeOrdersForLoad(Connection conn) throws SQLException {
    try (Statement st = conn.createStatement()) {
      // dropping and making again the indexes and the key needs the owner's rights: a login that
      // only has grants on the tables loads the usual way instead of failing
      try (ResultSet rs =
          st.executeQuery(
              "SELECT bool_and(pg_has_role(current_user, c.relowner, 'USAGE')) FROM pg_class c"
                  + " WHERE c.oid IN ('orders'::regclass, 'order_lines'::regclass)")) {
        if (!rs.next() || !rs.getBoolean(1)) {
          return false;
        }
      }
      st.execute("SAVEPOINT shopops_load");
      try {
        st.execute("LOCK TABLE orders, order_lines IN ACCESS EXCLUSIVE MODE NOWAIT");
        try (ResultSet rs = st.executeQuery("SELECT EXISTS (SELECT 1 FROM orders)")) {
          if (rs.next() && !rs.getBoolean(1)) {
            st.execute("RELEASE SAVEPOINT shopops_load");
            return true;
          }
        }
      } catch (SQLException e) {
        if (!"55P03".equals(e.getSQLState())) { // lock_not_available: somebody reads orders
          throw e;
        }
      }
      st.execute("ROLLBACK TO SAVEPOINT shopops_load"); // gives the lock back
      st.execute("RELEASE SAVEPOINT shopops_load");
      return false;
    }
  }

  /**
   * Keeps the writers of {@code orders} out until the import ends, for a first load beside readers:
   * a SHARE ROW EXCLUSIVE lock, taken without waiting and only by the tables' owner (who alone may
   * switch their triggers off). Readers, SELECT … FOR UPDATE included, go on; a writer at this
   * moment, or a login that does not own orders, and nothing is taken (false). The store has no
   * orders yet, so a writer kept waiting had nothing to change but the import's own rows.
   */
  static boolean takeOrdersFromWriters(Connection conn) throws SQLException {
    try (Statement st = conn.createStatement()) {
      try (ResultSet rs =
          st.executeQuery(
              "SELECT pg_has_role(current_user, c.relowner, 'USAGE') FROM pg_class c"
                  + " WHERE c.oid = 'orders'::regclass")) {
        if (!rs.next() || !rs.getBoolean(1)) {
          return false;
        }
      }
      st.execute("SAVEPOINT shopops_orders_writers");
      try {
        st.execute("LOCK TABLE orders IN SHARE ROW EXCLUSIVE MODE NOWAIT");
      } catch (SQLException e) {
        if (!"55P03".equals(e.getSQLState())) { // lock_not_available: somebody writes orders
          throw e;
        }
        st.execute("ROLLBACK TO SAVEPOINT shopops_orders_writers");
        st.execute("RELEASE SAVEPOINT shopops_orders_writers");
        return false;
      }
      st.execute("RELEASE SAVEPOINT shopops_orders_writers");
      return true;
    }
  }

  /** The store's URL without the login: the waiting person's own name is not the other's. */
  static String withoutUser(String location) {
    return location.replaceFirst("^(postgres[a-z]*://)[^@/]*@", "$1");
  }

  /** " (held by LOGIN)" of whoever holds advisory lock {@code key} now, else "". */
  private static String holder(Store store, long key) {
    return holder(store.connection(), key);
  }

  private static String holder(Connection conn, long key) {
    try (Statement st = conn.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT string_agg(DISTINCT a.usename, ', ') FROM pg_locks l"
                    + " JOIN pg_stat_activity a ON a.pid = l.pid"
                    + " WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1"
                    + " AND ((l.classid::bigint << 32) | l.objid::bigint) = "
                    + key)) {
      String who = rs.next() ? rs.getString(1) : null;
      return who == null ? "" : " (held by " + who + ")";
    } catch (SQLException e) {
      return ""; // only to say whom the export waits for
    }
  }

  private static void end(Connection conn, boolean endTransaction) throws SQLException {
    if (endTransaction) {
      conn.rollback();
      conn.setAutoCommit(true);
    }
  }

  private static boolean tryLock(Connection conn, long key) throws SQLException {
    try (Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery("SELECT pg_try_advisory_xact_lock(" + key + ")")) {
      return rs.next() && rs.getBoolean(1);
    }
  }

  private static StoreException busy(Store store, String what, String hint) {
    return new StoreException("store " + store.location() + " is busy: " + what, hint);
  }
}
