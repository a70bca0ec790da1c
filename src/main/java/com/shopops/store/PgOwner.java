package com.shopops.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * On PostgreSQL shopops' tables belong to the database's owner, so that the owner and every member
 * of the owner's role can use them. A login that is a member of the owner's role creates and
 * migrates them as the owner (SET LOCAL ROLE, for the transaction only); a login that is neither
 * the owner nor a member is refused before anything is written: the tables it made would be usable
 * by it alone, and only it or a superuser could give them away.
 */
final class PgOwner {
  private PgOwner() {}

  /**
   * In the open transaction of {@code conn}, makes what follows be created as the database's owner;
   * {@code command} is what the refusal tells the owner to run ("init", "store copy").
   */
  static void actAsOwner(Connection conn, String command) throws SQLException {
    actAsOwner(conn, command, 0, 0);
  }

  /**
   * As {@link #actAsOwner(Connection, String)} for the upgrade of a store of schema {@code from} to
   * {@code to}: a login that is neither the owner nor a member (a 客服's read-only login) is told the
   * store needs upgrading once by the owner, after which its reports work (tryout22a A9).
   */
  static void upgradeAsOwner(Connection conn, int from, int to) throws SQLException {
    actAsOwner(conn, null, from, to);
  }

  private static void actAsOwner(Connection conn, String command, int from, int to)
      throws SQLException {
    String user;
    String owner;
    String database;
    boolean member;
    try (Statement st = conn.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT current_user, r.rolname, current_database(),"
                    + " pg_has_role(current_user, d.datdba, 'MEMBER')"
                    + " FROM pg_database d JOIN pg_roles r ON r.oid = d.datdba"
                    + " WHERE d.datname = current_database()")) {
      if (!rs.next()) {
        return;
      }
      user = rs.getString(1);
      owner = rs.getString(2);
      database = rs.getString(3);
      member = rs.getBoolean(4);
    }
    if (user.equals(owner)) {
      return;
    }
    if (!member && command == null) {
      throw new StoreException(
          user
              + " may not upgrade store "
              + database
              + ": it has schema version "
              + from
              + ", this shopops needs "
              + to
              + ", and only its owner ("
              + owner
              + ") or a member of that role may upgrade it",
          "run any shopops command once as "
              + owner
              + " (e.g. `shopops check`) to upgrade it; after that the reports (metrics, orders"
              + " list…) work for "
              + user);
    }
    if (!member) {
      throw new StoreException(
          user
              + " is not the owner of database "
              + database
              + " ("
              + owner
              + ") nor a member of it",
          "run "
              + command
              + " as "
              + owner
              + ", or the tables would be usable by "
              + user
              + " alone");
    }
    try (Statement st = conn.createStatement()) {
      st.execute("SET LOCAL ROLE " + ident(owner));
    }
  }

  /**
   * When shopops' tables belong to another login than the database's owner: that login and the
   * database's owner, else null.
   */
  static String[] strayOwner(Connection conn) {
    try (Statement st = conn.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT pg_get_userbyid(c.relowner), pg_get_userbyid(d.datdba) FROM pg_class c,"
                    + " pg_database d WHERE c.oid = to_regclass('schema_migrations')"
                    + " AND d.datname = current_database()")) {
      if (rs.next() && !rs.getString(1).equals(rs.getString(2))) {
        return new String[] {rs.getString(1), rs.getString(2)};
      }
    } catch (SQLException e) {
      return null; // only for a hint: the refusal itself is the error to report
    }
    return null;
  }

  /**
   * The hint of a refused permission (review20 X7), naming the login of {@code url} and the
   * database's owner: a login that may read the store (a 客服's read-only account) is told this
   * command writes and the reports work for it, not advised to take the owner's rights unasked; a
   * login that may not even read is told the {@code GRANT} that lets it in. Without the names (the
   * server cannot be asked again), what a login may do in general.
   */
  static String refusedHint(PgUrl url) {
    String generic =
        "this command writes to the store and this login may not: a read-only login runs the"
            + " reports (metrics, orders list…), not this command; a login meant to write is made"
            + " a member of the store's owner role by the administrator (README, \"A shared store"
            + " for a team\")";
    if (url == null) {
      return generic;
    }
    try (Connection conn = DriverManager.getConnection(url.jdbcUrl(), url.properties());
        Statement st = conn.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT current_user, r.rolname, pg_has_role(current_user, d.datdba, 'MEMBER'),"
                    + " COALESCE(has_table_privilege(to_regclass('orders')::oid, 'SELECT'),"
                    + " false) FROM pg_database d JOIN pg_roles r ON r.oid = d.datdba"
                    + " WHERE d.datname = current_database()")) {
      if (!rs.next() || rs.getBoolean(3)) {
        return generic; // a member of the owner's role: refused for another reason
      }
      String user = rs.getString(1);
      String grant = "GRANT " + name(rs.getString(2)) + " TO " + name(user);
      return rs.getBoolean(4)
          ? "this command writes to the store, and "
              + user
              + " may only read it: the reports (metrics, orders list…) work for "
              + user
              + ", this command does not; for "
              + user
              + " to write, the administrator runs "
              + grant
              + " (README, \"A shared store for a team\")"
          : user
              + " may not use this store: it is not a member of the role that owns it, "
              + rs.getString(2)
              + "; the administrator runs "
              + grant
              + " (README, \"A shared store for a team\")";
    } catch (SQLException e) {
      return generic; // only for a hint: the refusal itself is the error to report
    }
  }

  /** A role's name as SQL takes it: as it is when plain, else quoted. */
  private static String name(String role) {
    return role.matches("[a-z_][a-z0-9_]*") ? role : ident(role);
  }

  static String ident(String name) {
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }
}
